"""The test half: scored only, never read while improving the parser (facts; see ../facts.py)."""

from __future__ import annotations

from ..facts import T, target, topic

PLANS: list[T] = [
    {
        "id": "06_mam_non_tan_dinh_2023",
        "half": "test",
        "fmt": "docx",
        "layout": "table",
        "table_style": "quarter_month_cols",
        "province": "TP Hồ Chí Minh",
        "source": "https://quanuy1hcm.org.vn/dai-hoi-chi-bo-truong-mam-non-tan-dinh/",
        "source_says": "Đại hội Chi bộ Trường Mầm non Tân Định (Đảng bộ phường Tân Định, Quận 1) 26/7/2022; chỉ "
        "tiêu: 100% đảng viên – giáo viên đạt mức Tốt theo chuẩn nghề nghiệp; 100% giáo viên đạt chuẩn và trên "
        "chuẩn đào tạo; 100% đảng viên tham gia sinh hoạt chi bộ định kỳ và sinh hoạt chuyên đề; chi bộ hoàn "
        "thành xuất sắc nhiệm vụ.",
        "completed": [
            "the 2023 thematic plan is completed from the term's priorities: topics, months, preparers, number "
            "and date; table with separate Quý and Tháng columns",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ Trường Mầm non Tân Định",
        "committee_name": "Đảng bộ phường Tân Định",
        "header_committee": "ĐẢNG BỘ PHƯỜNG TÂN ĐỊNH",
        "number": 4,
        "type_code": "KH",
        "date": "2023-01-12",
        "place": "Tân Định",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương;",
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Mầm non Tân Định lần thứ III, nhiệm kỳ 2022 – 2025;",
        ],
        "members": "14 đảng viên",
        "secretary": "Nguyễn Thị Minh Tâm",
        "topics": [
            topic(
                "Nâng cao năng lực đội ngũ giáo viên đáp ứng chuẩn nghề nghiệp giáo viên mầm non",
                1,
                2,
                ["Nguyễn Thị Minh Tâm"],
                "Báo cáo chuyên đề",
            ),
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm, gương "
                "mẫu của người đảng viên",
                2,
                5,
                ["Trần Ngọc Hân"],
                "Trao đổi, thảo luận",
            ),
            topic(
                "Chuẩn bị các điều kiện bước vào năm học 2023 – 2024, bảo đảm an toàn cho trẻ",
                3,
                8,
                ["Nguyễn Thị Minh Tâm"],
                "Báo cáo chuyên đề",
            ),
            topic(
                "Công tác phát triển đảng viên trong đội ngũ giáo viên trẻ",
                4,
                11,
                ["Lê Thị Bích Vân"],
                "Trao đổi, đề xuất cách thực hiện",
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "08_chi_bo_25_mam_non_3_2_2022",
        "half": "test",
        "fmt": "doc",
        "layout": "sections_assign",
        "province": "Khánh Hòa",
        "source": "http://mn3t2-nt.khanhhoa.edu.vn/chitiettin/id/3624/"
        "Chi-bo-25---Truong-Mam-non-3/2-to-chuc-Dai-hoi-Chi-bo-nhiem-ky-2022---2025",
        "source_says": "Chi bộ 25 – Trường Mầm non 3/2 (Đảng bộ phường Lộc Thọ) đại hội 29/4/2022; đ/c Cao Thị "
        "Thanh Hà tái đắc cử Bí thư, đ/c Trần Thị Khánh Phương Phó Bí thư.",
        "completed": [
            "the thematic plan for the rest of 2022 (three topics, months, one preparer, number, date) is "
            "completed; the assignment section names the preparer first and the topic by quarter, unlike the "
            "numbered list; saved as an old Word .doc",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ 25 – Trường Mầm non 3/2",
        "committee_name": "Đảng bộ phường Lộc Thọ",
        "header_committee": "ĐẢNG BỘ PHƯỜNG LỘC THỌ",
        "number": 7,
        "type_code": "KH",
        "date": "2022-05-10",
        "place": "Nha Trang",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ 25 – Trường Mầm non 3/2 nhiệm kỳ 2022 – 2025;",
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương;",
        ],
        "members": "9 đảng viên",
        "secretary": "Cao Thị Thanh Hà",
        "topics": [
            topic(
                "Triển khai Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 – 2025 gắn với nhiệm vụ năm học",
                2,
                6,
                ["Cao Thị Thanh Hà"],
                "Báo cáo chuyên đề",
            ),
            topic(
                "Nâng cao chất lượng chăm sóc, nuôi dưỡng trẻ, phòng chống suy dinh dưỡng và béo phì",
                3,
                8,
                ["Trần Thị Khánh Phương"],
                "Trao đổi, thảo luận",
            ),
            topic(
                "Ứng dụng công nghệ thông tin trong quản lý và tổ chức hoạt động giáo dục trẻ",
                4,
                10,
                ["Hồ Thị Mỹ Linh"],
                "Báo cáo chuyên đề",
            ),
        ],  # fmt: skip
        "assign_style": "by_person",
        "targets": [],
    },
    {
        "id": "09_mam_non_thien_nga_2020",
        "half": "test",
        "fmt": "scan",
        "layout": "activity",
        "province": "Khánh Hòa",
        "source": "http://mnthiennga.pgddtcamlam.edu.vn/tin-tuc-su-kien/hoat-dong-cong-doan-chi/"
        "dai-hoi-chi-bo-truong-mn-thien-nga-nhiem-ky-2020-2022.html",
        "source_says": "Chi bộ trường MN Thiên Nga, được Đảng ủy xã Cam An Bắc cho phép, đại hội lần thứ II nhiệm "
        "kỳ 2020 – 2022 ngày 21/01/2020; bầu Bí thư và Phó Bí thư.",
        "completed": [
            "the 2020 activity plan after the congress: targets, tasks, two thematic meetings, names, number "
            "and date are completed; delivered as a scan (rotated about 1.5°, blurred)",
        ],
        "kind": "activity",
        "year": 2020,
        "cell_name": "Chi bộ Trường Mầm non Thiên Nga",
        "committee_name": "Đảng bộ xã Cam An Bắc",
        "header_committee": "ĐẢNG BỘ XÃ CAM AN BẮC",
        "header_cell": "CHI BỘ TRƯỜNG MN THIÊN NGA",
        "number": 2,
        "type_code": "KH",
        "date": "2020-02-03",
        "place": "Cam An Bắc",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Mầm non Thiên Nga lần thứ II, nhiệm kỳ 2020 – 2022;",
        ],
        "members": "8 đảng viên",
        "secretary": "Lê Thị Ngọc Ánh",
        "topics": [
            topic(
                "Phòng, chống dịch bệnh trong trường mầm non",
                1,
                3,
                ["Lê Thị Ngọc Ánh"],
                "Báo cáo chuyên đề",
            ),
            topic(
                "Xây dựng trường mầm non lấy trẻ làm trung tâm",
                3,
                9,
                ["Nguyễn Thị Thu Sương"],
                "Trao đổi, thảo luận",
            ),
        ],  # fmt: skip
        "targets": [
            target(
                "100% đảng viên hoàn thành nhiệm vụ, trong đó ít nhất 20% hoàn thành xuất sắc nhiệm vụ",
                "percent",
                100,
            ),
            target("Kết nạp 01 đảng viên mới", "count", 1),
            target("Chi bộ đạt “Hoàn thành tốt nhiệm vụ”", "yes_no"),
            target("100% trẻ đến trường được bảo đảm an toàn", "percent", 100),
            target("Tỷ lệ trẻ suy dinh dưỡng dưới 3%", "threshold", None, 3),
        ],  # fmt: skip
    },
    {
        "id": "10_mam_non_duc_hoa_2018",
        "half": "test",
        "fmt": "txt",
        "layout": "activity_text",
        "province": "Hà Tĩnh",
        "source": "http://mnduchoa.ductho.edu.vn/tin-tuc/tin-nha-truong/chi-bo-mam-non-duc-hoa-to-chuc-thanh-cong-hoi-nghi-chi-bo-.html",
        "source_says": "Ngày 25/9/2018, được Đảng ủy xã Đức Hòa nhất trí, Chi bộ mầm non tổ chức hội nghị chi bộ "
        "năm học 2018 – 2019; đ/c Lê Minh Hồng, Phó Bí thư Đảng ủy, dự; đ/c Lê Thị Kim Lài, Phó Bí thư chi bộ, "
        "báo cáo kết quả và phương hướng; hội nghị quyết nghị các chỉ tiêu năm học 2018 – 2019.",
        "completed": [
            "the targets and tasks the meeting adopted are completed (the page lists none), as are the three "
            "thematic meetings in prose, the secretary and the plan's date; no number (the page shows none)",
        ],
        "kind": "activity",
        "year": 2018,
        "cell_name": "Chi bộ Trường Mầm non Đức Hòa",
        "committee_name": "Đảng bộ xã Đức Hòa",
        "header_committee": "ĐẢNG BỘ XÃ ĐỨC HÒA",
        "number": None,
        "type_code": "KH",
        "date": "2018-09-25",
        "place": "Đức Hòa",
        "legal_bases": [],
        "members": "10 đảng viên",
        "secretary": "Nguyễn Thị Hương",
        "topics": [
            topic("Xây dựng môi trường giáo dục lấy trẻ làm trung tâm", 4, 11, ["Lê Thị Kim Lài"]),
            topic(
                "Phát huy vai trò nêu gương của đảng viên trong thực hiện nhiệm vụ năm học",
                1,
                3,
                ["Nguyễn Thị Hương"],
            ),
            topic(
                "Nâng cao chất lượng bữa ăn bán trú, bảo đảm an toàn thực phẩm",
                2,
                5,
                ["Lê Thị Kim Lài"],
            ),
        ],  # fmt: skip
        "targets": [
            target("100% đảng viên hoàn thành tốt nhiệm vụ trở lên", "percent", 100),
            target("Chi bộ đạt “Trong sạch vững mạnh”", "yes_no"),
            target("Bồi dưỡng 02 quần chúng ưu tú đi học lớp nhận thức về Đảng", "count", 2),
            target("98% trẻ được đánh giá đạt chuẩn phát triển theo độ tuổi", "percent", 98),
        ],
    },
    {
        "id": "12_chi_bo_xom_song_2023",
        "half": "test",
        "fmt": "photo",
        "layout": "table",
        "table_style": "compact",
        "province": "Thái Nguyên",
        "source": "https://thainguyentv.vn/dong-chi-truong-ban-tuyen-giao-tinh-uy-du-sinh-hoat-chi-bo-tai-xom-song-xa-an-khanh-101998.html",
        "source_says": "Chi bộ xóm Sòng (xã An Khánh) có 19 đảng viên, 14 sinh hoạt thường xuyên; chi bộ đoàn kết, "
        "lãnh đạo thực hiện các phong trào thi đua, phát triển đảng viên; cần sắp xếp nội dung sinh hoạt khoa "
        "học hơn.",
        "completed": [
            "the page gives no year: 2023 is assumed; the one-page plan (four topics, months, preparers, number, "
            "date) is completed; delivered as a phone photo (JPEG) of the printed page",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ xóm Sòng",
        "committee_name": "Đảng bộ xã An Khánh",
        "header_committee": "ĐẢNG BỘ XÃ AN KHÁNH",
        "number": 1,
        "type_code": "KH",
        "date": "2023-01-05",
        "place": "An Khánh",
        "legal_bases": [],
        "members": "19 đảng viên",
        "secretary": "Hoàng Văn Tuấn",
        "topics": [
            topic(
                "Đoàn kết xây dựng xóm đạt chuẩn nông thôn mới kiểu mẫu", 1, 3, ["Hoàng Văn Tuấn"]
            ),
            topic("Tạo nguồn phát triển đảng viên trong thanh niên", 2, 6, ["Đỗ Thị Mai"]),
            topic("Nâng cao chất lượng sinh hoạt chi bộ khu dân cư", 3, 9, ["Hoàng Văn Tuấn"]),
            topic("Vận động nhân dân giữ gìn vệ sinh môi trường", 4, 11, ["Nguyễn Văn Sơn"]),
        ],
        "targets": [],
    },
    {
        "id": "13_van_phong_doan_dbqh_hdnd_ben_tre_2016",
        "half": "test",
        "fmt": "doc",
        "layout": "quarter_prose",
        "province": "Bến Tre",
        "source": "https://hdnd.bentre.gov.vn/noi-dung/-/cms-icbt/10180/bai-viet/44135",
        "source_says": "Chi bộ Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh (Đảng bộ Khối các cơ quan "
        "tỉnh) đại hội nhiệm kỳ 2015 – 2020 ngày 12/5/2015, 29/29 đảng viên; đ/c Đặng Ngọc Anh, Chánh Văn "
        "phòng, Bí thư Chi bộ; đ/c Huỳnh Văn Tấn, Phó Chánh Văn phòng, trong chi ủy.",
        "completed": [
            "the 2016 thematic plan (four topics, months, preparers other than the two named officers, number, "
            "date) is completed; each quarter is a heading followed by a sentence; saved as an old Word .doc",
        ],
        "kind": "thematic",
        "year": 2016,
        "cell_name": "Chi bộ Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
        "committee_name": "Đảng bộ Khối các cơ quan tỉnh",
        "header_committee": "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH",
        "number": 3,
        "type_code": "KH",
        "date": "2016-01-18",
        "place": "Bến Tre",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ nhiệm kỳ 2015 – 2020;",
            "Căn cứ Kế hoạch của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh về công tác xây dựng Đảng năm 2016;",
        ],
        "members": "29 đảng viên",
        "secretary": "Đặng Ngọc Anh",
        "topics": [
            topic(
                "Nâng cao chất lượng tham mưu, phục vụ các kỳ họp Hội đồng nhân dân tỉnh",
                1,
                3,
                ["Huỳnh Văn Tấn"],
            ),
            topic(
                "Công tác phục vụ bầu cử đại biểu Quốc hội khóa XIV và đại biểu Hội đồng nhân dân các cấp "
                "nhiệm kỳ 2016 – 2021",
                2,
                4,
                ["Đặng Ngọc Anh"],
            ),
            topic(
                "Thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách "
                "Hồ Chí Minh",
                3,
                8,
                ["Trần Văn Hùng"],
            ),
            topic(
                "Cải cách hành chính, ứng dụng công nghệ thông tin trong công tác văn phòng",
                4,
                11,
                ["Huỳnh Văn Tấn", "Phan Thị Thanh Thủy"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "15_mam_non_son_ca_2024",
        "half": "test",
        "fmt": "docx",
        "layout": "table",
        "table_style": "quarter_dash_month",
        "province": "Hà Nội",
        "source": "http://sontay.hanoi.gov.vn/hoat-dong-cac-don-vi/-/view_content/"
        "8555861-doi-moi-nang-cao-chat-luong-sinh-hoat-chi-bo-truong-mam-non-son-ca.html",
        "source_says": "Chiều 3/6/2024 chi bộ trường mầm non Sơn Ca (34 đảng viên) sinh hoạt chuyên đề tháng 6/2024: "
        "thực hiện Kết luận 01-KL/TW và chuyên đề năm 2024; Tổ công tác Thị ủy dự; đ/c Nguyễn Thị Minh Hảo, Bí "
        "thư chi bộ, kết luận; đảng viên góp ý về nắm bắt tư tưởng chính trị.",
        "completed": [
            "the superior committee is not named on the page: Đảng bộ phường Trung Hưng is completed; topics of "
            "quarters I, III, IV, preparers, number and date are completed; time written 'Quý 1 – tháng 03'",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ Trường Mầm non Sơn Ca",
        "committee_name": "Đảng bộ phường Trung Hưng",
        "header_committee": "ĐẢNG BỘ PHƯỜNG TRUNG HƯNG",
        "header_cell": "CHI BỘ MẦM NON SƠN CA",
        "number": 6,
        "type_code": "KH",
        "date": "2024-01-08",
        "place": "Sơn Tây",
        "legal_bases": [
            "Căn cứ Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số "
            "05-CT/TW;",
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương;",
        ],
        "members": "34 đảng viên",
        "secretary": "Nguyễn Thị Minh Hảo",
        "topics": [
            topic(
                "Nâng cao chất lượng chăm sóc, giáo dục trẻ theo hướng lấy trẻ làm trung tâm",
                1,
                3,
                ["Phùng Thị Thu Hương"],
            ),
            topic(
                "Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị và chuyên đề năm 2024 về học tập và làm theo "
                "tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                2,
                6,
                ["Nguyễn Thị Minh Hảo"],
            ),
            topic(
                "Xây dựng môi trường giáo dục xanh – sạch – đẹp – an toàn", 3, 9, ["Kiều Thị Lan"]
            ),
            topic(
                "Nắm bắt tư tưởng, dư luận trong đội ngũ đảng viên, giáo viên",
                4,
                12,
                ["Nguyễn Thị Minh Hảo"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "16_thcs_le_quy_don_2024",
        "half": "test",
        "fmt": "docx",
        "layout": "numbered_list",
        "province": "Hà Nội",
        "source": "http://thcslequydon.longbien.edu.vn/hoat-dong-doan-the/"
        "chi-bo-truong-thcs-le-quy-don-to-chuc-sinh-hoat-chinh-tri-nghien-cuu-quan-triet/ctfull/12301/895366",
        "source_says": "Ngày 16/12/2024 Chi bộ trường THCS Lê Quý Đôn sinh hoạt chính trị chủ đề “Nghiên cứu, quán "
        "triệt, tuyên truyền tư tưởng chỉ đạo, định hướng lớn của Đảng và Tổng Bí thư Tô Lâm về kỷ nguyên mới – "
        "kỷ nguyên vươn mình của nhân dân”; tham luận về chống lãng phí (đ/c Trần Huyền), chuyển đổi số (đ/c "
        "Phương Trang), đổi mới phương thức lãnh đạo (đ/c Thanh Bình).",
        "completed": [
            "the superior committee (Đảng bộ phường Long Biên), surnames of the three members, the first three "
            "topics (formed from the three contributions), number and date are completed; the quarter III "
            "meeting is written 'tháng 10' (outside quarter III) and the truth expects it flagged",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ Trường THCS Lê Quý Đôn",
        "committee_name": "Đảng bộ phường Long Biên",
        "header_committee": "ĐẢNG BỘ PHƯỜNG LONG BIÊN",
        "number": 9,
        "type_code": "KH",
        "date": "2024-01-15",
        "place": "Long Biên",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương;",
            "Căn cứ Kế hoạch công tác năm 2024 của Đảng ủy phường Long Biên;",
        ],
        "members": "21 đảng viên",
        "secretary": "Lê Thanh Bình",
        "topics": [
            topic("Chuyển đổi số trong quản lý và dạy học", 1, 3, ["Nguyễn Phương Trang"]),
            topic("Thực hành tiết kiệm, chống lãng phí trong nhà trường", 2, 5, ["Trần Thị Huyền"]),
            topic(
                "Đổi mới phương thức lãnh đạo của chi bộ đối với nhiệm vụ chính trị của nhà trường",
                3,
                10,
                ["Lê Thanh Bình"],
                conflict=True,
            ),
            topic(
                "Nghiên cứu, quán triệt, tuyên truyền tư tưởng chỉ đạo, định hướng lớn của Đảng và Tổng Bí thư "
                "Tô Lâm về kỷ nguyên mới – kỷ nguyên vươn mình của nhân dân",
                4,
                12,
                ["Lê Thanh Bình", "Trần Thị Huyền", "Nguyễn Phương Trang"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "17_tieu_hoc_dinh_bang_2_2018",
        "half": "test",
        "fmt": "docx",
        "layout": "table_merged_quarters",
        "province": "Bắc Ninh",
        "source": "https://raw.githubusercontent.com/21ts444/thdinhbang2/main/tin-tuc-su-kien/"
        "dai-hoi-chi-bo-nhiem-ky-2018-2020-thanh-cong-tot-dep.html (mirror of the school's site)",
        "source_says": "Ngày 12/1/2018 Chi bộ Giáo dục tiểu học 2 – Trường Tiểu học Đình Bảng 2 đại hội nhiệm kỳ "
        "2018 – 2020; đ/c Nguyễn Thế Chín, Phó Bí thư Đảng ủy, Chủ tịch UBND phường Đình Bảng dự; chi bộ "
        "thực hiện quy chế dân chủ, ứng dụng công nghệ thông tin, đổi mới quản lý, trường học thân thiện – "
        "học sinh tích cực.",
        "completed": [
            "the 2018 thematic plan after the congress: six topics built from the page's priorities, months, "
            "preparers, number and date; the table merges the Quý cell over two topics of the same quarter",
        ],
        "kind": "thematic",
        "year": 2018,
        "cell_name": "Chi bộ Giáo dục tiểu học 2 – Trường Tiểu học Đình Bảng 2",
        "committee_name": "Đảng bộ phường Đình Bảng",
        "header_committee": "ĐẢNG BỘ PHƯỜNG ĐÌNH BẢNG",
        "header_cell": "CHI BỘ GIÁO DỤC TIỂU HỌC 2",
        "number": 2,
        "type_code": "KH",
        "date": "2018-01-22",
        "place": "Đình Bảng",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Giáo dục tiểu học 2 nhiệm kỳ 2018 – 2020;",
        ],
        "members": "16 đảng viên",
        "secretary": "Nguyễn Thị Thanh Hương",
        "topics": [
            topic("Thực hiện quy chế dân chủ trong nhà trường", 1, 2, ["Nguyễn Thị Thanh Hương"]),
            topic(
                "Ứng dụng công nghệ thông tin trong dạy học và quản lý", 1, 3, ["Nguyễn Văn Khải"]
            ),
            topic(
                "Đổi mới công tác quản lý, nâng cao chất lượng dạy học",
                2,
                5,
                ["Nguyễn Thị Thanh Hương"],
            ),
            topic("Xây dựng trường học thân thiện, học sinh tích cực", 3, 9, ["Đỗ Thị Thu Hằng"]),
            topic(
                "Công tác phát triển đảng viên trong đội ngũ giáo viên", 4, 11, ["Nguyễn Văn Khải"]
            ),
            topic(
                "Kiểm điểm việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2018",
                4,
                12,
                ["Nguyễn Thị Thanh Hương", "Đỗ Thị Thu Hằng"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "18_tieu_hoc_cha_la_2025",
        "half": "test",
        "fmt": "odt",
        "layout": "month_only_assign_table",
        "province": "Cà Mau",
        "source": "http://thddchala.edu.vnptweb.vn/tin-hoat-dong-cong-doan/dai-hoi-chi-bo-2025-2027-390226",
        "source_says": "Chiều 27/02/2025, theo chỉ đạo của Đảng ủy xã Trần Phán, Chi bộ Trường Tiểu học Chà Là đại hội "
        "nhiệm kỳ 2025 – 2027 với 31 đảng viên; chỉ đạo: quán triệt chỉ thị, nghị quyết; nguyên tắc tập trung "
        "dân chủ; đẩy mạnh tự phê bình và phê bình.",
        "completed": [
            "the thematic plan for the rest of 2025 (three topics from the congress's directions, months, "
            "preparers, number, date); topics are named with their month only and assigned by number in a "
            "separate table; saved as .odt",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường Tiểu học Chà Là",
        "committee_name": "Đảng bộ xã Trần Phán",
        "header_committee": "ĐẢNG BỘ XÃ TRẦN PHÁN",
        "number": 4,
        "type_code": "KH",
        "date": "2025-03-10",
        "place": "Trần Phán",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Tiểu học Chà Là nhiệm kỳ 2025 – 2027;",
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương;",
        ],
        "members": "31 đảng viên",
        "secretary": "Trần Văn Hậu",
        "topics": [
            topic(
                "Quán triệt và thực hiện nguyên tắc tập trung dân chủ trong chi bộ",
                2,
                4,
                ["Trần Văn Hậu"],
            ),
            topic(
                "Nâng cao chất lượng tự phê bình và phê bình của đảng viên",
                3,
                7,
                ["Lâm Thị Ngọc Giàu"],
            ),
            topic(
                "Quán triệt các chỉ thị, nghị quyết của Đảng gắn với nhiệm vụ năm học 2025 – 2026",
                4,
                10,
                ["Trần Văn Hậu", "Nguyễn Hoàng Em"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "27_tieu_hoc_nguyen_hien_o_mon_2015",
        "half": "test",
        "fmt": "docx",
        "layout": "activity_quarters",
        "province": "Cần Thơ",
        "source": "http://canthotv.vn/xem-them/o-mon-dai-hoi-chi-bo-diem/",
        "source_says": "Chi bộ trường tiểu học Nguyễn Hiền (Ô Môn) đại hội lần thứ VIII, nhiệm kỳ 2015 – 2017, là "
        "chi bộ được Quận ủy Ô Môn chọn làm điểm; nhiệm kỳ qua 100% đảng viên đăng ký học tập và làm theo tấm "
        "gương đạo đức của Bác, kết nạp 4 đảng viên vượt chỉ tiêu, nay 35 đảng viên trên 43 cán bộ giáo viên; "
        "chi bộ trong sạch, vững mạnh; hằng năm 100% đảng viên hoàn thành tốt nhiệm vụ; học sinh khá giỏi trên "
        "90%, không có học sinh kém.",
        "completed": [
            "the 2015 activity plan is written from the results the page reports (the targets keep its figures: "
            "100% đăng ký học tập và làm theo Bác, 100% hoàn thành tốt nhiệm vụ, trên 90% học sinh khá giỏi); the "
            "new-member target, the four thematic meetings, their preparers, number, date and secretary are "
            "completed",
            "the cell is written as a grass-roots cell reporting to the Quận ủy, as the page suggests",
        ],
        "kind": "activity",
        "year": 2015,
        "cell_name": "Chi bộ Trường Tiểu học Nguyễn Hiền",
        "committee_name": "Đảng bộ quận Ô Môn",
        "header_committee": "ĐẢNG BỘ QUẬN Ô MÔN",
        "report_to": "Quận ủy Ô Môn",
        "number": 4,
        "type_code": "KH",
        "date": "2015-02-10",
        "place": "Ô Môn",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Tiểu học Nguyễn Hiền lần thứ VIII, nhiệm kỳ 2015 – 2017;",
            "Căn cứ Chương trình công tác năm 2015 của Quận ủy Ô Môn;",
        ],
        "members": "35 đảng viên",
        "secretary": "Trương Văn Lực",
        "topics": [
            topic(
                "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về “Mỗi thầy giáo, cô giáo là một tấm gương "
                "đạo đức, tự học và sáng tạo”",
                1,
                3,
                ["Trương Văn Lực"],
            ),
            topic(
                "Nâng cao tỷ lệ học sinh khá, giỏi; phụ đạo học sinh chưa hoàn thành chương trình",
                2,
                5,
                ["Nguyễn Thị Mỹ Linh", "Lâm Văn Phúc"],
            ),
            topic(
                "Công tác phát triển đảng viên trong đội ngũ giáo viên trẻ",
                3,
                8,
                ["Trương Văn Lực", "Huỳnh Thị Bé Ba"],
            ),
            topic(
                "Đổi mới công tác đánh giá học sinh tiểu học theo Thông tư 30/2014/TT-BGDĐT",
                4,
                10,
                ["Nguyễn Thị Mỹ Linh"],
            ),
        ],  # fmt: skip
        "targets": [
            target(
                "100% đảng viên đăng ký học tập và làm theo tấm gương đạo đức Hồ Chí Minh",
                "percent",
                100,
            ),
            target("100% đảng viên hoàn thành tốt nhiệm vụ", "percent", 100),
            target("Kết nạp 02 đảng viên mới", "count", 2),
            target("Chi bộ đạt trong sạch, vững mạnh", "yes_no"),
            target("Trên 90% học sinh đạt loại khá, giỏi", "percent", 90),
        ],
    },
    {
        "id": "28_tieu_hoc_vo_thi_sau_lien_chieu_2022",
        "half": "test",
        "fmt": "odt",
        "layout": "month_codes",
        "period": "năm học 2022 – 2023",
        "province": "Đà Nẵng",
        "source": "https://edu.viettel.vn/danang-thvothisau-lienchieu/tin-tuc-su-kien/tin-cua-truong/"
        "dai-hoi-chi-bo-lan-thu-iii-nhiem-ky-2022-2025-truong-tieu-hoc-vo-thi-sau.html (and the 2020 congress "
        "page of the same site, which names the Đảng ủy phường Hòa Minh)",
        "source_says": "Sáng 05/8/2022 chi bộ trường TH Võ Thị Sáu đại hội nhiệm kỳ 2022 – 2025; nhiệm kỳ mới tiếp "
        "tục thực hiện Kết luận số 01-KL/TW về Chỉ thị 05-CT/TW, cuộc vận động “Mỗi thầy giáo, cô giáo là một "
        "tấm gương đạo đức, tự học và sáng tạo”, phong trào “Xây dựng trường học thân thiện, học sinh tích cực”, "
        "đẩy mạnh ứng dụng công nghệ thông tin; đại hội lần II (2020) được Đảng ủy phường Hòa Minh chỉ đạo.",
        "completed": [
            "the programme for school year 2022 – 2023 is completed from the term's priorities: five thematic "
            "meetings with their months (written “T9/2022”, “T3/2023”), presenters, forms, number, date and "
            "secretary; quarter rows carry the year (“QUÝ IV/2022”, “QUÝ I/2023”) because the school year "
            "spans two calendar years; saved as .odt",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ Trường Tiểu học Võ Thị Sáu",
        "committee_name": "Đảng bộ phường Hòa Minh",
        "header_committee": "ĐẢNG BỘ PHƯỜNG HÒA MINH",
        "number": 6,
        "type_code": "CTr",
        "date": "2022-09-08",
        "place": "Hòa Minh",
        "legal_bases": [
            "Căn cứ Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số "
            "05-CT/TW;",
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Tiểu học Võ Thị Sáu lần thứ III, nhiệm kỳ 2022 – 2025;",
        ],
        "members": "17 đảng viên",
        "secretary": "Phan Thị Thu Hà",
        "topics": [
            {
                **topic(
                    "Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 – 2025 và nhiệm vụ năm học mới",
                    3,
                    9,
                    ["Phan Thị Thu Hà"],
                    "Báo cáo, thảo luận",
                    when="T9/2022",
                ),
                "qyear": 2022,
            },
            {
                **topic(
                    "Mỗi thầy giáo, cô giáo là một tấm gương đạo đức, tự học và sáng tạo",
                    4,
                    11,
                    ["Ngô Thị Kim Oanh", "Trần Văn Đức"],
                    "Trao đổi, tọa đàm nhân ngày 20/11",
                    when="T11/2022",
                ),
                "qyear": 2022,
            },
            {
                **topic(
                    "Ứng dụng công nghệ thông tin trong dạy học và quản lý nhà trường",
                    1,
                    3,
                    ["Trần Văn Đức"],
                    "Báo cáo chuyên đề",
                    when="T3/2023",
                ),
                "qyear": 2023,
            },
            {
                **topic(
                    "Xây dựng trường học thân thiện, học sinh tích cực gắn với giáo dục kỹ năng sống",
                    2,
                    4,
                    ["Ngô Thị Kim Oanh"],
                    "Thảo luận",
                    when="T4/2023",
                ),
                "qyear": 2023,
            },
            {
                **topic(
                    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm",
                    2,
                    5,
                    ["Phan Thị Thu Hà", "Lê Thị Ngọc Ánh"],
                    "Báo cáo chuyên đề, liên hệ bản thân",
                    when="T5/2023",
                ),
                "qyear": 2023,
            },
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "29_chi_bo_thon_17_quang_phu_2022",
        "half": "test",
        "fmt": "txt",
        "layout": "prose_ranges",
        "province": "Thanh Hóa",
        "source": "https://quangphu.thoxuan.thanhhoa.gov.vn/web/trang-chu/tin-tuc-su-kien/xay-dung-dang/"
        "chi-bo-17-dang-bo-xa-quang-phu-to-chuc-dai-hoi-diem-chi-bo-nhiem-ky-2022-2025.html",
        "source_says": "Thực hiện Kế hoạch số 33-KH/ĐU ngày 22/4/2022 của Đảng ủy xã Quảng Phú, chiều 20/5/2022 chi bộ "
        "Thôn 17 tổ chức đại hội điểm nhiệm kỳ 2022 – 2025; dự có đ/c Nguyễn Đình Quỳnh (Ban Tổ chức Huyện ủy), "
        "đ/c Trịnh Duy Tình, Bí thư Đảng ủy xã; đ/c Trần Văn Lợi, bí thư chi bộ, khai mạc.",
        "completed": [
            "the thematic plan for the rest of 2022 after the congress (number, date, three topics, months, the "
            "other preparers) is completed in plain text, one paragraph per quarter",
            "the quarter III paragraph says “vào tháng 10” (outside quarter III) on purpose, as happens in real "
            "plans; the truth expects it flagged",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ Thôn 17",
        "committee_name": "Đảng bộ xã Quảng Phú",
        "header_committee": "ĐẢNG BỘ XÃ QUẢNG PHÚ",
        "number": 2,
        "type_code": "KH",
        "date": "2022-06-02",
        "place": "Quảng Phú",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Thôn 17 nhiệm kỳ 2022 – 2025;",
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương;",
        ],
        "members": "32 đảng viên",
        "secretary": "Trần Văn Lợi",
        "opening": "Sau Đại hội nhiệm kỳ 2022 – 2025, Chi ủy Chi bộ Thôn 17 xây dựng kế hoạch sinh hoạt chuyên đề "
        "các quý còn lại của năm 2022 như sau:",
        "topics": [
            topic(
                "Học tập, quán triệt và triển khai Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 – 2025",
                2,
                6,
                ["Trần Văn Lợi"],
            ),
            topic(
                "Vận động nhân dân chuyển đổi cơ cấu cây trồng, tích tụ ruộng đất sản xuất hàng hóa",
                3,
                10,
                ["Lê Văn Sơn", "Trần Thị Hiền"],
                conflict=True,
            ),
            topic(
                "Xây dựng khu dân cư kiểu mẫu, giữ gìn vệ sinh môi trường thôn xóm",
                4,
                12,
                ["Trần Văn Lợi", "Nguyễn Thị Mai"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "30_tieu_hoc_nguyen_dinh_chieu_mo_cong_2018",
        "half": "test",
        "fmt": "scan",
        "layout": "assign_by_person",
        "province": "Tây Ninh",
        "source": "http://thnguyendinhchieutb.giaoductayninh.vn/chi-bo-dang",
        "source_says": "Chi bộ TH Nguyễn Đình Chiểu (xã Mỏ Công) đại hội lần thứ VI, nhiệm kỳ 2018 – 2020, theo Kế "
        "hoạch số 71-KH/ĐU ngày 26/9/2017 của Đảng ủy; xã Mỏ Công đang xây dựng xã văn hóa nông thôn mới; chi "
        "bộ tiếp tục thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016 và Nghị quyết Trung ương 4 khóa XII.",
        "completed": [
            "the 2018 thematic plan (number, date, four topics drawn from the page's priorities, their months and "
            "preparers, the secretary) is completed; the assignment section is grouped by person",
            "delivered as a scan: rendered, printed to 200 dpi images, rotated about 1–2° and blurred",
        ],
        "kind": "thematic",
        "year": 2018,
        "cell_name": "Chi bộ Trường Tiểu học Nguyễn Đình Chiểu",
        "committee_name": "Đảng bộ xã Mỏ Công",
        "header_committee": "ĐẢNG BỘ XÃ MỎ CÔNG",
        "number": 3,
        "type_code": "KH",
        "date": "2018-01-16",
        "place": "Mỏ Công",
        "legal_bases": [
            "Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, "
            "đạo đức, phong cách Hồ Chí Minh;",
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Tiểu học Nguyễn Đình Chiểu lần thứ VI, nhiệm kỳ 2018 – 2020;",
        ],
        "members": "16 đảng viên",
        "secretary": "Phạm Văn Hùng",
        "topics": [
            topic(
                "Ngăn chặn, đẩy lùi suy thoái về tư tưởng chính trị, đạo đức, lối sống theo Nghị quyết Trung ương "
                "4 khóa XII",
                1,
                3,
                ["Phạm Văn Hùng", "Đỗ Thị Thanh Thúy"],
            ),
            topic(
                "Nhà trường góp phần xây dựng xã văn hóa nông thôn mới Mỏ Công",
                2,
                5,
                ["Nguyễn Thị Kim Loan"],
            ),
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về nêu gương của cán bộ, đảng viên",
                3,
                9,
                ["Phạm Văn Hùng"],
            ),
            topic(
                "Nâng cao chất lượng dạy học tiếng Việt cho học sinh vùng biên giới",
                4,
                11,
                ["Đỗ Thị Thanh Thúy", "Nguyễn Thị Kim Loan"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "31_mam_non_thach_ban_2025",
        "half": "test",
        "fmt": "doc",
        "layout": "table_roles",
        "province": "Hà Nội",
        "source": "https://mnthachban.longbien.edu.vn/dang/dai-hoi-chi-bo-truong-mam-non-thach-ban-nhiem-ky-2025-2027/"
        "ct/12529/924558",
        "source_says": "Sáng 15/02/2025 Chi bộ Trường mầm non Thạch Bàn đại hội nhiệm kỳ 2025 – 2027; dự có đ/c Ngô "
        "Đức Huy, Ủy viên thường vụ, Chủ tịch MTTQ phường Thạch Bàn, cùng 21 đảng viên; đ/c Hoàng Thị Nghĩa, Bí "
        "thư chi bộ, trình bày báo cáo chính trị; đại hội nghe 2 ý kiến tham luận.",
        "completed": [
            "the thematic plan for the rest of 2025 (number, date, four topics, months, the other presenters) is "
            "completed; the header names only the Đảng bộ, the opening says only “Chi bộ”, the cell is named in "
            "the signature block; time written “Tháng 3 năm 2025”; presenter and discussant marked; old Word .doc",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường Mầm non Thạch Bàn",
        "committee_name": "Đảng bộ phường Thạch Bàn",
        "header_committee": "ĐẢNG BỘ PHƯỜNG THẠCH BÀN",
        "header_no_cell": True,
        "sign_for": "T/M CHI BỘ TRƯỜNG MẦM NON THẠCH BÀN",
        "number": 4,
        "type_code": "KH",
        "date": "2025-02-24",
        "place": "Long Biên",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ nhiệm kỳ 2025 – 2027;",
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương;",
        ],
        "members": "21 đảng viên",
        "secretary": "Hoàng Thị Nghĩa",
        "opening": "Thực hiện Nghị quyết Đại hội nhiệm kỳ 2025 – 2027, Chi bộ xây dựng kế hoạch sinh hoạt chuyên đề "
        "năm 2025 như sau:",
        "topics": [
            topic(
                "Học tập, quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2025 – 2027",
                1,
                3,
                ["Hoàng Thị Nghĩa"],
            ),
            topic(
                "Xây dựng trường mầm non xanh – an toàn – thân thiện – hạnh phúc",
                2,
                5,
                ["Đào Thị Thu Trang", "Phạm Thị Hồng"],
                roles=["đề dẫn", "tham luận"],
            ),
            topic(
                "Chuyển đổi số trong quản lý và tổ chức hoạt động giáo dục mầm non",
                3,
                8,
                ["Phạm Thị Hồng"],
            ),
            topic(
                "Phát huy vai trò tiền phong, gương mẫu của đảng viên trong thực hiện nhiệm vụ năm học",
                4,
                10,
                ["Hoàng Thị Nghĩa", "Đào Thị Thu Trang"],
                roles=["đề dẫn", "tham luận"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "32_tieu_hoc_thanh_my_2022",
        "half": "test",
        "fmt": "photo",
        "layout": "compact_opening",
        "province": "Đồng Tháp",
        "source": "http://ththanhmy.pgdthapmuoidt.edu.vn/?p=1929",
        "source_says": "Ngày 15/7/2022 Chi bộ trường Tiểu học Thanh Mỹ đại hội lần thứ VI, nhiệm kỳ 2022 – 2025; dự có "
        "đ/c Trần Văn Bảy, Đảng ủy viên, Phó Chủ tịch HĐND xã Thanh Mỹ; đ/c Võ Hồng Hằng (Bí thư) và đ/c Lê Thị "
        "Thơm (Phó Bí thư) trình bày báo cáo; bầu đ/c Võ Hồng Hằng – Bí thư, đ/c Lê Thị Thơm – Phó Bí thư, "
        "đ/c Phạm Ngọc Đức – Chi ủy viên.",
        "completed": [
            "the one-page thematic plan for the rest of 2022 (number, date, three topics, months) is completed; "
            "the three committee members named on the page prepare them; the header names only the Đảng bộ and "
            "the cell is named in the opening sentence; times written “Tháng 8/2022 (Quý 3)”",
            "delivered as a phone photo of the printed page",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ Trường Tiểu học Thanh Mỹ",
        "committee_name": "Đảng bộ xã Thanh Mỹ",
        "header_committee": "ĐẢNG BỘ XÃ THANH MỸ",
        "header_no_cell": True,
        "number": 5,
        "type_code": "KH",
        "date": "2022-07-25",
        "place": "Thanh Mỹ",
        "legal_bases": [],
        "members": "19 đảng viên",
        "secretary": "Võ Hồng Hằng",
        "opening": "Sau Đại hội lần thứ VI, nhiệm kỳ 2022 – 2025, Chi bộ Trường Tiểu học Thanh Mỹ thống nhất sinh hoạt "
        "chuyên đề các tháng còn lại năm 2022 như sau:",
        "topics": [
            topic(
                "Chuẩn bị cơ sở vật chất, đội ngũ cho năm học 2022 – 2023",
                3,
                8,
                ["Võ Hồng Hằng", "Phạm Ngọc Đức"],
                when="Tháng 8/2022 (Quý 3)",
            ),
            topic(
                "Triển khai Chương trình giáo dục phổ thông 2018 ở lớp 3",
                4,
                10,
                ["Lê Thị Thơm"],
                when="Tháng 10/2022 (Quý 4)",
            ),
            topic(
                "Kiểm điểm, đánh giá chất lượng đảng viên cuối năm gắn với tự phê bình và phê bình",
                4,
                12,
                ["Võ Hồng Hằng"],
                when="Tháng 12/2022 (Quý 4)",
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "33_giao_duc_quoc_phong_mo_dia_chat_2020",
        "half": "test",
        "fmt": "docx",
        "layout": "quarter_ranges_assign",
        "province": "Hà Nội",
        "source": "http://nde.humg.edu.vn/vi/news/35-chi-b%E1%BB%99-gi%C3%A1o-d%E1%BB%A5c-qu%E1%BB%91c-ph%C3%B2ng-"
        "t%E1%BB%95-ch%E1%BB%A9c-sinh-ho%E1%BA%A1t-chuy%C3%AAn-%C4%91%E1%BB%81-n%C4%83m-2020",
        "source_says": "Thực hiện Hướng dẫn số 01/HD-ĐU ngày 14/4/2020 của Đảng ủy Trường Đại học Mỏ - Địa chất về "
        "Chỉ thị 05-CT/TW và chuyên đề năm 2020, Chi bộ Giáo dục quốc phòng sinh hoạt chuyên đề “Tăng cường khối "
        "đại đoàn kết dân tộc, xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh theo tư tưởng, đạo đức, "
        "phong cách Hồ Chí Minh”; được chi ủy phân công, đồng chí Phó Bí thư Trần Bắc Bộ chuẩn bị báo cáo "
        "chuyên đề “Xây dựng Chi bộ Giáo dục quốc phòng đoàn kết thống nhất cao và Chi bộ trong sạch vững mạnh "
        "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.",
        "completed": [
            "the cell's thematic plan for quarters II – IV of 2020 after the Đảng ủy's guidance is completed: "
            "the topic Trần Bắc Bộ prepared is kept with its preparer; its month, the other two topics, their "
            "months and preparers, the secretary, number and date are completed",
            "quarter headings with their month range, topics numbered “1.”–“3.”, a separate assignment section "
            "that names them “Chuyên đề số N”; months typed “tháng 6 năm 2020”, “T9/2020”, “Tháng 11/2020”",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Giáo dục quốc phòng",
        "committee_name": "Đảng bộ Trường Đại học Mỏ - Địa chất",
        "header_committee": "ĐẢNG BỘ TRƯỜNG ĐẠI HỌC MỎ - ĐỊA CHẤT",
        "number": 3,
        "type_code": "KH",
        "date": "2020-04-24",
        "place": "Hà Nội",
        "legal_bases": [
            "Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, "
            "đạo đức, phong cách Hồ Chí Minh;",
            "Căn cứ Hướng dẫn số 01/HD-ĐU ngày 14/4/2020 của Đảng ủy Trường Đại học Mỏ - Địa chất về thực hiện Chỉ "
            "thị số 05-CT/TW và chuyên đề năm 2020;",
        ],
        "members": "9 đảng viên",
        "secretary": "Lê Văn Hào",
        "opening": "Chi ủy Chi bộ Giáo dục quốc phòng xây dựng kế hoạch sinh hoạt chuyên đề các quý còn lại năm "
        "2020 như sau:",
        "topics": [
            topic(
                "Xây dựng Chi bộ Giáo dục quốc phòng đoàn kết thống nhất cao và Chi bộ trong sạch vững mạnh theo "
                "tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                2,
                6,
                ["Trần Bắc Bộ"],
                when="tháng 6 năm 2020",
            ),
            topic(
                "Nâng cao chất lượng giáo dục quốc phòng – an ninh cho sinh viên trong tình hình mới",
                3,
                9,
                ["Lê Văn Hào", "Đinh Quang Trung"],
                when="T9/2020",
                roles=["đề dẫn", "tham luận"],
            ),
            topic(
                "Phòng, chống suy thoái về tư tưởng chính trị, đạo đức, lối sống trong đội ngũ giảng viên",
                4,
                11,
                ["Trần Bắc Bộ", "Nguyễn Thị Thu Hường"],
                when="Tháng 11/2020",
            ),
        ],  # fmt: skip
        "targets": [],
    },
    # ---------------------------------------------------------------- third batch (50–59)
    # Layouts in test/layouts.py only (not in build.py); written without reading the parser.
    {
        "id": "50_thpt_tran_can_dien_bien_dong_2024",
        "half": "test",
        "fmt": "docx",
        "layout": "presenter_first_table",
        "province": "Điện Biên",
        "source": "http://thpttrancan.edu.vn/tin-tuc-nha-truong/sinh-hoat-chi-bo-thang-4-nam-2024-199.html",
        "source_says": "Thực hiện Hướng dẫn số 07-HD/HU ngày 08/3/2024 của Ban Thường vụ Huyện ủy Điện Biên Đông "
        "và Kế hoạch toàn khóa của Chi bộ, chiều 26/4/2024 Chi bộ Trường THPT Trần Can sinh hoạt chuyên đề quý "
        "II năm 2024, chuyên đề “Tự hào và tin tưởng dưới lá cờ vẻ vang của Đảng, quyết tâm xây dựng một nước "
        "Việt Nam ngày càng giàu mạnh, văn minh, văn hiến và anh hùng” (bài viết của Tổng Bí thư Nguyễn Phú "
        "Trọng) do đồng chí Bí thư Chi bộ Nguyễn Hữu Đà trình bày; 27/27 đảng viên dự.",
        "completed": [
            "the 2024 thematic plan around the quarter II meeting the page reports: the other three quarterly "
            "topics, their weeks and members (typed with their posts after a dash, two members in one cell), "
            "legal bases, number 05 and date are completed; the superior committee is taken as the district's "
            "(the page cites the district committee's guidance); table ordered Quý – member – topic – time",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ Trường THPT Trần Can",
        "committee_name": "Đảng bộ huyện Điện Biên Đông",
        "header_committee": "ĐẢNG BỘ HUYỆN ĐIỆN BIÊN ĐÔNG",
        "header_cell": "CHI BỘ TRƯỜNG THPT TRẦN CAN",
        "report_to": "Ban Tổ chức Huyện ủy Điện Biên Đông",
        "number": 5,
        "type_code": "KH",
        "date": "2024-01-18",
        "place": "Điện Biên Đông",
        "legal_bases": [
            "- Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;",
            "- Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về một số vấn đề nâng "
            "cao chất lượng sinh hoạt chi bộ;",
            "- Căn cứ Kế hoạch toàn khóa của Chi bộ nhiệm kỳ 2022 – 2025;",
        ],
        "opening": "Chi bộ Trường THPT Trần Can hiện có 27 đảng viên. Chi ủy xây dựng kế hoạch tổ chức sinh hoạt "
        "chuyên đề năm 2024 như sau:",
        "members": "27 đảng viên",
        "secretary": "Nguyễn Hữu Đà",
        "topics": [
            topic(
                "Đảng Cộng sản Việt Nam – 94 năm lãnh đạo cách mạng; trách nhiệm của đảng viên là nhà giáo",
                1,
                2,
                ["Lò Thị Hương"],
                when="Tuần 1, tháng 02/2024",
                roles=["Phó Bí thư"],
            ),
            topic(
                "Tự hào và tin tưởng dưới lá cờ vẻ vang của Đảng, quyết tâm xây dựng một nước Việt Nam ngày càng "
                "giàu mạnh, văn minh, văn hiến và anh hùng",
                2,
                4,
                ["Nguyễn Hữu Đà"],
                when="Tuần 4, tháng 4/2024",
                roles=["Bí thư Chi bộ"],
            ),
            topic(
                "Nâng cao chất lượng nuôi dạy học sinh bán trú người dân tộc thiểu số năm học 2024 – 2025",
                3,
                8,
                ["Vừ A Dình", "Lường Thị Thoa"],
                when="Tuần 3, tháng 8/2024",
                roles=["Phó Hiệu trưởng", "Tổ trưởng chuyên môn"],
            ),
            topic(
                "Đảng viên là giáo viên chủ nhiệm nêu gương trong phòng, chống bạo lực học đường",
                4,
                11,
                ["Lường Thị Thoa", "Nguyễn Hữu Đà"],
                when="Tuần 2, tháng 11/2024",
                roles=["Tổ trưởng chuyên môn", "Bí thư Chi bộ"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "51_mam_non_vinh_chap_2019",
        "half": "test",
        "fmt": "doc",
        "layout": "school_year_by_month",
        "period": "năm học 2019 – 2020",
        "province": "Quảng Trị",
        "source": "http://mnvinhchapvl.quangtri.edu.vn/tin-tuc/chi-bo-truong-mn-vinh-chap-to-chuc-dien-dan.html",
        "source_says": "Chiều 11/10/2019 Chi bộ Trường mầm non Vĩnh Chấp tổ chức diễn đàn “Nêu cao vai trò, trách "
        "nhiệm của cán bộ đảng viên trong đấu tranh ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo "
        "đức lối sống, những biểu hiện ‘tự diễn biến’, ‘tự chuyển hóa’ trong nội bộ”.",
        "completed": [
            "the school year's thematic plan around the October 2019 forum: three more topics, their months, "
            "preparers and discussants, the secretary, number 03 and date; the superior committee (Đảng bộ xã "
            "Vĩnh Chấp, Vĩnh Linh district) is inferred, the page names none; header typed as stacked lines, "
            "each month a heading with the term (“học kỳ I”) and no quarter; the cell written as the page "
            "writes it (“Trường mầm non”, lower-case m); saved as an old Word .doc",
        ],
        "kind": "thematic",
        "year": 2019,
        "cell_name": "Chi bộ Trường mầm non Vĩnh Chấp",
        "committee_name": "Đảng bộ xã Vĩnh Chấp",
        "header_committee": "ĐẢNG BỘ XÃ VĨNH CHẤP",
        "header_cell_lines": ["CHI BỘ TRƯỜNG MẦM NON VĨNH CHẤP"],
        "report_to": "Đảng ủy xã Vĩnh Chấp",
        "number": 3,
        "type_code": "KH",
        "date": "2019-09-16",
        "place": "Vĩnh Chấp",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về nâng cao chất lượng "
            "sinh hoạt chi bộ;",
            "Căn cứ Nghị quyết của Đảng ủy xã Vĩnh Chấp về nhiệm vụ năm 2019;",
        ],
        "opening": "Chi bộ Trường mầm non Vĩnh Chấp xây dựng kế hoạch sinh hoạt chuyên đề năm học 2019 – 2020 "
        "với các nội dung sau:",
        "members": "12 đảng viên",
        "secretary": "Hoàng Thị Thanh Nhàn",
        "topics": [
            {
                **topic(
                    "Nêu cao vai trò, trách nhiệm của cán bộ, đảng viên trong đấu tranh ngăn chặn, đẩy lùi sự suy "
                    "thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển "
                    "hóa” trong nội bộ",
                    4,
                    10,
                    ["Hoàng Thị Thanh Nhàn", "Lê Thị Mỹ Hạnh", "Trần Thị Hoài"],
                    "Diễn đàn",
                    when="Tháng 10 năm 2019",
                ),
                "term": "học kỳ I",
            },
            {
                **topic(
                    "Chăm sóc, nuôi dưỡng trẻ trong mùa mưa lũ; bảo đảm an toàn thực phẩm ở bếp ăn bán trú",
                    4,
                    12,
                    ["Lê Thị Mỹ Hạnh"],
                    when="Tháng 12 năm 2019",
                ),
                "term": "học kỳ I",
            },
            {
                **topic(
                    "Xây dựng trường mầm non lấy trẻ làm trung tâm",
                    1,
                    3,
                    ["Trần Thị Hoài", "Nguyễn Thị Phương"],
                    when="Tháng 3 năm 2020",
                ),
                "term": "học kỳ II",
            },
            {
                **topic(
                    "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về tình yêu thương trẻ",
                    2,
                    5,
                    ["Hoàng Thị Thanh Nhàn"],
                    when="Tháng 5 năm 2020",
                ),
                "term": "học kỳ II",
            },
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "52_chi_bo_ban_ngo_hen_2023",
        "half": "test",
        "fmt": "txt",
        "layout": "village_text",
        "province": "Sơn La",
        "source": "https://maison.sonla.gov.vn/tin-chinh-tri/chi-bo-ban-dan-van-tinh-uy-sinh-hoat-chi-bo-tai-co-so-"
        "va-trao-doi-kinh-nghiem-cong-tac-xay-dung--707665",
        "source_says": "Ngày 22/4/2023 Chi bộ Ban Dân vận Tỉnh ủy sinh hoạt chi bộ tại cơ sở ở Chi bộ bản Ngồ Hén, "
        "xã Hát Lót, huyện Mai Sơn; bản cách trung tâm xã 7 km, 158 hộ, 755 nhân khẩu, dân tộc Thái và Mông; chi "
        "bộ có 31 đảng viên; quý I/2023 chi bộ lãnh đạo nhân dân chuyển đổi cơ cấu cây trồng vật nuôi, thâm "
        "canh, tăng vụ, áp dụng tiến bộ khoa học kỹ thuật vào sản xuất.",
        "completed": [
            "the village cell's 2023 thematic plan: the quarter I topic follows the page's account, the other "
            "three topics, months, preparers (named with their posts), the secretary, number and date are "
            "completed; typed as plain text with a stacked header, quarters in Arabic figures (“Quý 1:”) and "
            "“+” lines; no legal bases",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ bản Ngồ Hén",
        "committee_name": "Đảng bộ xã Hát Lót",
        "header_committee": "ĐẢNG BỘ XÃ HÁT LÓT",
        "header_cell_lines": ["CHI BỘ BẢN NGỒ HÉN"],
        "number": 2,
        "type_code": "KH",
        "date": "2023-01-09",
        "place": "Hát Lót",
        "legal_bases": [],
        "opening": "Thực hiện nghị quyết năm 2023 của Đảng ủy xã Hát Lót, Chi bộ bản Ngồ Hén (31 đảng viên) thống "
        "nhất kế hoạch sinh hoạt chuyên đề trong năm như sau:",
        "members": "31 đảng viên",
        "secretary": "Lò Văn Xôm",
        "topics": [
            topic(
                "Chuyển đổi cơ cấu cây trồng, vật nuôi; thâm canh, tăng vụ, áp dụng tiến bộ khoa học kỹ thuật "
                "vào sản xuất",
                1,
                3,
                ["Lò Văn Xôm", "Cầm Văn Thanh"],
                when="Tháng 3/2023",
                roles=["Bí thư chi bộ", "Trưởng bản"],
            ),
            topic(
                "Phát huy vai trò của đảng viên trong phong trào thi đua “Dân vận khéo” ở bản",
                2,
                4,
                ["Cầm Văn Thanh"],
                when="Tháng 4/2023",
                roles=["Trưởng bản"],
            ),
            topic(
                "Giữ gìn bản sắc văn hóa dân tộc Thái, Mông; xây dựng gia đình văn hóa, bản văn hóa",
                3,
                8,
                ["Sồng A Lử"],
                when="Tháng 8/2023",
                roles=["Phó Bí thư"],
            ),
            topic(
                "Phòng, chống ma túy, giữ gìn an ninh trật tự trên địa bàn bản",
                4,
                11,
                ["Sồng A Lử", "Lò Thị Ngân"],
                when="Tháng 11/2023",
                roles=["Phó Bí thư", "Chi hội trưởng phụ nữ"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "53_ban_dan_van_tinh_uy_son_la_2023",
        "half": "test",
        "fmt": "odt",
        "layout": "work_programme_quarters",
        "province": "Sơn La",
        "source": "https://maison.sonla.gov.vn/tin-chinh-tri/chi-bo-ban-dan-van-tinh-uy-sinh-hoat-chi-bo-tai-co-so-"
        "va-trao-doi-kinh-nghiem-cong-tac-xay-dung--707665",
        "source_says": "Chi bộ Ban Dân vận Tỉnh ủy có 17 đảng viên; hằng năm ban hành nghị quyết lãnh đạo nhiệm vụ, "
        "các chương trình, kế hoạch chuyên đề, kế hoạch thực hiện Chỉ thị 11-CT/TU về phong trào thi đua “Dân "
        "vận khéo” giai đoạn 2021 – 2025; sinh hoạt chi bộ định kỳ hằng tháng và sinh hoạt theo chuyên đề mỗi "
        "quý 1 lần; ngày 22/4/2023 sinh hoạt chi bộ tại cơ sở và trao đổi kinh nghiệm công tác xây dựng Đảng "
        "tại Chi bộ bản Ngồ Hén, xã Hát Lót, huyện Mai Sơn.",
        "completed": [
            "the cell's 2023 work programme: quarterly tasks, four thematic meetings (the quarter II one at bản "
            "Ngồ Hén as the page reports), their members, the secretary, number and date are completed; the "
            "superior committee (the province's bloc committee of agencies and enterprises) is inferred, the "
            "page names none; the header abbreviates the cell (“CHI BỘ BAN DÂN VẬN”); each thematic meeting is "
            "one line among the quarter's tasks; saved as .odt",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ Ban Dân vận Tỉnh ủy",
        "committee_name": "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh",
        "header_committee": "ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH",
        "header_cell": "CHI BỘ BAN DÂN VẬN",
        "report_to": "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
        "number": 4,
        "type_code": "CTr",
        "date": "2023-01-16",
        "place": "Sơn La",
        "legal_bases": [
            "Căn cứ Chỉ thị số 11-CT/TU ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào thi đua "
            "“Dân vận khéo” giai đoạn 2021 – 2025;",
            "Căn cứ chương trình công tác năm 2023 của Ban Dân vận Tỉnh ủy;",
        ],
        "opening": "Chi bộ Ban Dân vận Tỉnh ủy (17 đảng viên) xây dựng chương trình công tác năm 2023 như sau:",
        "priorities": [
            "Lãnh đạo cơ quan hoàn thành chương trình công tác dân vận năm 2023 của Ban Thường vụ Tỉnh ủy.",
            "Duy trì sinh hoạt chi bộ định kỳ hằng tháng; sinh hoạt chuyên đề mỗi quý một lần.",
            "Sinh hoạt chi bộ tại cơ sở, trao đổi kinh nghiệm công tác xây dựng Đảng với chi bộ bản.",
        ],
        "quarter_work": {
            1: [
                "Kiểm điểm, đánh giá chất lượng đảng viên năm 2022; triển khai nhiệm vụ năm 2023.",
                "Tổ chức các hoạt động mừng Đảng, mừng Xuân.",
            ],
            2: ["Sơ kết phong trào “Dân vận khéo” 6 tháng đầu năm."],
            3: ["Sơ kết 6 tháng; chuẩn bị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW."],
            4: ["Tổng kết công tác năm; kiểm điểm tập thể chi ủy và đảng viên."],
        },  # fmt: skip
        "members": "17 đảng viên",
        "secretary": "Lò Thị Minh Thu",
        "topics": [
            topic(
                "Nâng cao hiệu quả công tác dân vận của chính quyền các cấp",
                1,
                3,
                ["Quàng Văn Hùng"],
                when="(tháng 3)",
                roles=["Phó Trưởng Ban"],
            ),
            topic(
                "Trao đổi kinh nghiệm công tác xây dựng Đảng ở chi bộ bản vùng đồng bào dân tộc thiểu số",
                2,
                4,
                ["Lò Thị Minh Thu", "Đinh Công Sơn"],
                when="(tháng 4, tại bản Ngồ Hén, xã Hát Lót)",
                roles=["Bí thư Chi bộ", ""],
            ),
            topic(
                "Vai trò của đảng viên trong thực hiện dân chủ ở cơ sở",
                3,
                8,
                ["Đinh Công Sơn"],
                when="(tháng 8)",
            ),
            topic(
                "Mười năm thực hiện Nghị quyết số 25-NQ/TW về công tác dân vận – kết quả và bài học",
                4,
                11,
                ["Quàng Văn Hùng", "Lò Thị Minh Thu"],
                when="(tháng 11)",
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "54_thcs_tan_thanh_tan_hiep_2025",
        "half": "test",
        "fmt": "docx",
        "layout": "activity_lettered",
        "province": "Kiên Giang",
        "source": "http://c2tanthanh.tanhiep.edu.vn",
        "source_says": "Thực hiện Hướng dẫn số 66-HD/BTCTU ngày 06/5/2024 của Ban Tổ chức Tỉnh ủy, Công văn số "
        "833-CV/HU ngày 12/4/2024 của Ban Thường vụ Huyện ủy, Công văn số 156-CV/ĐU ngày 20/9/2024 và Kế hoạch "
        "số 92-KH/ĐU ngày 29/8/2024 của Đảng ủy xã Tân Thành, ngày 19/10/2024 Chi bộ Trường THCS Tân Thành đại "
        "hội đảng viên lần thứ XIII, nhiệm kỳ 2025 – 2028; 22 đảng viên được triệu tập (21 chính thức); dự có "
        "đ/c Nguyễn Văn Phong, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, và đ/c Phạm Văn Lương, Phó Ban Tổ chức Đảng "
        "ủy; đ/c Lê Văn Thẳng, Bí thư Chi bộ khóa XII, trình bày báo cáo tổng kết; đ/c Nguyễn Trung Hậu thông "
        "qua báo cáo kiểm điểm.",
        "completed": [
            "the cell's 2025 activity plan after the congress: targets (in a table with the responsible "
            "committee member beside each), tasks, four thematic meetings written “Tháng 02/2025 (quý I)” as "
            "lettered lines, their members, number and date are completed; đ/c Lê Văn Thẳng is taken as "
            "re-elected secretary and đ/c Nguyễn Trung Hậu as deputy (the page does not give the new posts)",
        ],
        "kind": "activity",
        "year": 2025,
        "cell_name": "Chi bộ Trường THCS Tân Thành",
        "committee_name": "Đảng bộ xã Tân Thành",
        "header_committee": "ĐẢNG BỘ XÃ TÂN THÀNH",
        "header_cell_lines": ["CHI BỘ TRƯỜNG THCS TÂN THÀNH"],
        "report_to": "Đảng ủy xã Tân Thành",
        "number": 15,
        "type_code": "KH",
        "date": "2025-01-06",
        "place": "Tân Thành",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội đảng viên Chi bộ Trường THCS Tân Thành lần thứ XIII, nhiệm kỳ 2025 – 2028;",
            "Căn cứ chương trình công tác năm 2025 của Đảng ủy xã Tân Thành;",
        ],
        "opening": "Sau Đại hội lần thứ XIII, Chi bộ Trường THCS Tân Thành xây dựng kế hoạch hoạt động năm 2025 "
        "như sau:",
        "situation": "Chi bộ có 22 đảng viên (21 chính thức, 01 dự bị); Chi ủy 03 đồng chí. Đội ngũ giáo viên đủ "
        "về số lượng, đoàn kết; một số giáo viên trẻ chưa được bồi dưỡng nhận thức về Đảng; cơ sở vật chất còn "
        "thiếu phòng học bộ môn.",
        "members": "22 đảng viên",
        "secretary": "Lê Văn Thẳng",
        "topics": [
            topic(
                "Học tập, quán triệt Nghị quyết Đại hội Chi bộ lần thứ XIII, nhiệm kỳ 2025 – 2028",
                1,
                2,
                ["Lê Văn Thẳng"],
                when="Tháng 02/2025 (quý I)",
                roles=["Bí thư Chi bộ"],
            ),
            topic(
                "Đổi mới kiểm tra, đánh giá học sinh theo Chương trình giáo dục phổ thông 2018",
                2,
                5,
                ["Nguyễn Trung Hậu", "Trần Thị Kim Loan"],
                when="Tháng 5/2025 (quý II)",
                roles=["Phó Bí thư", "Tổ trưởng tổ Toán – Tin"],
            ),
            topic(
                "Chuyển đổi số trong quản lý và dạy học ở nhà trường",
                3,
                9,
                ["Phạm Minh Luân"],
                when="Tháng 9/2025 (quý III)",
            ),
            topic(
                "Giáo dục đạo đức, lối sống, phòng, chống bạo lực học đường cho học sinh",
                4,
                11,
                ["Trần Thị Kim Loan"],
                when="Tháng 11/2025 (quý IV)",
            ),
        ],  # fmt: skip
        "targets": [
            target(
                "100% đảng viên được học tập, quán triệt nghị quyết Đại hội Chi bộ và nghị quyết của cấp "
                "trên",
                "percent",
                100,
            ),
            target(
                "Ít nhất 90% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên", "percent", 90
            ),
            target("Kết nạp 02 đảng viên mới", "count", 2),
            target("Chi bộ được xếp loại hoàn thành tốt nhiệm vụ", "yes_no"),
            target("Tỷ lệ học sinh bỏ học dưới 1%", "threshold", None, 1),
            target("Tỷ lệ học sinh lên lớp từ 97% đến 99%", "range", 97, 99),
        ],  # fmt: skip
        "target_owners": [
            "Lê Văn Thẳng",
            "Nguyễn Trung Hậu",
            "Nguyễn Trung Hậu",
            "Lê Văn Thẳng",
            "Trần Thị Kim Loan",
            "Trần Thị Kim Loan",
        ],  # fmt: skip
    },
    {
        "id": "55_mam_non_tan_khanh_hoa_2022",
        "half": "test",
        "fmt": "scan",
        "layout": "ordinal_topics_month_assign",
        "province": "Kiên Giang",
        "source": "http://c0tankhanhhoa.giangthanh.edu.vn/tin-tuc/dai-hoi-chi-bo-truong-mam-non-tan-khanh-hoa-"
        "nhiem-ky-2022-20.html",
        "source_says": "Thực hiện Kế hoạch của Đảng ủy xã Tân Khánh Hòa về đại hội chi bộ trực thuộc nhiệm kỳ "
        "2022 – 2025, ngày 27/4/2022 chi bộ Trường MN Tân Khánh Hòa đại hội; dự có đ/c Hà Thanh Giang, Đảng ủy "
        "viên, Phó Chủ tịch UBND xã; 11 đảng viên; hằng năm chi bộ được Đảng ủy xã xếp loại hoàn thành xuất sắc "
        "nhiệm vụ, nhà trường giữ danh hiệu tập thể lao động xuất sắc; phương hướng 2022 – 2025: nâng cao chất "
        "lượng giáo dục, đổi mới chương trình giáo dục mầm non, thực hiện nhiệm vụ trọng tâm của địa phương.",
        "completed": [
            "the thematic plan for the rest of 2022 after the congress: three topics named by ordinal "
            "(“Chuyên đề thứ hai”), their times, the members (given only in an assignment table whose tasks "
            "name a topic by its month or its ordinal), the secretary, number and date are completed; the "
            "second topic is written “quý III, tháng 10/2022”, a month outside its quarter, kept as written; "
            "the header wraps the cell's name over two lines; delivered as a scan",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ Trường Mầm non Tân Khánh Hòa",
        "committee_name": "Đảng bộ xã Tân Khánh Hòa",
        "header_committee": "ĐẢNG BỘ XÃ TÂN KHÁNH HÒA",
        "header_cell_lines": ["CHI BỘ TRƯỜNG MẦM NON", "TÂN KHÁNH HÒA"],
        "report_to": "Đảng ủy xã Tân Khánh Hòa",
        "number": 6,
        "type_code": "KH",
        "date": "2022-05-12",
        "place": "Tân Khánh Hòa",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Mầm non Tân Khánh Hòa nhiệm kỳ 2022 – 2025;",
        ],
        "opening": "Sau Đại hội nhiệm kỳ 2022 – 2025 (ngày 27/4/2022), Chi bộ Trường Mầm non Tân Khánh Hòa (11 "
        "đảng viên) xây dựng kế hoạch sinh hoạt chuyên đề các quý còn lại của năm 2022 như sau:",
        "members": "11 đảng viên",
        "secretary": "Huỳnh Thị Ngọc Hân",
        "topics": [
            topic(
                "Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 – 2025 gắn với nhiệm vụ năm học",
                2,
                6,
                ["Huỳnh Thị Ngọc Hân"],
                when="tháng 6/2022 (quý II)",
            ),
            topic(
                "Thực hiện Chương trình giáo dục mầm non sửa đổi, bổ sung; xây dựng môi trường lấy trẻ làm "
                "trung tâm",
                3,
                10,
                ["Trương Thị Bé Ba", "Lâm Thị Mỹ Tiên"],
                conflict=True,
                when="quý III, tháng 10/2022",
            ),
            topic(
                "Phòng, chống suy dinh dưỡng, thấp còi cho trẻ ở xã biên giới",
                4,
                12,
                ["Lâm Thị Mỹ Tiên"],
                when="tháng 12/2022 (quý IV)",
            ),
        ],  # fmt: skip
        "assignment": [
            (
                "Huỳnh Thị Ngọc Hân",
                "Bí thư Chi bộ, Hiệu trưởng",
                "Chuẩn bị nội dung chuyên đề tháng 6; chỉ đạo chung",
            ),
            (
                "Trương Thị Bé Ba",
                "Phó Bí thư Chi bộ",
                "Xây dựng dự thảo và trình bày chuyên đề thứ hai",
            ),
            (
                "Lâm Thị Mỹ Tiên",
                "Chi ủy viên",
                "Tham luận chuyên đề thứ hai; chuẩn bị chuyên đề tháng 12",
            ),
            ("Nguyễn Văn Tài", "Đảng viên", "Thư ký các buổi sinh hoạt chuyên đề"),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "56_thcs_kien_giang_le_thuy_2025",
        "half": "test",
        "fmt": "odt",
        "layout": "dated_prose_capitals",
        "province": "Quảng Bình",
        "source": "http://thcskiengiang.edu.vn/index.aspx",
        "source_says": "Trang chủ của trường đưa tin “Chi bộ Trường THCS Kiến Giang tổ chức đại hội nhiệm kỳ 2025 "
        "– 2027”, mở đầu bằng lời Chủ tịch Hồ Chí Minh “Chi bộ là nền móng của Đảng, chi bộ tốt thì mọi việc sẽ "
        "tốt” và nhấn mạnh chi bộ là hạt nhân chính trị lãnh đạo ở cơ sở.",
        "completed": [
            "the 2025 thematic plan after the 2025 – 2027 congress is completed whole (topics, dates, "
            "presenters and discussants, members' count, secretary, number and date); the province and the "
            "superior committee (Đảng bộ thị trấn Kiến Giang, Lệ Thủy district) are inferred from the school's "
            "name, the page gives neither; the header names only the committee and the cell appears only in "
            "the capitalised title (the opening says “Chi ủy”), so the cell's name is the page's; each topic "
            "opens with its full date; saved as .odt",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường THCS Kiến Giang",
        "committee_name": "Đảng bộ thị trấn Kiến Giang",
        "header_committee": "ĐẢNG BỘ THỊ TRẤN KIẾN GIANG",
        "title_lines": [
            "KẾ HOẠCH",
            "SINH HOẠT CHUYÊN ĐỀ NĂM 2025",
            "CỦA CHI BỘ TRƯỜNG THCS KIẾN GIANG",
        ],
        "report_to": "Đảng ủy thị trấn Kiến Giang",
        "number": 9,
        "type_code": "KH",
        "date": "2025-02-10",
        "place": "Kiến Giang",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương;",
            "Căn cứ Nghị quyết Đại hội Chi bộ nhiệm kỳ 2025 – 2027;",
        ],
        "opening": "Chi ủy xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 để toàn thể 19 đảng viên thực hiện, cụ "
        "thể như sau:",
        "members": "19 đảng viên",
        "secretary": "Hoàng Văn Minh",
        "topics": [
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường",
                1,
                3,
                ["Hoàng Văn Minh"],
                when="Ngày 14/3/2025",
            ),
            topic(
                "Đổi mới phương pháp dạy học theo hướng phát triển phẩm chất, năng lực học sinh",
                2,
                5,
                ["Nguyễn Thị Thu Hằng", "Phan Văn Lực"],
                when="Ngày 16/5/2025",
            ),
            topic(
                "Quán triệt nghị quyết đại hội đảng bộ các cấp; nhiệm vụ năm học 2025 – 2026",
                3,
                9,
                ["Hoàng Văn Minh"],
                when="Ngày 19/9/2025",
            ),
            topic(
                "Vai trò nêu gương của đảng viên là nhà giáo trong giáo dục đạo đức học sinh",
                4,
                11,
                ["Trần Thị Lệ Thủy", "Phan Văn Lực"],
                when="Ngày 14/11/2025",
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "57_vu_hanh_chinh_co_yeu_vptw_2018",
        "half": "test",
        "fmt": "doc",
        "layout": "half_year_programme",
        "province": "Hà Nội",
        "source": "http://doanvptw.dcs.vn/index.php/thong-tin-hot-dng/vptw/4114-chi-b-v-hanh-chinh-co-y-u-t-ch-c-"
        "sinh-ho-t-chuyen-d-thang-11-2018-nang-cao-ch-t-lu-ng-ph-c-v-cac-h-i-ngh-trung-uong-va-h-i-ngh-can-b-"
        "toan-qu-c-do-b-chinh-tr-ban-bi-thu-tri-u-t-p",
        "source_says": "Thực hiện Chương trình công tác tháng 11/2018, sáng 14/11/2018 Chi bộ Vụ Hành chính - Cơ "
        "yếu họp định kỳ; đ/c Lê Phạm Mạnh Hà, Bí thư Chi bộ, thông tin nội dung của Đảng ủy cấp trên; chi bộ "
        "sinh hoạt chuyên đề “Nâng cao chất lượng phục vụ các Hội nghị Trung ương và Hội nghị cán bộ toàn quốc "
        "do Bộ Chính trị, Ban Bí thư triệu tập”; đ/c Lý Hồng Quang, Phó Bí thư Chi bộ, Vụ trưởng, thay mặt Chi "
        "ủy nêu nội dung và gợi ý thảo luận; đảng viên các tổ đảng phát biểu.",
        "completed": [
            "the cell's 2018 work programme: the other months' work and three more thematic meetings with their "
            "leads, number and date are completed around the November meeting the page reports; the superior "
            "committee (Đảng bộ Văn phòng Trung ương Đảng) is inferred from the site; grouped by half-year, "
            "one line per month, each thematic meeting inside its month's line; no legal bases; saved as .doc",
        ],
        "kind": "thematic",
        "year": 2018,
        "cell_name": "Chi bộ Vụ Hành chính - Cơ yếu",
        "committee_name": "Đảng bộ Văn phòng Trung ương Đảng",
        "header_committee": "ĐẢNG BỘ VĂN PHÒNG TRUNG ƯƠNG ĐẢNG",
        "header_cell_lines": ["CHI BỘ VỤ HÀNH CHÍNH – CƠ YẾU"],
        "report_to": "Đảng ủy Văn phòng Trung ương Đảng",
        "number": 1,
        "type_code": "CTr",
        "date": "2018-01-10",
        "place": "Hà Nội",
        "legal_bases": [],
        "opening": "Chi bộ Vụ Hành chính - Cơ yếu xây dựng chương trình công tác năm 2018, gắn với chương trình công "
        "tác của Văn phòng Trung ương Đảng, như sau:",
        "month_work": {
            1: "Kiểm điểm, đánh giá, xếp loại đảng viên năm 2017; phục vụ các hội nghị đầu năm.",
            2: "Phục vụ các hoạt động kỷ niệm ngày thành lập Đảng; bảo đảm trực Tết.",
            3: "Rà soát quy trình phục vụ hội nghị; kiện toàn các tổ đảng.",
            4: "Học tập nghị quyết của Đảng ủy Văn phòng Trung ương; sơ kết quý I.",
            5: "Phục vụ Hội nghị Trung ương 7; bảo đảm an toàn, bảo mật tài liệu.",
            6: "Sơ kết 6 tháng; đánh giá việc thực hiện Chỉ thị 05-CT/TW.",
            7: "Đánh giá công tác quý II; bồi dưỡng nghiệp vụ cơ yếu cho đảng viên trẻ.",
            8: "Chuẩn bị phục vụ các hội nghị cuối năm.",
            9: "Phục vụ các đoàn công tác của lãnh đạo; kiểm tra công tác bảo mật.",
            10: "Phục vụ Hội nghị Trung ương 8; sơ kết 9 tháng.",
            11: "Đánh giá công tác tháng 10, triển khai nhiệm vụ gắn với tổng kết năm.",
            12: "Tổng kết công tác năm; kiểm điểm tập thể chi ủy và đảng viên.",
        },
        "members": "32 đảng viên",
        "secretary": "Lê Phạm Mạnh Hà",
        "topics": [
            topic(
                "Nâng cao chất lượng công tác văn thư, lưu trữ và bảo mật tài liệu trong cơ quan",
                1,
                3,
                ["Lê Phạm Mạnh Hà"],
                roles=["Bí thư Chi bộ"],
            ),
            topic(
                "Ứng dụng công nghệ thông tin trong quản lý văn bản và hồ sơ công việc",
                2,
                6,
                ["Nguyễn Văn Khoa", "Đỗ Thị Hồng"],
                roles=["Trưởng phòng Tin học", ""],
            ),
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tác phong làm việc khoa học, "
                "chính xác",
                3,
                8,
                ["Trần Thu Trang"],
            ),
            topic(
                "Nâng cao chất lượng phục vụ các Hội nghị Trung ương và Hội nghị cán bộ toàn quốc do Bộ Chính "
                "trị, Ban Bí thư triệu tập",
                4,
                11,
                ["Lý Hồng Quang"],
                roles=["Phó Bí thư Chi bộ, Vụ trưởng"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "58_chi_bo_thon_ma_oai_2023",
        "half": "test",
        "fmt": "photo",
        "layout": "one_page_resolution_list",
        "province": "Ninh Thuận",
        "source": "http://m.baoninhthuan.com.vn/news/141342p24c161/dong-chi-nguyen-long-bien-uvtv-tinh-uy-pho-chu-"
        "tich-ubnd-tinh-du-sinh-hoat-chi-bo-thon-ma-oai.htm",
        "source_says": "Chiều 7/11, đồng chí Nguyễn Long Biên, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND "
        "tỉnh, dự sinh hoạt Chi bộ thôn Ma Oai, xã Phước Thắng (Bác Ái); đề nghị chi ủy bám sát nghị quyết của "
        "Huyện ủy Bác Ái, Đảng ủy xã Phước Thắng, đề ra các nghị quyết chuyên đề đẩy mạnh phát triển kinh tế, "
        "giảm nghèo bền vững, bảo đảm vệ sinh môi trường, xây dựng nông thôn mới, duy trì mô hình “Mỗi đảng "
        "viên giúp một hộ dân thoát nghèo”.",
        "completed": [
            "a one-page thematic plan built on the topics the page urges (poverty reduction, environment, "
            "production, the “one member helps one household” model): four topics, months, preparers with "
            "their posts, secretary and date are completed; the page gives no year, the plan is set in 2023; "
            "the number is left blank as many cells leave it; delivered as a phone photo",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ thôn Ma Oai",
        "committee_name": "Đảng bộ xã Phước Thắng",
        "header_committee": "ĐẢNG BỘ XÃ PHƯỚC THẮNG",
        "header_cell_lines": ["CHI BỘ THÔN MA OAI"],
        "report_to": "Đảng ủy xã Phước Thắng",
        "number": None,
        "type_code": "KH",
        "date": "2023-01-05",
        "place": "Phước Thắng",
        "legal_bases": [],
        "opening": "Thực hiện nghị quyết của Đảng ủy xã Phước Thắng, Chi bộ thôn Ma Oai thống nhất mỗi quý sinh "
        "hoạt một chuyên đề, gắn với giảm nghèo bền vững và xây dựng nông thôn mới, cụ thể:",
        "members": "18 đảng viên",
        "secretary": "Pinăng Văn Tý",
        "topics": [
            topic(
                "Mỗi đảng viên giúp một hộ dân thoát nghèo – kết quả và cách làm",
                1,
                3,
                ["Pinăng Văn Tý"],
                when="Tháng 3 – quý I",
                roles=["Bí thư chi bộ"],
            ),
            topic(
                "Vận động nhân dân giữ gìn vệ sinh môi trường, xây dựng nông thôn mới",
                2,
                6,
                ["Mấu Văn Đông", "Katơr Thị Lan"],
                when="Tháng 6 – quý II",
                roles=["Trưởng thôn", "Chi hội trưởng Phụ nữ"],
            ),
            topic(
                "Phát triển chăn nuôi dê, bò gắn với giảm nghèo bền vững",
                3,
                9,
                ["Chamaléa Văn Hùng"],
                when="Tháng 9 – quý III",
            ),
            topic(
                "Nâng cao chất lượng sinh hoạt chi bộ; phát huy vai trò nêu gương của đảng viên",
                4,
                11,
                ["Pinăng Văn Tý"],
                when="Tháng 11 – quý IV",
                roles=["Bí thư chi bộ"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "59_mam_non_trung_gia_2022",
        "half": "test",
        "fmt": "txt",
        "layout": "resolution_text",
        "period": "năm học 2022 – 2023",
        "province": "Hà Nội",
        "source": "https://edu.viettel.vn/hni-socson-mntrunggia/tin-tuc/chi-bo-truong-mam-non-trung-gia-to-chuc-"
        "dai-hoi-chi-bo-nhiem-ky-2022-2025.html",
        "source_says": "Sáng 25/6/2022 Chi bộ Trường Mầm non Trung Giã đại hội nhiệm kỳ 2022 – 2025; dự có đ/c "
        "Khổng Văn Hoàn, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Trung Giã, và 40 đảng viên; đ/c Nguyễn Thị Lê, Bí "
        "thư chi bộ, trình bày báo cáo chính trị; hầu hết chỉ tiêu nhiệm kỳ 2020 – 2022 đạt và vượt; phương "
        "châm “Đoàn kết – Dân chủ – Đổi mới – Phát triển”, tập trung đổi mới chăm sóc, nuôi dưỡng, giáo dục "
        "trẻ, nâng cao chất lượng đội ngũ.",
        "completed": [
            "the resolution of the cell's meeting at the start of school year 2022 – 2023: targets, tasks and "
            "four thematic meetings (run together in one sentence, each “quý IV/2022 (tháng 11)” with its "
            "preparer after “do”), attendance, number and date are completed; đ/c Nguyễn Thị Lê is taken as "
            "re-elected secretary; typed as plain text",
        ],
        "kind": "activity",
        "year": 2022,
        "cell_name": "Chi bộ Trường Mầm non Trung Giã",
        "committee_name": "Đảng bộ xã Trung Giã",
        "header_committee": "ĐẢNG BỘ XÃ TRUNG GIÃ",
        "header_cell_lines": ["CHI BỘ TRƯỜNG MN TRUNG GIÃ"],
        "report_to": "Đảng ủy xã Trung Giã",
        "number": 8,
        "type_code": "NQ",
        "date": "2022-09-10",
        "place": "Trung Giã",
        "legal_bases": [],
        "opening": "Ngày 09/9/2022, Chi bộ Trường Mầm non Trung Giã họp hội nghị đầu năm học; có mặt 38/40 đảng "
        "viên (02 đồng chí vắng có lý do). Sau khi nghe báo cáo kết quả năm học 2021 – 2022 và phương hướng năm "
        "học mới, hội nghị đã thảo luận và thống nhất.",
        "vote": "38/38 đảng viên có mặt tán thành (100%)",
        "members": "40 đảng viên",
        "secretary": "Nguyễn Thị Lê",
        "topics": [
            topic(
                "Xây dựng đội ngũ nhà giáo tâm huyết, gương mẫu nhân ngày Nhà giáo Việt Nam",
                4,
                11,
                ["Nguyễn Thị Lê"],
                when="quý IV/2022 (tháng 11)",
            ),
            topic(
                "Đổi mới hoạt động chăm sóc, giáo dục trẻ theo hướng lấy trẻ làm trung tâm",
                1,
                3,
                ["Đỗ Thị Thu Hương", "Ngô Thị Hạnh"],
                when="quý I/2023 (tháng 3)",
            ),
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần yêu thương trẻ",
                2,
                5,
                ["Ngô Thị Hạnh"],
                when="quý II/2023 (tháng 5)",
            ),
            topic(
                "Chuẩn bị các điều kiện bảo đảm an toàn cho trẻ trong năm học 2023 – 2024",
                3,
                8,
                ["Nguyễn Thị Lê"],
                when="quý III/2023 (tháng 8)",
            ),
        ],  # fmt: skip
        "targets": [
            target(
                "100% đảng viên hoàn thành nhiệm vụ, trong đó ít nhất 25% hoàn thành xuất sắc nhiệm vụ",
                "percent",
                100,
            ),
            target("Kết nạp từ 01 đến 02 đảng viên mới", "range", 1, 2),
            target("Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân dưới 2%", "threshold", None, 2),
            target("98% trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non", "percent", 98),
            target("Chi bộ đạt hoàn thành tốt nhiệm vụ trở lên", "yes_no"),
        ],  # fmt: skip
    },
]
