import importlib

from django.apps import AppConfig, apps


class TransfersConfig(AppConfig):
    name = "chibo.transfers"
    verbose_name = "Chuyển sinh hoạt đảng"

    def ready(self) -> None:
        # An open inspection case blocks a transfer (QĐ 294 point 6.3.1). The inspections app
        # sits below this one; it is looked up by name so that this app also runs without it.
        if apps.is_installed("chibo.inspections"):
            module = importlib.import_module("chibo.inspections.models")
            has_open_case = getattr(module, "has_open_case", None)
            if has_open_case is not None:
                from chibo.rules.transfers import NO_TRANSFER_MESSAGE

                from .blockers import register

                register(
                    "inspection",
                    lambda member: NO_TRANSFER_MESSAGE if has_open_case(member) else "",
                )
