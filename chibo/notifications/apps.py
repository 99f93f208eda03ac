from typing import Any

from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "chibo.notifications"
    verbose_name = "Thông báo"

    def ready(self) -> None:
        # Domain apps announce through chibo.lib.notices; this app delivers (it reads them).
        from chibo.lib.notices import announced

        announced.connect(_deliver, dispatch_uid="chibo.notifications.deliver")


def _deliver(sender: Any, **notice: Any) -> int:
    from .services import notify

    notice.pop("signal", None)
    return notify(**notice)
