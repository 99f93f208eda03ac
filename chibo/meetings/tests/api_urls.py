"""A stand-alone API with the meetings router, for tests (the project API mounts its own)."""

from django.urls import include, path
from ninja import NinjaAPI

from chibo.api import errors
from chibo.api.auth import session_auth, token_auth
from chibo.meetings.api import build_router

api = NinjaAPI(urls_namespace="meetings_test_api", auth=[token_auth, session_auth])
errors.install(api)
api.add_router("", build_router())
urlpatterns = [path("api/", api.urls), path("", include("chibo.meetings.urls"))]
