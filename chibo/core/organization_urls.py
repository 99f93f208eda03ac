from django.urls import path

from . import organization_views as views
from . import views_logins

app_name = "organizations"
urlpatterns = [
    path("cells/<int:pk>/", views.cell_detail, name="cell"),
    path("cells/<int:pk>/audit/", views.cell_audit, name="cell_audit"),
    path("cells/<int:pk>/logins/", views_logins.locked_logins, name="locked_logins"),
    path(
        "cells/<int:pk>/logins/<int:member_pk>/unlock/",
        views_logins.unlock_login,
        name="unlock_login",
    ),
    path("committees/<int:pk>/", views.committee_detail, name="committee"),
    path("committees/<int:pk>/audit/", views.committee_audit, name="committee_audit"),
]
