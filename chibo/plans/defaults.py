"""The standard plan template: legal bases, sections and closing worded as the seed plans word them.

Legal bases: Chỉ thị 50-CT/TW (23/7/2025) and Hướng dẫn 42-HD/BTCTW (28/10/2025), in the
wording of seed 001; sections I–IV of a thematic plan from seeds 000 and 001; sections of an
activity plan from seed 003.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from chibo.documents.parts import leader_of, recipients_for, signature_for
from chibo.members.models import Member
from chibo.organizations.models import Cell

CT50 = (
    "Căn cứ Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới và nâng cao "
    "chất lượng sinh hoạt chi bộ trong giai đoạn mới;"
)
HD42 = "Căn cứ Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương thực hiện Chỉ thị số 50-CT/TW;"

THEMATIC_PURPOSE = """\
1. Nâng cao chất lượng sinh hoạt chuyên đề của chi bộ theo đúng định hướng của Trung ương; bảo đảm việc tổ chức sinh hoạt chuyên đề đi vào thực chất, đúng nguyên tắc tổ chức và sinh hoạt Đảng, gắn chặt với nhiệm vụ chính trị của chi bộ và nhiệm vụ chuyên môn của nhà trường.
2. Tiếp tục nâng cao bản lĩnh chính trị, tinh thần trách nhiệm, ý thức nêu gương, tinh thần tự giác tu dưỡng, rèn luyện của cán bộ, đảng viên; góp phần xây dựng chi bộ trong sạch, vững mạnh.
3. Nội dung chuyên đề phải được lựa chọn bảo đảm ngắn gọn, rõ trọng tâm, sát tình hình thực tế của chi bộ và đơn vị; phát huy dân chủ, trí tuệ tập thể, tinh thần tự phê bình và phê bình; sau sinh hoạt phải có kết luận, phân công nhiệm vụ, xác định thời gian thực hiện và kiểm tra, đánh giá kết quả cụ thể.
4. Yêu cầu 100% đảng viên trong chi bộ tích cực tham gia thảo luận tại các chuyên đề, từ đó xác định những điều mình cần thực hiện."""

THEMATIC_ORGANISATION = """\
1. Chi ủy chi bộ căn cứ kế hoạch này để lãnh đạo, chỉ đạo việc chuẩn bị nội dung, tài liệu, thời gian và các điều kiện cần thiết phục vụ sinh hoạt chuyên đề.
2. Đồng chí được phân công chuẩn bị chuyên đề có trách nhiệm xây dựng dự thảo báo cáo chuyên đề, báo cáo chi ủy cho ý kiến trước khi đưa ra sinh hoạt chi bộ; dự thảo được gửi cho các đồng chí đảng viên trước ngày sinh hoạt {days} ngày để nghiên cứu, chuẩn bị ý kiến thảo luận.
3. Việc tổ chức sinh hoạt chuyên đề phải bảo đảm chất lượng, thiết thực, tránh hình thức; trong đó tập trung thực hiện tốt các nội dung sau:
- Chuẩn bị kỹ nội dung chuyên đề, gửi trước tài liệu cho đảng viên nghiên cứu;
- Tổ chức thảo luận dân chủ, thẳng thắn, đúng trọng tâm, phát huy trách nhiệm và trí tuệ của đảng viên;
- Kết thúc sinh hoạt phải có biên bản, kết luận của Bí thư chi bộ;
- Có phân công nhiệm vụ cụ thể, xác định thời gian thực hiện và theo dõi, kiểm tra, đánh giá kết quả sau sinh hoạt chuyên đề.
4. Sau mỗi đợt sinh hoạt chuyên đề, chi ủy tổ chức rà soát, đánh giá việc triển khai thực hiện kết luận chuyên đề; kịp thời bổ sung những nội dung cần thiết vào nghị quyết chi bộ, chương trình công tác của đơn vị.
5. Hồ sơ sinh hoạt chuyên đề sau khi thực hiện phải được hoàn thiện, lưu trữ đầy đủ theo quy định."""

THEMATIC_REPORTING = """\
Sau khi tổ chức từng chuyên đề, chi bộ hoàn thiện hồ sơ gồm: kế hoạch, dự thảo chuyên đề, tài liệu phục vụ sinh hoạt, biên bản sinh hoạt, kết luận sinh hoạt chuyên đề và các tài liệu có liên quan để lưu hồ sơ chi bộ; đồng thời báo cáo {committee} theo quy định."""

ACTIVITY_DIRECTIONS = """\
- Chi bộ tập trung giáo dục chính trị tư tưởng và chỉ đạo thực hiện tốt nhiệm vụ chính trị của nhà trường.
- Đảng viên tham gia học tập quán triệt và thực hiện các Chỉ thị, Nghị quyết của Đảng và chính sách pháp luật của Nhà nước.
- Củng cố và làm tốt công tác tổ chức, công tác phát triển đảng viên."""

ACTIVITY_ORGANISATION = """\
- Kế hoạch hoạt động của chi bộ năm {year} được triển khai đến 100% đảng viên trong chi bộ.
- Chi bộ có kế hoạch chỉ đạo cụ thể hoạt động hằng tháng đến các đoàn thể trong nhà trường và toàn thể đảng viên trong chi bộ."""


def _situation(cell: Cell) -> str:
    members = Member.objects.for_cell(cell).current()
    total = members.count()
    official = members.filter(status=Member.Status.OFFICIAL).count()
    women = members.filter(gender="female").count()
    return (
        f"- Chi bộ có {total} đảng viên. Trong đó: đảng viên chính thức: {official}; "
        f"đảng viên dự bị: {total - official}; đảng viên nữ: {women}."
    )


def template_fields(cell: Cell, year: int, kind: str) -> dict[str, Any]:
    from .models import Plan

    committee = cell.committee.name
    leader, title = leader_of(cell)
    signature = signature_for(cell, signer=leader, title=title, name="" if leader is None else None)
    common: dict[str, Any] = {
        "year": year,
        "kind": kind,
        "recipients": recipients_for(cell),
        "signing_capacity": signature.capacity,
        "signer_title": signature.title,
        "signer": leader,
        "signer_name": signature.name,
        "place_name": cell.place_name,
        "plan_date": dt.date(year, 1, 5) if year > dt.date.today().year else dt.date.today(),
    }
    bases = [CT50, HD42, f"Căn cứ nghị quyết, chương trình công tác năm {year} của {committee};",
             f"Căn cứ nhiệm vụ chính trị và tình hình thực tế của {cell.name};"]  # fmt: skip
    if kind == Plan.Kind.THEMATIC:
        days = cell.days_before_distribution
        return common | {
            "title": f"Tổ chức sinh hoạt chuyên đề năm {year}",
            "legal_bases": bases,
            "intro": f"{cell.name} xây dựng Kế hoạch tổ chức sinh hoạt chuyên đề năm {year} như sau:",
            "sections": [
                {"heading": "I. MỤC ĐÍCH, YÊU CẦU", "body": THEMATIC_PURPOSE},
                {
                    "heading": f"II. NỘI DUNG CHUYÊN ĐỀ NĂM {year}",
                    "body": f"Năm {year}, chi bộ tổ chức sinh hoạt chuyên đề mỗi quý ít nhất 01 lần, cụ thể như sau:",
                    "list": True,
                },
                {
                    "heading": "III. TỔ CHỨC THỰC HIỆN",
                    "body": THEMATIC_ORGANISATION.format(days=f"{days:02d}"),
                },
                {
                    "heading": "IV. CHẾ ĐỘ BÁO CÁO",
                    "body": THEMATIC_REPORTING.format(committee=committee),
                },
            ],  # fmt: skip
            "closing": f"Trên đây là Kế hoạch tổ chức sinh hoạt chuyên đề năm {year} của {cell.name}, "
            "đề nghị các đồng chí đảng viên nghiêm túc triển khai thực hiện. Trong quá trình tổ chức "
            "thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo chi ủy để xem xét, chỉ đạo.",
            "days_before_distribution": days,
        }
    return common | {
        "title": f"Hoạt động của chi bộ năm {year}",
        "legal_bases": ["Căn cứ Điều lệ Đảng Cộng sản Việt Nam;", *bases[2:]],
        "intro": f"{cell.name} xây dựng Kế hoạch hoạt động của chi bộ năm {year} gồm các nội dung cụ thể sau:",
        "sections": [
            {"heading": "I. ĐẶC ĐIỂM TÌNH HÌNH", "body": _situation(cell)},
            {"heading": "II. PHƯƠNG HƯỚNG, NHIỆM VỤ CHUNG", "body": ACTIVITY_DIRECTIONS},
            {"heading": "III. CÁC CHỈ TIÊU PHẤN ĐẤU", "body": "", "list": True},
            {"heading": "IV. TỔ CHỨC THỰC HIỆN", "body": ACTIVITY_ORGANISATION.format(year=year)},
        ],
        "closing": f"Trên đây là Kế hoạch hoạt động của {cell.name} năm {year}, đề nghị các đồng chí "
        "đảng viên trong chi bộ nghiên cứu và thực hiện nghiêm túc kế hoạch này.",
    }
