from django.urls import path

from . import views

app_name = "plans"
urlpatterns = [
    path("cells/<int:cell_pk>/plans/", views.plan_list, name="list"),
    path("cells/<int:cell_pk>/plans/new/", views.plan_create, name="create"),
    path("plans/<int:pk>/", views.plan_detail, name="detail"),
    path("plans/<int:pk>/edit/", views.plan_edit, name="edit"),
    path("plans/<int:pk>/issue/", views.plan_issue, name="issue"),
    path("plans/<int:pk>/revise/", views.plan_revise, name="revise"),
    path("plans/<int:pk>/delete/", views.plan_delete, name="delete"),
    path("plans/<int:pk>/draft.docx", views.plan_draft_docx, name="draft_docx"),
    path("plans/<int:pk>/topics/new/", views.part_new, {"kind": "topic"}, name="topic_new"),
    path(
        "plans/<int:pk>/topics/<int:part_pk>/",
        views.part_edit,
        {"kind": "topic"},
        name="topic_edit",
    ),
    path(
        "plans/<int:pk>/topics/<int:part_pk>/delete/",
        views.part_delete,
        {"kind": "topic"},
        name="topic_delete",
    ),
    path("plans/<int:pk>/targets/new/", views.part_new, {"kind": "target"}, name="target_new"),
    path(
        "plans/<int:pk>/targets/<int:part_pk>/",
        views.part_edit,
        {"kind": "target"},
        name="target_edit",
    ),
    path(
        "plans/<int:pk>/targets/<int:part_pk>/delete/",
        views.part_delete,
        {"kind": "target"},
        name="target_delete",
    ),
]
