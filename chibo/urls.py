from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from chibo.api.api import api
from chibo.core import pwa
from chibo.core import views as core_views
from chibo.members import views_account

urlpatterns = [
    path("", core_views.home, name="home"),
    # Before the apps' patterns (all at the root): an API request need not be tried, and fail,
    # against some 270 page patterns first (about 0.3 ms a request).
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
    path("more/", core_views.more, name="more"),
    path("healthz/", core_views.healthz, name="healthz"),
    path("sw.js", pwa.service_worker, name="service_worker"),
    path("manifest.webmanifest", pwa.manifest, name="manifest"),
    path("login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/change/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "password/change/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("activate/", views_account.activate, name="activate"),
    path("password/forgot/", views_account.forgot, name="password_forgot"),
    path("", include("chibo.core.organization_urls")),
    path("", include("chibo.members.urls")),
    path("", include("chibo.documents.urls")),
    path("", include("chibo.plans.urls")),
    path("", include("chibo.feedback.urls")),
    path("", include("chibo.fees.urls")),
    path("", include("chibo.importer.urls")),
    path("", include("chibo.notifications.urls")),
    path("", include("chibo.meetings.urls")),
    path("", include("chibo.evaluations.urls")),
    path("", include("chibo.admissions.urls")),
    path("", include("chibo.inspections.urls")),
    path("", include("chibo.ideas.urls")),
    path("", include("chibo.residence.urls")),
    path("", include("chibo.study.urls")),
    path("", include("chibo.transfers.urls")),
    path("", include("chibo.room.urls")),
    path("", include("chibo.oversight.urls")),
]

handler400 = "chibo.core.views.bad_request"
