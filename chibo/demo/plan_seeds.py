"""The seed plans 000, 001 and 003 as structured data: every sentence of their substance.

Only obvious typos are fixed (listed in TYPO_FIXES, which the content tests apply to the
seed text before comparing); where a seed departs from the official format (HD 36-HD/VPTW:
"Số 03-KH/CB" without colon, "T/M CHI ỦY" with a slash and no dot), the official format is used.
"""

from __future__ import annotations

from typing import Any

# (as written in the seed, as entered here)
TYPO_FIXES: dict[str, list[tuple[str, str]]] = {
    "000": [
        ("thực hiên", "thực hiện"),
        ("chất lượng giáo CS, ND, GD", "chất lượng CS, ND, GD"),
        ("trong giáo dục trẻ”.", "trong giáo dục trẻ."),
    ],
    "001": [("Đảng ủy xã VP", "Đảng ủy xã Vĩnh Phong")],
    "003": [
        ("Phần đầu", "Phấn đấu"),
        ("phần đầu", "phấn đấu"),
        ("tiến tiến", "tiên tiến"),
        ("chính đồn Đảng", "chỉnh đốn Đảng"),
        ("“tự biến biến”", "“tự diễn biến”"),
        ("Chi thị số 05-CT/TW", "Chỉ thị số 05-CT/TW"),
        ("đúng quy thể định", "đúng quy định"),
        ("lãnh mạnh", "lành mạnh"),
        ("Kiểm tra thực việc thực hiện", "Kiểm tra việc thực hiện"),
        ("các hạng đã xuống cấp", "các hạng mục đã xuống cấp"),
    ],
}

# -- seed 000: Chi bộ Trường Mầm non Yên Hoà, thematic plan 2026 ------------------------------

YEN_HOA_2026: dict[str, Any] = {
    "year": 2026,
    "kind": "thematic",
    "title": "Thực hiện sinh hoạt theo chuyên đề năm 2026",
    "plan_date": "2026-01-05",
    "place_name": "Yên Mô",
    "days_before_distribution": 3,
    "legal_bases": [
        "Căn cứ Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 về thực hiện Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới và nâng cao chất lượng sinh hoạt Chi bộ trong giai đoạn mới;",
        "Căn cứ vào tình hình thực tế của Chi bộ trường Mầm non Yên Hoà năm 2026;",
    ],
    "intro": "Chi bộ Trường Mầm non Yên Hoà xây dựng kế hoạch thực hiện sinh hoạt chuyên đề năm 2026 của Chi bộ, cụ thể như sau:",
    "sections": [
        {"heading": "I. MỤC ĐÍCH YÊU CẦU", "body": ""},
        {
            "heading": "1. Mục đích.",
            "body": """\
- Nhằm không ngừng nâng cao nhận thức chính trị tư tưởng cho cán bộ, đảng viên, quần chúng về rèn luyện phẩm chất đạo đức lối sống theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và thực hiện dân chủ trong sinh hoạt chi bộ.
- Làm cho cán bộ và đảng viên nhận thức sâu sắc về vai trò, vị trí quan trọng của chi bộ trong công tác lãnh đạo toàn diện nhiệm vụ chính trị nhà trường; ý nghĩa quan trọng của việc nâng cao chất lượng sinh hoạt chi bộ đối với việc nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ cán bộ, đảng viên.
- Việc đổi mới nội dung, hình thức và nâng cao chất lượng sinh hoạt chi bộ phải gắn với đẩy mạnh thực hiện việc Học tập và làm theo tư tưởng, đạo đức phong cách Hồ Chí Minh năm 2026; làm cho mọi đảng viên không ngừng nâng cao nhận thức, gương mẫu, tự giác chấp hành các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; thực hiện tốt nghị quyết của chi bộ và của cấp ủy cấp trên; bảo đảm tính lãnh đạo, tính giáo dục và tính chiến đấu để chi bộ thực sự là nơi lãnh đạo, quản lý, giáo dục, rèn luyện và bồi dưỡng cán bộ, đảng viên.""",
        },
        {
            "heading": "2. Yêu cầu.",
            "body": """\
- Thông qua sinh hoạt chi bộ, mỗi cán bộ, đảng viên nâng cao ý thức trách nhiệm, tích cực học tập, tu dưỡng, rèn luyện, thực hiện tốt nhiệm vụ của người đảng viên do Điều lệ Đảng quy định và các nhiệm vụ được chi bộ phân công; nâng cao ý thức tổ chức kỷ luật, tinh thần tự phê bình và phê bình; tăng cường đoàn kết, thống nhất và tình thương yêu đồng chí trong chi bộ. Cấp ủy nắm chắc tình hình tư tưởng, phẩm chất đạo đức, lối sống của đảng viên; có biện pháp cụ thể để xây dựng đội ngũ đảng viên và xây dựng chi bộ trong sạch vững mạnh.
- Tiếp tục đưa nội dung học tập và làm theo tấm gương đạo đức Hồ Chí Minh và Nghị quyết Trung ương 4 “Một số vấn đề cấp bách về xây dựng Đảng hiện nay” đi vào nề nếp trong sinh hoạt chi bộ định kỳ hàng tháng.
- Việc tổ chức sinh hoạt chuyên đề cần thực hiện đúng quy trình công tác chuẩn bị và tổ chức sinh hoạt chuyên đề theo Hướng dẫn của Ban thường vụ Đảng uỷ xã Yên Mô về tổ chức sinh hoạt chuyên đề. Yêu cầu 100% cán bộ, đảng viên trong chi bộ phải tích cực tham gia thảo luận tại các chuyên đề, từ đó xác định những điều mình cần thực hiện, nhằm góp phần xây dựng nội bộ đoàn kết, xây dựng chi bộ trở thành chi bộ “Hoàn thành xuất sắc nhiệm vụ”.""",
        },
        {"heading": "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ NĂM 2026", "body": "", "list": True},
        {
            "heading": "III. TỔ CHỨC THỰC HIỆN",
            "body": """\
- Căn cứ Kế hoạch này, đảng viên được phân công chuẩn bị nội dung để gửi báo cáo cho chi bộ theo kế hoạch phân công; đồng thời gửi cho các đồng chí đảng viên trong chi bộ trước ngày sinh hoạt 3 ngày để đảng viên nghiên cứu chuẩn bị ý kiến thảo luận.
- Đồng chí Bí thư chủ trì buổi sinh hoạt chuyên đề của chi bộ, yêu cầu đảng viên được phân công thực hiện xây dựng dự thảo báo cáo chuyên đề trình bày tóm tắt nội dung dự thảo báo cáo chuyên đề đã chuẩn bị; định hướng các nội dung để đảng viên trong chi bộ tham gia thảo luận; Chuẩn bị nội dung kết luận của buổi sinh hoạt chuyên đề.
- Các Đảng viên trong chi bộ có trách nhiệm nghiên cứu dự thảo và chuẩn bị nội dung phát biểu, tham gia đóng góp ý kiến theo định hướng của cấp uỷ chi bộ đã xây dựng tại buổi sinh hoạt chuyên đề, cần nêu rõ nhận thức của cá nhân đối với chuyên đề và tác dụng của chuyên đề đối với bản thân, liên hệ trong chi bộ, Nhà trường và địa phương, để hoàn thiện dự thảo chuyên đề.
- Đảng viên được phân công có trách nhiệm lấy ý kiến, tổng hợp và tiếp thu ý kiến phát biểu của các đảng viên trong chi bộ đã tham gia phát biểu, để hoàn thiện báo cáo chuyên đề.
- Đồng chí Bí thư chi bộ tổng hợp, đánh giá việc chuẩn bị xây dựng các nội dung báo cáo chuyên đề trước khi tổ chức chuyên đề. Nêu bật được ý nghĩa, tác dụng của chuyên đề đã tổ chức đối với chi bộ, Nhà trường và toàn thể đảng viên trong chi bộ. Đồng thời đưa ra ý kiến kết luận về các nội dung cần tiếp thu để bổ sung, hoàn thiện báo cáo chuyên đề và kết luận, ban hành Nghị quyết chuyên đề của chi bộ.
- Thông báo công khai Nghị quyết chuyên đề tới toàn thể đảng viên trong chi bộ và kịp thời báo cáo về Đảng ủy cấp trên theo quy định; thường xuyên theo dõi, đôn đốc việc triển khai; đánh giá, sơ tổng kết việc thực hiện, kịp thời biểu dương, khen thưởng những nhân tố tích cực trong việc nâng cao chất lượng sinh hoạt chuyên đề của chi bộ.""",
        },
    ],
    "closing": "Trên đây là Kế hoạch thực hiện sinh hoạt chuyên đề năm 2026 của chi bộ Trường Mầm non Yên Hoà, chi bộ đề nghị đảng viên trong toàn chi bộ nghiêm túc triển khai và thực hiện đạt kết quả cao./.",
    "recipients": ["Đảng ủy xã Yên Mô (để báo cáo)", "Đảng viên trong chi bộ", "Lưu Chi bộ"],
    "signing_capacity": "T/M CHI ỦY",
    "signer": "Dương Thị Huệ",
    "topics": [
        {
            "quarter": 1,
            "month": 3,
            "form": "Trao đổi, đề xuất cách thực hiện",
            "preparers": ["Dương Thị Huệ"],
            "title": "Xây dựng, triển khai thực hiện các giải pháp nhằm đẩy mạnh, nâng cao chất lượng CS, ND và GD trẻ trong nhà trường, gắn với nội dung các cuộc vận động và các phong trào thi đua năm học 2025 - 2026.",
            "content": "Đánh giá kết quả thực hiện các nhiệm vụ lãnh đạo, chỉ đạo của Chi bộ và Nhà trường về thực hiện các giải pháp nhằm đẩy mạnh, nâng cao chất lượng CS, ND và GD trẻ trong nhà trường, gắn với nội dung các cuộc vận động và các phong trào thi đua năm học 2025-2026, nhằm đưa chất lượng CS, ND, GD của nhà trường ngày càng phát triển đi lên.",
        },
        {
            "quarter": 2,
            "month": 6,
            "form": "Báo cáo chuyên đề",
            "preparers": ["Nguyễn Thị Hường"],
            "title": "Xây dựng và tổ chức triển khai các giải pháp nhằm tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới theo Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 về thực hiện Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư trong Chi bộ Trường Mầm non Yên Hoà.",
            "content": "Đánh giá thực trạng công tác lãnh đạo, chỉ đạo của Chi bộ về việc xây dựng và tổ chức triển khai các giải pháp nhằm tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới theo Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 về thực hiện Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư tại chi bộ, để xây dựng chi bộ nhà trường hoàn thành xuất sắc nhiệm vụ và tiêu biểu.",
        },
        {
            "quarter": 3,
            "month": 9,
            "form": "Trao đổi, đề xuất cách thực hiện",
            "preparers": ["Vũ Thị Lệ"],
            "title": "Nâng cao tinh thần trách nhiệm, ý thức kỷ luật và đổi mới, sáng tạo trong thực hiện nhiệm vụ chăm sóc, giáo dục trẻ.",
            "content": "Nêu cao tinh thần trách nhiệm của cán bộ, giáo viên, nhân viên trong thực hiện nhiệm vụ; đảm bảo an toàn tuyệt đối cho trẻ. Chấp hành nghiêm túc nội quy, quy chế chuyên môn; duy trì nền nếp, kỷ cương trong mọi hoạt động của nhà trường. Đẩy mạnh đổi mới phương pháp giáo dục theo hướng lấy trẻ làm trung tâm; tăng cường tổ chức hoạt động trải nghiệm phù hợp với độ tuổi. Phát huy sáng kiến, cải tiến trong xây dựng môi trường giáo dục an toàn, thân thiện, hiệu quả. Tăng cường phối hợp với cha mẹ trẻ nhằm nâng cao chất lượng chăm sóc, nuôi dưỡng và giáo dục trẻ. Tập thể nhà trường quyết tâm thực hiện nghiêm túc chủ đề, góp phần xây dựng môi trường giáo dục mầm non kỷ cương, trách nhiệm và sáng tạo.",
        },
        {
            "quarter": 4,
            "month": 11,
            "form": "Trao đổi, đề xuất cách thực hiện",
            "preparers": ["Vũ Thị Lệ"],
            "title": "Đổi mới sáng tạo, nâng cao trình độ chuyên môn nghiệp vụ, ứng dụng CNTT, chuyển đổi số, sử dụng trí tuệ nhân tạo (AI) trong giáo dục trẻ.",
            "content": "Nâng cao năng lực chuyên môn thông qua tự học, tự bồi dưỡng; đổi mới phương pháp giáo dục theo hướng lấy trẻ làm trung tâm; tăng cường ứng dụng công nghệ thông tin trong soạn giảng và quản lý. Nhà trường từng bước thực hiện chuyển đổi số, số hóa hồ sơ chuyên môn; đồng thời tìm hiểu, sử dụng các công cụ AI phù hợp để hỗ trợ xây dựng kế hoạch và thiết kế học liệu, đảm bảo an toàn, đúng mục đích và phù hợp với đặc thù giáo dục mầm non.",
        },
    ],
}

