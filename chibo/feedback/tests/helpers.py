"""make_* helpers and the school's personas for feedback tests.

On top of the shared personas (chibo/conftest.py), a school attached to the world's cell with a
handler and a manager (the hiệu trưởng, not a Party member), and another school attached to the
other cell with its own handler: "staff of another school"."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from django.test import Client
from PIL import Image

from chibo.conftest import World, make_user
from chibo.feedback.models import Feedback, School, Staff, SurveyRound

STAFF_PERSONAS = ["handler", "manager", "other_staff"]
CONTACT = "0912 345 678"
NAME = "Trần Văn Bình"


def school_of(world: World) -> School:
    school, _ = School.objects.get_or_create(
        slug="mn-yen-hoa",
        defaults={"name": "Trường Mầm non Yên Hoà", "cell": world.cell, "phone": "0229 3868 123"},
    )
    return school


def other_school_of(world: World) -> School:
    school, _ = School.objects.get_or_create(
        slug="th-vinh-phong-4",
        defaults={"name": "Trường Tiểu học Vĩnh Phong 4", "cell": world.other_cell},
    )
    return school


def make_staff(
    school: School, username: str, role: str = Staff.Role.HANDLER, name: str = ""
) -> Staff:
    return Staff.objects.create(
        school=school, user=make_user(username), role=role, full_name=name or username
    )


@dataclass
class SchoolWorld:
    world: World
    school: School
    other_school: School
    handler: Staff
    manager: Staff
    other_staff: Staff


def make_school_world(world: World) -> SchoolWorld:
    school, other = school_of(world), other_school_of(world)
    return SchoolWorld(
        world, school, other,
        handler=make_staff(school, "gopy", name="Lê Thị Thu"),
        manager=make_staff(school, "hieutruong", Staff.Role.MANAGER, "Đỗ Thị Hạnh"),
        other_staff=make_staff(other, "gopy2", name="Vũ Văn Tâm"),
    )  # fmt: skip


def staff_client(sw: SchoolWorld, persona: str) -> Client:
    client = Client()
    client.force_login(
        getattr(sw, persona).user, backend="django.contrib.auth.backends.ModelBackend"
    )
    return client


def jpeg_bytes(size: tuple[int, int] = (40, 30), exif: bool = False) -> bytes:
    image = Image.new("RGB", size, (200, 40, 40))
    out = io.BytesIO()
    if exif:
        data = Image.Exif()
        data[0x010F] = "DienThoaiCuaPhuHuynh"  # Make
        data[0x0132] = "2026:03:01 08:00:00"  # DateTime
        image.save(out, format="JPEG", exif=data.tobytes())
    else:
        image.save(out, format="JPEG")
    return out.getvalue()


def submit(school: School, *, visibility: str = Feedback.Visibility.SCHOOL, photo: bytes | None = None,
           category: str = "meals", **extra: Any) -> tuple[Feedback, str]:  # fmt: skip
    fields: dict[str, Any] = {
        "text": "Bữa trưa thứ Hai của lớp Mầm 2 có cơm bị nguội.",
        "sender_name": NAME if visibility != Feedback.Visibility.ANONYMOUS else "",
        "sender_contact": CONTACT if visibility != Feedback.Visibility.ANONYMOUS else "",
    }
    fields.update(extra)
    return Feedback.submit(
        school=school, category=category, visibility=visibility, photo=photo, **fields
    )


def answered(school: School, by: Any, **extra: Any) -> tuple[Feedback, str]:
    item, code = submit(school, **extra)
    item.answer(text="Nhà trường đã kiểm tra và thay tủ giữ nhiệt từ thứ Ba.", by=by)
    return item, code


def published(school: School, by: Any, **extra: Any) -> tuple[Feedback, str]:
    item, code = answered(school, by, **extra)
    item.moderate(publish=True, public_text=item.text, by=by)
    return item, code


def open_survey(
    school: School, by: Any, classes: tuple[str, ...] = ("Mầm 1", "Chồi 2")
) -> SurveyRound:
    survey = SurveyRound.create(school=school, by=by, title="Khảo sát năm 2026", year=2026,
                                classes=list(classes), families_per_class=5)  # fmt: skip
    survey.open(by=by)
    return survey
