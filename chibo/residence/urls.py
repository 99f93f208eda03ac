from django.urls import path

from . import views

app_name = "residence"
urlpatterns = [
    path("cells/<int:cell_pk>/residence/", views.cell_residence, name="cell"),
    path("members/<int:pk>/residence/", views.record_residence, name="record"),
    path("members/<int:pk>/residence/request/", views.request_comments, name="request"),
    path("residence/comments/<int:pk>/answer/", views.answer_comments, name="answer"),
    path("residence/comments/<int:pk>/scan/", views.comment_scan, name="scan"),
]
