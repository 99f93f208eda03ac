from django.apps import AppConfig


class FeesConfig(AppConfig):
    name = "chibo.fees"
    verbose_name = "Đảng phí"

    def ready(self) -> None:
        from . import today  # noqa: F401  (registers its "Việc hôm nay" provider)