# -- seed 001: Chi bộ Trường Tiểu học Vĩnh Phong 4, thematic plan 2026, Số 03-KH/CB --------------

VINH_PHONG_4_2026: dict[str, Any] = {
    "year": 2026,
    "kind": "thematic",
    "title": "Tổ chức sinh hoạt chuyên đề năm 2026",
    "plan_date": "2026-02-01",
    "place_name": "Vĩnh Phong",
    "number": 3,
    "legal_bases": [
        "Căn cứ Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới;",
        "Căn cứ Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương thực hiện Chỉ thị số 50-CT/TW;",
        "Căn cứ nghị quyết, chương trình công tác năm 2026 của Đảng ủy xã Vĩnh Phong;",
        "Căn cứ nhiệm vụ chính trị và tình hình thực tế của Chi bộ Trường Tiểu học Vĩnh Phong 4;",
    ],
    "intro": "Chi bộ Trường Tiểu học Vĩnh Phong 4 xây dựng Kế hoạch tổ chức sinh hoạt chuyên đề năm 2026 như sau:",
    "sections": [
        {
            "heading": "I. MỤC ĐÍCH, YÊU CẦU",
            "body": """\
1. Nâng cao chất lượng sinh hoạt chuyên đề của chi bộ theo đúng định hướng của Trung ương; bảo đảm việc tổ chức sinh hoạt chuyên đề đi vào thực chất, đúng nguyên tắc tổ chức và sinh hoạt Đảng, gắn chặt với nhiệm vụ chính trị của chi bộ và nhiệm vụ chuyên môn của nhà trường.
2. Tiếp tục nâng cao bản lĩnh chính trị, tinh thần trách nhiệm, ý thức nêu gương, tinh thần tự giác tu dưỡng, rèn luyện của cán bộ, đảng viên; góp phần xây dựng chi bộ trong sạch, vững mạnh, nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức đảng.
3. Thông qua sinh hoạt chuyên đề để kịp thời lãnh đạo, định hướng giải quyết những vấn đề trọng tâm, thiết thực đặt ra trong quá trình thực hiện nhiệm vụ của đơn vị; góp phần nâng cao hiệu quả công tác chuyên môn, giữ vững kỷ cương, nền nếp, đạo đức nhà giáo và chất lượng giáo dục.
4. Nội dung chuyên đề phải được lựa chọn bảo đảm ngắn gọn, rõ trọng tâm, sát tình hình thực tế của chi bộ và đơn vị; phát huy dân chủ, trí tuệ tập thể, tinh thần tự phê bình và phê bình; sau sinh hoạt phải có kết luận, phân công nhiệm vụ, xác định thời gian thực hiện và kiểm tra, đánh giá kết quả cụ thể.""",
        },
        {
            "heading": "II. NỘI DUNG CHUYÊN ĐỀ NĂM 2026",
            "body": "Căn cứ tình hình thực tế của chi bộ và yêu cầu thực hiện nhiệm vụ năm học 2025–2026, năm 2026 Chi bộ Trường Tiểu học Vĩnh Phong 4 dự kiến tổ chức 02 chuyên đề như sau:",
            "list": True,
        },
        {
            "heading": "III. TỔ CHỨC THỰC HIỆN",
            "body": """\
1. Chi ủy chi bộ căn cứ kế hoạch này để lãnh đạo, chỉ đạo việc chuẩn bị nội dung, tài liệu, thời gian và các điều kiện cần thiết phục vụ sinh hoạt chuyên đề; bảo đảm việc tổ chức thực hiện đúng quy định, phù hợp với tình hình thực tế của chi bộ và nhiệm vụ chính trị của nhà trường.
2. Đồng chí được phân công chuẩn bị chuyên đề có trách nhiệm xây dựng dự thảo báo cáo chuyên đề, chuẩn bị tài liệu liên quan, báo cáo chi ủy cho ý kiến trước khi đưa ra sinh hoạt chi bộ; nội dung chuẩn bị phải bảo đảm ngắn gọn, đúng trọng tâm, có tính gợi mở để đảng viên nghiên cứu, thảo luận. Hướng dẫn 42 nhấn mạnh công tác chuẩn bị và các bước sinh hoạt phải được thực hiện chặt chẽ, bảo đảm chất lượng kỳ sinh hoạt.
3. Việc tổ chức sinh hoạt chuyên đề phải bảo đảm chất lượng, thiết thực, tránh hình thức; trong đó tập trung thực hiện tốt các nội dung sau:
- Chuẩn bị kỹ nội dung chuyên đề, gửi trước tài liệu cho đảng viên nghiên cứu;
- Tổ chức thảo luận dân chủ, thẳng thắn, đúng trọng tâm, phát huy trách nhiệm và trí tuệ của đảng viên;
- Kết thúc sinh hoạt phải có biên bản, kết luận của Bí thư chi bộ;
- Có phân công nhiệm vụ cụ thể, xác định thời gian thực hiện và theo dõi, kiểm tra, đánh giá kết quả sau sinh hoạt chuyên đề.
4. Sau mỗi đợt sinh hoạt chuyên đề, chi ủy tổ chức rà soát, đánh giá việc triển khai thực hiện kết luận chuyên đề; kịp thời bổ sung những nội dung cần thiết vào nghị quyết chi bộ, chương trình công tác hoặc các giải pháp lãnh đạo, chỉ đạo của đơn vị.
5. Đồng chí Bí thư chi bộ chịu trách nhiệm theo dõi, chỉ đạo chung việc tổ chức thực hiện kế hoạch; các đồng chí đảng viên trong chi bộ có trách nhiệm tham gia đầy đủ, nghiêm túc việc chuẩn bị, thảo luận và tổ chức thực hiện các nội dung đã được chi bộ kết luận.
6. Hồ sơ sinh hoạt chuyên đề sau khi thực hiện phải được hoàn thiện, lưu trữ đầy đủ theo quy định, làm căn cứ phục vụ công tác kiểm tra, giám sát, đánh giá chất lượng sinh hoạt chi bộ và đánh giá chất lượng đảng viên cuối năm. Hướng dẫn 42 cũng đặt ra tiêu chí đánh giá chất lượng sinh hoạt chi bộ, nên việc lưu hồ sơ đầy đủ là rất cần thiết.""",
        },
        {
            "heading": "IV. CHẾ ĐỘ BÁO CÁO",
            "body": """\
Sau khi tổ chức từng chuyên đề, chi bộ hoàn thiện hồ sơ gồm: kế hoạch, dự thảo chuyên đề, tài liệu phục vụ sinh hoạt, biên bản sinh hoạt, kết luận sinh hoạt chuyên đề và các tài liệu có liên quan để lưu hồ sơ chi bộ; đồng thời báo cáo Đảng ủy xã theo quy định. Nội dung báo cáo phải phản ánh rõ công tác chuẩn bị, diễn biến sinh hoạt, kết luận của chi bộ, kết quả phân công thực hiện và tình hình triển khai sau sinh hoạt chuyên đề.""",
        },
    ],
    "closing": "Chi ủy Chi bộ Trường Tiểu học Vĩnh Phong 4 yêu cầu các đồng chí đảng viên nghiêm túc triển khai thực hiện Kế hoạch này. Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo chi ủy để xem xét, chỉ đạo.",
    "recipients": ["Đảng ủy xã Vĩnh Phong (để báo cáo)", "Đảng viên trong chi bộ", "Lưu Chi bộ"],
    # Seed: "T/M. CHI ỦY CHI BỘ". HD 36 writes "T/M" without a dot; the demo cell has fewer than
    # 9 official members, so it has no chi ủy (QĐ 294-QĐ/TW) and signs on behalf of the chi bộ.
    "signing_capacity": "T/M CHI BỘ",
    "signer": "Nguyễn Hoài Thu",
    "topics": [
        {
            "quarter": 2,
            "month": None,
            "form": "",
            "preparers": ["Võ Thị Mỹ Ly"],
            "title": "Nâng cao chất lượng sinh hoạt chi bộ gắn với phát huy vai trò nêu gương, tinh thần trách nhiệm của cán bộ, đảng viên trong thực hiện nhiệm vụ được giao",
            "content": """\
Quán triệt yêu cầu tiếp tục đổi mới, nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới; làm rõ vị trí, ý nghĩa, tầm quan trọng của sinh hoạt chi bộ đối với công tác xây dựng Đảng và thực hiện nhiệm vụ chính trị của đơn vị.
Đánh giá thực trạng tinh thần trách nhiệm, ý thức nêu gương, việc chấp hành nguyên tắc tổ chức, kỷ luật phát ngôn, quy chế làm việc, chế độ sinh hoạt, chế độ báo cáo của cán bộ, đảng viên trong chi bộ.
Thảo luận, đề ra các giải pháp khắc phục biểu hiện ngại khó, né tránh trách nhiệm, làm việc cầm chừng, thiếu chủ động; nâng cao tinh thần dám nghĩ, dám làm, dám chịu trách nhiệm vì nhiệm vụ chung.
Gắn trách nhiệm nêu gương của đảng viên với việc giữ gìn phẩm chất đạo đức nhà giáo, lề lối làm việc, tác phong công vụ, ý thức đoàn kết nội bộ và trách nhiệm phục vụ Nhân dân.""",
            "outputs": "Kết luận chuyên đề; phân công nhiệm vụ cụ thể cho từng đảng viên; đăng ký nội dung khắc phục, rèn luyện gắn với chức trách, nhiệm vụ được giao.",
        },
        {
            "quarter": 3,
            "month": None,
            "form": "",
            "preparers": ["Phạm Văn Lân"],
            "title": "Phát huy vai trò lãnh đạo của chi bộ trong nâng cao chất lượng giáo dục, tăng cường kỷ cương, nền nếp và đẩy mạnh ứng dụng công nghệ số trong hoạt động của nhà trường",
            "content": """\
Đánh giá kết quả lãnh đạo thực hiện nhiệm vụ chuyên môn, việc xây dựng nền nếp, kỷ cương trường học, ý thức trách nhiệm của đội ngũ cán bộ, giáo viên, nhân viên trong thực hiện nhiệm vụ.
Làm rõ vai trò, trách nhiệm của đảng viên trong đổi mới phương pháp dạy học, nâng cao chất lượng giáo dục, thực hiện hồ sơ sổ sách, công tác chủ nhiệm, công tác phối hợp giữa nhà trường với cha mẹ học sinh và các lực lượng giáo dục.
Thảo luận các giải pháp đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong công tác quản lý, dạy học, sinh hoạt chuyên môn và cải cách lề lối làm việc trong nhà trường.
Gắn nội dung chuyên đề với việc xây dựng môi trường giáo dục lành mạnh, an toàn, dân chủ, đoàn kết; thực hiện tốt quy chế dân chủ ở cơ sở, nâng cao chất lượng phục vụ và uy tín của nhà trường.""",
            "outputs": "Kết luận chuyên đề; hệ thống giải pháp thực hiện theo từng mặt công tác; bổ sung nội dung phù hợp vào nghị quyết chi bộ và chương trình công tác của đơn vị.",
        },
    ],
}

