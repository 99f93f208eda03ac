from django.apps import AppConfig


class FeesConfig(AppConfig):
    name = "chibo.fees"
    verbose_name = "Đảng phí"
