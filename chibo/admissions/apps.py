from django.apps import AppConfig


class AdmissionsConfig(AppConfig):
    name = "chibo.admissions"
    verbose_name = "Phát triển đảng viên"
