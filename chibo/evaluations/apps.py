from django.apps import AppConfig


class EvaluationsConfig(AppConfig):
    name = "chibo.evaluations"
    verbose_name = "Đánh giá, xếp loại"

    def ready(self) -> None:
        from . import today  # noqa: F401  (registers its "Việc hôm nay" provider)
