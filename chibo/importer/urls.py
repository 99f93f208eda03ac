from django.urls import path

from . import views

app_name = "importer"
urlpatterns = [
    path("cells/<int:cell_pk>/plans/import/", views.upload, name="upload"),
    path("cells/<int:cell_pk>/plans/import/<int:pk>/", views.review, name="review"),
    path("cells/<int:cell_pk>/plans/import/<int:pk>/discard/", views.discard, name="discard"),
    path("cells/<int:cell_pk>/plans/import/<int:pk>/status/", views.status, name="status"),
    path("cells/<int:cell_pk>/plans/import/<int:pk>/retry/", views.retry, name="retry"),
    path("cells/<int:cell_pk>/plans/import/<int:pk>/pages/order/", views.reorder, name="reorder"),
    path(
        "cells/<int:cell_pk>/plans/import/<int:pk>/pages/<int:number>.png",
        views.page_image,
        name="page",
    ),
    path("plans/<int:plan_pk>/original/<int:number>.png", views.original, name="original"),
]
