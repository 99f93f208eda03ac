from django.urls import path

from . import views, views_io

app_name = "members"
urlpatterns = [
    path("cells/<int:cell_pk>/members/", views.member_list, name="list"),
    path("cells/<int:cell_pk>/members/new/", views.member_create, name="create"),
    path("cells/<int:cell_pk>/members/stats/", views_io.member_stats, name="stats"),
    path("cells/<int:cell_pk>/members/export.xlsx", views_io.export_members, name="export"),
    path("cells/<int:cell_pk>/members/stats.xlsx", views_io.export_stats, name="export_stats"),
    path("cells/<int:cell_pk>/members/import/", views_io.import_upload, name="import"),
    path(
        "cells/<int:cell_pk>/members/import/template.xlsx",
        views_io.import_template,
        name="import_template",
    ),
    path(
        "cells/<int:cell_pk>/members/import/<int:batch_pk>/",
        views_io.import_preview,
        name="import_preview",
    ),
    path("members/<int:pk>/", views.member_detail, name="detail"),
    path("members/<int:pk>/edit/", views.member_edit, name="edit"),
    path("members/<int:pk>/status/", views.member_status, name="status"),
    path("members/<int:pk>/role/", views.member_role, name="role"),
    path("members/<int:pk>/recognition/", views.member_recognise, name="recognise"),
    path("members/<int:pk>/invite/", views.member_invite, name="invite"),
]
