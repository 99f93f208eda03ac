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
from chibo.rules import organization, plausible, votes
from chibo.rules.organization import elects_committee

PROBATIONARY_CARD_MESSAGE = (
    "Đảng viên dự bị chưa được phát thẻ đảng viên: thẻ chỉ phát khi đã được công nhận đảng viên "
    f"chính thức ({organization.SOURCE_PARTY_CARD.full}). "
    "Hãy để trống số thẻ."
)
PROBATIONARY_OFFICIAL_DATE_MESSAGE = (
    "Đảng viên dự bị chưa có ngày chính thức: ngày này được ghi khi cấp ủy cấp trên quyết định "
    "công nhận đảng viên chính thức."
)


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
        if self.status == self.Status.OFFICIAL and self.admission_date and not self.official_date:
            raise ValidationError({"official_date": "Đảng viên chính thức cần có ngày chính thức."})
        if self.status == self.Status.PROBATIONARY:
            errors = {}
            if self.card_number.strip():
                errors["card_number"] = PROBATIONARY_CARD_MESSAGE
            if self.official_date:
                errors["official_date"] = PROBATIONARY_OFFICIAL_DATE_MESSAGE
            if errors:
                raise ValidationError(errors)

    # -- derived facts ---------------------------------------------------------------
    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE_STATUSES

    @property
    def is_editor(self) -> bool:
        return self.is_active and self.role in EDITOR_ROLES

    @property
    def probation_ends(self) -> dt.date | None:
        """The end of a probationary member's probation (chibo.rules.organization)."""
        if self.status != self.Status.PROBATIONARY or not self.admission_date:
            return None
        return organization.probation_ends(self.admission_date)

    def probation_flag(self, today: dt.date | None = None) -> str:
        """'overdue' once probation has ended, 'due' within the warning window, else ''."""
        return organization.probation_flag(self.probation_ends, today or timezone.localdate())

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

    @classmethod
    def admit(cls, *, cell: Cell, by: Any, on: dt.date, decision: str, **fields: Any) -> Member:
        """A new member admitted at the ceremony (Điều lệ Đảng, Điều 4): probationary from `on`,
        twelve months of probation from that day, no Party card and no official date yet.
        `decision` names the superior's decision, for the audit entry."""
        if {"status", "admission_date", "official_date", "card_number", "role"} & set(fields):
            raise MemberError("Đảng viên mới kết nạp là đảng viên dự bị từ ngày lễ kết nạp.")
        with transaction.atomic():
            member = cls(cell=cell, status=cls.Status.PROBATIONARY, admission_date=on, **fields)
            member.full_clean()
            member.save()
            log_action(member, "member.admit", by=by, cell=cell,
                       after={**snapshot(member, cls.AUDITED_FIELDS), "decision": decision})  # fmt: skip
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
                       action: str, extra: dict[str, Any] | None = None,
                       record: dict[str, Any] | None = None) -> None:  # fmt: skip
        """`extra`: member fields set with the status; `record`: more facts for the history row
        and the audit entry (the superior's decision, the cell's vote)."""
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
            record = record or {}
            StatusChange.objects.create(member=current, from_status=previous, to_status=to, on=on, note=note,
                                        decision_number=record.get("decision_number", ""),
                                        decision_date=record.get("decision_date"),
                                        by=by if getattr(by, "is_authenticated", False) else None)  # fmt: skip
            facts = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in record.items()}
            log_action(current, action, by=by, cell=current.cell, before=before,
                       after={**snapshot(current, ["status", "official_date", "role"]), "on": on.isoformat(),
                              "note": note, **facts})  # fmt: skip
        self.refresh_from_db()

    # -- recognition as an official member (Điều lệ Đảng, Điều 5) -------------------------
    def recognition_votes_in_order(self) -> list[Any]:
        """The cell's votes on recognising this member, oldest first, with their meetings.

        Votes live in the meetings app and point here (`Vote.member`); the register reads them
        through that relation and never imports the meetings app."""
        return list(
            self.recognition_votes.filter(kind=votes.ADMISSION)
            .select_related("meeting")
            .order_by("meeting__starts_at", "created_at", "pk")
        )

    @staticmethod
    def vote_outcome(vote: Any) -> votes.Outcome:
        """A recognition vote counted by the rulebook: at least 2/3 of all the cell's official
        members on the day (the vote's denominator), whoever was present."""
        return votes.decide(kind=votes.ADMISSION, yes=vote.votes_for, no=vote.votes_against,
                            abstain=vote.votes_abstain, official_members=vote.denominator)  # fmt: skip

    @staticmethod
    def vote_day(vote: Any) -> dt.date:
        meeting = vote.meeting
        return timezone.localdate(meeting.actual_start or meeting.starts_at)

    def recognition_vote(self) -> Any | None:
        """The cell's latest recognition vote taken in a meeting that was held, or None."""
        held = [v for v in self.recognition_votes_in_order() if v.meeting.actual_start]
        return held[-1] if held else None

    def recognition_problem(self, *, on: dt.date, decision_number: str, decision_date: dt.date,
                            today: dt.date) -> tuple[str, Any]:  # fmt: skip
        """('', vote) when the member may be recognised as official on `on`; otherwise the
        reason, in Vietnamese, and the vote it is about (if any)."""
        if self.status != self.Status.PROBATIONARY:
            return "Chỉ công nhận chính thức cho đảng viên đang trong thời kỳ dự bị.", None
        if self.admission_date is None:
            return organization.official_date_problem(admission_date=None, on=on), None
        ends = organization.probation_ends(self.admission_date)
        months = organization.PROBATION_MONTHS
        if today < ends:
            return (
                f"Chưa hết thời kỳ dự bị: đồng chí {self.full_name} hết {months} tháng dự bị ngày "
                f"{ends:%d/%m/%Y} ({organization.SOURCE_PROBATION.text}). Chưa thể công nhận "
                "đảng viên chính thức.",
                None,
            )
        problem = organization.official_date_problem(admission_date=self.admission_date, on=on)
        if problem:
            return problem, None
        vote = self.recognition_vote()
        if vote is None:
            return (
                f"Chưa có biểu quyết của chi bộ về việc công nhận đồng chí {self.full_name} là "
                "đảng viên chính thức trong một buổi sinh hoạt đã họp. "
                f"{votes.rule_text(votes.ADMISSION)}",
                None,
            )
        outcome = self.vote_outcome(vote)
        day = self.vote_day(vote)
        if not outcome.passed:
            need = votes.needed(kind=votes.ADMISSION, denominator=outcome.denominator)
            return (
                f"Chi bộ biểu quyết ngày {day:%d/%m/%Y} không đạt: {outcome.yes}/{outcome.denominator} "
                f"đảng viên chính thức tán thành, cần ít nhất {need}. "
                f"{votes.rule_text(votes.ADMISSION)} Chưa thể công nhận đảng viên chính thức.",
                vote,
            )
        if day < ends:
            return (
                f"Chi bộ biểu quyết ngày {day:%d/%m/%Y}, trước khi hết thời kỳ dự bị "
                f"({ends:%d/%m/%Y}); chi bộ cần xét lại sau khi hết {months} tháng dự bị.",
                vote,
            )
        if not decision_number.strip():
            return "Hãy ghi số quyết định công nhận đảng viên chính thức của cấp ủy cấp trên.", vote
        if decision_date > today:
            return "Ngày quyết định của cấp ủy cấp trên không thể ở tương lai.", vote
        if decision_date < day:
            return (
                f"Ngày quyết định ({decision_date:%d/%m/%Y}) không thể trước ngày chi bộ biểu quyết "
                f"({day:%d/%m/%Y}).",
                vote,
            )
        return "", vote

    def recognise_official(self, *, on: dt.date, decision_number: str, decision_date: dt.date,
                           by: Any, today: dt.date | None = None) -> None:  # fmt: skip
        """Recognition as an official member. The cell voted for it after probation (at least
        2/3 of all its official members), the superior committee decided (number, date), and
        the official date is the end of the 12 months, however late the vote or the decision.
        Anything else is refused with the rule (Điều lệ Đảng, Điều 5; chibo.rules)."""
        today = today or timezone.localdate()
        with transaction.atomic():
            current = Member.objects.select_for_update().get(pk=self.pk)
            problem, vote = current.recognition_problem(
                on=on, decision_number=decision_number, decision_date=decision_date, today=today
            )
            if problem:
                raise MemberError(problem)
            outcome = self.vote_outcome(vote)
            number = decision_number.strip()
            current._change_status(
                self.Status.OFFICIAL, on=on, by=by,
                note=f"Quyết định số {number} ngày {decision_date:%d/%m/%Y} của cấp ủy cấp trên",
                allowed_from=(self.Status.PROBATIONARY,), action="member.recognise_official",
                extra={"official_date": on},
                record={"decision_number": number, "decision_date": decision_date, "vote": vote.pk,
                        "meeting": vote.meeting_id, "votes_for": outcome.yes,
                        "denominator": outcome.denominator},
            )  # fmt: skip
        self.refresh_from_db()

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

    # Recognition as an official member is not among them: it has its own verb,
    # `recognise_official`, which needs the cell's vote and the superior's decision.
    STATUS_ACTIONS = ("transfer_out", "record_death", "remove_from_list", "expel")

    def change_status(self, action: str, *, on: dt.date, by: Any, note: str = "") -> None:
        """One entry point for the status verbs, used by the page and the API alike."""
        if action == "transfer_out":
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
    # Recognition as an official member: the superior committee's decision.
    decision_number = models.CharField("số quyết định", max_length=50, blank=True)
    decision_date = models.DateField("ngày quyết định", null=True, blank=True)
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


def validate_member_dates(member: Member) -> None:
    """Refuse impossible or implausible dates with the reason (chibo.rules.plausible): the same
    check for the form, the API, the Excel import and the admission ceremony."""
    problems = plausible.member_date_problems(
        birth=member.birth_date,
        admission=member.admission_date,
        official=member.official_date,
        today=timezone.localdate(),
    )
    if problems:
        raise ValidationError(problems)


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
