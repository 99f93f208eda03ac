from django.apps import AppConfig


class OversightConfig(AppConfig):
    name = "chibo.oversight"
    verbose_name = "Giám sát của Đảng ủy"

    def ready(self) -> None:
        from . import today  # noqa: F401  (registers its "Việc hôm nay" provider)
