from django.apps import AppConfig


class StudyConfig(AppConfig):
    name = "chibo.study"
    verbose_name = "Học tập nghị quyết, chỉ thị"
