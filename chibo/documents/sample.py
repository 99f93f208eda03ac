"""A sample plan shaped like seed 000 (a real chi bộ plan), for renders and the benchmark."""

from __future__ import annotations

import datetime as dt

from chibo.documents.parts import minutes_signatures, standard_recipients
from chibo.documents.party import (
    Block,
    Bullet,
    Header,
    Heading,
    Paragraph,
    PartyDocument,
    Signature,
    Table,
    format_number,
)
from chibo.rules.documents import signer_title, signing_capacity

SUPERIOR, ISSUER, PLACE = "ĐẢNG ỦY XÃ YÊN MÔ", "CHI BỘ TRƯỜNG MẦM NON YÊN HOÀ", "Yên Mô"
COMMITTEE = "Đảng ủy xã Yên Mô"
OFFICIAL_MEMBERS = 11  # the demo's Yên Hoà: a chi ủy, so "T/M CHI ỦY"

_BODY: list[tuple[str, str]] = [
    (
        "P",
        "Căn cứ Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 về thực hiện Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới và nâng cao chất lượng sinh hoạt Chi bộ trong giai đoạn mới;",
    ),
    ("P", "Căn cứ vào tình hình thực tế của Chi bộ trường Mầm non Yên Hoà năm 2026;"),
    (
        "P",
        "Chi bộ Trường Mầm non Yên Hoà xây dựng kế hoạch thực hiện sinh hoạt chuyên đề năm 2026 của Chi bộ, cụ thể như sau:",
    ),
    ("H1", "I. MỤC ĐÍCH YÊU CẦU"),
    ("H2", "1. Mục đích."),
    (
        "-",
        "Nhằm không ngừng nâng cao nhận thức chính trị tư tưởng cho cán bộ, đảng viên, quần chúng về rèn luyện phẩm chất đạo đức lối sống theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và thực hiện dân chủ trong sinh hoạt chi bộ.",
    ),
    (
        "-",
        "Làm cho cán bộ và đảng viên nhận thức sâu sắc về vai trò, vị trí quan trọng của chi bộ trong công tác lãnh đạo toàn diện nhiệm vụ chính trị nhà trường; ý nghĩa quan trọng của việc nâng cao chất lượng sinh hoạt chi bộ đối với việc nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ cán bộ, đảng viên.",
    ),
    (
        "-",
        "Việc đổi mới nội dung, hình thức và nâng cao chất lượng sinh hoạt chi bộ phải gắn với đẩy mạnh thực hiện việc Học tập và làm theo tư tưởng, đạo đức phong cách Hồ Chí Minh năm 2026; làm cho mọi đảng viên không ngừng nâng cao nhận thức, gương mẫu, tự giác chấp hành các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; thực hiện tốt nghị quyết của chi bộ và của cấp ủy cấp trên; bảo đảm tính lãnh đạo, tính giáo dục và tính chiến đấu để chi bộ thực sự là nơi lãnh đạo, quản lý, giáo dục, rèn luyện và bồi dưỡng cán bộ, đảng viên.",
    ),
    ("H2", "2. Yêu cầu."),
    (
        "-",
        "Thông qua sinh hoạt chi bộ, mỗi cán bộ, đảng viên nâng cao ý thức trách nhiệm, tích cực học tập, tu dưỡng, rèn luyện, thực hiện tốt nhiệm vụ của người đảng viên do Điều lệ Đảng quy định và các nhiệm vụ được chi bộ phân công; nâng cao ý thức tổ chức kỷ luật, tinh thần tự phê bình và phê bình; tăng cường đoàn kết, thống nhất và tình thương yêu đồng chí trong chi bộ. Cấp ủy nắm chắc tình hình tư tưởng, phẩm chất đạo đức, lối sống của đảng viên; có biện pháp cụ thể để xây dựng đội ngũ đảng viên và xây dựng chi bộ trong sạch vững mạnh.",
    ),
    (
        "-",
        "Tiếp tục đưa nội dung học tập và làm theo tấm gương đạo đức Hồ Chí Minh và Nghị quyết Trung ương 4 “Một số vấn đề cấp bách về xây dựng Đảng hiện nay” đi vào nề nếp trong sinh hoạt chi bộ định kỳ hàng tháng.",
    ),
    (
        "-",
        "Việc tổ chức sinh hoạt chuyên đề cần thực hiện đúng quy trình công tác chuẩn bị và tổ chức sinh hoạt chuyên đề theo Hướng dẫn của Ban thường vụ Đảng uỷ xã Yên Mô về tổ chức sinh hoạt chuyên đề. Yêu cầu 100% cán bộ, đảng viên trong chi bộ phải tích cực tham gia thảo luận tại các chuyên đề, từ đó xác định những điều mình cần thực hiện, nhằm góp phần xây dựng nội bộ đoàn kết, xây dựng chi bộ trở thành chi bộ “Hoàn thành xuất sắc nhiệm vụ”.",
    ),
    ("H1", "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ NĂM 2026"),
    ("H2", "1. Chuyên đề 1 (Quý I):"),
    (
        "-",
        "Chủ đề: Xây dựng, triển khai thực hiên các giải pháp nhằm đẩy mạnh, nâng cao chất lượng CS, ND và GD trẻ trong nhà trường, gắn với nội dung các cuộc vận động và các phong trào thi đua năm học 2025 - 2026.",
    ),
    (
        "-",
        "Nội dung công việc: Đánh giá kết quả thực hiện các nhiệm vụ lãnh đạo, chỉ đạo của Chi bộ và Nhà trường về thực hiên các giải pháp nhằm đẩy mạnh, nâng cao chất lượng CS, ND và GD trẻ trong nhà trường, gắn với nội dung các cuộc vận động và các phong trào thi đua năm học 2025-2026, nhằm đưa chất lượng giáo CS, ND, GD của nhà trường ngày càng phát triển đi lên.",
    ),
    ("-", "Thời gian: Tháng 3 năm 2026"),
    ("-", "Hình thức: Trao đổi, đề xuất cách thực hiện"),
    ("-", "Người thực hiện: Đồng chí Dương Thị Huệ - Bí thư chi bộ"),
    ("H2", "2. Chuyên đề 2 (Quý II):"),
    (
        "-",
        "Chủ đề: Xây dựng và tổ chức triển khai các giải pháp nhằm tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới theo Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 về thực hiện Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư trong Chi bộ Trường Mầm non Yên Hoà.",
    ),
    (
        "-",
        "Nội dung công việc: Đánh giá thực trạng công tác lãnh đạo, chỉ đạo của Chi bộ về việc xây dựng và tổ chức triển khai các giải pháp nhằm tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới theo Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 về thực hiện Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư tại chi bộ, để xây dựng chi bộ nhà trường hoàn thành xuất sắc nhiệm vụ và tiêu biểu.",
    ),
    ("-", "Thời gian: Tháng 6 năm 2026"),
    ("-", "Hình thức: Báo cáo chuyên đề"),
    ("-", "Người thực hiện: Đồng chí Nguyễn Thị Hường - Phó bí thư chi bộ"),
    ("H2", "3. Chuyên đề 3 (Quý III):"),
    (
        "-",
        "Chủ đề: Nâng cao tinh thần trách nhiệm, ý thức kỷ luật và đổi mới, sáng tạo trong thực hiện nhiệm vụ chăm sóc, giáo dục trẻ.",
    ),
    (
        "-",
        "Nội dung công việc: Nêu cao tinh thần trách nhiệm của cán bộ, giáo viên, nhân viên trong thực hiện nhiệm vụ; đảm bảo an toàn tuyệt đối cho trẻ. Chấp hành nghiêm túc nội quy, quy chế chuyên môn; duy trì nền nếp, kỷ cương trong mọi hoạt động của nhà trường. Đẩy mạnh đổi mới phương pháp giáo dục theo hướng lấy trẻ làm trung tâm; tăng cường tổ chức hoạt động trải nghiệm phù hợp với độ tuổi. Phát huy sáng kiến, cải tiến trong xây dựng môi trường giáo dục an toàn, thân thiện, hiệu quả. Tăng cường phối hợp với cha mẹ trẻ nhằm nâng cao chất lượng chăm sóc, nuôi dưỡng và giáo dục trẻ. Tập thể nhà trường quyết tâm thực hiện nghiêm túc chủ đề, góp phần xây dựng môi trường giáo dục mầm non kỷ cương, trách nhiệm và sáng tạo.",
    ),
    ("-", "Thời gian: Tháng 9 năm 2026"),
    ("-", "Hình thức: Trao đổi, đề xuất cách thực hiện"),
    ("-", "Thực hiện: Đồng chí Vũ Thị Lệ - Chi uỷ viên"),
    ("H2", "4. Chuyên đề 4 (Quý IV):"),
    (
        "P",
        "· Chủ đề: Đổi mới sáng tạo, nâng cao trình độ chuyên môn nghiệp vụ, ứng dụng CNTT, chuyển đổi số, sử dụng trí tuệ nhân tạo (AI) trong giáo dục trẻ”.",
    ),
    (
        "-",
        "Nội dung công việc: Nâng cao năng lực chuyên môn thông qua tự học, tự bồi dưỡng; đổi mới phương pháp giáo dục theo hướng lấy trẻ làm trung tâm; tăng cường ứng dụng công nghệ thông tin trong soạn giảng và quản lý. Nhà trường từng bước thực hiện chuyển đổi số, số hóa hồ sơ chuyên môn; đồng thời tìm hiểu, sử dụng các công cụ AI phù hợp để hỗ trợ xây dựng kế hoạch và thiết kế học liệu, đảm bảo an toàn, đúng mục đích và phù hợp với đặc thù giáo dục mầm non.",
    ),
    ("-", "Thời gian: Tháng 11 năm 2026"),
    ("-", "Hình thức: Trao đổi, đề xuất cách thực hiện"),
    ("-", "Thực hiện: Đồng chí Vũ Thị Lệ - Uỷ viên"),
    ("H1", "III. TỔ CHỨC THỰC HIỆN"),
    (
        "-",
        "Căn cứ Kế hoạch này, đảng viên được phân công chuẩn bị nội dung để gửi báo cáo cho chi bộ theo kế hoạch phân công; đồng thời gửi cho các đồng chí đảng viên trong chi bộ trước ngày sinh hoạt 3 ngày để đảng viên nghiên cứu chuẩn bị ý kiến thảo luận.",
    ),
    (
        "-",
        "Đồng chí Bí thư chủ trì buổi sinh hoạt chuyên đề của chi bộ, yêu cầu đảng viên được phân công thực hiện xây dựng dự thảo báo cáo chuyên đề trình bày tóm tắt nội dung dự thảo báo cáo chuyên đề đã chuẩn bị; định hướng các nội dung để đảng viên trong chi bộ tham gia thảo luận; Chuẩn bị nội dung kết luận của buổi sinh hoạt chuyên đề.",
    ),
    (
        "-",
        "Các Đảng viên trong chi bộ có trách nhiệm nghiên cứu dự thảo và chuẩn bị nội dung phát biểu, tham gia đóng góp ý kiến theo định hướng của cấp uỷ chi bộ đã xây dựng tại buổi sinh hoạt chuyên đề, cần nêu rõ nhận thức của cá nhân đối với chuyên đề và tác dụng của chuyên đề đối với bản thân, liên hệ trong chi bộ, Nhà trường và địa phương, để hoàn thiện dự thảo chuyên đề.",
    ),
    (
        "-",
        "Đảng viên được phân công có trách nhiệm lấy ý kiến, tổng hợp và tiếp thu ý kiến phát biểu của các đảng viên trong chi bộ đã tham gia phát biểu, để hoàn thiện báo cáo chuyên đề.",
    ),
    (
        "-",
        "Đồng chí Bí thư chi bộ tổng hợp, đánh giá việc chuẩn bị xây dựng các nội dung báo cáo chuyên đề trước khi tổ chức chuyên đề. Nêu bật được ý nghĩa, tác dụng của chuyên đề đã tổ chức đối với chi bộ, Nhà trường và toàn thể đảng viên trong chi bộ. Đồng thời đưa ra ý kiến kết luận về các nội dung cần tiếp thu để bổ sung, hoàn thiện báo cáo chuyên đề và kết luận, ban hành Nghị quyết chuyên đề của chi bộ.",
    ),
    (
        "-",
        "Thông báo công khai Nghị quyết chuyên đề tới toàn thể đảng viên trong chi bộ và kịp thời báo cáo về Đảng ủy cấp trên theo quy định; thường xuyên theo dõi, đôn đốc việc triển khai; đánh giá, sơ tổng kết việc thực hiện, kịp thời biểu dương, khen thưởng những nhân tố tích cực trong việc nâng cao chất lượng sinh hoạt chuyên đề của chi bộ.",
    ),
    (
        "P",
        "Trên đây là Kế hoạch thực hiện sinh hoạt chuyên đề năm 2026 của chi bộ Trường Mầm non Yên Hoà, chi bộ đề nghị đảng viên trong toàn chi bộ nghiêm túc triển khai và thực hiện đạt kết quả cao./.",
    ),
]

