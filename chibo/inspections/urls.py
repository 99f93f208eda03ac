from django.urls import path

from . import views

app_name = "inspections"
urlpatterns = [
    path("cells/<int:cell_pk>/inspections/", views.overview, name="list"),
    path(
        "cells/<int:cell_pk>/inspections/programmes/new/",
        views.programme_create,
        name="programme_create",
    ),
    path("cells/<int:cell_pk>/inspections/cases/new/", views.case_create, name="case_create"),
    path("inspections/programmes/<int:pk>/", views.programme_detail, name="programme"),
    path("inspections/programmes/<int:pk>/items/", views.item_add, name="item_add"),
    path("inspections/programmes/<int:pk>/issue/", views.programme_issue, name="programme_issue"),
    path("inspections/cases/<int:pk>/", views.case_detail, name="case"),
    path("inspections/cases/<int:pk>/do/<slug:verb>/", views.case_verb, name="case_verb"),
]
