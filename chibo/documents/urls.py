from django.urls import path

from chibo.documents import views

app_name = "documents"
urlpatterns = [
    path("documents/<int:pk>/view.pdf", views.view_pdf, name="view"),
    path("documents/<int:pk>/preview.png", views.preview, name="preview"),
    path("documents/<int:pk>/<str:fmt>/", views.download, name="download"),
    path("cells/<int:cell_pk>/documents/", views.register, name="register"),
]
