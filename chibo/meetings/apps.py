from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "chibo.meetings"
    verbose_name = "Sinh hoạt chi bộ"

    def ready(self) -> None:
        from . import today  # noqa: F401  (registers its "Việc hôm nay" provider)
