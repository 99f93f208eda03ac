from django.apps import AppConfig


class IdeasConfig(AppConfig):
    name = "chibo.ideas"
    verbose_name = "Ngân hàng ý tưởng, sáng kiến và KPI của nhà trường"