_KINDS = {"H1": 1, "H2": 2}


def _blocks() -> list[Block]:
    blocks: list[Block] = []
    for kind, text in _BODY:
        if kind in _KINDS:
            blocks.append(Heading(text, level=_KINDS[kind]))
        elif kind == "-":
            blocks.append(Bullet(text))
        else:
            blocks.append(Paragraph(text))
    # A summary table of the four topics, so the sample also exercises tables.
    position = next(i for i, b in enumerate(blocks) if b.text.startswith("III."))  # type: ignore[union-attr]
    blocks.insert(
        position,
        Table(
            header=["Chuyên đề", "Thời gian", "Người thực hiện"],
            rows=[
                [
                    "Chuyên đề 1: nâng cao chất lượng CS, ND và GD trẻ",
                    "Tháng 3/2026",
                    "Dương Thị Huệ",
                ],
                ["Chuyên đề 2: đổi mới sinh hoạt chi bộ", "Tháng 6/2026", "Phạm Thị Lan"],
                ["Chuyên đề 3: học tập và làm theo Bác", "Tháng 9/2026", "Nguyễn Thị Hà"],
                ["Chuyên đề 4: xây dựng chi bộ trong sạch", "Tháng 12/2026", "Dương Thị Huệ"],
            ],
            widths_mm=[85, 35, 45],
        ),
    )
    return blocks


