from django.apps import AppConfig


class InspectionsConfig(AppConfig):
    name = "chibo.inspections"
    verbose_name = "Kiểm tra, giám sát"

    def ready(self) -> None:
        from chibo.lib import holds

        from .models import transfer_hold

        holds.register("inspections.open_case", transfer_hold)
