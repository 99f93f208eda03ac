"""The cell's register of đảng viên, with status and role history."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import log_action, snapshot
from chibo.lib.vietnamese import fold, sort_key
from chibo.organizations.models import Cell, Committee
from chibo.rules.organization import elects_committee

PROBATION_MONTHS = 12  # Điều lệ Đảng, Điều 5: 12 months of probation
PROBATION_WARNING_DAYS = 30


class MemberError(Exception):
    """A domain rule refused the change; the message is for the user, in Vietnamese."""


class Gender(models.TextChoices):
    FEMALE = "female", "Nữ"
    MALE = "male", "Nam"


class Qualification(models.TextChoices):
    NONE = "", "Chưa có"
    UPPER_SECONDARY = "upper_secondary", "THPT"
    INTERMEDIATE = "intermediate", "Trung cấp"
    COLLEGE = "college", "Cao đẳng"
    UNIVERSITY = "university", "Đại học"
    MASTER = "master", "Thạc sĩ"
    DOCTOR = "doctor", "Tiến sĩ"


class PoliticalTheory(models.TextChoices):
    NONE = "", "Chưa qua đào tạo"
    ELEMENTARY = "elementary", "Sơ cấp"
    INTERMEDIATE = "intermediate", "Trung cấp"
    ADVANCED = "advanced", "Cao cấp"
    BACHELOR = "bachelor", "Cử nhân"


class Role(models.TextChoices):
    SECRETARY = "secretary", "Bí thư"
    DEPUTY_SECRETARY = "deputy_secretary", "Phó Bí thư"
    COMMITTEE_MEMBER = "committee_member", "Chi ủy viên"
    MEMBER = "member", "Đảng viên"


EDITOR_ROLES = frozenset({Role.SECRETARY, Role.DEPUTY_SECRETARY, Role.COMMITTEE_MEMBER})


class MemberQuerySet(models.QuerySet["Member"]):
    def for_cell(self, cell: Cell) -> MemberQuerySet:
        return self.filter(cell=cell)

    def current(self) -> MemberQuerySet:
        """Members who still belong to the cell (official or probationary)."""
        return self.filter(status__in=Member.ACTIVE_STATUSES)

    def official(self) -> MemberQuerySet:
        return self.filter(status=Member.Status.OFFICIAL)

    def search(self, query: str) -> MemberQuerySet:
        """Diacritics- and case-insensitive, đ folded to d: 'dang' finds 'Đặng'."""
        folded = fold(query)
        return self.filter(search_text__contains=folded) if folded else self

    def vietnamese_order(self) -> MemberQuerySet:
        return self.order_by("sort_key", "pk")

    def below(self, committee: Committee) -> MemberQuerySet:
        return self.filter(cell__path__startswith=committee.path)


class Member(models.Model):
    class Status(models.TextChoices):
        PROBATIONARY = "probationary", "Dự bị"
        OFFICIAL = "official", "Chính thức"
        TRANSFERRED = "transferred", "Chuyển đi"
        DECEASED = "deceased", "Từ trần"
        REMOVED = "removed", "Xóa tên"
        EXPELLED = "expelled", "Khai trừ"

    ACTIVE_STATUSES = (Status.PROBATIONARY, Status.OFFICIAL)
    AUDITED_FIELDS = [
        "full_name", "gender", "birth_date", "phone", "email", "job", "admission_date",
        "official_date", "status", "card_number", "general_education", "qualification",
        "political_theory", "role",
    ]  # fmt: skip

    cell = models.ForeignKey(Cell, on_delete=models.PROTECT, related_name="members")
    full_name = models.CharField("họ và tên", max_length=120)
    gender = models.CharField("giới tính", max_length=10, choices=Gender.choices)
    birth_date = models.DateField("ngày sinh", null=True, blank=True)
    phone = models.CharField("số điện thoại", max_length=20, blank=True)
    email = models.EmailField("thư điện tử", blank=True)
    job = models.CharField(
        "chức vụ, công việc", max_length=120, blank=True, help_text="Ví dụ: Hiệu trưởng, giáo viên"
    )
    admission_date = models.DateField("ngày vào Đảng", null=True, blank=True)
    official_date = models.DateField("ngày chính thức", null=True, blank=True)
    status = models.CharField(
        "tình trạng", max_length=20, choices=Status.choices, default=Status.PROBATIONARY
    )
    card_number = models.CharField("số thẻ đảng viên", max_length=30, blank=True)
    general_education = models.CharField(
        "giáo dục phổ thông", max_length=20, blank=True, default="12/12"
    )
    qualification = models.CharField(
        "trình độ chuyên môn", max_length=20, choices=Qualification.choices, blank=True
    )
    political_theory = models.CharField(
        "lý luận chính trị", max_length=20, choices=PoliticalTheory.choices, blank=True
    )
    role = models.CharField(
        "chức vụ trong chi bộ", max_length=20, choices=Role.choices, default=Role.MEMBER
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="member",
    )
    sort_key = models.CharField(max_length=400, editable=False, db_index=True)
    search_text = models.CharField(max_length=400, editable=False)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MemberQuerySet.as_manager()

    class Meta:
        ordering = ["sort_key", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["card_number"],
                condition=~models.Q(card_number=""),
                name="unique_card_number",
                violation_error_message="Số thẻ đảng viên này đã có.",
            )
        ]
        indexes = [models.Index(fields=["cell", "sort_key"])]
        verbose_name = "đảng viên"
        verbose_name_plural = "đảng viên"

    def __str__(self) -> str:
        return self.full_name

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.sort_key = sort_key(self.full_name)
        self.search_text = fold(" ".join([self.full_name, self.phone, self.card_number, self.job]))
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "full_name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "sort_key", "search_text"}
        super().save(*args, **kwargs)

    def clean(self) -> None:
        validate_member_dates(self)
        if self.birth_date and self.birth_date > timezone.localdate():
            raise ValidationError({"birth_date": "Ngày sinh không thể ở tương lai."})
        if self.status == self.Status.OFFICIAL and self.admission_date and not self.official_date:
            raise ValidationError({"official_date": "Đảng viên chính thức cần có ngày chính thức."})

    # -- derived facts ---------------------------------------------------------------
    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE_STATUSES

    @property
    def is_editor(self) -> bool:
        return self.is_active and self.role in EDITOR_ROLES

    @property
    def probation_ends(self) -> dt.date | None:
        if self.status != self.Status.PROBATIONARY or not self.admission_date:
            return None
        return _add_months(self.admission_date, PROBATION_MONTHS)

    def probation_flag(self, today: dt.date | None = None) -> str:
        """'overdue' when the 12-month probation has passed, 'due' within 30 days, else ''."""
        ends = self.probation_ends
        if ends is None:
            return ""
        today = today or timezone.localdate()
        if ends <= today:
            return "overdue"
        if (ends - today).days <= PROBATION_WARNING_DAYS:
            return "due"
        return ""

    # -- domain verbs ------------------------------------------------------------------
    @classmethod
    def register(cls, *, cell: Cell, by: Any, **fields: Any) -> Member:
        with transaction.atomic():
            member = cls(cell=cell, **fields)
            member.full_clean()
            member.save()
            log_action(
                member,
                "member.create",
                by=by,
                cell=cell,
                after=snapshot(member, cls.AUDITED_FIELDS),
            )
        return member

    def update(self, *, by: Any, expected_version: int | None = None, **fields: Any) -> None:
        """Change the member's data. Status and role have their own verbs."""
        forbidden = {"status", "role", "cell", "user"} & set(fields)
        if forbidden:
            raise MemberError("Tình trạng và chức vụ được thay đổi bằng thao tác riêng.")
        with transaction.atomic():
            current = Member.objects.select_for_update().get(pk=self.pk)
            if expected_version is not None and current.version != expected_version:
                raise MemberError(
                    "Hồ sơ này vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại."
                )
            before = snapshot(current, self.AUDITED_FIELDS)
            for name, value in fields.items():
                setattr(current, name, value)
            current.full_clean()
            current.version += 1
            current.save()
            log_action(current, "member.update", by=by, cell=current.cell, before=before,
                       after=snapshot(current, self.AUDITED_FIELDS))  # fmt: skip
        self.refresh_from_db()

    def _change_status(self, to: str, *, on: dt.date, by: Any, note: str, allowed_from: tuple[str, ...],
                       action: str, extra: dict[str, Any] | None = None) -> None:  # fmt: skip
        with transaction.atomic():
            current = Member.objects.select_for_update().get(pk=self.pk)
            if current.status not in allowed_from:
                raise MemberError(
                    f"Không thể chuyển từ tình trạng “{current.get_status_display()}” "
                    f"sang “{Member.Status(to).label}”."
                )
            before = snapshot(current, ["status", "official_date", "role"])
            previous = current.status
            current.status = to
            for name, value in (extra or {}).items():
                setattr(current, name, value)
            if to not in self.ACTIVE_STATUSES and current.role != Role.MEMBER:
                current.role = Role.MEMBER
                RoleAssignment.objects.filter(member=current, end__isnull=True).update(end=on)
            current.version += 1
            current.save()
            StatusChange.objects.create(member=current, from_status=previous, to_status=to, on=on,
                                        note=note, by=by if getattr(by, "is_authenticated", False) else None)  # fmt: skip
            log_action(current, action, by=by, cell=current.cell, before=before,
                       after={**snapshot(current, ["status", "official_date", "role"]), "on": on.isoformat(), "note": note})  # fmt: skip
        self.refresh_from_db()

    def make_official(self, *, on: dt.date, by: Any, note: str = "") -> None:
        """Recognition as official member after probation (Điều lệ Đảng, Điều 5)."""
        if self.admission_date and on < self.admission_date:
            raise MemberError("Ngày chính thức không thể trước ngày vào Đảng.")
        self._change_status(self.Status.OFFICIAL, on=on, by=by, note=note,
                            allowed_from=(self.Status.PROBATIONARY,), action="member.make_official",
                            extra={"official_date": on})  # fmt: skip

    def transfer_out(self, *, on: dt.date, by: Any, to: str = "") -> None:
        self._change_status(self.Status.TRANSFERRED, on=on, by=by, note=to,
                            allowed_from=self.ACTIVE_STATUSES, action="member.transfer_out")  # fmt: skip

    def record_death(self, *, on: dt.date, by: Any, note: str = "") -> None:
        self._change_status(self.Status.DECEASED, on=on, by=by, note=note,
                            allowed_from=self.ACTIVE_STATUSES, action="member.death")  # fmt: skip

    def remove_from_list(self, *, on: dt.date, by: Any, note: str) -> None:
        if not note.strip():
            raise MemberError("Cần ghi rõ lý do xóa tên.")
        self._change_status(self.Status.REMOVED, on=on, by=by, note=note,
                            allowed_from=self.ACTIVE_STATUSES, action="member.remove")  # fmt: skip

    def expel(self, *, on: dt.date, by: Any, note: str) -> None:
        if not note.strip():
            raise MemberError("Cần ghi rõ quyết định khai trừ.")
        self._change_status(self.Status.EXPELLED, on=on, by=by, note=note,
                            allowed_from=self.ACTIVE_STATUSES, action="member.expel")  # fmt: skip

    STATUS_ACTIONS = ("make_official", "transfer_out", "record_death", "remove_from_list", "expel")

    def change_status(self, action: str, *, on: dt.date, by: Any, note: str = "") -> None:
        """One entry point for the status verbs, used by the page and the API alike."""
        if action == "make_official":
            self.make_official(on=on, by=by, note=note)
        elif action == "transfer_out":
            self.transfer_out(on=on, by=by, to=note)
        elif action == "record_death":
            self.record_death(on=on, by=by, note=note)
        elif action == "remove_from_list":
            self.remove_from_list(on=on, by=by, note=note)
        elif action == "expel":
            self.expel(on=on, by=by, note=note)
        else:
            raise MemberError("Thao tác không hợp lệ.")

    def assign_role(self, role: str, *, on: dt.date, by: Any) -> None:
        """Give the member a role in the cell; one Bí thư at a time, history kept."""
        with transaction.atomic():
            current = Member.objects.select_for_update().get(pk=self.pk)
            if not current.is_active:
                raise MemberError("Chỉ đảng viên đang sinh hoạt mới được phân công chức vụ.")
            if (
                role in (Role.SECRETARY, Role.DEPUTY_SECRETARY)
                and current.status != self.Status.OFFICIAL
            ):
                raise MemberError("Bí thư, Phó Bí thư phải là đảng viên chính thức.")
            if current.role == role:
                return
            if role == Role.SECRETARY:
                holder = Member.objects.select_for_update().filter(
                    cell=current.cell, role=Role.SECRETARY).exclude(pk=current.pk).first()  # fmt: skip
                if holder:
                    raise MemberError(
                        f"Chi bộ đã có Bí thư là đồng chí {holder.full_name}. "
                        "Hãy thôi chức vụ của đồng chí đó trước."
                    )
            before = snapshot(current, ["role"])
            RoleAssignment.objects.filter(member=current, end__isnull=True).update(end=on)
            if role != Role.MEMBER:
                RoleAssignment.objects.create(member=current, role=role, start=on)
            current.role = role
            current.version += 1
            current.save(update_fields=["role", "version"])
            log_action(current, "member.role", by=by, cell=current.cell, before=before,
                       after={"role": role, "on": on.isoformat()})  # fmt: skip
        self.refresh_from_db()


