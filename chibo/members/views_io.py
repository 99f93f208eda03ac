"""Statistics, Excel export and Excel import of the member register."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse

from chibo.organizations.access import get_cell


@login_required
def member_stats(request: HttpRequest, cell_pk: int) -> HttpResponse:
    get_cell(request, cell_pk)
    return HttpResponse("Thống kê")


@login_required
def export_members(request: HttpRequest, cell_pk: int) -> HttpResponse:
    get_cell(request, cell_pk)
    return HttpResponse("")


@login_required
def export_stats(request: HttpRequest, cell_pk: int) -> HttpResponse:
    get_cell(request, cell_pk)
    return HttpResponse("")


@login_required
def import_upload(request: HttpRequest, cell_pk: int) -> HttpResponse:
    get_cell(request, cell_pk, edit=True)
    return HttpResponse("")


@login_required
def import_preview(request: HttpRequest, cell_pk: int, batch_pk: int) -> HttpResponse:
    get_cell(request, cell_pk, edit=True)
    return HttpResponse("")
