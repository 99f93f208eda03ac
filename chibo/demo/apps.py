from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "chibo.demo"
    verbose_name = "Dữ liệu trình diễn và đo đạc"
