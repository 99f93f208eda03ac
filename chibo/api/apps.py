from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "chibo.api"
    verbose_name = "API"