def sample_plan(*, draft: bool = False, number: str = "") -> PartyDocument:
    """Seed 000's plan (Chi bộ Trường Mầm non Yên Hoà, 2026) as a PartyDocument."""
    return PartyDocument(
        header=Header(
            superior=SUPERIOR,
            issuer=ISSUER,
            number=number or format_number(None if draft else 3, "KH"),
            place=PLACE,
            date=None if draft else dt.date(2026, 1, 5),
        ),
        doc_type="KẾ HOẠCH",
        summary="Thực hiện sinh hoạt theo chuyên đề năm 2026",
        blocks=_blocks(),
        recipients=standard_recipients(COMMITTEE),
        signature=Signature(
            capacity=signing_capacity(official_members=OFFICIAL_MEMBERS),
            title=signer_title(),
            name="Dương Thị Huệ",
        ),
        draft=draft,
    )


def sample_minutes() -> PartyDocument:
    """A short minutes document: no recipients, chair and secretary sign side by side."""
    chair, secretary = minutes_signatures(chair="Dương Thị Huệ", secretary="Phạm Thị Lan")
    return PartyDocument(
        header=Header(
            superior=SUPERIOR,
            issuer=ISSUER,
            number=format_number(5, "BB"),
            place=PLACE,
            date=dt.date(2026, 3, 10),
        ),
        doc_type="BIÊN BẢN",
        summary="Sinh hoạt chi bộ thường kỳ tháng 3 năm 2026",
        blocks=[
            Paragraph("Thời gian: 14 giờ 00, ngày 10 tháng 3 năm 2026."),
            Paragraph("Địa điểm: Phòng họp Trường Mầm non Yên Hoà."),
            Heading("I. NỘI DUNG"),
            Bullet("Đánh giá kết quả thực hiện nhiệm vụ tháng 02 năm 2026."),
        ],
        recipients=[],
        signature=chair,
        extra_signatures=[secretary],
    )
