"""Members of a cell: list, read, register, edit, status, recognition and role — the UI's
model verbs."""

from django.db.models import QuerySet
from django.forms.models import model_to_dict
from django.http import HttpRequest
from ninja import Query, Router
from ninja.pagination import paginate
from ninja.responses import Status

from chibo.members.access import get_cell, get_member
from chibo.members.forms import (
    MemberForm,
    NewMemberForm,
    RecognitionForm,
    RoleForm,
    StatusChangeForm,
)
from chibo.members.models import Member, MemberError

from .errors import FormInvalid, VersionConflict
from .pagination import Pages
from .schemas import (
    ErrorOut,
    MemberCreateIn,
    MemberFilter,
    MemberOut,
    MemberPatchIn,
    RecognitionIn,
    RoleIn,
    StatusIn,
    form_data,
)

router = Router(tags=["đảng viên"])
PAGE_SIZE = 100
READ = {404: ErrorOut}
WRITE = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


@router.get("/cells/{cell_id}/members", response={200: list[MemberOut], **READ},
            summary="Danh sách đảng viên của chi bộ (thứ tự tên tiếng Việt)")  # fmt: skip
@paginate(Pages, page_size=PAGE_SIZE)
def member_list(
    request: HttpRequest, cell_id: int, filters: Query[MemberFilter]
) -> QuerySet[Member]:
    cell = get_cell(request, cell_id)
    members = Member.objects.for_cell(cell)
    if filters.status == "":
        members = members.current()
    elif filters.status != "all":
        members = members.filter(status=filters.status)
    if filters.role:
        members = members.filter(role=filters.role)
    return members.search(filters.q).vietnamese_order()


@router.post("/cells/{cell_id}/members", response={201: MemberOut, **WRITE},
             summary="Thêm đảng viên (chi ủy)")  # fmt: skip
def member_create(request: HttpRequest, cell_id: int, payload: MemberCreateIn) -> Status:
    cell = get_cell(request, cell_id, edit=True)
    data = {**form_data(payload), "status": payload.status}
    form = NewMemberForm(data)
    if not form.is_valid():
        raise FormInvalid(form.errors)
    fields = {name: value for name, value in form.cleaned_data.items() if name in data}
    return Status(201, Member.register(cell=cell, by=request.user, **fields))


@router.get("/members/{member_id}", response={200: MemberOut, **READ}, summary="Hồ sơ đảng viên")
def member_detail(request: HttpRequest, member_id: int) -> Member:
    return get_member(request, member_id)


@router.patch("/members/{member_id}", response={200: MemberOut, 409: ErrorOut, **WRITE},
              summary="Sửa hồ sơ (gửi kèm version)")  # fmt: skip
def member_update(request: HttpRequest, member_id: int, payload: MemberPatchIn) -> Member:
    member = get_member(request, member_id, edit=True)
    current = model_to_dict(member, fields=MemberForm.Meta.fields)
    data = {
        **{k: "" if v is None else v for k, v in current.items()},
        **form_data(payload, exclude={"version"}),
    }
    form = MemberForm(data, instance=Member.objects.get(pk=member.pk))
    if not form.is_valid():
        raise FormInvalid(form.errors)
    try:
        member.update(by=request.user, expected_version=payload.version, **form.cleaned_data)
    except MemberError as error:
        if Member.objects.filter(pk=member.pk, version=payload.version).exists():
            raise
        raise VersionConflict(str(error)) from error
    return member


@router.post("/members/{member_id}/status", response={200: MemberOut, **WRITE},
             summary="Đổi tình trạng: chuyển đi, từ trần, xóa tên, khai trừ")  # fmt: skip
def member_status(request: HttpRequest, member_id: int, payload: StatusIn) -> Member:
    member = get_member(request, member_id, edit=True)
    form = StatusChangeForm(payload.model_dump())
    if not form.is_valid():
        raise FormInvalid(form.errors)
    data = form.cleaned_data
    member.change_status(data["action"], on=data["on"], by=request.user, note=data["note"])
    return member


@router.post("/members/{member_id}/recognition", response={200: MemberOut, **WRITE},
             summary="Công nhận đảng viên chính thức: cần biểu quyết đạt của chi bộ và quyết định "
                     "của cấp ủy cấp trên")  # fmt: skip
def member_recognition(request: HttpRequest, member_id: int, payload: RecognitionIn) -> Member:
    member = get_member(request, member_id, edit=True)
    form = RecognitionForm(payload.model_dump())
    if not form.is_valid():
        raise FormInvalid(form.errors)
    data = form.cleaned_data
    member.recognise_official(on=data["on"], decision_number=data["decision_number"],
                              decision_date=data["decision_date"], by=request.user)  # fmt: skip
    return member


@router.post("/members/{member_id}/role", response={200: MemberOut, **WRITE},
             summary="Phân công chức vụ trong chi bộ")  # fmt: skip
def member_role(request: HttpRequest, member_id: int, payload: RoleIn) -> Member:
    member = get_member(request, member_id, edit=True)
    form = RoleForm(payload.model_dump())
    if not form.is_valid():
        raise FormInvalid(form.errors)
    member.assign_role(form.cleaned_data["role"], on=form.cleaned_data["on"], by=request.user)
    return member
