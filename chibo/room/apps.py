from django.apps import AppConfig


class RoomConfig(AppConfig):
    name = "chibo.room"
    verbose_name = "Phòng họp số"
