"""The project's URLs plus one view that fails, to see the 500 page as a user would."""

from django.urls import path

from chibo.urls import urlpatterns as project


def boom(request):
    raise RuntimeError("a bug")


urlpatterns = [*project, path("boom/", boom)]
