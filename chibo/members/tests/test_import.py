import datetime as dt
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from chibo.audit.models import AuditEntry
from chibo.conftest import make_member
from chibo.members.models import Member, MemberImport

pytestmark = pytest.mark.django_db

HEADER = [
    "Họ và tên", "Giới tính", "Ngày sinh", "Điện thoại", "Email", "Công việc", "Ngày vào Đảng",
    "Ngày chính thức", "Tình trạng", "Số thẻ", "Trình độ chuyên môn", "Lý luận chính trị",
]  # fmt: skip
GOOD_ROWS = [
    ["Nguyễn Thị Hường", "Nữ", dt.datetime(1980, 3, 15), "0912345678", "huong@example.com",
     "Giáo viên", dt.datetime(2010, 5, 19), dt.datetime(2011, 5, 19), "Chính thức", "93.012345",
     "Đại học", "Trung cấp"],
    ["Trần Văn Đức", "nam", "05/01/1975", 912000111, "", "Bảo vệ", "19/05/2000", "19/05/2001",
     "chinh thuc", "93.012346", "dai hoc", ""],
    ["Lê Thị Mai", "NỮ", "", "", "", "", "2025-09-02", "", "Dự bị", "", "ĐH", "sơ cấp"],
]  # fmt: skip


def xlsx(rows, header=HEADER, title=None) -> bytes:
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def upload(client, cell, data, name="dang-vien.xlsx"):
    return client.post(
        reverse("members:import", args=[cell.pk]), {"file": SimpleUploadedFile(name, data)}
    )


def decide(client, batch, action):
    url = reverse("members:import_preview", args=[batch.cell_id, batch.pk])
    return client.post(url, {"action": action}, follow=True)


def test_good_file_is_previewed_then_creates_every_member_with_audit(world, secretary_client):
    response = upload(secretary_client, world.cell, xlsx(GOOD_ROWS))
    batch = MemberImport.objects.get()
    assert response["Location"] == reverse("members:import_preview", args=[world.cell.pk, batch.pk])
    assert batch.errors == [] and len(batch.rows) == 3 and batch.created_by == world.secretary.user
    assert Member.objects.for_cell(world.cell).count() == 2  # nothing until confirmed
    preview = secretary_client.get(response["Location"]).content.decode()
    assert "Nhập 3 đảng viên" in preview and "Trần Văn Đức" in preview and "05/01/1975" in preview

    response = decide(secretary_client, batch, "commit")
    assert "Đã nhập 3 đảng viên" in response.content.decode()
    duc = Member.objects.get(full_name="Trần Văn Đức")
    assert (duc.gender, duc.birth_date, duc.phone, duc.status) == (
        "male",
        dt.date(1975, 1, 5),
        "0912000111",
        "official",
    )
    assert (duc.qualification, duc.political_theory, duc.cell) == ("university", "", world.cell)
    mai = Member.objects.get(full_name="Lê Thị Mai")
    assert (mai.status, mai.admission_date, mai.qualification, mai.political_theory) == (
        "probationary", dt.date(2025, 9, 2), "university", "elementary")  # fmt: skip
    hường = Member.objects.get(full_name="Nguyễn Thị Hường")
    assert hường.birth_date == dt.date(1980, 3, 15) and hường.card_number == "93.012345"
    created = AuditEntry.objects.filter(action="member.create", cell=world.cell)
    assert created.count() == 3 and {e.actor for e in created} == {world.secretary.user}
    assert AuditEntry.objects.filter(action="member_import.commit", after__count=3).exists()
    batch.refresh_from_db()
    assert batch.status == "committed" and batch.committed_at is not None


def test_headers_and_values_are_matched_without_diacritics(world, secretary_client):
    header = ["STT", "HO VA TEN", "gioi tinh", "Ngày tháng năm sinh", "SĐT", "Số thẻ đảng viên",
              "Trinh do chuyen mon", "LLCT", "Tình trạng", "Ngày chính thức"]  # fmt: skip
    rows = [
        [
            1,
            "  Phạm   Thị Thu Hằng ",
            "nu",
            "1/2/1990",
            "",
            "",
            "Thạc sĩ",
            "Cao cấp",
            "",
            "03/02/2015",
        ]
    ]
    upload(secretary_client, world.cell, xlsx(rows, header, title="DANH SÁCH ĐẢNG VIÊN"))
    batch = MemberImport.objects.get()
    assert batch.errors == []
    fields = batch.rows[0]["fields"]
    assert batch.rows[0]["line"] == 3
    assert fields["full_name"] == "Phạm Thị Thu Hằng"
    assert fields["birth_date"] == "1990-02-01"
    assert (fields["qualification"], fields["political_theory"]) == ("master", "advanced")
    assert fields["status"] == "official"  # an official date without a stated status


