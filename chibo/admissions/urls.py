from django.urls import path

from . import views

app_name = "admissions"
urlpatterns = [
    path("cells/<int:cell_pk>/admissions/", views.candidate_list, name="list"),
    path("cells/<int:cell_pk>/admissions/new/", views.candidate_create, name="create"),
    path("admissions/<int:pk>/", views.candidate_detail, name="detail"),
    path("admissions/<int:pk>/edit/", views.candidate_edit, name="edit"),
    path("admissions/<int:pk>/do/<slug:verb>/", views.transition, name="transition"),
    path("admissions/<int:pk>/scans/", views.attachment_upload, name="attach"),
    path("admissions/<int:pk>/scans/<int:attachment_pk>/", views.attachment_download, name="scan"),
    path("admissions/<int:pk>/steps/<int:step_pk>/file/", views.step_file, name="step_file"),
    path("committees/<int:pk>/admissions/", views.committee_candidates, name="committee"),
    path("committees/<int:pk>/admissions/rules/", views.committee_rules, name="committee_rules"),
]