class StatusChange(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=20, choices=Member.Status.choices)
    to_status = models.CharField(max_length=20, choices=Member.Status.choices)
    on = models.DateField("ngày")
    note = models.CharField("ghi chú", max_length=255, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-on", "-id"]

    def __str__(self) -> str:
        return f"{self.member}: {self.from_status} → {self.to_status} ({self.on:%d/%m/%Y})"


class RoleAssignment(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="role_history")
    role = models.CharField(max_length=20, choices=Role.choices)
    start = models.DateField("từ ngày")
    end = models.DateField("đến ngày", null=True, blank=True)

    class Meta:
        ordering = ["-start", "-id"]

    def __str__(self) -> str:
        return f"{self.member}: {self.get_role_display()} từ {self.start:%d/%m/%Y}"


class AccountInvite(models.Model):
    """A one-time code the Bí thư hands to a member, who then sets a password."""

    VALID_DAYS = 7

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="invites")
    code_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Mã kích hoạt của {self.member}"

    @staticmethod
    def hash_code(code: str) -> str:
        return hashlib.sha256(code.strip().upper().encode()).hexdigest()

    @classmethod
    def issue(cls, member: Member, *, by: Any) -> tuple[AccountInvite, str]:
        """Create an invite; the plain code is returned once and never stored."""
        if not member.is_active:
            raise MemberError("Chỉ tạo tài khoản cho đảng viên đang sinh hoạt.")
        code = "-".join(secrets.token_hex(2).upper() for _ in range(3))
        with transaction.atomic():
            cls.objects.filter(member=member, used_at__isnull=True).update(
                expires_at=timezone.now()
            )
            invite = cls.objects.create(member=member, code_hash=cls.hash_code(code), created_by=by,
                                        expires_at=timezone.now() + dt.timedelta(days=cls.VALID_DAYS))  # fmt: skip
            log_action(member, "account.invite", by=by, cell=member.cell)
        return invite, code

    @classmethod
    def find_valid(cls, code: str) -> AccountInvite | None:
        return (
            cls.objects.select_related("member", "member__user", "member__cell")
            .filter(
                code_hash=cls.hash_code(code), used_at__isnull=True, expires_at__gt=timezone.now()
            )
            .first()
        )

    def redeem(self, *, username: str, password: str) -> Any:
        from django.contrib.auth import get_user_model

        User = get_user_model()
        with transaction.atomic():
            invite = AccountInvite.objects.select_for_update().get(pk=self.pk)
            if invite.used_at or invite.expires_at <= timezone.now():
                raise MemberError("Mã này đã được dùng hoặc đã hết hạn. Hãy xin Bí thư mã mới.")
            member = Member.objects.select_for_update().get(pk=invite.member_id)
            user = member.user
            if user is None:
                if User.objects.filter(username__iexact=username).exists():
                    raise MemberError("Tên đăng nhập này đã có người dùng. Hãy chọn tên khác.")
                user = User.objects.create_user(username=username, email=member.email)
                member.user = user
                member.save(update_fields=["user"])
            user.set_password(password)
            user.save()
            invite.used_at = timezone.now()
            invite.save(update_fields=["used_at"])
            log_action(
                member,
                "account.activate",
                by=user,
                cell=member.cell,
                after={"username": user.username},
            )
        return user


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in range(day.day, 27, -1):
        try:
            return dt.date(year, month, candidate)
        except ValueError:
            continue
    return dt.date(year, month, min(day.day, 28))


