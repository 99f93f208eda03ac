from django.urls import path

from . import organization_views as views

app_name = "organizations"
urlpatterns = [
    path("cells/<int:pk>/", views.cell_detail, name="cell"),
    path("cells/<int:pk>/audit/", views.cell_audit, name="cell_audit"),
    path("committees/<int:pk>/", views.committee_detail, name="committee"),
    path("committees/<int:pk>/audit/", views.committee_audit, name="committee_audit"),
]
