from django.apps import AppConfig


class EvaluationsConfig(AppConfig):
    name = "chibo.evaluations"
    verbose_name = "Đánh giá, xếp loại"
