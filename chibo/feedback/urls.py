"""The parents' pages are in Vietnamese under /gop-y/ and /khao-sat/ (a parent reads the address);
the school's and the Party's pages follow the house's English paths."""

from django.urls import path

from . import views_manage, views_oversight, views_public, views_staff

app_name = "feedback"
urlpatterns = [
    # Public: no login.
    path("gop-y/", views_public.portal_index, name="portal_index"),
    path("gop-y/theo-doi/", views_public.track_lookup, name="track_lookup"),
    path("gop-y/theo-doi/<str:code>/", views_public.track, name="track"),
    path("gop-y/theo-doi/<str:code>/nhan-them/", views_public.track_reply, name="track_reply"),
    path("gop-y/theo-doi/<str:code>/mo-lai/", views_public.track_reopen, name="track_reopen"),
    path("gop-y/theo-doi/<str:code>/da-xong/", views_public.track_resolved, name="track_resolved"),
    path("gop-y/theo-doi/<str:code>/anh/", views_public.track_photo, name="track_photo"),
    path("gop-y/<slug:slug>/", views_public.portal, name="portal"),
    path("gop-y/<slug:slug>/gui/", views_public.submit, name="submit"),
    path("gop-y/<slug:slug>/bao-cao/<int:number>/", views_public.report, name="report"),
    path("khao-sat/<str:token>/", views_public.survey_form, name="survey_form"),
    # The school's staff.
    path("schools/<slug:slug>/feedback/", views_staff.queue, name="queue"),
    path("schools/<slug:slug>/feedback/moderation/", views_staff.moderation, name="moderation"),
    path("feedback/<int:pk>/", views_staff.detail, name="detail"),
    path("feedback/<int:pk>/identity/", views_staff.identity, name="identity"),
    path("feedback/<int:pk>/take/", views_staff.take, name="take"),
    path("feedback/<int:pk>/assign/", views_staff.assign, name="assign"),
    path("feedback/<int:pk>/notes/", views_staff.note, name="note"),
    path("feedback/<int:pk>/answer/", views_staff.answer, name="answer"),
    path("feedback/<int:pk>/close/", views_staff.close, name="close"),
    path("feedback/<int:pk>/redirect/", views_staff.redirect_item, name="redirect"),
    path("feedback/<int:pk>/extend/", views_staff.extend, name="extend"),
    path("feedback/<int:pk>/moderate/", views_staff.moderate, name="moderate"),
    path("feedback/<int:pk>/photo/", views_staff.photo, name="photo"),
    # Running the portal: the school's management board and the cell's chi ủy.
    path("cells/<int:cell_pk>/schools/new/", views_manage.school_new, name="school_new"),
    path("schools/<slug:slug>/settings/", views_manage.school_settings, name="school_settings"),
    path("schools/<slug:slug>/staff/", views_manage.staff_list, name="staff_list"),
    path(
        "schools/<slug:slug>/staff/<int:pk>/remove/", views_manage.staff_remove, name="staff_remove"
    ),
    path("schools/<slug:slug>/surveys/", views_manage.surveys, name="surveys"),
    path("surveys/<int:pk>/", views_manage.survey_detail, name="survey_detail"),
    path("surveys/<int:pk>/open/", views_manage.survey_open, name="survey_open"),
    path("surveys/<int:pk>/close/", views_manage.survey_close, name="survey_close"),
    path("surveys/<int:pk>/codes/", views_manage.survey_codes, name="survey_codes"),
    # The Party's figures.
    path("cells/<int:pk>/feedback/", views_oversight.cell_figures, name="cell"),
    path("committees/<int:pk>/feedback/", views_oversight.committee_figures, name="committee"),
]
