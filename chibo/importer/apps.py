from django.apps import AppConfig


class ImporterConfig(AppConfig):
    name = "chibo.importer"
    verbose_name = "Nhập kế hoạch từ tệp"

    def ready(self) -> None:
        from chibo.plans.originals import register

        from .originals import plan_originals

        register(plan_originals)  # the plan page links the pages of the scan it was made from
