from django.apps import AppConfig


class OversightConfig(AppConfig):
    name = "chibo.oversight"
    verbose_name = "Giám sát của Đảng ủy"
