"""What the API reads and writes. Codes for programs, `*_display` in Vietnamese for people."""

import datetime as dt
from typing import Annotated, Any, Literal

from ninja import Schema
from pydantic import Field

from chibo.members.models import Member

# Recognition as an official member has its own operation (RecognitionIn).
StatusAction = Literal["transfer_out", "record_death", "remove_from_list", "expel"]
RoleCode = Literal["secretary", "deputy_secretary", "committee_member", "member"]
StatusFilter = Literal["", "all", "probationary", "official", "transferred", "deceased", "removed",
                       "expelled"]  # fmt: skip
GenderCode = Literal["female", "male"]
QualificationCode = Literal["", "upper_secondary", "intermediate", "college", "university",
                            "master", "doctor"]  # fmt: skip
TheoryCode = Literal["", "elementary", "intermediate", "advanced", "bachelor"]


class ErrorOut(Schema):
    detail: str
    errors: list[dict[str, str]] = Field(default_factory=list)


class CommitteeOut(Schema):
    id: int
    name: str


class CellOut(Schema):
    id: int
    name: str
    place_name: str
    committee: CommitteeOut
    days_before_distribution: int
    member_count: int = Field(description="Số đảng viên đang sinh hoạt (chính thức và dự bị)")


class MeOut(Schema):
    username: str
    member_id: int | None
    cell_id: int | None
    role: str | None
    role_display: str | None
    committees: list[CommitteeOut]


class MemberOut(Schema):
    id: int
    cell_id: int
    full_name: str
    gender: str
    gender_display: str
    birth_date: dt.date | None
    phone: str
    email: str
    job: str
    admission_date: dt.date | None
    official_date: dt.date | None
    status: str
    status_display: str
    role: str
    role_display: str
    card_number: str
    general_education: str
    qualification: str
    qualification_display: str
    political_theory: str
    political_theory_display: str
    probation_ends: dt.date | None
    probation_flag: str = Field(
        description="'overdue' (quá hạn dự bị), 'due' (còn ≤ 30 ngày) hoặc ''"
    )
    version: int = Field(
        description="Gửi lại khi sửa (PATCH) để tránh ghi đè thay đổi của người khác"
    )

    @staticmethod
    def resolve_gender_display(obj: Member) -> str:
        return obj.get_gender_display()

    @staticmethod
    def resolve_status_display(obj: Member) -> str:
        return obj.get_status_display()

    @staticmethod
    def resolve_role_display(obj: Member) -> str:
        return obj.get_role_display()

    @staticmethod
    def resolve_qualification_display(obj: Member) -> str:
        return obj.get_qualification_display()

    @staticmethod
    def resolve_political_theory_display(obj: Member) -> str:
        return obj.get_political_theory_display()

    @staticmethod
    def resolve_probation_flag(obj: Member) -> str:
        return obj.probation_flag()


# A date the member form reads (chibo.lib.dates.DayMonthYearField): the API hands the text to the
# same form, so 1985-02-31 gets the form's reason ("không có thật"), not a parser's.
DayText = Annotated[str, Field(description="Ngày: NNNN-TT-NN (ví dụ 1985-01-05) hoặc NN/TT/NNNN",
                               examples=["1985-01-05"])]  # fmt: skip


class MemberFields(Schema):
    """The data fields of a member, as the UI form has them; all optional for PATCH."""

    full_name: str | None = None
    gender: GenderCode | None = None
    birth_date: DayText | None = None
    phone: str | None = None
    email: str | None = None
    job: str | None = None
    admission_date: DayText | None = None
    official_date: DayText | None = None
    card_number: str | None = None
    general_education: str | None = None
    qualification: QualificationCode | None = None
    political_theory: TheoryCode | None = None


class MemberCreateIn(MemberFields):
    full_name: str
    gender: GenderCode
    status: Literal["probationary", "official"] = "probationary"


class MemberPatchIn(MemberFields):
    version: int = Field(description="Giá trị `version` đọc được lần trước")


class StatusIn(Schema):
    action: StatusAction
    on: dt.date
    note: str = ""


class RecognitionIn(Schema):
    on: dt.date = Field(description="Ngày công nhận chính thức: ngày hết thời kỳ dự bị")
    decision_number: str = Field(description="Số quyết định của cấp ủy cấp trên")
    decision_date: dt.date = Field(description="Ngày quyết định của cấp ủy cấp trên")


class RoleIn(Schema):
    role: RoleCode
    on: dt.date


class MemberFilter(Schema):
    q: str = Field("", description="Tìm theo tên, số thẻ, điện thoại; không phân biệt dấu")
    status: StatusFilter = Field(
        "", description="'' = đang sinh hoạt, 'all' = tất cả, hoặc một tình trạng"
    )
    role: Literal["", "secretary", "deputy_secretary", "committee_member", "member"] = ""


def form_data(payload: Schema, *, exclude: set[str] | None = None) -> dict[str, Any]:
    """The fields the client actually sent, as a Django form's data."""
    data = payload.model_dump(exclude_unset=True, exclude=exclude or set())
    return {key: "" if value is None else value for key, value in data.items()}
