from django.apps import AppConfig


class ResidenceConfig(AppConfig):
    name = "chibo.residence"
    verbose_name = "Đảng viên nơi cư trú"
