import os

from django.urls import path

from . import views

app_name = "oversight"
urlpatterns = [
    path("committees/<int:pk>/oversight/", views.committee_dashboard, name="committee"),
    path("committees/<int:pk>/oversight/rules/", views.rule_book, name="rules"),
    path(
        "committees/<int:pk>/oversight/rules/<slug:code>/", views.rule_setting, name="rule_setting"
    ),
    path(
        "committees/<int:pk>/oversight/report.<str:fmt>",
        views.committee_report,
        name="committee_report",
    ),
    path("cells/<int:pk>/oversight/", views.cell_dashboard, name="cell"),
    path("cells/<int:pk>/oversight/report.<str:fmt>", views.cell_report, name="cell_report"),
    path("meetings/<int:pk>/quality/", views.meeting_quality, name="quality"),
]
if os.environ.get("CHIBO_BENCH") == "1":  # the benchmark's yardstick, never in production
    urlpatterns += [
        path("bench/bare/", views.bare, name="bench_bare"),
        path("bench/bare-user/", views.bare_user, name="bench_bare_user"),
        path("bench/bare-page/", views.bare_page, name="bench_bare_page"),
    ]