# -- seed 003: Chi bộ Trường Mầm non Hoa Mai, activity plan 2022 ------------------------------

PARTY = "4. Công tác xây dựng Đảng:"
TARGETS = "4.4. Các chỉ tiêu phấn đấu của Chi bộ:"
TITLES = "Phấn đấu các danh hiệu thi đua"
STAFF = "cán bộ, đảng viên, giáo viên, nhân viên"


def _t(
    text: str, kind: str = "text", section: str = TARGETS, group: str = "", **extra: Any
) -> dict[str, Any]:
    return {"text": text, "kind": kind, "section": section, "group": group, **extra}


def _pct(text: str, population: str = STAFF, group: str = "", **extra: Any) -> dict[str, Any]:
    return _t(
        text,
        "percent",
        group=group,
        population=population,
        value_min=100,
        unit="%",
        comparison="=",
        **extra,
    )


HOA_MAI_TARGETS: list[dict[str, Any]] = [
    _t(
        "Phấn đấu 100% Đảng viên đủ tư cách hoàn thành tốt nhiệm vụ.",
        "percent",
        PARTY,
        population="đảng viên",
        value_min=100,
        unit="%",
        comparison="=",
        measured_by="Kết quả xếp loại đảng viên cuối năm",
    ),
    _t(
        "Phấn đấu đạt Chi bộ hoàn thành xuất sắc nhiệm vụ.",
        "yes_no",
        PARTY,
        measured_by="Xếp loại chi bộ cuối năm",
    ),
    _t(
        "Kết nạp 1-2 Đảng viên mới, tiếp tục bồi dưỡng theo dõi quần chúng ưu tú để giới thiệu cho Đảng cử đi học lớp cảm tình Đảng.",
        "range",
        PARTY,
        population="quần chúng ưu tú",
        value_min=1,
        value_max=2,
        unit="đảng viên mới",
    ),
    _t(
        "Xây dựng phát triển hệ thống, mạng lưới trường, lớp mầm non trên địa bàn theo hướng tạo môi trường thiên nhiên xanh, đạt chuẩn hóa, hiện đại hóa; Nâng cao hiệu lực, hiệu quả công tác quản lý nhà nước về GDMN; tăng cường năng lực quản trị nhà trường, đổi mới cơ chế quản lý cơ sở GDMN gắn với thực hiện tốt dân chủ trong hoạt động của cơ sở GDMN; đảm bảo an toàn về thể chất, tinh thần cho trẻ."
    ),
    _t(
        "Thực hiện tốt kế hoạch chỉ đạo của cấp trên, công tác kiểm tra nội bộ các hoạt động trong nhà trường và việc xây dựng các chuyên đề giáo dục trọng tâm cho trẻ theo chương trình giáo dục mầm non."
    ),
    _pct(
        "100% cán bộ, Đảng viên, GV-NV toàn trường ký cam kết không vi phạm đạo đức nhà giáo và vi phạm những điều cấm của Đảng viên, giáo viên và nhân viên, thực hiện tốt Kế hoạch “Nâng cao năng lực ứng xử sư phạm, đạo đức nhà giáo vì một trường học hạnh phúc” do Công đoàn ngành Giáo dục Việt Nam triển khai và thực hiện có hiệu quả phong trào thi đua với chủ đề “Đổi mới, sáng tạo trong dạy và học” và phong trào thi đua “Xây dựng môi trường giáo dục lấy trẻ làm trung tâm”.",
        measured_by="Bản cam kết đã ký",
    ),
    _pct(
        "100% CB đảng viên, GVNV tích cực hưởng ứng phong trào “Nâng cao năng lực ứng xử sư phạm, đạo đức nhà giáo, người lao động đáp ứng giáo dục trong tình hình mới” để từng bước xây dựng “Trường học hạnh phúc”"
    ),
    _pct(
        "100% CB đảng viên, GVNV tiếp tục thực hiện giai đoạn 2 chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” theo chỉ đạo của Bộ GD&ĐT và thực hiện chủ đề trọng tâm năm học 2021-2022 “Xây dựng trường mầm non xanh – an toàn – thân thiện”"
    ),
    _pct(
        "100% Đảng viên và quần chúng tham gia học tập chính trị, các chủ trương, chỉ thị, Nghị quyết của Đảng.",
        population="đảng viên và quần chúng",
        measured_by="Sổ theo dõi học tập nghị quyết",
    ),
    _pct(
        "100% CB- GV- NV đăng ký nội dung rèn luyện theo kế hoạch tu dưỡng; 100% CBGVNV ký cam kết thực hiện nội quy quy định của nhà trường,"
    ),
    _pct(
        "100% CBGVNV thực hiện tốt quy định nếp sống văn hóa trong trường học, thực hiện tốt 02 bộ quy tắc ứng xử của Thành phố và thực hiện bộ quy tắc ứng xử trong trường mầm non Hoa Mai năm học 2021- 2022 theo Thông tư số 06/2019/TT-BGDĐT ngày 12/4/2019 của Bộ GD&ĐT"
    ),
    _pct(
        "Đạt “Chi bộ hoàn thành XS nhiệm vụ”, phấn đấu 100% Đảng viên cuối năm được xếp loại Hoàn thành tốt nhiệm vụ trong đó 03 Đảng viên HTXSNV;",
        population="đảng viên",
        group=TITLES,
        measured_by="Kết quả xếp loại đảng viên cuối năm (QĐ 366-QĐ/TW)",
    ),
    _t(
        "Đạt danh hiệu “Tập thể lao động xuất sắc”; Cờ thi đua của UBND Thành phố",
        "yes_no",
        group=TITLES,
    ),
    _t("Phấn đấu danh hiệu “Cơ quan đạt chuẩn văn hóa”;", "yes_no", group=TITLES),
    _t("Đạt “Công đoàn xuất sắc”;", "yes_no", group=TITLES),
    _t("Đạt “Trường học an toàn, phòng tránh tai nạn thương tích”;", "yes_no", group=TITLES),
    _pct("100% cán bộ, GV, NV trong trường không vi phạm đạo đức nhà giáo.", group=TITLES),
    _pct("100% CB, GV, NV đăng ký các danh hiệu thi đua các cấp.", group=TITLES),
    _t(
        "Phối hợp với Ban chấp hành Công đoàn thực hiện phong trào thi đua người tốt, việc tốt. Phấn đấu trong năm học có từ 1-2 gương điển hình tiên tiến đề nghị cấp trên khen thưởng.",
        "range",
        group=TITLES,
        value_min=1,
        value_max=2,
        unit="gương điển hình tiên tiến",
    ),
    _t("Thực hiện thu chi Đảng phí đúng qui định, đúng nguyên tắc và minh bạch.", "yes_no"),
    _t(
        "Bồi dưỡng kết nạp 1-2 quần chúng ưu tú vào Đảng.",
        "range",
        population="quần chúng ưu tú",
        value_min=1,
        value_max=2,
        unit="quần chúng ưu tú được kết nạp",
    ),
]

