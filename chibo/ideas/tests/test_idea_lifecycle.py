"""An idea from registration to the write-up: who may take each step, in which state, and what the
audit log keeps. Colleagues support and comment; nothing changes on a refused step."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.ideas.models import Idea, IdeaError, Support

from .helpers import IDEA, YEAR, applying, ideas_world, register, staff_client

pytestmark = pytest.mark.django_db


def test_a_teacher_who_is_not_a_member_registers_an_idea_and_it_is_audited(world):
    iw = ideas_world(world)
    idea = register(iw)
    assert idea.author == iw.teacher and idea.status == Idea.Status.REGISTERED and idea.year == YEAR
    entry = AuditEntry.objects.get(action="ideas.register")
    assert entry.cell == iw.school.cell and entry.actor == iw.teacher.user
    assert entry.after["counted"] is True and entry.after["author"] == iw.teacher.full_name
    second = register(iw, title="Bảng chấm ăn ngon")
    assert AuditEntry.objects.filter(action="ideas.register").latest("pk").after["counted"] is False
    assert second.status == Idea.Status.REGISTERED  # more than one a year is allowed


def test_a_party_member_without_a_staff_account_cannot_register(world):
    iw = ideas_world(world)
    with pytest.raises(IdeaError, match="cán bộ, giáo viên, nhân viên"):
        Idea.register(
            school=iw.school, by=world.member.user, year=YEAR, today=dt.date(YEAR, 3, 1), **IDEA
        )
    assert not Idea.objects.exists()


def test_staff_of_another_school_cannot_register_here(world):
    iw = ideas_world(world)
    with pytest.raises(IdeaError):
        Idea.register(
            school=iw.school, by=iw.other_staff.user, year=YEAR, today=dt.date(YEAR, 3, 1), **IDEA
        )


def test_the_year_must_be_near_today(world):
    iw = ideas_world(world)
    with pytest.raises(IdeaError, match="Năm đăng ký phải từ 2025 đến 2027"):
        Idea.register(
            school=iw.school, by=iw.teacher.user, year=2020, today=dt.date(2026, 3, 1), **IDEA
        )


def test_a_blank_title_is_refused_with_nothing_saved(world):
    iw = ideas_world(world)
    with pytest.raises(IdeaError):
        register(iw, title="")
    assert (
        not Idea.objects.exists()
        and not AuditEntry.objects.filter(action="ideas.register").exists()
    )


def test_only_the_author_edits_and_only_before_the_write_up(world):
    iw = ideas_world(world)
    idea = register(iw)
    with pytest.raises(IdeaError, match="Chỉ tác giả"):
        idea.edit(by=iw.colleague.user, title="Đổi tên")
    idea.edit(by=iw.teacher.user, title="Góc đọc sách cùng bố mẹ")
    entry = AuditEntry.objects.get(action="ideas.edit")
    assert (
        entry.before["title"] == IDEA["title"] and entry.after["title"] == "Góc đọc sách cùng bố mẹ"
    )
    idea.start_applying(
        by=iw.teacher.user, applied_from=dt.date(YEAR, 3, 2), today=dt.date(YEAR, 3, 5)
    )
    idea.submit(by=iw.teacher.user, write_up="Kết quả sau tám tuần.")
    with pytest.raises(IdeaError, match="không sửa được nữa"):
        idea.edit(by=iw.teacher.user, title="Muộn rồi")


def test_applying_needs_a_date_not_in_the_future_and_submitting_needs_applying(world):
    iw = ideas_world(world)
    idea = register(iw)
    with pytest.raises(IdeaError, match="áp dụng hoặc áp dụng thử"):
        idea.submit(by=iw.teacher.user, write_up="Chưa áp dụng.")
    with pytest.raises(IdeaError, match="không được sau hôm nay"):
        idea.start_applying(
            by=iw.teacher.user, applied_from=dt.date(YEAR, 4, 1), today=dt.date(YEAR, 3, 1)
        )
    idea.start_applying(by=iw.teacher.user, applied_from=dt.date(YEAR, 3, 1), applied_where="Lớp Lá C1",
                        today=dt.date(YEAR, 3, 1))  # fmt: skip
    assert idea.status == Idea.Status.APPLYING and idea.applied_where == "Lớp Lá C1"
    with pytest.raises(IdeaError, match="báo cáo mô tả"):
        idea.submit(by=iw.teacher.user, write_up="  ")
    idea.submit(by=iw.teacher.user, write_up="Áp dụng ở lớp Lá C1.")
    assert idea.status == Idea.Status.SUBMITTED and idea.submitted_at is not None


def test_the_author_withdraws_before_the_decision(world):
    iw = ideas_world(world)
    idea = applying(iw)
    with pytest.raises(IdeaError):
        idea.withdraw(by=iw.manager.user)
    idea.withdraw(by=iw.teacher.user, reason="Chuyển sang ý tưởng khác.")
    assert idea.status == Idea.Status.WITHDRAWN
    with pytest.raises(IdeaError, match="không rút được"):
        idea.withdraw(by=iw.teacher.user)


def test_a_colleague_supports_and_takes_it_back_but_the_author_cannot(world):
    iw = ideas_world(world)
    idea = register(iw)
    assert idea.toggle_support(by=iw.colleague.user) is True
    assert Support.objects.filter(idea=idea, staff=iw.colleague).exists()
    assert idea.toggle_support(by=iw.colleague.user) is False
    assert not Support.objects.exists()
    with pytest.raises(IdeaError, match="Tác giả không tự ủng hộ"):
        idea.toggle_support(by=iw.teacher.user)
    with pytest.raises(IdeaError):
        idea.toggle_support(by=world.member.user)  # a reader of the cell, not the school's staff
    actions = list(
        AuditEntry.objects.filter(action__startswith="ideas.").values_list("action", flat=True)
    )
    assert "ideas.support" in actions and "ideas.unsupport" in actions


def test_colleagues_comment_and_an_empty_comment_is_refused(world):
    iw = ideas_world(world)
    idea = register(iw)
    idea.comment(by=iw.colleague.user, text="Nên mời thêm ông bà.")
    with pytest.raises(IdeaError):
        idea.comment(by=iw.colleague.user, text="   ")
    assert [c.text for c in idea.comments.all()] == ["Nên mời thêm ông bà."]


def test_an_attachment_is_checked_by_its_content(world):
    iw = ideas_world(world)
    idea = register(iw)
    with pytest.raises(IdeaError, match="Nội dung tệp"):
        idea.attach(by=iw.teacher.user, upload=io.BytesIO(b"MZ not a pdf"))
    attached = idea.attach(by=iw.teacher.user, upload=io.BytesIO(b"%PDF-1.4\n%ok\n"))
    assert attached.file_kind == "pdf"
    client = staff_client(iw, "colleague")
    response = client.get(reverse("ideas:attachment", args=[attached.pk]))
    assert response.status_code == 200
    other = staff_client(iw, "other_staff")
    assert other.get(reverse("ideas:attachment", args=[attached.pk])).status_code == 404


def test_the_pages_walk_an_idea_from_registration_to_the_write_up(world):
    iw = ideas_world(world)
    client = staff_client(iw, "teacher")
    response = client.post(reverse("ideas:new", args=[iw.school.slug]), {"year": YEAR, **IDEA})
    idea = Idea.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "ideas:detail", args=[idea.pk]
    )
    page = client.get(response["Location"]).content.decode()
    assert "Bắt đầu áp dụng" in page and "tính vào chỉ tiêu" in page
    client.post(
        reverse("ideas:apply", args=[idea.pk]),
        {"applied_from": f"{YEAR}-03-02", "applied_where": ""},
    )
    client.post(reverse("ideas:submit", args=[idea.pk]), {"write_up": "Áp dụng tám tuần."})
    idea.refresh_from_db()
    assert idea.status == Idea.Status.SUBMITTED


def test_a_refused_step_on_the_page_says_why_and_changes_nothing(world):
    iw = ideas_world(world)
    idea = register(iw)
    client = staff_client(iw, "teacher")
    response = client.post(reverse("ideas:submit", args=[idea.pk]), {"write_up": "Chưa áp dụng."})
    assert response.status_code == 400
    assert "áp dụng hoặc áp dụng thử" in response.content.decode()
    idea.refresh_from_db()
    assert idea.status == Idea.Status.REGISTERED
