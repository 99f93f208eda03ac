"""The school's KPI 4 chiều: the indicators and weights, the terms and their results, the values
entered with evidence, and each person's own results. Advisory: never a Party rating."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from chibo.feedback.models import School, Staff

from .access import get_kpi_school, get_school, get_term, is_manager, my_staff
from .forms import EntryForm, IndicatorForm, TermForm, WeightsForm
from .models import Dimension, IdeaError, Indicator, KpiEntry, KpiResult, KpiTerm

ADVISORY = ("KPI 4 chiều là công cụ tham khảo do nhà trường tự xây dựng (không có khung quốc gia); "
            "không phải kết quả đánh giá, xếp loại đảng viên.")  # fmt: skip


def _indicators(school: School) -> list[Indicator]:
    return list(Indicator.objects.filter(school=school).order_by("order", "pk"))


@login_required
@require_GET
def kpi(request: HttpRequest, slug: str) -> HttpResponse:
    school = get_kpi_school(request, slug)
    indicators = _indicators(school)
    manager = is_manager(request, school)
    active_weight = sum(i.weight for i in indicators if i.active)
    return render(request, "ideas/kpi/setup.html", {
        "school": school, "indicators": indicators, "manager": manager, "advisory": ADVISORY,
        "dimensions": Dimension.choices, "active_weight": active_weight,
        "weights_form": WeightsForm(indicators=[i for i in indicators if i.active]) if manager else None,
        "indicator_form": IndicatorForm() if manager else None, "term_form": TermForm() if manager else None,
        "terms": list(KpiTerm.objects.filter(school=school)),
    })  # fmt: skip


@login_required
@require_POST
def kpi_defaults(request: HttpRequest, slug: str) -> HttpResponse:
    school = get_kpi_school(request, slug, manage=True)
    try:
        count = Indicator.install_defaults(school=school, by=request.user)
    except IdeaError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, f"Đã tạo {count} chỉ số gợi ý; hãy xem lại tên, trọng số và nguồn số liệu."
        )
    return redirect("ideas:kpi", slug=school.slug)


@login_required
@require_POST
def kpi_weights(request: HttpRequest, slug: str) -> HttpResponse:
    school = get_kpi_school(request, slug, manage=True)
    indicators = [i for i in _indicators(school) if i.active]
    form = WeightsForm(request.POST, indicators=indicators)
    if not form.is_valid():
        messages.error(request, "Trọng số phải là số nguyên từ 0 đến 100.")
        return redirect("ideas:kpi", slug=school.slug)
    try:
        count = Indicator.set_weights(school=school, by=request.user, weights=form.weights())
    except IdeaError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, f"Đã lưu trọng số; đã tính lại {count} kết quả của các kỳ đang đánh giá."
        )
    return redirect("ideas:kpi", slug=school.slug)


@login_required
@require_POST
def kpi_indicator_new(request: HttpRequest, slug: str) -> HttpResponse:
    school = get_kpi_school(request, slug, manage=True)
    form = IndicatorForm(request.POST)
    if form.is_valid():
        try:
            Indicator.add(school=school, by=request.user, **form.cleaned_data)
        except IdeaError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, "Đã thêm chỉ số.")
    else:
        messages.error(
            request,
            "Chỉ số chưa hợp lệ: "
            + "; ".join(" ".join(str(m) for m in e) for e in form.errors.values()),
        )
    return redirect("ideas:kpi", slug=school.slug)


@login_required
@require_http_methods(["GET", "POST"])
def kpi_indicator(request: HttpRequest, pk: int) -> HttpResponse:
    indicator = Indicator.objects.select_related("school").filter(pk=pk).first()
    if indicator is None:
        raise Http404("Không tìm thấy chỉ số.")
    school = get_kpi_school(request, indicator.school.slug, manage=True)
    form = IndicatorForm(request.POST or None, instance=Indicator.objects.get(pk=indicator.pk))
    if request.method == "POST" and form.is_valid():
        try:
            count = indicator.change(by=request.user, **form.cleaned_data)
        except IdeaError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"Đã lưu chỉ số; đã tính lại {count} kết quả.")
            return redirect("ideas:kpi", slug=school.slug)
    return render(request, "ideas/kpi/indicator_form.html", {"school": school, "form": form,
                                                              "indicator": indicator})  # fmt: skip


@login_required
@require_POST
def kpi_term_new(request: HttpRequest, slug: str) -> HttpResponse:
    school = get_kpi_school(request, slug, manage=True)
    form = TermForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Hãy ghi tên kỳ đánh giá, ngày bắt đầu và ngày kết thúc.")
        return redirect("ideas:kpi", slug=school.slug)
    try:
        term = KpiTerm.open(school=school, by=request.user, **form.cleaned_data)
    except IdeaError as error:
        messages.error(request, str(error))
        return redirect("ideas:kpi", slug=school.slug)
    messages.success(request, "Đã mở kỳ đánh giá và tính kết quả từ dữ liệu hiện có.")
    return redirect("ideas:kpi_term", pk=term.pk)


@login_required
@require_GET
def kpi_term(request: HttpRequest, pk: int) -> HttpResponse:
    term = get_term(request, pk)
    results = list(
        KpiResult.objects.filter(term=term).select_related("staff").order_by("staff__full_name")
    )
    return render(request, "ideas/kpi/term.html", {
        "term": term, "school": term.school, "results": results, "dimensions": Dimension.choices,
        "manager": is_manager(request, term.school), "advisory": ADVISORY,
    })  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def kpi_entries(request: HttpRequest, pk: int) -> HttpResponse:
    term = get_term(request, pk, manage=request.method == "POST")
    manager = is_manager(request, term.school)
    form = EntryForm(request.POST or None, school=term.school)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            KpiEntry.record(term=term, indicator=data["indicator"], staff=data["staff"], value=data["value"],
                            evidence=data["evidence"], by=request.user)  # fmt: skip
        except IdeaError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request, f"Đã ghi điểm cho {data['staff'].full_name}; kết quả đã được tính lại."
            )
            return redirect("ideas:kpi_entries", pk=term.pk)
    entries = list(
        KpiEntry.objects.filter(term=term).select_related("indicator", "staff", "entered_by")
    )
    return render(request, "ideas/kpi/entries.html", {
        "term": term, "school": term.school, "entries": entries, "form": form if manager and term.is_open else None,
    })  # fmt: skip


@login_required
@require_POST
def kpi_recompute(request: HttpRequest, pk: int) -> HttpResponse:
    term = get_term(request, pk, manage=True)
    try:
        count = term.recompute(by=request.user)
    except IdeaError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Đã tính lại {count} kết quả từ dữ liệu mới nhất.")
    return redirect("ideas:kpi_term", pk=term.pk)


@login_required
@require_POST
def kpi_finish(request: HttpRequest, pk: int) -> HttpResponse:
    term = get_term(request, pk, manage=True)
    try:
        term.finish(by=request.user)
    except IdeaError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Đã kết thúc kỳ đánh giá; kết quả được giữ nguyên.")
    return redirect("ideas:kpi_term", pk=term.pk)


@login_required
@require_GET
def my_kpi(request: HttpRequest, slug: str) -> HttpResponse:
    """A person's own results, term by term (nobody else's)."""
    school = get_school(request, slug)
    staff: Staff | None = my_staff(request, school)
    if staff is None:
        raise Http404("Đồng chí không có tài khoản cán bộ của trường này.")
    results = list(
        KpiResult.objects.filter(staff=staff).select_related("term").order_by("-term__start")
    )
    return render(request, "ideas/kpi/mine.html", {
        "school": school, "staff": staff, "results": results, "dimensions": Dimension.choices,
        "advisory": ADVISORY, "can_read_school": is_manager(request, school),
    })  # fmt: skip