def validate_member_dates(member: Member) -> None:
    if (
        member.official_date
        and member.admission_date
        and member.official_date < member.admission_date
    ):
        raise ValidationError({"official_date": "Ngày chính thức không thể trước ngày vào Đảng."})


class MemberImport(models.Model):
    """One uploaded Excel file of members: checked rows waiting to be committed or discarded.

    Nothing reaches the register until `commit`, which adds every row or none.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Chờ xác nhận"
        COMMITTED = "committed", "Đã nhập"
        DISCARDED = "discarded", "Đã hủy"

    cell = models.ForeignKey(Cell, on_delete=models.CASCADE, related_name="member_imports")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    filename = models.CharField("tên tệp", max_length=255)
    rows = models.JSONField(default=list)  # [{"line": 5, "fields": {...}, "errors": ["..."]}]
    errors = models.JSONField(default=list)  # every problem of the file, in Vietnamese
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    committed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "lần nhập đảng viên từ Excel"
        verbose_name_plural = "các lần nhập đảng viên từ Excel"

    def __str__(self) -> str:
        return f"Nhập đảng viên từ tệp {self.filename}"

    @property
    def can_commit(self) -> bool:
        return self.status == self.Status.PENDING and not self.errors and bool(self.rows)

    def commit(self, *, by: Any) -> list[Member]:
        """Register every row in one transaction; any refusal leaves the register unchanged."""
        with transaction.atomic():
            batch = MemberImport.objects.select_for_update().get(pk=self.pk)
            batch._check_pending()
            if batch.errors:
                raise MemberError(
                    "Tệp còn lỗi nên chưa nhập được. Hãy sửa tệp Excel rồi tải lên lại."
                )
            created = []
            for row in batch.rows:
                try:
                    created.append(
                        Member.register(cell=batch.cell, by=by, **_member_fields(row["fields"]))
                    )
                except ValidationError as error:
                    raise MemberError(
                        f"Dòng {row['line']}: {' '.join(error.messages)} Chưa đảng viên nào được nhập."
                    ) from error
            batch.status = self.Status.COMMITTED
            batch.committed_at = timezone.now()
            batch.save(update_fields=["status", "committed_at"])
            log_action(batch, "member_import.commit", by=by, cell=batch.cell,
                       after={"filename": batch.filename, "count": len(created)})  # fmt: skip
        self.refresh_from_db()
        return created

    def discard(self, *, by: Any) -> None:
        with transaction.atomic():
            batch = MemberImport.objects.select_for_update().get(pk=self.pk)
            batch._check_pending()
            batch.status = self.Status.DISCARDED
            batch.save(update_fields=["status"])
            log_action(batch, "member_import.discard", by=by, cell=batch.cell,
                       after={"filename": batch.filename, "rows": len(batch.rows)})  # fmt: skip
        self.refresh_from_db()

    def _check_pending(self) -> None:
        if self.status != self.Status.PENDING:
            raise MemberError(f"Lần nhập này đã kết thúc ({self.get_status_display().lower()}).")


def _member_fields(stored: dict[str, Any]) -> dict[str, Any]:
    """Member fields from a stored row: dates come back from their ISO text."""
    fields = dict(stored)
    for name in ("birth_date", "admission_date", "official_date"):
        if fields.get(name):
            fields[name] = dt.date.fromisoformat(fields[name])
    return fields


def has_chi_uy(cell: Cell) -> bool:
    """Whether the cell elects a chi ủy (QĐ 294: 9 or more official members; chibo.rules)."""
    return elects_committee(Member.objects.filter(cell=cell).official().count())
