import hashlib
import io
import json
import zipfile

import pytest
from django.core.management import call_command
from django.urls import reverse

from chibo.meetings.models import Meeting
from chibo.meetings.tests.helpers import concluded, docx_upload, make_task

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _files(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }


def _zip(client, meeting):
    response = client.get(reverse("meetings:dossier", args=[meeting.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    return zipfile.ZipFile(io.BytesIO(response.content))


def test_the_dossier_holds_every_draft_version_attendance_tasks_and_an_index_with_hashes(
    world, member_client
):
    meeting = concluded(world)
    meeting.refresh_from_db()
    Meeting.objects.filter(pk=meeting.pk).update(
        status=Meeting.Status.PREPARING
    )  # add a file version
    meeting.refresh_from_db()
    meeting.save_draft(by=world.secretary.user, text="Bản hoàn thiện", upload=docx_upload())
    Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.CONCLUDED)
    make_task(world, meeting)
    archive = _zip(member_client, meeting)
    names = set(archive.namelist())
    assert {"02-du-thao/lan-01.txt", "02-du-thao/lan-02.txt", "02-du-thao/lan-02.docx",
            "07-diem-danh/diem-danh.csv", "07-diem-danh/diem-danh.xlsx", "08-nhiem-vu/nhiem-vu.csv",
            "index.txt", "index.html"} <= names  # fmt: skip
    index = archive.read("index.txt").decode()
    for line in index.splitlines():
        if line.count(" | ") == 3 and not line.startswith("Tệp"):
            path, _, _, digest = line.split(" | ")
            assert hashlib.sha256(archive.read(path)).hexdigest() == digest
    assert "Còn thiếu:" in index
    assert "Dương Thị Huệ" in archive.read("07-diem-danh/diem-danh.csv").decode("utf-8-sig")
    assert "Chưa thực hiện" in archive.read("08-nhiem-vu/nhiem-vu.csv").decode("utf-8-sig")


def test_the_benchmark_command_writes_its_timing(tmp_path):
    output = tmp_path / "dossier.json"
    call_command("bench_dossier", output=str(output), runs=1)
    result = json.loads(output.read_text())
    assert result["ok"] and result["seconds_max"] < 2 and result["zip_bytes"] > 0
    assert not Meeting.objects.exists()  # rolled back
