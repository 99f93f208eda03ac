from django.apps import AppConfig


class TransfersConfig(AppConfig):
    """What holds a member in the cell (an open inspection case, QĐ 294 point 6.3.1) is asked
    through the port chibo.lib.holds, which the apps that hold members fill in."""

    name = "chibo.transfers"
    verbose_name = "Chuyển sinh hoạt đảng"
