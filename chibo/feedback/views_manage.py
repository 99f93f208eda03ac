"""Running the portal: opening it for the cell's school, its settings, its staff accounts and the
satisfaction survey rounds. The school's management board and the cell's chi ủy change them."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from chibo.members.access import get_cell
from chibo.rules import feedback as rules

from .access import can_manage, get_school_to_manage, get_survey, staff_of
from .forms import AppointForm, SchoolForm, SurveyForm
from .models import FeedbackError, School, Staff, SurveyRound


@login_required
@require_http_methods(["GET", "POST"])
def school_new(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=True)
    form = SchoolForm(
        request.POST or None, initial={"name": cell.name.removeprefix("Chi bộ ").strip()}
    )
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if not k.startswith("due_")}
        try:
            school = School.create(cell=cell, by=request.user, due_days=form.due_days(), **fields)
        except FeedbackError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Đã mở cổng góp ý. Hãy thêm cán bộ xử lý góp ý của trường.")
            return redirect("feedback:staff_list", slug=school.slug)
    return render(
        request, "feedback/manage/school_form.html", {"cell": cell, "form": form, "school": None}
    )


@login_required
@require_http_methods(["GET", "POST"])
def school_settings(request: HttpRequest, slug: str) -> HttpResponse:
    school = get_school_to_manage(request, slug, edit=True)
    form = SchoolForm(request.POST or None, instance=School.objects.get(pk=school.pk))
    if request.method == "POST" and form.is_valid():
        fields = {
            k: v for k, v in form.cleaned_data.items() if not k.startswith("due_") and k != "slug"
        }
        try:
            school.change_settings(by=request.user, due_days=form.due_days(), **fields)
        except FeedbackError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Đã lưu cài đặt cổng góp ý.")
            return redirect("feedback:school_settings", slug=school.slug)
    form.fields["slug"].disabled = True
    return render(request, "feedback/manage/school_form.html", {
        "cell": school.cell, "form": form, "school": school, "source": rules.SCHOOL_DEFAULT,
    })  # fmt: skip


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def staff_list(request: HttpRequest, slug: str) -> HttpResponse:
    school = get_school_to_manage(request, slug, edit=True)
    form = AppointForm(request.POST or None)
    password = ""
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            staff, password = school.appoint(by=request.user, username=data["username"],
                                             full_name=data["full_name"], role=data["role"],
                                             title=data["title"], email=data["email"],
                                             position=data["position"])  # fmt: skip
        except FeedbackError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request, f"Đã giao vai trò “{staff.get_role_display()}” cho {staff.full_name}."
            )
            if not password:
                return redirect("feedback:staff_list", slug=school.slug)
            form = AppointForm()
            password = f"{staff.user.username} / {password}"
    staff_rows = Staff.objects.filter(school=school, active=True).select_related("user")
    return render(request, "feedback/manage/staff.html",
                  {"school": school, "form": form, "staff_rows": staff_rows, "password": password})  # fmt: skip


@login_required
@require_POST
def staff_remove(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    school = get_school_to_manage(request, slug, edit=True)
    staff = Staff.objects.filter(school=school, pk=pk).first()
    if staff is None:
        messages.error(request, "Không tìm thấy cán bộ.")
        return redirect("feedback:staff_list", slug=school.slug)
    try:
        staff.remove(by=request.user)
    except FeedbackError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"{staff.full_name} thôi là cán bộ của trường trên hệ thống.")
    return redirect("feedback:staff_list", slug=school.slug)


@login_required
@require_http_methods(["GET", "POST"])
def surveys(request: HttpRequest, slug: str) -> HttpResponse:
    """The school's survey rounds; managers open a new one from the same page."""
    school = get_school_to_manage(request, slug, edit=request.method == "POST")
    manage = can_manage(request, school)
    form = SurveyForm(request.POST or None, initial={
        "year": timezone.localdate().year,
        "title": f"Khảo sát sự hài lòng của cha mẹ trẻ năm {timezone.localdate().year}",
    })  # fmt: skip
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            survey = SurveyRound.create(school=school, by=request.user, title=data["title"], year=data["year"],
                                        formula=data["formula"], classes=form.class_names(),
                                        families_per_class=data["families"])  # fmt: skip
        except FeedbackError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Đã tạo đợt khảo sát. Xem lại câu hỏi rồi mở khảo sát.")
            return redirect("feedback:survey_detail", pk=survey.pk)
    rounds = SurveyRound.objects.filter(school=school)
    return render(request, "feedback/manage/surveys.html", {
        "school": school, "rounds": rounds, "form": form if manage else None,
        "is_staff": staff_of(request, school) is not None,
    })  # fmt: skip


@login_required
@require_GET
def survey_detail(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_survey(request, pk)
    results = survey.results()
    classes = list(survey.classes.all())
    links = [
        (c, request.build_absolute_uri(reverse("feedback:survey_form", args=[c.token])))
        for c in classes
    ]
    return render(request, "feedback/manage/survey_detail.html", {
        "survey": survey, "school": survey.school, "results": results, "links": links,
        "questions": list(survey.questions.all()), "group_labels": dict(rules.GROUPS),
        "can_manage": can_manage(request, survey.school), "source": rules.SURVEY_TOOLKIT,
        "formula": rules.FORMULAS[survey.formula],
    })  # fmt: skip


@login_required
@require_POST
def survey_open(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_survey(request, pk, edit=True)
    try:
        survey.open(by=request.user)
    except FeedbackError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, "Đã mở khảo sát. Gửi đường dẫn của từng lớp và phát phiếu mã cho các gia đình."
        )
    return redirect("feedback:survey_detail", pk=survey.pk)


@login_required
@require_POST
def survey_close(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_survey(request, pk, edit=True)
    try:
        survey.close(by=request.user)
    except FeedbackError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Đã kết thúc khảo sát; kết quả là chỉ số của năm.")
    return redirect("feedback:survey_detail", pk=survey.pk)


@never_cache
@login_required
@require_GET
def survey_codes(request: HttpRequest, pk: int) -> HttpResponse:
    """The slips to print and cut: one code per family, handed out at random."""
    survey = get_survey(request, pk, edit=True)
    classes = list(survey.classes.prefetch_related("codes"))
    slips = [(c, request.build_absolute_uri(reverse("feedback:survey_form", args=[c.token])), list(c.codes.all()))
             for c in classes]  # fmt: skip
    return render(request, "feedback/manage/survey_codes.html",
                  {"survey": survey, "school": survey.school, "slips": slips})  # fmt: skip
