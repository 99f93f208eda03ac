"""`chibo import-plan FILE --json`: prints the parsed plan, touches no database, fails clearly."""

from __future__ import annotations

import io
import json
import sys

import pytest
from django.core.management import CommandError, call_command

from chibo import cli

from .samples import SEEDS


def test_json_output_is_readable_vietnamese():
    out = io.StringIO()
    # No database fixture: pytest-django would fail any query this command made.
    call_command("import_plan", str(next(SEEDS.glob("000_*.txt"))), "--json", stdout=out)
    data = json.loads(out.getvalue())
    assert "Chi bộ Trường Mầm non Yên Hoà" in out.getvalue()  # not \u-escaped
    assert data["kind"] == "thematic" and len(data["topics"]) == 4
    assert data["topics"][0]["presenters"][0]["name"] == "Dương Thị Huệ"
    assert set(data) >= {"kind", "year", "cell_name", "committee_name", "number", "type_code", "date",
                         "place", "legal_bases", "topics", "targets", "warnings"}  # fmt: skip


def test_the_summary_lists_topics_and_warnings():
    out = io.StringIO()
    call_command("import_plan", str(next(SEEDS.glob("001_*.txt"))), stdout=out)
    text = out.getvalue()
    assert "1. Nâng cao chất lượng sinh hoạt chi bộ" in text and "Quý II; Võ Thị Mỹ Ly" in text
    assert "Lưu ý:" in text


def test_an_unreadable_file_is_a_command_error_in_vietnamese(tmp_path):
    path = tmp_path / "kh.docx"
    path.write_bytes(b"not a zip")
    with pytest.raises(CommandError, match="không phải tệp Word"):
        call_command("import_plan", str(path), "--json")


def test_the_hyphenated_name_runs_the_command_and_exits_non_zero(tmp_path, monkeypatch, capsys):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    monkeypatch.setattr(sys, "argv", ["chibo", "import-plan", str(path), "--json"])
    with pytest.raises(SystemExit) as caught:
        cli.main()
    assert caught.value.code == 1
    assert "Tệp rỗng" in capsys.readouterr().err


def test_several_files_are_the_photos_of_one_plan_and_nothing_else(tmp_path):
    first, second = tmp_path / "trang1.txt", tmp_path / "trang2.txt"
    first.write_text("KẾ HOẠCH", encoding="utf-8")
    second.write_text("Sinh hoạt chuyên đề", encoding="utf-8")
    with pytest.raises(CommandError, match="Chỉ ghép được các ảnh chụp trang"):
        call_command("import_plan", str(first), str(second))
