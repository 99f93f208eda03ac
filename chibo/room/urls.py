from django.urls import path

from . import views

app_name = "room"
M = "meetings/<int:pk>/"
urlpatterns = [
    path(M + "present/", views.present, name="present"),
    path(M + "phone/", views.phone, name="phone"),
    path(M + "console/", views.console, name="console"),
    path(M + "live/state/", views.live_state, name="state"),
    path(M + "live/ballot/", views.ballot, name="ballot"),
    path(M + "live/speak/", views.speak, name="speak"),
    path(M + "console/move/", views.move, name="move"),
    path(M + "console/page/", views.page, name="page"),
    path(M + "console/attendance/<int:member_pk>/", views.attendance, name="attendance"),
    path(M + "console/ballot/open/", views.ballot_open, name="ballot_open"),
    path(M + "console/ballot/hands/", views.ballot_hands, name="ballot_hands"),
    path(M + "console/ballot/close/", views.ballot_close, name="ballot_close"),
    path(M + "console/ballot/cancel/", views.ballot_cancel, name="ballot_cancel"),
    path(M + "console/speakers/<int:request_pk>/call/", views.speaker_call, name="speaker_call"),
    path(M + "console/speakers/<int:request_pk>/done/", views.speaker_done, name="speaker_done"),
    path(M + "console/minutes/", views.minutes_fill, name="minutes_fill"),
]
