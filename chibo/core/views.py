from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from chibo.feedback.models import Staff
from chibo.lib.http import InputError
from chibo.members.access import viewer_for


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Send each user to where their work is: their cell, or the committee they serve."""
    viewer = viewer_for(request)
    if viewer.member:
        return redirect("organizations:cell", pk=viewer.member.cell_id)
    staff = (
        None
        if viewer.committees
        else Staff.objects.for_user(request.user).select_related("school").order_by("pk").first()
    )
    if staff is not None:  # a school's staff member: their feedback desk, or the idea bank
        if staff.handles_feedback:
            return redirect("feedback:queue", slug=staff.school.slug)
        return redirect("ideas:bank", slug=staff.school.slug)
    if len(viewer.committees) == 1:
        return redirect("organizations:committee", pk=viewer.committees[0].pk)
    return render(request, "core/home.html", {"committees": viewer.committees})


@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """400 in Vietnamese; our own refusals (InputError) say what was wrong."""
    message = str(exception) if isinstance(exception, InputError) else ""
    return render(request, "400.html", {"message": message}, status=400)
