from django.apps import AppConfig


class InspectionsConfig(AppConfig):
    name = "chibo.inspections"
    verbose_name = "Kiểm tra, giám sát"

    def ready(self) -> None:
        from chibo.lib import holds

        from . import today  # noqa: F401  (registers its "Việc hôm nay" provider)
        from .models import transfer_hold

        holds.register("inspections.open_case", transfer_hold)
