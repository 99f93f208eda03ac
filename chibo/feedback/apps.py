from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "chibo.feedback"
    verbose_name = "Góp ý của phụ huynh"
