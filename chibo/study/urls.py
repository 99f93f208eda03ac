from django.urls import path

from . import views

app_name = "study"
urlpatterns = [
    path("cells/<int:cell_pk>/study/", views.session_list, name="list"),
    path("study/<int:pk>/", views.session_detail, name="session"),
    path("study/<int:pk>/edit/", views.session_edit, name="edit"),
    path("study/<int:pk>/attendance/", views.session_attendance, name="attendance"),
    path("study/<int:pk>/writeup/", views.session_writeup, name="writeup"),
]
