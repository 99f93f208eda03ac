from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from chibo.feedback.models import Staff
from chibo.lib import today
from chibo.lib.http import InputError
from chibo.members.access import viewer_for

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """ "Việc hôm nay": what this person has to do, most urgent first, each line opening the
    screen where it is done (chibo.lib.today; the domain apps fill it). A school's staff member
    goes to their feedback desk or the idea bank."""
    viewer = viewer_for(request)
    if viewer.member or viewer.committees:
        who = today.Who(user=request.user, member=viewer.member, committees=viewer.committees,
                        today=timezone.localdate())  # fmt: skip
        items = today.items_for(who)
        return render(request, "core/today.html", {
            "items": [(item, item.level(who.today), item.label(who.today)) for item in items],
            "today": who.today, "weekday": WEEKDAYS[who.today.weekday()],
            "committees": viewer.committees,
        })  # fmt: skip
    staff = (
        None
        if viewer.committees
        else Staff.objects.for_user(request.user).select_related("school").order_by("pk").first()
    )
    if staff is not None:  # a school's staff member: their feedback desk, or the idea bank
        if staff.handles_feedback:
            return redirect("feedback:queue", slug=staff.school.slug)
        return redirect("ideas:bank", slug=staff.school.slug)
    return render(request, "core/home.html", {"committees": viewer.committees})


@login_required
def more(request: HttpRequest) -> HttpResponse:
    """ "Thêm": every other part of the app, and the account (password, log out)."""
    return render(request, "core/more.html")


@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """400 in Vietnamese; our own refusals (InputError) say what was wrong."""
    message = str(exception) if isinstance(exception, InputError) else ""
    return render(request, "400.html", {"message": message}, status=400)