def test_a_file_with_one_bad_row_creates_nothing_and_says_why(world, secretary_client):
    make_member(world.cell, "Hoàng Văn Nam", card_number="93.000777", gender="male")
    rows = [
        *GOOD_ROWS,
        ["Vũ Thị Lệ", "Nữ", "31/02/1980", "", "", "", "", "", "Dự bị", "", "ĐH Sư phạm", ""],
        ["", "Nữ", "", "", "", "", "", "", "Dự bị", "", "", ""],
        [
            "Đỗ Văn Hùng",
            "Nam",
            "",
            "",
            "",
            "",
            dt.datetime(2001, 1, 1),
            "",
            "Chính thức",
            "93.012345",
            "",
            "",
        ],
        [
            "Mai Thị Phương",
            "X",
            "",
            "",
            "sai-email",
            "",
            "",
            "",
            "Đã chết",
            "93.000777",
            "",
            "Thạc sĩ",
        ],
    ]
    response = upload(secretary_client, world.cell, xlsx(rows))
    batch = MemberImport.objects.get()
    assert batch.errors == [
        "Dòng 5: Ngày sinh “31/02/1980” không hợp lệ.",
        "Dòng 5: Trình độ chuyên môn “ĐH Sư phạm” không rõ.",
        "Dòng 6: thiếu Họ và tên.",
        "Dòng 7: đảng viên chính thức cần có Ngày chính thức.",
        "Dòng 7: Số thẻ “93.012345” trùng với dòng 2.",
        "Dòng 8: Giới tính “X” không rõ.",
        "Dòng 8: Lý luận chính trị “Thạc sĩ” không rõ.",
        "Dòng 8: Tình trạng “Đã chết” không rõ; hãy ghi “Chính thức” hoặc “Dự bị”.",
        "Dòng 8: Email “sai-email” không hợp lệ.",
        "Dòng 8: Số thẻ “93.000777” đã có trong danh sách đảng viên.",
    ]
    preview = secretary_client.get(response["Location"]).content.decode()
    assert "Tệp có 10 lỗi, chưa nhập được." in preview
    assert "Ngày sinh “31/02/1980” không hợp lệ." in preview
    assert preview.count('class="has-errors"') == 4
    assert 'value="commit"' not in preview
    assert preview.count("<tr") == 1 + 7  # header and every row, good ones too

    response = decide(secretary_client, batch, "commit")
    assert "Tệp còn lỗi nên chưa nhập được" in response.content.decode()
    assert Member.objects.count() == 4
    assert not AuditEntry.objects.filter(action="member.create").exists()


def test_a_member_already_in_the_cell_is_flagged(world, secretary_client):
    make_member(world.cell, "Lê Thị Mai", birth_date=dt.date(1985, 4, 30))
    rows = [["Lê Thị Mai", "Nữ", "30/04/1985", "", "", "", "", "", "Dự bị", "", "", ""]]
    upload(secretary_client, world.cell, xlsx(rows))
    assert MemberImport.objects.get().errors == [
        "Dòng 2: Chi bộ đã có đảng viên Lê Thị Mai sinh ngày 30/04/1985."
    ]


def test_commit_is_all_or_nothing_when_the_register_changed_meanwhile(world, secretary_client):
    upload(secretary_client, world.cell, xlsx(GOOD_ROWS))
    batch = MemberImport.objects.get()
    make_member(world.other_cell, "Đinh Văn Toàn", card_number="93.012346")
    response = decide(secretary_client, batch, "commit")
    assert "Dòng 3: Số thẻ đảng viên này đã có." in response.content.decode()
    assert not Member.objects.filter(full_name="Nguyễn Thị Hường").exists()
    assert not AuditEntry.objects.filter(action="member.create").exists()
    batch.refresh_from_db()
    assert batch.status == "pending"


def test_discard_changes_nothing_and_ends_the_batch(world, secretary_client):
    upload(secretary_client, world.cell, xlsx(GOOD_ROWS))
    batch = MemberImport.objects.get()
    response = decide(secretary_client, batch, "discard")
    assert "Đã hủy lần nhập này" in response.content.decode()
    batch.refresh_from_db()
    assert batch.status == "discarded"
    response = decide(secretary_client, batch, "commit")
    assert "Lần nhập này đã kết thúc (đã hủy)." in response.content.decode()
    assert Member.objects.count() == 3
    assert AuditEntry.objects.filter(action="member_import.discard").count() == 1


