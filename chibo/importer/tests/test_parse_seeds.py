"""The four seed plans read exactly as a person reads them."""

from __future__ import annotations

import pytest

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document
from chibo.importer.schema import ParsedPlan

from .samples import SEEDS


def _parse(prefix: str) -> ParsedPlan:
    return parse_plan(read_document(next(SEEDS.glob(f"{prefix}_*.txt"))))


def _summary(plan: ParsedPlan) -> list[tuple[str, int | None, int | None, list[str]]]:
    return [(t.title, t.quarter, t.month, [p.name for p in t.presenters]) for t in plan.topics]


def test_seed_000_has_four_topics_one_a_quarter():
    plan = _parse("000")
    assert plan.kind == "thematic"
    assert (plan.cell_name, plan.year, plan.date, plan.place) == (
        "Chi bộ Trường Mầm non Yên Hoà",
        2026,
        "2026-01-05",
        "Yên Mô",
    )
    assert _summary(plan) == [
        ("Xây dựng, triển khai thực hiên các giải pháp nhằm đẩy mạnh, nâng cao chất lượng CS, ND và "
         "GD trẻ trong nhà trường, gắn với nội dung các cuộc vận động và các phong trào thi đua năm "
         "học 2025 - 2026", 1, 3, ["Dương Thị Huệ"]),
        ("Xây dựng và tổ chức triển khai các giải pháp nhằm tiếp tục đổi mới và nâng cao chất lượng "
         "sinh hoạt chi bộ trong giai đoạn mới theo Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 về thực "
         "hiện Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư trong Chi bộ Trường Mầm non Yên Hoà",
         2, 6, ["Nguyễn Thị Hường"]),
        ("Nâng cao tinh thần trách nhiệm, ý thức kỷ luật và đổi mới, sáng tạo trong thực hiện nhiệm "
         "vụ chăm sóc, giáo dục trẻ", 3, 9, ["Vũ Thị Lệ"]),
        ("Đổi mới sáng tạo, nâng cao trình độ chuyên môn nghiệp vụ, ứng dụng CNTT, chuyển đổi số, sử "
         "dụng trí tuệ nhân tạo (AI) trong giáo dục trẻ", 4, 11, ["Vũ Thị Lệ"]),
    ]  # fmt: skip
    first = plan.topics[0]
    assert first.form == "Trao đổi, đề xuất cách thực hiện"
    assert first.presenters[0].role_note == "Bí thư chi bộ"
    assert first.preparer_note == "Đồng chí Dương Thị Huệ - Bí thư chi bộ"
    assert first.content.startswith("Đánh giá kết quả thực hiện các nhiệm vụ lãnh đạo")
    assert plan.topics[1].form == "Báo cáo chuyên đề"
    assert len(plan.legal_bases) == 2 and plan.legal_bases[0].startswith(
        "Căn cứ Hướng dẫn số 42-HD/BTCTW"
    )
    assert plan.days_before_distribution == 3
    assert plan.warnings == []


def test_seed_001_rejoins_broken_lines_and_reads_two_topics():
    plan = _parse("001")
    assert plan.kind == "thematic"
    assert (plan.number, plan.type_code, plan.date, plan.place) == (
        3,
        "KH",
        "2026-02-01",
        "Vĩnh Phong",
    )
    assert plan.cell_name == "Chi bộ Trường Tiểu học Vĩnh Phong 4"
    assert plan.committee_name == "Đảng ủy xã Vĩnh Phong"
    assert _summary(plan) == [
        ("Nâng cao chất lượng sinh hoạt chi bộ gắn với phát huy vai trò nêu gương, tinh thần trách "
         "nhiệm của cán bộ, đảng viên trong thực hiện nhiệm vụ được giao", 2, None, ["Võ Thị Mỹ Ly"]),
        ("Phát huy vai trò lãnh đạo của chi bộ trong nâng cao chất lượng giáo dục, tăng cường kỷ "
         "cương, nền nếp và đẩy mạnh ứng dụng công nghệ số trong hoạt động của nhà trường", 3, None,
         ["Phạm Văn Lân"]),
    ]  # fmt: skip
    assert plan.topics[0].outputs == (
        "Kết luận chuyên đề; phân công nhiệm vụ cụ thể cho từng đảng viên; đăng ký nội dung khắc "
        "phục, rèn luyện gắn với chức trách, nhiệm vụ được giao."
    )
    assert plan.topics[0].content.splitlines()[0].startswith("Quán triệt yêu cầu tiếp tục đổi mới")
    assert len(plan.topics[0].content.splitlines()) == 4
    assert (
        plan.legal_bases[2]
        == "Căn cứ nghị quyết, chương trình công tác năm 2026 của Đảng ủy xã Vĩnh Phong"
    )
    assert plan.signer_name == "Nguyễn Hoài Thu"
    assert plan.recipients == ["Đảng ủy xã VP (để báo cáo)", "Đảng viên trong chi bộ", "Lưu Chi bộ"]
    assert any("Quý I, Quý IV" in w for w in plan.warnings)


def test_seed_003_is_an_activity_plan_with_the_targets_of_section_4_4():
    plan = _parse("003")
    assert (plan.kind, plan.year, plan.topics) == ("activity", 2022, [])
    assert plan.cell_name == "Chi bộ Trường Mầm non Hoa Mai"
    assert len(plan.targets) == 18
    assert {t.section for t in plan.targets} == {"4.4. Các chỉ tiêu phấn đấu của Chi bộ"}
    by_start = {t.text[:25]: t for t in plan.targets}
    recruit = plan.targets[-1]
    assert (recruit.kind, recruit.value_min, recruit.value_max) == ("range", 1, 2)
    assert by_start["Đạt “Công đoàn xuất sắc”"].kind == "yes_no"
    assert by_start["Đạt “Công đoàn xuất sắc”"].group == "Phần đầu các danh hiệu thi đua"
    # A list item cut by a page break ("… của Bộ" / "GD&ĐT và …") is one target.
    assert any(t.text.endswith("“Xây dựng trường mầm non xanh – an toàn – thân thiện”") and
               t.text.startswith("100% CB đảng viên") for t in plan.targets)  # fmt: skip


def test_seed_004_is_an_activity_plan_with_measurable_targets_and_no_topics():
    plan = _parse("004")
    assert (plan.kind, plan.date, plan.number, plan.type_code) == (
        "activity",
        "2025-10-30",
        None,
        "KH",
    )
    assert plan.committee_name == "Đảng ủy phường Việt Hưng"
    assert [t.kind for t in plan.targets] == [
        "yes_no", "yes_no", "percent", "percent", "count", "percent", "percent", "percent",
        "percent", "percent", "threshold", "percent", "percent", "threshold",
    ]  # fmt: skip
    sispas = plan.targets[10]
    assert (sispas.value_min, sispas.unit, sispas.comparison) == (90, "%", ">=")
    teachers = plan.targets[12]
    assert (teachers.value_min, teachers.population, teachers.comparison) == (80, "giáo viên", ">=")
    recruit = plan.targets[4]
    assert (recruit.value_min, recruit.comparison) == (3, ">=")
    # It plans "at least one thematic meeting a quarter" but names no topic: say so.
    assert any("không liệt kê chuyên đề cụ thể" in w for w in plan.warnings)
    assert any("“AA”" in w for w in plan.warnings)


@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
def test_the_seeds_match_their_ground_truth(prefix: str):
    from .accuracy import score

    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    assert score(prefix, path.name, path.read_bytes()).errors == []
