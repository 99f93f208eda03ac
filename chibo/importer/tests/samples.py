"""Plans in layouts the seeds do not have, written as .docx at test time (no binaries in git).

Each builder returns the document's bytes; the expected reading of each is in
ground_truth/<name>.json. scripts/import_accuracy.py uses the same builders.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import docx
from docx.document import Document

HERE = Path(__file__).parent
SEEDS = HERE / "seeds"
GROUND_TRUTH = HERE / "ground_truth"


def _header_table(document: Document, left: list[str], right: list[str]) -> None:
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def _save(document: Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def table_plan() -> bytes:
    """Topics in a table (TT | Tên chuyên đề | Thời gian | Người thực hiện | Hình thức)."""
    d = docx.Document()
    _header_table(
        d,
        ["ĐẢNG BỘ PHƯỜNG HOA LƯ", "CHI BỘ TRƯỜNG THCS ĐINH TIÊN HOÀNG", "*", "Số: 05-KH/CB"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hoa Lư, ngày 15 tháng 01 năm 2026"],
    )
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Sinh hoạt chuyên đề năm 2026")
    d.add_paragraph("Căn cứ Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương;")
    d.add_paragraph("Căn cứ tình hình thực tế của Chi bộ Trường THCS Đinh Tiên Hoàng,")
    d.add_paragraph("Chi bộ xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:")
    d.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    d.add_paragraph("- Nâng cao chất lượng sinh hoạt chi bộ; 100% đảng viên tham gia thảo luận.")
    d.add_paragraph("II. NỘI DUNG, THỜI GIAN, NGƯỜI THỰC HIỆN")
    rows = [
        ["TT", "Tên chuyên đề", "Thời gian", "Người thực hiện", "Hình thức"],
        ["1", "Nâng cao chất lượng dạy học môn Toán theo Chương trình giáo dục phổ thông 2018",
         "Quý I (tháng 3/2026)", "Đ/c Lê Văn Nam - Hiệu trưởng", "Báo cáo chuyên đề"],
        ["2", "Phát huy vai trò nêu gương của đảng viên trong xây dựng trường học hạnh phúc",
         "tháng 04/2026", "đ/c Trần Thị Thu Hà", "Trao đổi, thảo luận"],
        ["3", "Ứng dụng chuyển đổi số trong quản lý hồ sơ chuyên môn", "Quý III",
         "Đồng chí Phan Văn Đức, Chi ủy viên", "Báo cáo chuyên đề"],
        ["4", "Công tác phát triển đảng viên trong đội ngũ giáo viên trẻ", "quý 4 - tháng 12",
         "Đ/c Lê Văn Nam và đ/c Trần Thị Thu Hà", "Trao đổi, đề xuất cách thực hiện"],
    ]  # fmt: skip
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    d.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("- Đảng viên được phân công chuẩn bị dự thảo, gửi chi ủy trước 7 ngày.")
    d.add_paragraph("T/M CHI ỦY")
    d.add_paragraph("BÍ THƯ")
    d.add_paragraph("Lê Văn Nam")
    return _save(d)


def numbered_plan() -> bytes:
    """Word's own numbering (no typed numbers), 'Chuyên đề 02', 'đ/c', a village cell."""
    d = docx.Document()
    for line in ("ĐẢNG ỦY XÃ TÂN THÀNH", "CHI BỘ THÔN ĐÔNG", "Số 07-KH/CB",
                 "Tân Thành, ngày 10 tháng 01 năm 2026"):  # fmt: skip
        d.add_paragraph(line)
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Thực hiện sinh hoạt chuyên đề năm 2026")
    d.add_paragraph("Căn cứ Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư;")
    d.add_paragraph("Căn cứ Nghị quyết Đại hội Chi bộ Thôn Đông nhiệm kỳ 2025 - 2027;")
    d.add_paragraph("I. MỤC ĐÍCH")
    d.add_paragraph("Đổi mới nội dung sinh hoạt chi bộ, gắn với nhiệm vụ của thôn.")
    d.add_paragraph("II. CÁC CHUYÊN ĐỀ")
    topics = [
        ("Chuyên đề 01: Xây dựng nông thôn mới kiểu mẫu gắn với giữ gìn vệ sinh môi trường",
         ["Thời gian: Quý I năm 2026 (tháng 02)", "Hình thức: Báo cáo chuyên đề",
          "Người chuẩn bị: đ/c Nguyễn Văn Bình (Phó Bí thư chi bộ)",
          "Sản phẩm: Nghị quyết chuyên đề về vệ sinh môi trường."]),
        ("Chuyên đề 02: Phát huy vai trò của đảng viên trong giữ gìn an ninh trật tự thôn xóm",
         ["Thời gian: quý 2, tháng 5/2026", "Hình thức: Trao đổi, thảo luận",
          "Người chuẩn bị: đ/c Đỗ Thị Lan",
          "Sản phẩm: Danh sách việc làm cụ thể của từng đảng viên."]),
        ("Chuyên đề 03: Chuyển đổi số trong thôn: hướng dẫn người dân dùng dịch vụ công trực tuyến",
         ["Thời gian: Quý III/2026", "Hình thức: Báo cáo chuyên đề",
          "Người chuẩn bị: đ/c Nguyễn Văn Bình và đ/c Vương Minh Tuấn"]),
    ]  # fmt: skip
    for heading, fields in topics:
        d.add_paragraph(heading, style="List Number")
        for field in fields:
            d.add_paragraph(field, style="List Bullet")
    d.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("Chi ủy theo dõi, đôn đốc việc thực hiện kế hoạch này.")
    d.add_paragraph("BÍ THƯ")
    d.add_paragraph("Hà Văn Sơn")
    return _save(d)