def _truncated() -> bytes:
    data = xlsx(GOOD_ROWS)
    return data[: len(data) // 2]


def _zip_but_not_excel() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "không phải Excel")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("Họ và tên,Giới tính\nA,Nữ\n".encode(), "không phải bảng tính Excel (.xlsx)"),
        (_truncated(), "không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng"),
        (b"", "Tệp rỗng"),
        (_zip_but_not_excel(), "Không mở được tệp như bảng tính Excel"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "tệp Excel kiểu cũ (.xls)"),
        (xlsx(GOOD_ROWS, header=["Tên", "Tuổi"]), "Không tìm thấy dòng tiêu đề có cột “Họ và tên”"),
        (xlsx([]), "Tệp không có dòng đảng viên nào"),
    ],
    ids=[
        "text-renamed",
        "truncated-zip",
        "empty",
        "zip-not-excel",
        "old-xls",
        "no-header",
        "no-rows",
    ],
)
def test_an_unusable_file_is_refused_with_a_clear_message(world, secretary_client, data, message):
    response = upload(secretary_client, world.cell, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not MemberImport.objects.exists()
    assert Member.objects.count() == 3


def test_a_file_over_the_size_limit_is_refused(world, secretary_client, settings):
    data = xlsx(GOOD_ROWS)
    settings.CHIBO_MAX_UPLOAD_BYTES = len(data) - 1
    response = upload(secretary_client, world.cell, data)
    assert "Tệp quá lớn" in response.content.decode()
    assert not MemberImport.objects.exists()


def test_a_file_that_unpacks_into_too_much_is_refused(world, secretary_client, monkeypatch):
    monkeypatch.setattr("chibo.members.imports.MAX_UNPACKED_BYTES", 1000)
    response = upload(secretary_client, world.cell, xlsx(GOOD_ROWS))
    assert "Tệp giải nén ra quá lớn" in response.content.decode()
    assert not MemberImport.objects.exists()


def test_the_template_file_has_the_columns_and_imports_its_example(world, secretary_client):
    response = secretary_client.get(reverse("members:import_template", args=[world.cell.pk]))
    assert "M%E1%BA%ABu%20nh%E1%BA%ADp" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert [c.value for c in sheet[1]] == [*HEADER[:10], "Giáo dục phổ thông", *HEADER[10:]]
    upload(secretary_client, world.cell, response.content, name="mau.xlsx")
    batch = MemberImport.objects.get()
    assert batch.errors == [] and batch.rows[0]["fields"]["full_name"] == "Nguyễn Thị Hường"


def test_an_exported_list_reads_back_and_flags_the_known_cards(world, secretary_client):
    exported = secretary_client.get(reverse("members:export", args=[world.cell.pk])).content
    upload(secretary_client, world.cell, exported)
    batch = MemberImport.objects.get()
    assert [row["fields"]["full_name"] for row in batch.rows] == [
        "Phạm Thị Thu Hà",
        "Dương Thị Huệ",
    ]
    assert all("đã có trong danh sách đảng viên" in " ".join(row["errors"]) for row in batch.rows)


def test_preview_of_another_cells_batch_is_not_found(world, secretary_client, other_client):
    theirs = MemberImport.objects.create(cell=world.other_cell, filename="x.xlsx")
    ours = MemberImport.objects.create(cell=world.cell, filename="y.xlsx")
    assert (
        secretary_client.get(
            reverse("members:import_preview", args=[world.cell.pk, theirs.pk])
        ).status_code
        == 404
    )
    assert (
        secretary_client.get(
            reverse("members:import_preview", args=[world.other_cell.pk, theirs.pk])
        ).status_code
        == 404
    )
    assert (
        other_client.get(
            reverse("members:import_preview", args=[world.cell.pk, ours.pk])
        ).status_code
        == 404
    )
    assert (
        other_client.post(
            reverse("members:import_preview", args=[world.cell.pk, ours.pk]), {"action": "commit"}
        ).status_code
        == 404
    )


def test_a_plain_member_may_not_import(world, member_client):
    ours = MemberImport.objects.create(cell=world.cell, filename="y.xlsx", rows=[])
    assert upload(member_client, world.cell, xlsx(GOOD_ROWS)).status_code == 403
    url = reverse("members:import_preview", args=[world.cell.pk, ours.pk])
    assert member_client.post(url, {"action": "commit"}).status_code == 403
    assert MemberImport.objects.count() == 1 and Member.objects.count() == 3