HOA_MAI_SECTIONS: list[dict[str, Any]] = [
    {
        "heading": "I. ĐẶC ĐIỂM TÌNH HÌNH:",
        "body": """\
- Chi bộ Nhà trường có 20 Đảng viên. Trong đó: Đảng viên chính thức: 19; Đảng viên dự bị: 1; Đảng viên nữ: 19.
- Trình độ chuyên môn: 15 Đại học; Cao đẳng: 02. Trung cấp: 02 PTTH: 01
- Về trình độ chính trị: Trung cấp: 02""",
    },
    {
        "heading": "* Thuận lợi:",
        "body": """\
- Được sự quan tâm chỉ đạo trực tiếp của BCH Đảng bộ Phường Thạch Bàn.
- Tập thể Chi bộ đoàn kết, thống nhất cùng thực hiện nhiệm vụ chung.
- Đảng viên có quan điểm, lập trường chính trị vững vàng; có ý thức chấp hành đường lối, chủ trương của Đảng, chính sách pháp luật của Nhà nước và quy định của cơ quan tốt, có tinh thần trách nhiệm cao trong công tác, tự giác hoàn thành nhiệm vụ được giao.""",
    },
    {
        "heading": "* Khó khăn:",
        "body": """\
- Thời gian dành cho sinh hoạt chuyên đề còn hạn chế do đặc thù của nhà trường các cháu còn nhỏ, các buổi sinh hoạt Chi bộ, sinh hoạt chuyên đề đa số đều phải tổ chức tranh thủ, tinh thần tự phê và phê bình của một số Đảng viên trong Chi bộ chưa mạnh dạn.""",
    },
    {
        "heading": "II. PHƯƠNG HƯỚNG, NHIỆM VỤ CHUNG:",
        "body": """\
- Chi bộ tập trung giáo dục chính trị tư tưởng và chỉ đạo thực hiện tốt nhiệm vụ chính trị của nhà trường.
- Đảng viên tham gia học tập quán triệt và thực hiện các Chỉ thị, Nghị quyết của Đảng và chính sách pháp luật của Nhà nước.
- Tất cả đảng viên trong Chi bộ nỗ lực khắc phục khó khăn, đoàn kết thống nhất hoàn thành tốt phương hướng nhiệm vụ của Nhà trường. Coi đoàn kết nội bộ là nhiệm vụ tiên quyết của Chi bộ. “Học tập và làm theo tư tưởng, phong cách đạo đức Hồ Chí Minh” gắn với những cuộc vận động của ngành.
- Toàn thể Đảng viên trong Chi bộ thực hiện tốt về tiêu chuẩn đạo đức lối sống. Thực hiện tốt những tiêu chuẩn đảm bảo chất lượng chăm sóc giáo dục trẻ. Cải tiến phương pháp làm việc để nâng cao chất lượng và hiệu quả công tác.
- Củng cố và làm tốt công tác tổ chức, công tác phát triển Đảng viên.
- Chỉ đạo tốt công tác chuyên môn, nghiên cứu khoa học sư phạm và viết SKKN, thực hiện tốt Quy chế, Quy định của Bộ GD-ĐT và Nhà trường ban hành.
- Thường xuyên tổ chức phê bình và tự phê bình trong Chi bộ nhằm tăng cường hiệu quả công tác và rèn luyện đạo đức Đảng viên.
- Phấn đấu đạt danh hiệu Chi bộ Hoàn thành xuất sắc nhiệm vụ năm 2021 và tạo tiền đề thuận lợi cho những năm sau.
- Thực hiện tốt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020-2022, thực hiện tốt Nghị quyết Đại hội Đảng bộ Phường Thạch Bàn.
- Tiếp tục chỉ đạo thực hiện nhiệm vụ chuyên môn, nâng cao chất lượng chăm sóc giáo dục trẻ, đảm bảo tuyệt đối an toàn tính mạng của trẻ khi đến trường, duy trì và giữ vững tỷ lệ trẻ đến trường, đảm bảo tốt VSATTP, kiên quyết không để xảy ra ngộ độc thực phẩm trong nhà trường.
- Chỉ đạo thực hiện tốt công tác xây dựng cơ sở vật chất và tài chính nhà trường, thực hiện tốt các hoạt động văn hóa xã hội và an ninh quốc phòng.
- Chỉ đạo thực hiện tốt công tác tổ chức và xây dựng Đảng, phấn đấu giữ vững Chi bộ Đảng trong sạch vững mạnh. Phấn đấu đạt Cờ thi đua của UBND Thành phố năm học 2021 – 2022.""",
    },
    {"heading": "III. CÁC NHIỆM VỤ CỤ THỂ:", "body": ""},
    {
        "heading": "1. Chỉ đạo thực hiện nhiệm vụ chính trị nhà trường:",
        "body": """\
- Hoàn thành tốt kế hoạch năm học 2021 – 2022
- Củng cố duy trì và tăng trưởng cơ sở vật chất, cải tạo cảnh quan nhà trường, mua sắm các trang thiết bị đồ dùng đồ chơi cần thiết phục vụ công tác chăm sóc, nuôi dưỡng và giáo dục trẻ của nhà trường; Chú trọng xây dựng trường học “Sáng- Xanh- Sạch- Đẹp- Văn minh”.
- Nâng cao chất lượng thực hiện Chương trình giáo dục mầm non, đổi mới hoạt động chăm sóc, giáo dục trẻ theo quan điểm giáo dục lấy trẻ làm trung tâm, ứng dụng các phương pháp dạy học tiên tiến, ứng dụng CNTT vào hoạt động giảng dạy và tăng cường các điều kiện để nâng cao chất lượng tổ chức các hoạt động vui chơi, hoạt động trải nghiệm, khám phá của trẻ; chú trọng giáo dục hình thành và phát triển thói quen, kỹ năng sống phù hợp với độ tuổi của trẻ, với yêu cầu của xã hội hiện đại và truyền thống văn hóa tốt đẹp của dân tộc.
- Tiếp tục đổi mới công tác quản lý giáo dục mầm non; đổi mới công tác kiểm tra đánh giá nhằm nâng cao chất lượng giáo dục, khai thác các thiết bị dạy học hiện có để phục vụ tốt cho việc đổi mới phương pháp dạy học của giáo viên và XD trường mầm non lấy trẻ làm trung tâm.
- Phát huy vai trò, chức năng nhiệm vụ của các Tổ trưởng, Tổ phó chuyên môn trong việc triển khai và thực hiện kế hoạch công tác chuyên môn của nhà trường.
- Có chủ trương và biện pháp phù hợp khuyến khích giáo viên trong việc học tập để nâng cao trình độ kiến thức chuyên môn, nghiệp vụ tay nghề. Chú trọng nâng cao chất lượng chăm sóc, nuôi dưỡng, GD trẻ và uy tín của Nhà trường, duy trì và đảm bảo đủ số lượng trẻ theo kế hoạch.
- Đẩy mạnh công tác viết SKKN, nghiên cứu khoa học trong Cán bộ, Đảng viên và giáo viên, nhân viên thuộc các mảng đề tài về chuyên môn, về công tác quản lý, về phương pháp dạy học,... từng bước tạo cho đội ngũ nhà giáo của trường có sự biến đổi tích cực về chất lượng chuyên môn, nghiệp vụ.
- 100% Đảng viên phải là những người đi đầu trong các phong trào, trong việc thực hiện nề nếp kỷ cương, Quy chế và Quy định của ngành, của nhà trường và của địa phương.
- Thực hiện tốt Quy chế chuyên môn.
- Chống mọi biểu hiện tiêu cực trong thi cử và kiểm tra đánh giá xếp loại thi đua hàng tháng, học kỳ và cả năm học. Vui vẻ, tận tâm thực hiện nhiệm vụ, tác phong nhanh nhẹn trong giải quyết thực hiện nhiệm vụ, tránh gây phiền hà.
- Trong thực hiện nhiệm vụ đảm bảo tính chính xác, hiệu quả và bảo mật đối với một số công việc quan trọng theo quy định.
- Chỉ đạo thực hiện các khoản thu, chi của nhà trường đủ, đúng nguyên tắc tài chính, không chủ trương thu ngoài qui định từ phía phụ huynh học sinh.
- Giữ gìn và củng cố mối quan hệ tốt với địa phương và chính quyền các cấp.
- Tăng cường công tác khuyến học, khuyến tài; xây dựng mối quan hệ tốt với các tổ chức, doanh nghiệp, cá nhân,... tâm huyết với sự nghiệp giáo dục của Nhà trường để vận động và làm tốt công tác khuyến học.
- Làm tốt công tác giáo dục pháp luật; làm tốt công tác tình nghĩa, tình thương trong cán bộ, giáo viên, nhân viên và học sinh;
- Đẩy mạnh công tác giáo dục ATGT, ANTT, phòng chống vi phạm pháp luật, phòng chống bạo hành trẻ em và các TNXH.""",
    },
    {
        "heading": "2. Chất lượng đội ngũ giáo viên:",
        "body": """\
- Thực hiện tốt các chế độ chính sách cho CB – GV – NV trong trường.
- Tạo điều kiện cho CB – GV – NV đi theo học các lớp đào tạo để nâng cao trình độ chuyên môn nghiệp vụ, trình độ tin học.""",
    },
    {
        "heading": "3. Về cơ sở vật chất:",
        "body": """\
- Tiếp tục tham mưu với lãnh đạo địa phương, PGD, UBND Quận để có nguồn kinh phí tu sửa các hạng mục đã xuống cấp để được đảm bảo an toàn cho cô và trẻ trong quá trình hoạt động hàng ngày. Cải tạo, sửa chữa một số hạng mục hư hỏng xuống cấp, xây dựng môi trường cảnh quan sư phạm và mua sắm bổ sung một số loại đồ chơi ngoài trời cho trẻ hoạt động.""",
    },
    {"heading": "4. Công tác xây dựng Đảng:", "body": ""},
    {
        "heading": "4.1. Công tác giáo dục chính trị tư tưởng:",
        "body": """\
- Chi bộ triển khai thực hiện đầy đủ đường lối, chủ trương của Đảng trong nhà trường. Thực hiện nghiêm túc quy định số 55-QĐ/TW ngày 19 tháng 12 năm 2016 quy định của Bộ chính trị về những việc cần làm ngay để tăng cường vai trò nêu gương của cán bộ Đảng viên.
- Thực hiện tốt việc học tập và làm theo tư tưởng, phong cách, đạo đức Hồ Chí Minh với nội dung: “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc” gắn với việc thực hiện chức trách nhiệm vụ và sinh hoạt của từng cán bộ, Đảng viên và viên chức trong nhà trường.
- Tham gia học tập, quán triệt đầy đủ các Nghị quyết của Đảng, thực hiện tốt các chủ trương chính sách của Đảng và pháp luật của Nhà nước, nội quy, Quy chế nhà trường.
- Tổ chức học tập chính trị, báo cáo thời sự, qua đó giáo dục cán bộ, giáo viên, nhân viên và đoàn viên, thanh niên nhà trường luôn cảnh giác trước những âm mưu diễn biến hoà bình của các thế lực thù địch chống phá Đảng và Nhà nước.
- Chi bộ nắm bắt kịp thời tình hình tư tưởng của Đảng viên và quần chúng trong nhà trường, qua đó có giải pháp và biện pháp lãnh đạo phù hợp để phát huy tích cực, ngăn chặn tiêu cực trên cơ sở đường lối chủ trương của Đảng, chính sách pháp luật của Nhà nước, giải quyết kịp thời những phát sinh chưa chuẩn mực trong mối quan hệ công tác, sinh hoạt của cán bộ, Đảng viên và viên chức Nhà trường nhằm giữ gìn, củng cố sự đoàn kết trong Chi bộ Đảng và trong Nhà trường.
- Các đảng viên luôn phải gương mẫu trong làm việc, trong sinh hoạt; quan hệ với mọi người gần gũi, thân ái; có lối sống giản dị, tiết kiệm và trung thực, nắm vững và thực hiện tốt Nghị quyết, Quy chế, Kế hoạch của Chi bộ Nhà trường.""",
    },
    {
        "heading": "4.2. Lãnh đạo thực hiện công tác tổ chức cán bộ xây dựng Đảng và Chi bộ",
        "body": """\
- Củng cố, kiện toàn và nâng cao chất lượng hoạt động của Chi bộ, có kế hoạch cụ thể kịp thời năm, tháng. Sinh hoạt định kỳ của Ban Chi ủy, Chi bộ đúng quy định của Điều lệ Đảng.
- Chi bộ căn cứ theo Quy chế làm việc, đảm bảo dân chủ hoá trong sinh hoạt, tạo điều kiện để phát huy dân chủ trong nhà trường.
- Đẩy mạnh công tác tự phê và phê bình trên tinh thần xây dựng giúp đỡ đồng chí, đồng nghiệp nhận ra khuyết điểm để khắc phục sửa chữa.
- Chi bộ tăng cường công tác quản lý Đảng viên, đảm bảo việc giúp đỡ, nhắc nhở kịp thời, tránh tình trạng Đảng viên vi phạm các chủ trương của Đảng, chính sách, pháp luật của Nhà nước.
- Có kế hoạch phát triển Đảng viên dài hạn, quan tâm đào tạo nguồn cử đi học các lớp đối tượng Đảng, bồi dưỡng trình độ chính trị cho Đảng viên. Trong năm 2022 phấn đấu bồi dưỡng 1-2 quần chúng ưu tú làm hồ sơ kết nạp Đảng viên mới. Bồi dưỡng cho 1-2 quần chúng ưu tú đi học lớp đối tượng Đảng. Tạo điều kiện cho các đảng viên mới đi học lớp bồi dưỡng chính trị cho Đảng viên mới, cử Đảng viên trong Chi bộ đi học các lớp lý luận chính trị (nếu có chỉ tiêu Đảng cấp trên phân bổ cho Chi bộ).
- Thực hiện chặt chẽ công tác theo dõi Đảng viên tại nơi cư trú theo Quy định số 213-QĐ/TW (ngày 02/01/2020) về trách nhiệm của Đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức Đảng và nhân dân nơi cư trú. Quy định này thay thế Quy định số 76-QĐ/TW ngày 15/6/2000 của Bộ Chính trị khóa VIII, Nghị quyết Đại hội Đảng bộ xã, gắn với việc đánh giá kết quả thực hiện Nghị quyết Hội nghị Trung ương 4 khóa XII về “Tăng cường xây dựng chỉnh đốn Đảng, ngăn chặn, đẩy lùi sự suy thoái về tư tưởng, chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ Đảng” và Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII về “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” và các văn bản có liên quan.""",
    },
    {
        "heading": "4.3. Công tác bảo vệ chính trị nội bộ:",
        "body": """\
- Xây dựng ý thức bảo vệ chính trị nội bộ, tạo nên một tập thể lành mạnh đoàn kết, kỷ cương trên cơ sở chấp hành nghiêm túc đường lối, chủ trương, Nghị quyết của Đảng, pháp luật của nhà nước, quy định và Quy chế của Nhà trường.
- Đảng viên trong Chi bộ nói và làm theo Điều lệ Đảng, theo Nghị quyết và Quy chế của Đảng.
- Thực hiện tốt việc tiếp thu, sử dụng, quản lý, lưu trữ các tài liệu về công tác Đảng của Chi bộ. Bảo mật nghiêm các tài liệu và tin quan trọng. Xử lý các thông tin có liên quan đến cán bộ, Đảng viên trong Chi bộ (nếu có) thận trọng, khách quan và đúng qui trình.
- Quan hệ chặt chẽ với chính quyền, chỉ đạo phối hợp với chính quyền, các tổ chức đoàn thể trong và ngoài Nhà trường làm tốt công tác phòng chống vi phạm pháp luật nhằm ngăn ngừa kịp thời, triệt để các tệ nạn xã hội xâm nhập vào nhà trường.""",
    },
    {"heading": "4.4. Các chỉ tiêu phấn đấu của Chi bộ:", "body": ""},
    {
        "heading": "4.5. Công tác lãnh đạo đoàn thể và công tác Hội:",
        "body": """\
- Lãnh đạo các đoàn thể: Công đoàn trường, Đoàn thanh niên nhà trường hoạt động đúng Điều lệ quy định và phạm vi chức trách của đoàn thể mình.
- Có chủ trương đúng đắn tạo điều kiện để Hội cha mẹ học sinh hoạt động đúng Điều lệ, đúng quy định nhằm tạo được mối quan hệ chặt chẽ giữa Nhà trường – Gia đình – Xã hội trong công tác chăm sóc, nuôi dưỡng và giáo dục trẻ và công tác xã hội hóa giáo dục của nhà trường.
- Ủng hộ các phong trào hoạt động hữu ích cho cán bộ, giáo viên, nhân viên và học sinh như các phong trào văn hóa, văn nghệ, TDTT, tham quan du lịch và giúp đỡ học sinh có hoàn cảnh khó khăn, các gia đình chính sách, gia đình neo đơn do Công đoàn tổ chức.
- Chỉ đạo các tổ chức Công đoàn Nhà trường, Chi đoàn thanh niên xây dựng kế hoạch công tác và báo cáo kết quả thực hiện công tác hàng quý, hàng năm cho Chi ủy Chi bộ. Làm tốt công tác thi đua của tổ chức mình, giữ vững danh hiệu.""",
    },
    {
        "heading": "4.6. Công tác kiểm tra Đảng và tài chính Đảng:",
        "body": """\
- Chủ động xây dựng kế hoạch kiểm tra, giám sát Đảng viên chấp hành Điều lệ Đảng, Nghị quyết và Quy chế của Đảng. Thực hiện báo cáo theo yêu cầu của Đảng bộ phường kịp thời.
- Chi bộ luôn quan tâm nhắc nhở Đảng viên chấp hành tốt đường lối chủ trương của đảng, chính sách, pháp luật của Nhà nước và Quy định của nhà trường. Thực hiện tốt Quy định số 47-QĐ/TW ngày 01/11/2011 về những điều Đảng viên không được làm và Quy định số 213-QĐ/TW ngày 2/1/2020 về trách nhiệm của Đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức Đảng và nhân dân nơi cư trú. Xây dựng gia đình đạt gia đình văn hóa ở địa phương.
- Quan tâm đến việc giải quyết các ý kiến đề xuất của Đảng viên, quần chúng và của phụ huynh học sinh đúng phạm vi, chức trách và nhiệm vụ.
- Thực hiện thu, chi tài chính đúng văn bản quy định và đúng kế hoạch. Đảng viên đóng đảng phí đầy đủ hàng tháng. Nộp đảng phí lên cấp trên đầy đủ theo quy định và đúng thời gian.
- Thực hiện công tác kiểm tra giám sát về nội dung: Thu- chi đảng phí theo kế hoạch của Đảng ủy Phường""",
    },
    {"heading": "IV. CÁC GIẢI PHÁP THỰC HIỆN", "body": ""},
    {
        "heading": "1. Tổ chức các hình thức học tập, bồi dưỡng nâng cao nhận thức chính trị, Chỉ thị, Nghị quyết, các văn bản chuyên môn nghiệp vụ cho toàn thể cán bộ, Đảng viên, giáo viên và nhân viên",
        "body": """\
- Thông qua các hình thức Trực tuyến, trực tiếp, hội thảo, chuyên đề, hội giảng, thăm lớp dự giờ; kiểm tra khảo sát.
- Thực hiện nghiêm chế độ kiểm tra, đánh giá XL CB, GV, NV và học sinh hàng tháng, hàng kỳ và cuối năm theo Quy chế.
- Tiếp tục duy trì, củng cố các kết quả mà Chi bộ và Nhà trường đã đạt được về công tác CS, ND, GD trẻ trong những năm vừa qua, từng bước đưa Chi bộ và nhà trường trở thành một trong những đơn vị có chất lượng cao về công tác chăm sóc, nuôi dưỡng và giáo dục
- Xây dựng sắp xếp, bố trí đội ngũ hợp lí, phân công trách nhiệm cho các đồng chí trong Chi ủy và các đồng chí Đảng viên phụ trách từng bộ phận rõ ràng, cụ thể đúng quy định của Điều lệ Đảng. Thực hiện tốt quy tắc tập trung dân chủ.
- Xây dựng đội ngũ có ý thức tự giác, chấp hành tốt kỷ luật chuyên môn, có ý thức thi đua nâng cao năng lực chuyên môn nghiệp vụ, nhiệt tình, có trách nhiệm đối với đồng nghiệp, nhân dân và học sinh. Dạy học áp dụng mạnh mẽ phương pháp dạy học theo hướng tích cực, tập trung sử dụng các kỹ thuật dạy học mới.
- Luôn luôn quan tâm đến công tác quy hoạch cán bộ, bồi dưỡng lý luận chính trị cho những Đảng viên trẻ có phẩm chất chính trị, đạo đức lối sống và có năng lực trình độ chuyên môn để tạo nguồn cho Chi bộ và nhà trường, xây dựng Chi ủy Chi bộ đảm bảo về phẩm chất chính trị, đạo đức lối sống, năng lực công tác, lãnh đạo thực sự là trung tâm đoàn kết.
- Chỉ đạo thực hiện tốt phong trào "Nâng cao năng lực ứng xử sư phạm, đạo đức nhà giáo, người lao động đáp ứng giáo dục trong tình hình mới" để từng bước xây dựng "Trường học hạnh phúc" phát hiện và đề nghị khen thưởng kịp thời gương người tốt việc tốt, tạo sức lan toả trong nhà trường""",
    },
    {
        "heading": "2. Công tác xây dựng Đảng:",
        "body": """\
- Chú trọng quan tâm đến công tác xây dựng Đảng vững mạnh về chính trị, tư tưởng và tổ chức. Làm tốt công tác tuyên truyền, quán triệt các Nghị quyết của Đảng, coi trọng việc học tập và làm theo tư tưởng, phong cách, đạo đức Hồ Chí Minh theo từng nội dung từng quý trong năm, gắn với việc thực hiện đạo đức nhà giáo. Quan tâm đến chất lượng sinh hoạt Chi bộ và năng lực lãnh đạo của Chi ủy Chi bộ. Làm tốt công tác tuyên truyền, vận động sâu rộng trong cán bộ, Đảng viên, CB, GV, NV và quần chúng nhân dân, để tạo sự chuyển biến tích cực góp phần nâng cao nhận thức, quan điểm lập trường tư tưởng trong cán bộ, Đảng viên, CB, GV, NV. Xây dựng mối đoàn kết giữa Đảng với quần chúng, nêu cao vai trò tiên phong gương mẫu của người Đảng viên.
- Công tác kiểm tra, giám sát Đảng: Triển khai xây dựng và thực hiện kế hoạch công tác kiểm tra, giám sát. Tổ chức kiểm tra giám sát tổ chức Đảng, chính sách, pháp luật của Nhà nước, quy định của cấp ủy cấp trên, việc thực hiện các cuộc vận động đặc biệt "Đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh". Thực hiện tốt Quy định 19/QĐ-TW của Bộ Chính trị về những điều Đảng viên không được làm. Kiểm tra việc thực hiện Nghị quyết của cấp trên và của Chi bộ, nhất là các Nghị quyết về công tác xây dựng Đảng, xây dựng hệ thống chính trị. Thường xuyên kiểm tra, giám sát các tổ chức đoàn thể trong nhà trường thực hiện Nghị quyết, kế hoạch, nhiệm vụ của ngành đề ra, để có chế độ khen thưởng hợp lí nhằm động viên cán bộ, Đảng viên, GV, NV.
- Thực hiện tốt Kế hoạch thanh kiểm tra nội bộ trường học, kiểm tra toàn diện, kiểm tra chuyên đề, kiểm tra nề nếp, dự giờ đột xuất, đánh giá, xếp loại đúng thực chất năng lực công tác, trình độ chuyên môn nghiệp vụ của từng cán bộ, Đảng viên, giáo viên và nhân viên.
- Thực hiện nghiêm túc công tác bảo vệ chính trị nội bộ, luôn luôn đấu tranh chống các biểu hiện tham nhũng, quan liêu, lãng phí và các biểu hiện tiêu cực khác trong Đảng.
- Công tác xây dựng chính quyền: Nhà trường cần đầu tư nghiên cứu các Chỉ thị, Nghị quyết, chính sách của Đảng, pháp luật của Nhà nước để có kế hoạch chỉ đạo sát đúng các chủ trương, chính sách của Đảng, Nhà nước, nhằm không ngừng nâng cao năng lực và hiệu quả quyết định giám sát, quản lí điều hành của Nhà trường. Luôn tập hợp ý kiến của từng bộ phận trong nhà trường để thực hiện nhiệm vụ năm học và bảo đảm thống nhất sự lãnh đạo của Đảng, sự điều hành của nhà trường. Chỉ đạo nhà trường tổ chức nhiều hoạt động nhằm nâng cao chất lượng chăm sóc, nuôi dưỡng và giáo dục trẻ. Thường xuyên chăm lo bồi dưỡng chuyên môn nghiệp vụ, năng lực quản lí nhằm phát huy vai trò của người quản lí.
- Thực hiện công khai tài chính, thông tin chính xác, đầy đủ kịp thời. Phối hợp giữa Đảng, chính quyền, các đoàn thể ngày càng chặt chẽ hơn.""",
    },
    {
        "heading": "3. Công tác xây dựng công đoàn:",
        "body": """\
- Tổ chức học tập, nghiên cứu và thực hiện Nghị quyết, chủ trương, chính sách của Đảng, pháp luật của Nhà nước, huy động đông đảo cán bộ, đoàn viên công đoàn thực hiện nhiệm vụ chính trị của mình, không ngừng giáo dục nâng cao phẩm chất, năng lực chuyên môn, nghiệp vụ cho cán bộ, đoàn viên công đoàn. Xây dựng nội bộ đoàn kết, nhất trí, giữ vững kỷ cương nề nếp. Đẩy mạnh cuộc vận động: “Mỗi thầy cô giáo là tấm gương đạo đức, tự học và sáng tạo”. Đẩy mạnh phong trào thi đua yêu nước, phong trào: “Giỏi việc trường, đảm việc nhà” được chăm lo. Tham gia các hội thi hoạt động VHVN, TĐTT, xây dựng đơn vị đạt chuẩn văn hoá. Thực hiện tốt phong trào đền ơn đáp nghĩa, ủng hộ quỹ vì người nghèo và các đợt phát động ủng hộ do Liên đoàn lao động thị và phòng giáo dục phát động, thường xuyên chăm lo bồi dưỡng và giới thiệu Công đoàn viên ưu tú cho Đảng.""",
    },
    {
        "heading": "V. TỔ CHỨC THỰC HIỆN:",
        "body": """\
- Kế hoạch hoạt động Chi bộ năm 2022 được thông qua Ban Chi ủy, Ban giám hiệu và triển khai đến 100% Đảng viên trong toàn Chi bộ.
- Chi bộ triển khai thực hiện các Chỉ thị, Nghị quyết của Đảng cấp trên và của chính quyền tới Đảng viên và quần chúng kịp thời. Tạo điều kiện thuận lợi để toàn Chi bộ thực hiện tốt nhiệm vụ chính trị của mình.
- Chi bộ có kế hoạch chỉ đạo cụ thể hoạt động hàng năm và hàng tháng kịp thời đến các đoàn thể trong nhà trường và toàn Đảng viên trong Chi bộ.
- Xây dựng tốt mối quan hệ trong công tác, thực hiện đúng chức năng nhiệm vụ của từng bộ phận, tránh các nội dung chồng chéo trong khi thực hiện nhiệm vụ.""",
    },
]
HOA_MAI_2022: dict[str, Any] = {
    "year": 2022,
    "kind": "activity",
    "title": "Hoạt động của chi bộ năm 2022",
    # The seed carries no date; early January, inside the cell's 2020–2025 term.
    "plan_date": "2022-01-10",
    "place_name": "Thạch Bàn",
    "legal_bases": [
        "Căn cứ điều lệ Đảng cộng sản Việt Nam;",
        "Căn cứ vào Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022;",
    ],
    "intro": "Căn cứ vào tình hình thực tế của Chi bộ, Chi bộ trường Mầm non Hoa Mai xây dựng Kế hoạch hoạt động của Chi bộ năm 2022 gồm các nội dung cụ thể sau:",
    "sections": HOA_MAI_SECTIONS,
    "closing": "Trên đây là Kế hoạch hoạt động của Chi bộ trường Mầm non Hoa Mai trong năm 2022, đề nghị các đồng chí Đảng viên trong Chi bộ nghiên cứu và thực hiện nghiêm túc kế hoạch này. Trong quá trình thực hiện nếu có khó khăn hoặc đề xuất gì báo cáo với Cấp ủy Chi bộ để kịp thời điều chỉnh./.",
    "recipients": [
        "Thường trực Đảng ủy",
        "Các đồng chí chi ủy viên",
        "Các đoàn thể",
        "Các đảng viên",
        "Lưu Chi bộ",
    ],
    # Seed: "T/M CẤP ỦY CHI BỘ"; HD 36 wording for a cell with a chi ủy: "T/M CHI ỦY".
    "signing_capacity": "T/M CHI ỦY",
    "signer": "Trần Thị Nghĩa Quỳnh",
    "targets": HOA_MAI_TARGETS,
}
