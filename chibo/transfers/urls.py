from django.urls import path

from . import views

app_name = "transfers"
urlpatterns = [
    path("cells/<int:cell_pk>/transfers/", views.cell_transfers, name="cell"),
    path("transfers/<int:pk>/", views.transfer_detail, name="detail"),
    path("transfers/<int:pk>/accept/", views.transfer_accept, name="accept"),
    path("transfers/<int:pk>/cancel/", views.transfer_cancel, name="cancel"),
    path("transfers/<int:pk>/letter/<str:fmt>/", views.transfer_letter, name="letter"),
]
