from django.apps import AppConfig


class OversightConfig(AppConfig):
    name = "chibo.oversight"
    verbose_name = "Giám sát của Đảng ủy"

    def ready(self) -> None:
        # The synthetic data generator asks every app to add its records (chibo gen-data).
        from chibo.core import gendata

        from . import generate

        if generate.add_meetings not in gendata.extend_hooks:
            gendata.extend_hooks.append(generate.add_meetings)
