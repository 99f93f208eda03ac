from django.apps import AppConfig


class AdmissionsConfig(AppConfig):
    name = "chibo.admissions"
    verbose_name = "Phát triển đảng viên"

    def ready(self) -> None:
        from . import today  # noqa: F401  (registers its "Việc hôm nay" provider)
