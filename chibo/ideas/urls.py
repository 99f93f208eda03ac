"""The idea bank and the KPI of a school (English paths, as the house's other staff pages)."""

from django.urls import path

from . import views_bank, views_council, views_kpi

app_name = "ideas"
urlpatterns = [
    # The idea bank.
    path("schools/<slug:slug>/ideas/", views_bank.bank, name="bank"),
    path("schools/<slug:slug>/ideas/new/", views_bank.new, name="new"),
    path("ideas/<int:pk>/", views_bank.detail, name="detail"),
    path("ideas/<int:pk>/edit/", views_bank.edit, name="edit"),
    path("ideas/<int:pk>/apply/", views_bank.apply, name="apply"),
    path("ideas/<int:pk>/submit/", views_bank.submit, name="submit"),
    path("ideas/<int:pk>/withdraw/", views_bank.withdraw, name="withdraw"),
    path("ideas/<int:pk>/support/", views_bank.support, name="support"),
    path("ideas/<int:pk>/comments/", views_bank.comment, name="comment"),
    path("ideas/<int:pk>/attachments/", views_bank.attach, name="attach"),
    path("ideas/attachments/<int:pk>/", views_bank.attachment, name="attachment"),
    path("ideas/<int:pk>/score/", views_bank.score, name="score"),
    path("ideas/<int:pk>/decide/", views_bank.decide, name="decide"),
    path(
        "ideas/<int:pk>/certificate/issue/", views_bank.certificate_issue, name="certificate_issue"
    ),
    path("ideas/<int:pk>/certificate/", views_bank.certificate, name="certificate"),
    # The council and the settings.
    path("schools/<slug:slug>/ideas/council/", views_council.council, name="council"),
    path(
        "schools/<slug:slug>/ideas/council/<int:pk>/remove/",
        views_council.council_remove,
        name="council_remove",
    ),
    path("schools/<slug:slug>/ideas/settings/", views_council.settings, name="settings"),
    path("cells/<int:cell_pk>/ideas/", views_council.cell, name="cell"),
    # KPI 4 chiều.
    path("schools/<slug:slug>/kpi/", views_kpi.kpi, name="kpi"),
    path("schools/<slug:slug>/kpi/defaults/", views_kpi.kpi_defaults, name="kpi_defaults"),
    path("schools/<slug:slug>/kpi/weights/", views_kpi.kpi_weights, name="kpi_weights"),
    path(
        "schools/<slug:slug>/kpi/indicators/new/",
        views_kpi.kpi_indicator_new,
        name="kpi_indicator_new",
    ),
    path("kpi/indicators/<int:pk>/", views_kpi.kpi_indicator, name="kpi_indicator"),
    path("schools/<slug:slug>/kpi/terms/new/", views_kpi.kpi_term_new, name="kpi_term_new"),
    path("kpi/terms/<int:pk>/", views_kpi.kpi_term, name="kpi_term"),
    path("kpi/terms/<int:pk>/entries/", views_kpi.kpi_entries, name="kpi_entries"),
    path("kpi/terms/<int:pk>/recompute/", views_kpi.kpi_recompute, name="kpi_recompute"),
    path("kpi/terms/<int:pk>/finish/", views_kpi.kpi_finish, name="kpi_finish"),
    path("schools/<slug:slug>/kpi/mine/", views_kpi.my_kpi, name="my_kpi"),
]
