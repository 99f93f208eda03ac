from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "chibo.plans"
    verbose_name = "Kế hoạch"
