from django.urls import path

from chibo.documents import views

app_name = "documents"
urlpatterns = [
    path("documents/<int:pk>/<str:fmt>/", views.download, name="download"),
    path("cells/<int:cell_pk>/documents/", views.register, name="register"),
]