def assignment_plan() -> bytes:
    """Topics in the content section, then again in an assignment section (merge them)."""
    d = docx.Document()
    for line in ("ĐẢNG ỦY PHƯỜNG NAM SƠN", "CHI BỘ TRƯỜNG MẦM NON HOA SEN",
                 "Nam Sơn, ngày 20 tháng 12 năm 2025"):  # fmt: skip
        d.add_paragraph(line)
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Sinh hoạt chuyên đề của chi bộ năm 2026")
    d.add_paragraph("Chi bộ Trường Mầm non Hoa Sen")
    d.add_paragraph("I. NỘI DUNG CHUYÊN ĐỀ")
    d.add_paragraph("Chuyên đề 1. Nâng cao chất lượng bữa ăn bán trú cho trẻ")
    d.add_paragraph("Nội dung: Rà soát thực đơn, bếp ăn một chiều, nguồn thực phẩm an toàn.")
    d.add_paragraph("Thời gian: Quý I")
    d.add_paragraph("Chuyên đề 2. Xây dựng môi trường giáo dục lấy trẻ làm trung tâm")
    d.add_paragraph("Nội dung: Đổi mới cách bố trí góc chơi, tăng hoạt động trải nghiệm.")
    d.add_paragraph("Thời gian: Quý II")
    d.add_paragraph("Chuyên đề 3. Tăng cường phối hợp với cha mẹ trẻ")
    d.add_paragraph("Nội dung: Các hình thức trao đổi với phụ huynh qua nhóm lớp và họp phụ huynh.")
    d.add_paragraph("II. PHÂN CÔNG THỰC HIỆN")
    d.add_paragraph("- Chuyên đề 1: đ/c Hoàng Thị Mai chuẩn bị; thời gian: tháng 3/2026.")
    d.add_paragraph("- Chuyên đề 2: đ/c Bùi Thị Ngọc Anh chuẩn bị; thời gian: tháng 6/2026.")
    d.add_paragraph(
        "- Chuyên đề 3: đ/c Hoàng Thị Mai và đ/c Trịnh Văn Hải; thời gian: tháng 9/2026."
    )
    d.add_paragraph("Hình thức chung: Trao đổi, đề xuất cách thực hiện.")
    d.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("Dự thảo chuyên đề gửi đảng viên trước ngày sinh hoạt 3 ngày.")
    return _save(d)


def conflict_plan() -> bytes:
    """A month outside its quarter, and two different months for one topic."""
    d = docx.Document()
    for line in ("ĐẢNG ỦY XÃ YÊN MÔ", "CHI BỘ TRƯỜNG TIỂU HỌC YÊN THẮNG", "Số: 02-KH/CB",
                 "Yên Mô, ngày 06 tháng 01 năm 2026"):  # fmt: skip
        d.add_paragraph(line)
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Sinh hoạt chuyên đề năm 2026")
    d.add_paragraph("I. NỘI DUNG")
    d.add_paragraph("1. Chuyên đề 1 (Quý I):")
    d.add_paragraph("- Chủ đề: Giữ gìn kỷ cương, nền nếp trong trường học.")
    d.add_paragraph("- Thời gian: Tháng 5 năm 2026")
    d.add_paragraph("- Hình thức: Báo cáo chuyên đề")
    d.add_paragraph("- Người thực hiện: Đồng chí Tạ Thị Hồng - Bí thư chi bộ")
    d.add_paragraph("2. Chuyên đề 2 (Quý III):")
    d.add_paragraph(
        "- Chủ đề: Đổi mới phương pháp dạy học phát triển phẩm chất, năng lực học sinh."
    )
    d.add_paragraph("- Thời gian: tháng 8/2026")
    d.add_paragraph("- Hình thức: Trao đổi, đề xuất cách thực hiện")
    d.add_paragraph("- Người thực hiện: đ/c Lương Văn Khoa")
    d.add_paragraph("II. PHÂN CÔNG")
    d.add_paragraph("- Chuyên đề 2: đ/c Lương Văn Khoa chuẩn bị, thời gian tháng 9/2026.")
    d.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("Chi ủy chỉ đạo chung.")
    return _save(d)


BUILDERS: dict[str, Callable[[], bytes]] = {
    "table_plan": table_plan,
    "numbered_plan": numbered_plan,
    "assignment_plan": assignment_plan,
    "conflict_plan": conflict_plan,
}
# The generated plans also read back from a PDF that LibreOffice makes of them.
PDF_FROM = ["numbered_plan", "conflict_plan"]


def to_pdf(data: bytes) -> bytes | None:
    """The .docx converted by LibreOffice, or None when soffice is missing."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "plan.docx"
        source.write_bytes(data)
        profile = Path(folder) / "profile"
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", folder, str(source)],
            check=True, capture_output=True, timeout=120, env={"HOME": folder, "PATH": "/usr/bin:/bin"},
        )  # fmt: skip
        return (Path(folder) / "plan.pdf").read_bytes()


def documents(*, with_pdf: bool = True) -> list[tuple[str, str, bytes]]:
    """(ground-truth name, filename, bytes) for every seed and generated plan."""
    out = [(p.stem.split("_")[0], p.name, p.read_bytes()) for p in sorted(SEEDS.glob("*.txt"))]
    for name, build in BUILDERS.items():
        data = build()
        out.append((name, f"{name}.docx", data))
        if with_pdf and name in PDF_FROM:
            pdf = to_pdf(data)
            if pdf is not None:
                out.append((name, f"{name}.pdf", pdf))
    return out
