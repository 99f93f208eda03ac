"""The development half: plans the parser may be tuned on (facts; see ../facts.py)."""

from __future__ import annotations

from ..facts import T, target, topic

PLANS: list[T] = [
    {
        "id": "01_chi_bo_1_hung_thinh_2024",
        "half": "dev",
        "fmt": "docx",
        "layout": "sections_assign",
        "province": "Nghệ An",
        "source": "https://hungthinh.hungnguyen.nghean.gov.vn/hoat-dong-co-so/chi-bo-1-to-chuc-sinh-hoat-chuyen-de-633180",
        "source_says": "Chi bộ 1, Đảng bộ xã Hưng Thịnh, sinh hoạt chuyên đề tối 14/4/2024 với 2 chuyên đề: "
        "công tác tạo nguồn phát triển đảng viên và xây dựng đường điện cờ xóm 1; chi bộ 27 đảng viên; "
        "đảng ủy giao tạo nguồn 2 quần chúng, kết nạp 1 đảng viên năm 2024.",
        "completed": [
            "the page reports one meeting, not the plan: the plan's number, date, legal bases and sections "
            "are written in the usual thematic-plan layout of a commune cell",
            "topics of quarters I, III and IV and every presenter's name are completed (the page names no preparer)",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ 1",
        "committee_name": "Đảng bộ xã Hưng Thịnh",
        "header_committee": "ĐẢNG BỘ XÃ HƯNG THỊNH",
        "number": 3,
        "type_code": "KH",
        "date": "2024-01-15",
        "place": "Hưng Thịnh",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về một số vấn đề "
            "về nâng cao chất lượng sinh hoạt chi bộ;",
            "Căn cứ Nghị quyết Đại hội Chi bộ 1 nhiệm kỳ 2022 – 2025 và tình hình thực tế của xóm;",
        ],
        "members": "27 đảng viên",
        "secretary": "Nguyễn Văn Hòa",
        "topics": [
            topic(
                "Phát huy vai trò của đảng viên trong xây dựng nông thôn mới nâng cao ở xóm 1",
                1,
                3,
                ["Nguyễn Văn Hòa"],
                "Báo cáo chuyên đề, thảo luận",
            ),
            topic(
                "Công tác tạo nguồn phát triển đảng viên",
                2,
                4,
                ["Nguyễn Văn Hòa"],
                "Thảo luận, giao nhiệm vụ cho các đoàn thể",
            ),
            topic(
                "Xây dựng đường điện cờ xóm 1",
                2,
                4,
                ["Trần Đình Lương"],
                "Thảo luận, thống nhất chủ trương",
            ),
            topic(
                "Tuyên truyền, vận động nhân dân thực hiện nếp sống văn minh trong việc cưới, việc tang",
                3,
                8,
                ["Lê Thị Hằng"],
                "Báo cáo chuyên đề",
            ),
            topic(
                "Phát huy vai trò của Mặt trận và các đoàn thể trong xây dựng khối đại đoàn kết ở khu dân cư",
                4,
                11,
                ["Nguyễn Văn Hòa", "Lê Thị Hằng"],
                "Báo cáo chuyên đề, thảo luận",
            ),
        ],  # fmt: skip
        "assign_style": "by_number",
        "targets": [],
    },
    {
        "id": "02_tieu_hoc_ngoc_son_2020",
        "half": "dev",
        "fmt": "docx",
        "layout": "table",
        "table_style": "month_first",
        "province": "Bắc Giang",
        "source": "https://raw.githubusercontent.com/21ts444/thcshoangluong/main/tin-tuc-thong-bao/tin-tuc-tu-phong/"
        "ang-cao-chat-luong-sinh-hoat-chi-bo-chuyen-de-cua-chi-bo-tru.html "
        "(mirror of thcshoangluong.pgdhiephoa.edu.vn, 19/7/2020)",
        "source_says": "Chi bộ trường Tiểu học Ngọc Sơn thuộc Đảng bộ xã Ngọc Sơn (Hiệp Hòa) tổ chức sinh hoạt "
        "chuyên đề theo Hướng dẫn 12-HD/BTCTW ngày 6/7/2018, Hướng dẫn 05-HD/BTCTU ngày 12/02/2019 của Ban "
        "Tổ chức Tỉnh ủy Bắc Giang và Đề án 06-ĐA/HU ngày 25/3/2019 của Huyện ủy Hiệp Hòa.",
        "completed": [
            "the page describes the cell's thematic meetings in general; the plan itself (number, date, the four "
            "topics, months and preparers) is completed in a table layout",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Trường Tiểu học Ngọc Sơn",
        "committee_name": "Đảng bộ xã Ngọc Sơn",
        "header_committee": "ĐẢNG BỘ XÃ NGỌC SƠN",
        "number": 5,
        "type_code": "KH",
        "date": "2020-01-10",
        "place": "Ngọc Sơn",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về một số vấn đề về "
            "nâng cao chất lượng sinh hoạt chi bộ;",
            "Căn cứ Hướng dẫn số 05-HD/BTCTU ngày 12/02/2019 của Ban Tổ chức Tỉnh ủy Bắc Giang về nâng cao "
            "chất lượng sinh hoạt chi bộ trong Đảng bộ tỉnh;",
            "Căn cứ Đề án số 06-ĐA/HU ngày 25/3/2019 của Huyện ủy Hiệp Hòa về nâng cao chất lượng sinh hoạt "
            "chi bộ giai đoạn 2019 – 2020 và những năm tiếp theo;",
        ],
        "members": "15 đảng viên",
        "secretary": "Ngô Văn Thắng",
        "topics": [
            topic(
                "Nâng cao chất lượng dạy học theo hướng phát triển năng lực học sinh",
                1,
                3,
                ["Nguyễn Thị Thu Hà"],
            ),
            topic(
                "Đổi mới nội dung, hình thức sinh hoạt chi bộ theo Hướng dẫn 12-HD/BTCTW",
                2,
                6,
                ["Ngô Văn Thắng"],
            ),
            topic(
                "Chuẩn bị các điều kiện thực hiện Chương trình giáo dục phổ thông 2018 đối với lớp 1",
                3,
                9,
                ["Nguyễn Thị Thu Hà", "Dương Thị Lan"],
            ),
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về nêu gương của người thầy",
                4,
                11,
                ["Ngô Văn Thắng"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "03_khoa_ly_luan_co_so_2022",
        "half": "dev",
        "fmt": "txt",
        "layout": "quarter_bullets",
        "province": "Hải Phòng",
        "source": "https://truongchinhtritohieu.haiphong.gov.vn/Thong-tin-hoat-dong/Thong-tin-Dang---Doan-the/"
        "Chi-bo-Khoa-Ly-luan-co-so-to-chuc-sinh-hoat-chuyen-de-quy-4-nam-2022-108006.html",
        "source_says": "Chi bộ khoa Lý luận cơ sở (Đảng ủy Trường Chính trị Tô Hiệu) sinh hoạt chuyên đề quý 4 "
        "ngày 02/12/2022: “Đảng viên Chi bộ khoa Lý luận cơ sở chủ động, tích cực học nâng cao trình độ góp "
        "phần xây dựng trường chính trị chuẩn”; đ/c Nguyễn Gia Lộc, Phó Bí thư, trình bày đề dẫn; tham luận "
        "của đ/c Nguyễn Tiến Dũng và đ/c Phạm Nguyệt Ánh; 07/07 đảng viên.",
        "completed": [
            "topics of quarters I–III, their months and preparers; the plan's number and date",
            "the plan is typed as plain text with quarter headings, as small cells often keep it",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ Khoa Lý luận cơ sở",
        "committee_name": "Đảng bộ Trường Chính trị Tô Hiệu",
        "header_committee": "ĐẢNG BỘ TRƯỜNG CHÍNH TRỊ TÔ HIỆU",
        "number": 2,
        "type_code": "KH",
        "date": "2022-02-15",
        "place": "Hải Phòng",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương;",
            "Căn cứ Kế hoạch của Đảng ủy Trường Chính trị Tô Hiệu về tổ chức sinh hoạt chuyên đề năm 2022;",
        ],
        "members": "07 đảng viên",
        "secretary": "Nguyễn Gia Lộc",
        "signer_title": "PHÓ BÍ THƯ",
        "topics": [
            topic(
                "Nâng cao chất lượng giảng dạy các chuyên đề bồi dưỡng lý luận chính trị cho cán bộ cơ sở",
                1,
                3,
                ["Nguyễn Tiến Dũng"],
            ),
            topic(
                "Đổi mới phương pháp giảng dạy, tăng cường đi thực tế cơ sở của giảng viên",
                2,
                6,
                ["Phạm Nguyệt Ánh"],
            ),
            topic(
                "Thực hiện Quy định số 11-QĐ/TW về trường chính trị chuẩn tại Khoa Lý luận cơ sở",
                3,
                9,
                ["Nguyễn Gia Lộc"],
            ),
            topic(
                "Đảng viên Chi bộ khoa Lý luận cơ sở chủ động, tích cực học nâng cao trình độ góp phần xây "
                "dựng trường chính trị chuẩn",
                4,
                12,
                ["Nguyễn Gia Lộc", "Nguyễn Tiến Dũng", "Phạm Nguyệt Ánh"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "04_mam_non_sao_sang_2023",
        "half": "dev",
        "fmt": "scan",
        "layout": "activity",
        "province": "Hải Phòng",
        "source": "https://mnsaosanganlao.haiphong.edu.vn/chi-bo-nha-truong/"
        "hop-chi-bo-thuong-ki-thang-5-chi-bo-truong-mam-non-sao-sang/ct/16943/83631",
        "source_says": "Chi bộ Mầm non Sao Sáng (Đảng bộ thị trấn An Lão) sinh hoạt thường kỳ 4/5/2023 với 38 "
        "đảng viên chính thức; nhấn mạnh phát triển đảng viên mới, công tác chuyên môn, chỉ đạo các đoàn thể.",
        "completed": [
            "the annual activity plan (situation, targets, tasks, two thematic meetings) is completed from the "
            "page's priorities; every target, name, number and date is completed",
            "delivered as a scan: rendered, printed to 200 dpi images, rotated about 1° and blurred",
        ],
        "kind": "activity",
        "year": 2023,
        "cell_name": "Chi bộ Trường Mầm non Sao Sáng",
        "committee_name": "Đảng bộ thị trấn An Lão",
        "header_committee": "ĐẢNG BỘ THỊ TRẤN AN LÃO",
        "number": 1,
        "type_code": "KH",
        "date": "2023-01-09",
        "place": "An Lão",
        "legal_bases": [
            "Căn cứ Nghị quyết của Đảng bộ thị trấn An Lão về nhiệm vụ năm 2023;",
            "Căn cứ kết quả thực hiện nhiệm vụ năm 2022 của Chi bộ Trường Mầm non Sao Sáng;",
        ],
        "members": "38 đảng viên chính thức",
        "secretary": "Phạm Thị Thu Hà",
        "topics": [
            topic(
                "Công tác tạo nguồn, phát triển đảng viên mới trong đội ngũ giáo viên trẻ",
                2,
                5,
                ["Vũ Thị Thu Hằng"],
                "Báo cáo chuyên đề",
            ),
            topic(
                "Đổi mới, sáng tạo trong tổ chức các hoạt động chăm sóc, giáo dục trẻ",
                4,
                10,
                ["Phạm Thị Thu Hà"],
                "Trao đổi, thảo luận",
            ),
        ],  # fmt: skip
        "targets": [
            target(
                "100% đảng viên được học tập, quán triệt đầy đủ các nghị quyết, chỉ thị của Đảng",
                "percent",
                100,
            ),
            target("100% đảng viên tham gia sinh hoạt chi bộ định kỳ đầy đủ", "percent", 100),
            target("Kết nạp 02 đảng viên mới", "count", 2),
            target("90% đảng viên trở lên được xếp loại hoàn thành tốt nhiệm vụ", "percent", 90),
            target("Chi bộ đạt danh hiệu “Hoàn thành tốt nhiệm vụ” trở lên", "yes_no"),
            target("Nhà trường đạt danh hiệu “Tập thể lao động tiên tiến”", "yes_no"),
        ],
    },
    {
        "id": "05_mam_non_hoa_quynh_2023",
        "half": "dev",
        "fmt": "docx",
        "layout": "activity",
        "province": "TP Hồ Chí Minh",
        "source": "https://quanuy1hcm.org.vn/dai-hoi-chi-bo-truong-mam-non-hoa-quynh-nhiem-ky-2022-2025/",
        "source_says": "Đại hội Chi bộ Trường Mầm non Hoa Quỳnh (Đảng bộ phường Tân Định) 5/8/2022, 11 đảng viên; "
        "chỉ tiêu nhiệm kỳ 2022 – 2025: 100% đảng viên đăng ký học tập và làm theo tư tưởng, đạo đức, phong "
        "cách Hồ Chí Minh; chi bộ hoàn thành tốt nhiệm vụ trở lên; 100% đảng viên hoàn thành [tốt nhiệm vụ].",
        "completed": [
            "the annual activity plan 2023 is written from the term's targets; the last three targets, the "
            "tasks, number, date and signer are completed; the third target's end was cut off on the page",
        ],
        "kind": "activity",
        "year": 2023,
        "cell_name": "Chi bộ Trường Mầm non Hoa Quỳnh",
        "committee_name": "Đảng bộ phường Tân Định",
        "header_committee": "ĐẢNG BỘ PHƯỜNG TÂN ĐỊNH",
        "number": 1,
        "type_code": "KH",
        "date": "2023-01-06",
        "place": "Tân Định",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Mầm non Hoa Quỳnh lần thứ III, nhiệm kỳ 2022 – 2025;",
            "Căn cứ Chương trình công tác năm 2023 của Đảng ủy phường Tân Định;",
        ],
        "members": "11 đảng viên",
        "secretary": "Trần Thị Kim Oanh",
        "topics": [],
        "targets": [
            target(
                "100% đảng viên đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                "percent",
                100,
            ),
            target("Chi bộ đạt “Hoàn thành tốt nhiệm vụ” trở lên", "yes_no"),
            target("100% đảng viên hoàn thành tốt nhiệm vụ", "percent", 100),
            target(
                "Giới thiệu 01 quần chúng ưu tú tham gia lớp bồi dưỡng nhận thức về Đảng",
                "count",
                1,
            ),
            target(
                "100% trẻ được bảo đảm an toàn tuyệt đối về thể chất và tinh thần", "percent", 100
            ),
            target("Nhà trường giữ vững danh hiệu “Trường đạt chuẩn quốc gia mức độ 1”", "yes_no"),
        ],  # fmt: skip
    },
    {
        "id": "07_chi_bo_4_van_lang_2022",
        "half": "dev",
        "fmt": "odt",
        "layout": "programme_monthly",
        "province": "Quảng Ninh",
        "source": "http://www.vanlangschool.edu.vn/sinh-hoat-chuyen-de-dang-thang-022022-chu-de-nhu-hoa-huong-duong-a489.html",
        "source_says": "Chi bộ 4 – trường Văn Lang (Đảng bộ Công ty CP Sách và Thiết bị trường học Quảng Ninh) "
        "sinh hoạt chuyên đề “Như hoa hướng dương” sáng 11/02/2022, thực hiện Kế hoạch công tác Đảng; đồng "
        "chí Đinh Văn Nghiêm, Phó Bí thư chi bộ, trình bày phần 1.",
        "completed": [
            "the year's work programme table (months, regular meetings, the other three thematic meetings and "
            "their preparers), number and date are completed; kept as an .odt as some cells save from LibreOffice",
        ],
        "kind": "activity",
        "year": 2022,
        "cell_name": "Chi bộ 4 – Trường Văn Lang",
        "committee_name": "Đảng bộ Công ty Cổ phần Sách và Thiết bị trường học Quảng Ninh",
        "header_committee": "ĐẢNG BỘ CÔNG TY CP SÁCH VÀ THIẾT BỊ TRƯỜNG HỌC QUẢNG NINH",
        "number": 1,
        "type_code": "CTr",
        "date": "2022-01-08",
        "place": "Hạ Long",
        "legal_bases": [
            "Căn cứ Nghị quyết của Đảng ủy Công ty về nhiệm vụ năm 2022;",
        ],
        "members": "12 đảng viên",
        "secretary": "Nguyễn Thị Hồng Nhung",
        "topics": [
            topic(
                "Như hoa hướng dương",
                1,
                2,
                ["Đinh Văn Nghiêm"],
                "Sinh hoạt chuyên đề kết hợp tôn vinh đảng viên",
            ),
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng nhà trường hạnh phúc",
                2,
                5,
                ["Nguyễn Thị Hồng Nhung"],
            ),
            topic(
                "Đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018",
                3,
                8,
                ["Đinh Văn Nghiêm"],
            ),
            topic(
                "Phát huy vai trò nêu gương của đảng viên là nhà giáo", 4, 11, ["Phạm Thu Trang"]
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "11_chi_bo_lang_krong_2021",
        "half": "dev",
        "fmt": "docx",
        "layout": "prose",
        "province": "Gia Lai",
        "source": "https://baogialai.com.vn/nang-cao-chat-luong-sinh-hoat-chi-bo-vung-bien-gioi-post203764.html",
        "source_says": "Chi bộ làng Krông (xã Ia Mơr, huyện Chư Prông) có 13 đảng viên, 10 là người dân tộc thiểu "
        "số; Phó Bí thư Hà Phẩm Chất; sinh hoạt bàn về phát triển kinh tế, quốc phòng – an ninh, nông thôn mới, "
        "phòng chống Covid-19, giữ gìn bản sắc văn hóa; chi ủy xây dựng đề cương sinh hoạt hằng tháng.",
        "completed": [
            "topic titles are formed from the subjects the page lists; months, the other preparers, number and "
            "date are completed; the quarter II meeting is written 'tháng 7' (outside quarter II) on purpose, "
            "as happens in real plans, and the truth expects it flagged",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ làng Krông",
        "committee_name": "Đảng bộ xã Ia Mơr",
        "header_committee": "ĐẢNG BỘ XÃ IA MƠR",
        "number": 1,
        "type_code": "KH",
        "date": "2021-01-20",
        "place": "Ia Mơr",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương;",
        ],
        "members": "13 đảng viên",
        "secretary": "Rơ Mah Hyưk",
        "topics": [
            topic(
                "Phát triển kinh tế hộ gia đình, chuyển đổi cơ cấu cây trồng trên địa bàn làng",
                1,
                3,
                ["Hà Phẩm Chất"],
            ),
            topic(
                "Nâng cao ý thức phòng, chống dịch Covid-19 trong nhân dân",
                2,
                7,
                ["Rơ Mah Blơn"],
                conflict=True,
            ),
            topic(
                "Giữ gìn bản sắc văn hóa dân tộc Jrai gắn với xây dựng nông thôn mới",
                3,
                9,
                ["Siu H'Mai"],
            ),
            topic(
                "Bảo đảm quốc phòng – an ninh, giữ vững chủ quyền biên giới",
                4,
                12,
                ["Hà Phẩm Chất"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "14_mam_non_my_hung_2023",
        "half": "dev",
        "fmt": "docx",
        "layout": "programme_targets",
        "province": "Hà Nội",
        "source": "https://luatminhkhue.vn/mau-chuong-trinh-cong-tac-toan-khoa-cua-chi-bo.aspx",
        "source_says": "Chương trình công tác toàn khóa của Chi bộ Trường Mầm non Mỹ Hưng: chỉ đạo thực hiện các "
        "nghị quyết; cuộc vận động “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” và “Xây "
        "dựng trường mầm non xanh – an toàn – thân thiện – hạnh phúc”; giáo dục chính trị tư tưởng; cơ sở vật "
        "chất; phát triển đảng viên.",
        "completed": [
            "the page summarises the programme; the year's targets (worded from its aims), the monthly table, "
            "the committee (Đảng bộ xã Mỹ Hưng), number, date and signer are completed",
        ],
        "kind": "activity",
        "year": 2023,
        "cell_name": "Chi bộ Trường Mầm non Mỹ Hưng",
        "committee_name": "Đảng bộ xã Mỹ Hưng",
        "header_committee": "ĐẢNG BỘ XÃ MỸ HƯNG",
        "number": 2,
        "type_code": "CTr",
        "date": "2023-01-10",
        "place": "Mỹ Hưng",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Mầm non Mỹ Hưng nhiệm kỳ 2022 – 2025;",
            "Căn cứ Chương trình công tác năm 2023 của Đảng ủy xã Mỹ Hưng;",
        ],
        "members": "19 đảng viên",
        "secretary": "Nguyễn Thị Thanh Huyền",
        "topics": [],
        "targets": [
            target(
                "100% đảng viên thực hiện tốt các nghị quyết của Đảng và quyết định của cấp trên",
                "percent",
                100,
            ),
            target(
                "100% cán bộ, giáo viên, nhân viên tham gia cuộc vận động “Xây dựng trường mầm non xanh – an "
                "toàn – thân thiện – hạnh phúc”",
                "percent",
                100,
            ),
            target("Kết nạp 01 – 02 đảng viên mới", "range", 1, 2),
            target("Chi bộ đạt “Hoàn thành tốt nhiệm vụ”", "yes_no"),
            target("95% trẻ đạt chuẩn phát triển theo độ tuổi", "percent", 95),
        ],  # fmt: skip
    },
    {
        "id": "19_vien_chuc_hanh_chinh_1_ftu_2024",
        "half": "dev",
        "fmt": "docx",
        "layout": "month_codes",
        "province": "TP Hồ Chí Minh",
        "source": "https://cs2.ftu.edu.vn/tin-tuc/chi-bo-vien-chuc-hanh-chinh-1-to-chuc-sinh-hoat-chuyen-de-quy-ii-"
        "nam-2024-va-sinh-hoat-dinh-ky-ve-hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh/ and "
        "https://cs2.ftu.edu.vn/tin-tuc/chi-bo-vien-chuc-hanh-chinh-1-to-chuc-sinh-hoat-chuyen-de-ve-hoc-tap-va-"
        "lam-theo-tu-tuong-phong-cach-dao-duc-ho-chi-minh/",
        "source_says": "Chi bộ Viên chức Hành chính 1 (Cơ sở II, Trường Đại học Ngoại thương) sinh hoạt chuyên đề "
        "định kỳ hằng tháng theo bộ sách “Vang vọng lời nước non” để thực hiện kế hoạch công tác năm 2024: "
        "04/3/2024 tập 3 “Đảng cần phải mạnh hơn bao giờ hết” do đ/c Nguyễn Thị Huỳnh Giao, chi ủy viên, trình "
        "bày; tháng 4/2024 tập 4 “Trong bầu trời không gì quý bằng [nhân dân]” do đ/c Huỳnh Tấn Giàu trình bày; "
        "có sinh hoạt chuyên đề quý II năm 2024.",
        "completed": [
            "the pages report two monthly meetings; the year's programme (its number, date, legal bases, the "
            "quarter II, III and IV topics and their presenters, the forms) is completed as the quarter-grouped "
            'table an agency cell keeps, months written "T3/2024"',
            "the committee is written as the Đảng bộ of Cơ sở II of the university and the secretary's name is "
            "completed (the pages name neither)",
            "the title of volume 4 was cut on the page after “quý bằng”; it is completed with the saying it quotes",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ Viên chức Hành chính 1",
        "committee_name": "Đảng bộ Cơ sở II Trường Đại học Ngoại thương",
        "header_committee": "ĐẢNG BỘ CƠ SỞ II TRƯỜNG ĐẠI HỌC NGOẠI THƯƠNG",
        "number": 2,
        "type_code": "CTr",
        "date": "2024-01-15",
        "place": "TP. Hồ Chí Minh",
        "legal_bases": [
            "Căn cứ Kế hoạch công tác năm 2024 của Đảng ủy Cơ sở II Trường Đại học Ngoại thương;",
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về nâng cao chất lượng "
            "sinh hoạt chi bộ;",
        ],
        "members": "16 đảng viên",
        "secretary": "Trần Minh Khoa",
        "topics": [
            topic(
                "Vang vọng lời nước non – Tập 3: “Đảng cần phải mạnh hơn bao giờ hết”",
                1,
                3,
                ["Nguyễn Thị Huỳnh Giao"],
                "Trình bày, trao đổi",
            ),
            topic(
                "Vang vọng lời nước non – Tập 4: “Trong bầu trời không gì quý bằng nhân dân”",
                2,
                4,
                ["Huỳnh Tấn Giàu"],
                "Trình bày, trao đổi",
            ),
            topic(
                "Nâng cao chất lượng phục vụ người học của các phòng, ban hành chính Cơ sở II",
                2,
                6,
                ["Trần Minh Khoa", "Lê Ngọc Phương Thảo"],
                "Báo cáo chuyên đề, thảo luận",
            ),
            topic(
                "Đẩy mạnh chuyển đổi số trong công tác hành chính, văn phòng",
                3,
                9,
                ["Phạm Quốc Bảo"],
                "Báo cáo chuyên đề",
            ),
            topic(
                "Phát huy vai trò nêu gương của đảng viên trong thực hiện văn hóa công sở",
                4,
                11,
                ["Nguyễn Thị Huỳnh Giao", "Trần Minh Khoa"],
                "Thảo luận, liên hệ bản thân",
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "20_chi_bo_thon_dong_son_quy_loc_2026",
        "half": "dev",
        "fmt": "txt",
        "layout": "quarter_ranges_assign",
        "province": "Thanh Hóa",
        "source": "https://baothanhhoa.vn/xa-quy-loc-to-chuc-sinh-hoat-chi-bo-diem-theo-chi-thi-50-ct-tw-276528.htm",
        "source_says": "Sáng 27/1/2026 Đảng ủy xã Quý Lộc tổ chức sinh hoạt chi bộ điểm tại thôn Đông Sơn theo Chỉ thị "
        "số 50-CT/TW ngày 23/7/2025 của Ban Bí thư; 15/23 đảng viên dự; điểm danh trên ứng dụng “Sổ tay đảng viên "
        "điện tử”; ý kiến tập trung vào nhiệm vụ năm 2026: giáo dục chính trị tư tưởng; đồng chí Đặng Văn Hiệp, "
        "Bí thư Đảng ủy xã, phát biểu khai mạc.",
        "completed": [
            "the page reports one model meeting; the cell's 2026 thematic plan (number, date, four topics, their "
            "months and preparers, the secretary) is completed in plain text as typed by a village cell: quarter "
            "headings with their month range, topics numbered 1.–4., and a separate assignment section that "
            'names them "Chuyên đề số N"; months are typed in three ways ("Tháng 02/2026", "tháng 5 năm '
            '2026", "T8/2026")',
            "the first topic (applying Chỉ thị 50 and the electronic party handbook) follows the page",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ thôn Đông Sơn",
        "committee_name": "Đảng bộ xã Quý Lộc",
        "header_committee": "ĐẢNG BỘ XÃ QUÝ LỘC",
        "number": 1,
        "type_code": "KH",
        "date": "2026-01-05",
        "place": "Quý Lộc",
        "legal_bases": [
            "Căn cứ Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới, nâng cao chất lượng "
            "sinh hoạt chi bộ trong giai đoạn mới;",
            "Căn cứ Chương trình công tác năm 2026 của Đảng ủy xã Quý Lộc;",
        ],
        "members": "23 đảng viên",
        "secretary": "Lê Văn Thành",
        "opening": "Chi ủy Chi bộ thôn Đông Sơn (23 đảng viên) xây dựng kế hoạch sinh hoạt chuyên đề năm 2026, "
        "cụ thể như sau:",
        "topics": [
            topic(
                "Thực hiện Chỉ thị số 50-CT/TW của Ban Bí thư; sử dụng ứng dụng Sổ tay đảng viên điện tử "
                "trong sinh hoạt chi bộ",
                1,
                2,
                ["Lê Văn Thành", "Nguyễn Thị Hoa"],
                when="Tháng 02/2026",
                roles=["đề dẫn", "hướng dẫn cài đặt ứng dụng"],
            ),
            topic(
                "Vận động nhân dân hiến đất, mở rộng đường giao thông nội thôn",
                2,
                5,
                ["Trịnh Văn Hùng"],
                when="tháng 5 năm 2026",
            ),
            topic(
                "Phòng, chống ma túy và tệ nạn xã hội trong thanh niên ở khu dân cư",
                3,
                8,
                ["Lê Đình Quang", "Hoàng Thị Lan"],
                when="T8/2026",
                roles=["đề dẫn", "tham luận"],
            ),
            topic(
                "Phát triển mô hình trồng rau an toàn, nâng cao thu nhập cho hộ gia đình",
                4,
                11,
                ["Nguyễn Thị Hoa"],
                when="tháng 11 năm 2026",
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "21_tieu_hoc_so_2_hoa_thuong_2020",
        "half": "dev",
        "fmt": "doc",
        "layout": "table_roles",
        "province": "Thái Nguyên",
        "source": "http://thso2hoathuong.donghy.edu.vn/tin-tuc/hoat-dong-cua-chi-bo/"
        "dai-hoi-chi-bo-truong-tieu-hoc-so-2-hoa-thuong-nhiem-ky-2020.html",
        "source_says": "Chi bộ trường Tiểu học số 2 Hóa Thượng (Đảng bộ xã Hóa Thượng) đại hội nhiệm kỳ 2020 – 2023 "
        "ngày 27/12/2019 theo Kế hoạch số 12-KH/ĐU ngày 12/7/2019 của Đảng ủy xã; 19 đảng viên; bầu đ/c Hoàng "
        "Như Hoa – Bí thư, đ/c Nguyễn Thị Định – Phó Bí thư, đ/c Lê Thị Thúy Tình – cấp ủy viên.",
        "completed": [
            "the 2020 thematic plan (number, date, four topics, months and the other preparers) is completed; "
            "the header names only the Đảng bộ, the opening says only “Chi bộ”, and the cell is named in the "
            "signature block (“T/M CHI BỘ TRƯỜNG TIỂU HỌC SỐ 2 HÓA THƯỢNG”), as some school cells type it",
            "the time column is written in words (“Tháng 3 năm 2020”); two topics have a presenter and a "
            "discussant, each marked with the role; kept as an old Word .doc",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Trường Tiểu học số 2 Hóa Thượng",
        "committee_name": "Đảng bộ xã Hóa Thượng",
        "header_committee": "ĐẢNG BỘ XÃ HÓA THƯỢNG",
        "header_no_cell": True,
        "sign_for": "T/M CHI BỘ TRƯỜNG TIỂU HỌC SỐ 2 HÓA THƯỢNG",
        "number": 2,
        "type_code": "KH",
        "date": "2020-01-08",
        "place": "Hóa Thượng",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương;",
            "Căn cứ Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2023;",
        ],
        "members": "19 đảng viên",
        "secretary": "Hoàng Như Hoa",
        "opening": "Thực hiện chỉ đạo của Đảng ủy xã Hóa Thượng, Chi bộ xây dựng kế hoạch sinh hoạt chuyên đề "
        "năm 2020 như sau:",
        "topics": [
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương của "
                "người đảng viên là nhà giáo",
                1,
                3,
                ["Hoàng Như Hoa", "Lê Thị Thúy Tình"],
                roles=["đề dẫn", "tham luận"],
            ),
            topic(
                "Đổi mới phương pháp dạy học, chuẩn bị thực hiện Chương trình giáo dục phổ thông 2018 ở lớp 1",
                2,
                5,
                ["Nguyễn Thị Định"],
            ),
            topic(
                "Nâng cao chất lượng giáo dục kỹ năng sống cho học sinh tiểu học",
                3,
                9,
                ["Lê Thị Thúy Tình", "Dương Văn Sơn"],
                roles=["đề dẫn", "tham luận"],
            ),
            topic(
                "Công tác tạo nguồn, bồi dưỡng quần chúng ưu tú để kết nạp vào Đảng",
                4,
                11,
                ["Hoàng Như Hoa"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "22_chi_bo_thon_tan_minh_2021",
        "half": "dev",
        "fmt": "scan",
        "layout": "prose_ranges",
        "province": "Lạng Sơn",
        "source": "https://chilang.langson.gov.vn/bm/print/4570",
        "source_says": "Ngày 04/9/2021 Chi bộ thôn Tân Minh, xã Vân An (Chi Lăng) họp thường kỳ tháng 9 và sinh hoạt "
        "chuyên đề “Công tác phát triển Đảng viên tại Chi bộ năm 2022 và những năm tiếp theo” — kỳ sinh hoạt "
        "điểm theo Hướng dẫn số 09 ngày 29/5/2019 của Ban Thường vụ Tỉnh ủy; dự có đ/c Khổng Văn Mạnh, Ủy viên "
        "BCH Đảng bộ huyện phụ trách xã; chi ủy nêu giải pháp tạo nguồn; nhiệm vụ tháng 9: sản xuất nông lâm "
        "nghiệp, nông thôn mới, tình hình tư tưởng.",
        "completed": [
            "the page reports the September meeting; the year's thematic plan (number, date, the topics of "
            "quarters I, II and IV drawn from the tasks the page lists, every preparer and the secretary) is "
            "completed as prose, one paragraph per quarter (“Quý III (tháng 7 – 9): vào ngày 04/9/2021, …”)",
            "delivered as a scan: rendered, printed to 200 dpi images, rotated about 1° and blurred",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ thôn Tân Minh",
        "committee_name": "Đảng bộ xã Vân An",
        "header_committee": "ĐẢNG BỘ XÃ VÂN AN",
        "number": 1,
        "type_code": "KH",
        "date": "2021-01-12",
        "place": "Vân An",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 09-HD/TU ngày 29/5/2019 của Ban Thường vụ Tỉnh ủy Lạng Sơn về nâng cao chất "
            "lượng sinh hoạt chi bộ;",
            "Căn cứ Chương trình công tác năm 2021 của Đảng ủy xã Vân An;",
        ],
        "members": "21 đảng viên",
        "secretary": "Hoàng Văn Tâm",
        "opening": "Chi bộ thôn Tân Minh hiện có 21 đảng viên. Chi ủy xây dựng kế hoạch sinh hoạt chuyên đề năm "
        "2021 như sau:",
        "topics": [
            topic(
                "Phát triển sản xuất nông lâm nghiệp, trồng rừng gắn với xây dựng nông thôn mới",
                1,
                3,
                ["Hoàng Văn Tâm", "Lương Văn Dũng"],
            ),
            topic(
                "Nâng cao ý thức phòng, chống dịch Covid-19 trong nhân dân thôn Tân Minh",
                2,
                5,
                ["Lương Thị Thu"],
            ),
            topic(
                "Công tác phát triển Đảng viên tại Chi bộ năm 2022 và những năm tiếp theo",
                3,
                9,
                ["Hoàng Văn Tâm", "Lương Văn Dũng", "Vi Thị Hằng"],
                when="vào ngày 04/9/2021",
            ),
            topic(
                "Giữ gìn an ninh trật tự, phòng, chống cháy rừng mùa hanh khô",
                4,
                11,
                ["Lương Văn Dũng"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "23_mam_non_dien_van_2025",
        "half": "dev",
        "fmt": "odt",
        "layout": "activity_quarters",
        "province": "Nghệ An",
        "source": "https://mamnondienvan.dienchau.edu.vn/tin-tuc/dai-hoi-chi-bo-nhiem-ky-2025-2027-375.html",
        "source_says": "Trường mầm non Diễn Vạn có 16 nhóm lớp, 44 CBVC-NLĐ; nhiệm kỳ 2022 – 2025 chi bộ kết nạp 2 "
        "đảng viên (29 đảng viên); hằng năm chi bộ hoàn thành tốt và xuất sắc nhiệm vụ, 100% đảng viên hoàn "
        "thành tốt nhiệm vụ, 20% hoàn thành xuất sắc; phổ cập trẻ 5 tuổi 100%; 80% giáo viên viết sáng kiến "
        "kinh nghiệm cấp trường, 25% cấp huyện; trường đạt tập thể lao động tiên tiến; đ/c Trần Văn Hiền, Ủy "
        "viên BTV Đảng ủy, Phó Chủ tịch HĐND, chỉ đạo đại hội nhiệm kỳ 2025 – 2027.",
        "completed": [
            "the 2025 activity plan is written from the results the page reports: the targets keep its figures "
            "(100%, 20%, 100% phổ cập, 80% sáng kiến); the new-member target, tasks, four thematic meetings with "
            "their preparers, number, date and secretary are completed",
            "the quarter II meeting is listed under “* Quý II:” but written “Tháng 7/2025” (outside quarter II) "
            "on purpose, as happens when a plan is retyped; the truth expects it flagged",
            "saved from LibreOffice as .odt",
        ],
        "kind": "activity",
        "year": 2025,
        "cell_name": "Chi bộ Trường Mầm non Diễn Vạn",
        "committee_name": "Đảng bộ xã Diễn Vạn",
        "header_committee": "ĐẢNG BỘ XÃ DIỄN VẠN",
        "number": 3,
        "type_code": "KH",
        "date": "2025-03-05",
        "place": "Diễn Vạn",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Mầm non Diễn Vạn nhiệm kỳ 2025 – 2027;",
            "Căn cứ Chương trình công tác năm 2025 của Đảng ủy xã Diễn Vạn;",
        ],
        "members": "29 đảng viên",
        "secretary": "Nguyễn Thị Thanh Hương",
        "topics": [
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường",
                1,
                3,
                ["Nguyễn Thị Thanh Hương"],
            ),
            topic(
                "Nâng cao chất lượng chăm sóc, nuôi dưỡng trẻ ở các nhóm lớp bán trú",
                2,
                7,
                ["Hồ Thị Lam", "Cao Thị Nga"],
                conflict=True,
            ),
            topic(
                "Xây dựng trường mầm non lấy trẻ làm trung tâm",
                3,
                9,
                ["Hồ Thị Lam"],
            ),
            topic(
                "Phát huy vai trò nêu gương của đảng viên là giáo viên mầm non",
                4,
                11,
                ["Nguyễn Thị Thanh Hương", "Phan Thị Hòa"],
            ),
        ],  # fmt: skip
        "targets": [
            target("100% đảng viên hoàn thành tốt nhiệm vụ trở lên", "percent", 100),
            target("20% đảng viên hoàn thành xuất sắc nhiệm vụ", "percent", 20),
            target("Kết nạp 01 đảng viên mới", "count", 1),
            target("Chi bộ hoàn thành tốt nhiệm vụ trở lên", "yes_no"),
            target("100% trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non", "percent", 100),
            target("80% giáo viên viết sáng kiến kinh nghiệm cấp trường", "percent", 80),
            target("Nhà trường đạt danh hiệu “Tập thể lao động tiên tiến”", "yes_no"),
        ],
    },
    {
        "id": "24_mam_non_tram_chim_2025",
        "half": "dev",
        "fmt": "photo",
        "layout": "compact_opening",
        "province": "Đồng Tháp",
        "source": "http://mntramchim.pgdtamnong.edu.vn/?p=4824",
        "source_says": "Theo Công văn số 502-CV/ĐU ngày 24/9/2024 của Đảng ủy thị trấn, sáng 10/01/2025 chi bộ "
        "Trường Mầm non tổ chức Đại hội nhiệm kỳ 2025 – 2027; dự có đ/c Nguyễn Minh Thọ, Phó Bí thư Đảng ủy "
        "thị trấn Tràm Chim, 24/24 đảng viên; bầu bà Lê Thị Mộng Tuyền – Bí thư, bà Nguyễn Thị Lời – Phó Bí "
        "thư, bà Võ Thị Diễm – Chi ủy viên; nhiệm vụ trọng tâm: xây dựng trường đạt chuẩn quốc gia.",
        "completed": [
            "the one-page 2025 thematic plan (number, date, four topics, months, the other preparers) is "
            "completed; the header names only the Đảng bộ and the cell is named in the opening sentence; "
            "times written “T3 (Quý I)”",
            "delivered as a phone photo of the printed page (tilted, uneven light, blurred JPEG)",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường Mầm non Tràm Chim",
        "committee_name": "Đảng bộ thị trấn Tràm Chim",
        "header_committee": "ĐẢNG BỘ THỊ TRẤN TRÀM CHIM",
        "header_no_cell": True,
        "number": 2,
        "type_code": "KH",
        "date": "2025-01-20",
        "place": "Tràm Chim",
        "legal_bases": [],
        "members": "24 đảng viên",
        "secretary": "Lê Thị Mộng Tuyền",
        "opening": "Căn cứ Nghị quyết Đại hội nhiệm kỳ 2025 – 2027, Chi bộ Trường Mầm non Tràm Chim (24 đảng "
        "viên) thống nhất sinh hoạt chuyên đề mỗi quý một lần trong năm 2025 như sau:",
        "topics": [
            topic(
                "Xây dựng trường đạt chuẩn quốc gia mức độ 1",
                1,
                3,
                ["Lê Thị Mộng Tuyền"],
            ),
            topic(
                "Đổi mới tổ chức hoạt động vui chơi cho trẻ theo hướng trải nghiệm",
                2,
                5,
                ["Nguyễn Thị Lời", "Trần Thị Bích Ngọc"],
            ),
            topic(
                "Bảo đảm an toàn thực phẩm trong bếp ăn bán trú",
                3,
                8,
                ["Võ Thị Diễm"],
            ),
            topic(
                "Công tác tạo nguồn phát triển đảng viên trong giáo viên trẻ",
                4,
                11,
                ["Lê Thị Mộng Tuyền", "Nguyễn Thị Lời"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "25_mam_non_phuc_trach_2022",
        "half": "dev",
        "fmt": "docx",
        "layout": "assign_by_person",
        "province": "Hà Tĩnh",
        "source": "http://mamnonphuctrach.huongkhe.edu.vn/chi-bo-truong-mn-phuc-trach-dai-hoi-chi-bo-nhiem-ky-2022-2025",
        "source_says": "Chiều 26/5/2022 Chi bộ Trường Mầm non Phúc Trạch đại hội nhiệm kỳ 2022 – 2025; chi bộ có 24 "
        "đảng viên; đ/c Nguyễn Trọng Vỹ, Bí thư Đảng ủy – Chủ tịch HĐND xã Phúc Trạch, chỉ đạo; bầu đ/c Nguyễn "
        "Thị Hiếu – Bí thư, đ/c Trần Thị Minh Lý – Phó Bí thư, đ/c Trần Thị Huyền – cấp ủy viên; thông qua Nghị "
        "quyết và Chương trình thực hiện Nghị quyết.",
        "completed": [
            "the thematic plan for the rest of 2022 after the congress (number, date, four topics and months) is "
            "completed; the three committee members named on the page prepare them; the assignment section is "
            "grouped by person (“Đồng chí Nguyễn Thị Hiếu: chuẩn bị chuyên đề số 1 và số 3”), so each topic's "
            "presenters are read from two places",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ Trường Mầm non Phúc Trạch",
        "committee_name": "Đảng bộ xã Phúc Trạch",
        "header_committee": "ĐẢNG BỘ XÃ PHÚC TRẠCH",
        "number": 5,
        "type_code": "KH",
        "date": "2022-06-06",
        "place": "Phúc Trạch",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Mầm non Phúc Trạch nhiệm kỳ 2022 – 2025;",
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương;",
        ],
        "members": "24 đảng viên",
        "secretary": "Nguyễn Thị Hiếu",
        "opening": "Sau Đại hội nhiệm kỳ 2022 – 2025, Chi bộ Trường Mầm non Phúc Trạch (24 đảng viên) xây dựng kế "
        "hoạch sinh hoạt chuyên đề các tháng còn lại của năm 2022 như sau:",
        "topics": [
            topic(
                "Học tập, quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 – 2025",
                2,
                6,
                ["Nguyễn Thị Hiếu", "Trần Thị Minh Lý"],
            ),
            topic(
                "Chuẩn bị các điều kiện bước vào năm học 2022 – 2023",
                3,
                8,
                ["Trần Thị Minh Lý"],
            ),
            topic(
                "Công tác phát triển đảng viên trong đội ngũ giáo viên, nhân viên",
                4,
                10,
                ["Nguyễn Thị Hiếu", "Trần Thị Huyền"],
            ),
            topic(
                "Nâng cao chất lượng bữa ăn bán trú và vệ sinh an toàn thực phẩm",
                4,
                12,
                ["Trần Thị Huyền"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "26_chi_bo_sinh_vien_5_spkt_2016",
        "half": "dev",
        "fmt": "docx",
        "layout": "quarter_ranges_assign",
        "numbering": "reverse",
        "province": "TP Hồ Chí Minh",
        "source": "http://dangbo.hcmute.edu.vn/news/Thong-tin-Ly-luan/"
        "Cong-tac-chuan-bi-va-to-chuc-sinh-hoat-chuyen-de-trong-chi-bo-593/",
        "source_says": "Bài của Nguyễn Thanh Phong (28/07/2016): Chi bộ sinh viên 5 – Đảng bộ Trường Đại học Sư phạm "
        "Kỹ thuật TP.HCM sinh hoạt chuyên đề tại Bảo tàng Tôn Đức Thắng; căn cứ Chỉ thị 10-CT/TW ngày 30/3/2007, "
        "Hướng dẫn 09-HD/BTCTW ngày 02/3/2012, Hướng dẫn 64-HD/ĐU ngày 18/01/2016 của BTV Đảng ủy về nội dung "
        "sinh hoạt chi bộ năm 2016; chi bộ báo cáo tham luận cho Hội nghị chuyên đề tháng 07/2016 theo Công văn "
        "80-CV/BTC.ĐUK ngày 11/07/2016.",
        "completed": [
            "the cell's 2016 thematic plan is completed from the article: the meeting at the Tôn Đức Thắng Museum "
            "and the July report are kept as topics; the other topics, months, preparers, number and date are "
            "completed",
            "the topics are numbered “Chuyên đề số N (tháng …)” under quarter headings and the assignment section "
            "refers to them as “1.”, “2.”, …",
        ],
        "kind": "thematic",
        "year": 2016,
        "cell_name": "Chi bộ Sinh viên 5",
        "committee_name": "Đảng bộ Trường Đại học Sư phạm Kỹ thuật TP. Hồ Chí Minh",
        "header_committee": "ĐẢNG BỘ TRƯỜNG ĐẠI HỌC SƯ PHẠM KỸ THUẬT TP. HỒ CHÍ MINH",
        "number": 2,
        "type_code": "KH",
        "date": "2016-02-22",
        "place": "TP. Hồ Chí Minh",
        "legal_bases": [
            "Căn cứ Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ;",
            "Căn cứ Hướng dẫn số 09-HD/BTCTW ngày 02/3/2012 của Ban Tổ chức Trung ương về nội dung sinh hoạt chi "
            "bộ;",
            "Căn cứ Hướng dẫn số 64-HD/ĐU ngày 18/01/2016 của Ban Thường vụ Đảng ủy về nội dung sinh hoạt chi bộ "
            "năm 2016;",
        ],
        "members": "14 đảng viên",
        "secretary": "Võ Minh Trí",
        "topics": [
            topic(
                "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh trong sinh viên đảng viên",
                1,
                3,
                ["Võ Minh Trí"],
                when="tháng 3/2016",
            ),
            topic(
                "Tìm hiểu cuộc đời, sự nghiệp Chủ tịch Tôn Đức Thắng",
                2,
                5,
                ["Nguyễn Thanh Phong", "Lê Hoàng Yến"],
                "Sinh hoạt tại Bảo tàng Tôn Đức Thắng",
                when="tháng 5/2016",
            ),
            topic(
                "Công tác chuẩn bị và tổ chức sinh hoạt chuyên đề trong chi bộ",
                3,
                7,
                ["Nguyễn Thanh Phong"],
                when="tháng 7/2016",
            ),
            topic(
                "Công tác phát triển đảng viên trong sinh viên",
                4,
                11,
                ["Võ Minh Trí", "Đặng Quốc Huy"],
                when="tháng 11/2016",
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "40_chi_bo_bon_b_tong_2018",
        "half": "dev",
        "fmt": "docx",
        "layout": "quarter_paragraphs_words",
        "province": "Đắk Nông",
        "source": "http://baoanh.baodaknong.org.vn/van-hoa-xa-hoi/gay-dung-hat-giong-do-o-bon-b-tong-3414.html",
        "source_says": "Chi bộ bon B'Tong, xã Đắk P'lao (Đắk Glong) có 20 đảng viên, 19 là người dân tộc thiểu số tại "
        "chỗ; chi bộ làm tốt công tác phát triển đảng viên người dân tộc thiểu số, nguồn kế cận trong lớp trẻ còn "
        "nhiều; ông K'Lăng, đảng viên lớn tuổi nhất, từng là Bí thư Đảng ủy, Chủ tịch HĐND xã; chị H'Tư, con gái "
        "ông, là đảng viên trẻ nhất, kết nạp ngày 2/9/2017; đảng viên trẻ phối hợp với các đoàn thể tìm hiểu đời "
        "sống, sản xuất của người dân; lễ hội truyền thống được sưu tầm, phục dựng (bài ngày 31/5/2018).",
        "completed": [
            "the page portrays the cell; its 2018 thematic plan (number, date, four topics and their months) is "
            "completed from what the page stresses: members from the ethnic minorities, young members, festivals, "
            "livelihoods",
            "the secretary (K'Bình) is completed, the page naming none; K'Lăng and H'Tư prepare topics",
            "the legal bases stand in the opening sentence (“Căn cứ …; Chi bộ bon B'Tong (sau đây gọi tắt là Chi "
            "bộ) đề ra …”), not as separate lines; months are written in words (“tháng Ba năm 2018”) except one "
            "typed “tháng 5/2018”; each quarter is a numbered heading with time, content and preparer lines",
        ],
        "kind": "thematic",
        "year": 2018,
        "cell_name": "Chi bộ bon B'Tong",
        "committee_name": "Đảng bộ xã Đắk P'lao",
        "header_committee": "ĐẢNG BỘ XÃ ĐẮK P'LAO",
        "header_cell": "CHI BỘ BON B'TONG",
        "number": 4,
        "type_code": "KH",
        "date": "2018-01-16",
        "place": "Đắk P'lao",
        "legal_bases": [],
        "members": "20 đảng viên",
        "secretary": "K'Bình",
        "opening": "Căn cứ Nghị quyết Đại hội Chi bộ nhiệm kỳ 2017 – 2020 và Chương trình công tác năm 2018 của Đảng "
        "ủy xã Đắk P'lao; Chi bộ bon B'Tong (sau đây gọi tắt là Chi bộ) đề ra kế hoạch sinh hoạt chuyên đề năm 2018 "
        "như sau:",
        "topics": [
            topic(
                "Công tác phát triển đảng viên là người đồng bào dân tộc thiểu số tại chỗ",
                1,
                3,
                ["K'Bình", "K'Lăng"],
                roles=["trình bày", "tham luận"],
            ),
            topic(
                "Phát huy vai trò của đảng viên trẻ trong Chi đoàn và các phong trào của bon",
                2,
                5,
                ["H'Tư"],
                when="tháng 5/2018",
            ),
            topic(
                "Vận động đồng bào giữ gìn, phát huy các lễ hội truyền thống của bon",
                3,
                8,
                ["K'Lăng"],
            ),
            topic(
                "Đảng viên giúp đỡ hộ nghèo phát triển sản xuất, ổn định đời sống",
                4,
                11,
                ["K'Bình", "H'Tư"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "41_mam_non_ho_dac_kien_2016",
        "half": "dev",
        "fmt": "doc",
        "layout": "table_presenter_discussant",
        "province": "Sóc Trăng",
        "source": "http://mnhodackien.pgdchauthanh.edu.vn/gioi-thieu/chi-bo-dang",
        "source_says": "Chi bộ trường mầm non Hồ Đắc Kiện được thành lập theo quyết định số 15 ngày 30/10/2015 của Đảng "
        "ủy xã Hồ Đắc Kiện; 09 đảng viên (07 chính thức, 02 dự bị): Ngô Thị Thúy Nga – Bí thư chi bộ, Phạm Thu "
        "Ngọc, Lê Thị Kim Thủy, Hồ Kim Dân, Bùi Thanh Túy, Nguyễn Hoàng Niên, Nguyễn Thị Én, Nguyễn Thị Họa My, Hồ "
        "Mị Trinh.",
        "completed": [
            "the page lists the cell and its members; the first thematic plan after the cell was founded (2016: "
            "number, date, four topics, months) is completed, each topic prepared by members the page names",
            "the header wraps the cell's name over two lines (“CHI BỘ TRƯỜNG MẦM NON” / “HỒ ĐẮC KIỆN”); the opening "
            "(“Thực hiện …, Chi bộ Trường Mầm non Hồ Đắc Kiện xây dựng …”) writes it in full; the table has a column "
            "for the presenter and one for the discussants; times typed four ways (“Tháng 3/2016”, “tháng 6 năm "
            "2016”, “Tháng 9/2016 (đầu năm học)”, “12/2016”); kept as an old Word .doc",
            "the decision's symbol (15-QĐ/ĐU) is written out; the page gives it garbled",
        ],
        "kind": "thematic",
        "year": 2016,
        "cell_name": "Chi bộ Trường Mầm non Hồ Đắc Kiện",
        "committee_name": "Đảng bộ xã Hồ Đắc Kiện",
        "header_committee": "ĐẢNG BỘ XÃ HỒ ĐẮC KIỆN",
        "header_left": ["ĐẢNG BỘ XÃ HỒ ĐẮC KIỆN", "CHI BỘ TRƯỜNG MẦM NON", "HỒ ĐẮC KIỆN"],
        "number": 1,
        "type_code": "KH",
        "date": "2016-01-12",
        "place": "Hồ Đắc Kiện",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 09-HD/BTCTW ngày 02/3/2012 của Ban Tổ chức Trung ương về nội dung sinh hoạt chi bộ;",
            "Căn cứ Chương trình công tác năm 2016 của Đảng ủy xã Hồ Đắc Kiện;",
        ],
        "members": "09 đảng viên",
        "secretary": "Ngô Thị Thúy Nga",
        "opening": "Thực hiện Quyết định số 15-QĐ/ĐU ngày 30/10/2015 của Đảng ủy xã Hồ Đắc Kiện về việc thành lập chi "
        "bộ, Chi bộ Trường Mầm non Hồ Đắc Kiện xây dựng kế hoạch sinh hoạt chuyên đề năm 2016 như sau:",
        "topics": [
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trung thực, trách nhiệm; gắn bó "
                "với nhân dân",
                1,
                3,
                ["Ngô Thị Thúy Nga", "Phạm Thu Ngọc"],
            ),
            topic(
                "Nâng cao chất lượng chăm sóc, giáo dục trẻ 5 tuổi, chuẩn bị cho trẻ vào lớp Một",
                2,
                6,
                ["Lê Thị Kim Thủy", "Nguyễn Thị Én"],
                when="tháng 6 năm 2016",
            ),
            topic(
                "Bồi dưỡng quần chúng ưu tú, giúp đỡ đảng viên dự bị chuẩn bị chuyển đảng chính thức",
                3,
                9,
                ["Ngô Thị Thúy Nga", "Hồ Kim Dân"],
                when="Tháng 9/2016 (đầu năm học)",
            ),
            topic(
                "Bảo đảm an toàn thực phẩm và phòng, chống dịch bệnh cho trẻ trong trường mầm non",
                4,
                12,
                ["Bùi Thanh Túy", "Nguyễn Hoàng Niên", "Hồ Mị Trinh"],
                when="12/2016",
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "42_chi_bo_4_minh_khai_bac_kan_2018",
        "half": "dev",
        "fmt": "txt",
        "layout": "quarters_assign_table",
        "province": "Bắc Kạn",
        "source": "https://backancity.gov.vn/dai-hoi-chi-bo-4-phuong-nguyen-thi-minh-khai-nhiem-ky-2017-2020-thanh-"
        "cong-tot-dep/",
        "source_says": "Đại hội chi bộ 4, phường Nguyễn Thị Minh Khai (thành phố Bắc Kạn), nhiệm kỳ 2017 – 2020: chi bộ "
        "lãnh đạo tổ dân phố, học tập và làm theo tấm gương đạo đức Hồ Chí Minh, thực hiện cuộc vận động “Toàn dân "
        "đoàn kết xây dựng nông thôn mới, đô thị văn minh”; hằng năm 8,3% đảng viên hoàn thành xuất sắc, 91,7% hoàn "
        "thành tốt nhiệm vụ; phấn đấu chi bộ trong sạch vững mạnh, 100% đảng viên hoàn thành tốt nhiệm vụ trở lên; "
        "bầu 03 chi ủy viên, đồng chí Vũ Thị Lợi là bí thư chi bộ.",
        "completed": [
            "the 2018 thematic plan (number, date, four topics, months, the other two committee members' names) is "
            "completed from the tasks the page reports",
            "the cell is named only in the title (“SINH HOẠT CHUYÊN ĐỀ CỦA CHI BỘ 4 NĂM 2018”): the header names the "
            "Đảng bộ only, the opening says “chi ủy”, the signature “T/M CHI BỘ”; the truth keeps the page's form "
            "“Chi bộ 4”",
            "topics are lettered “a) Quý I/2018: …” and the assignment is a table naming each topic by its quarter "
            "(“Chuyên đề quý II (tháng 5)”); one time typed “tuần đầu tháng 8”; plain text",
        ],
        "kind": "thematic",
        "year": 2018,
        "cell_name": "Chi bộ 4",
        "committee_name": "Đảng bộ phường Nguyễn Thị Minh Khai",
        "header_committee": "ĐẢNG BỘ PHƯỜNG NGUYỄN THỊ MINH KHAI",
        "header_no_cell": True,
        "title_lines": ["KẾ HOẠCH", "SINH HOẠT CHUYÊN ĐỀ CỦA CHI BỘ 4 NĂM 2018"],
        "number": 2,
        "type_code": "KH",
        "date": "2018-01-18",
        "place": "Bắc Kạn",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ nhiệm kỳ 2017 – 2020;",
            "Căn cứ Chương trình công tác năm 2018 của Đảng ủy phường Nguyễn Thị Minh Khai;",
        ],
        "members": "24 đảng viên",
        "secretary": "Vũ Thị Lợi",
        "opening": "Chi ủy xây dựng kế hoạch sinh hoạt chuyên đề năm 2018 như sau:",
        "topics": [
            topic(
                "Thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” ở tổ dân phố",
                1,
                3,
                ["Vũ Thị Lợi"],
            ),
            topic(
                "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về nêu gương của đảng viên nơi cư trú",
                2,
                5,
                ["Hoàng Văn Thịnh"],
            ),
            topic(
                "Giữ gìn an ninh trật tự, phòng, chống tệ nạn xã hội trên địa bàn tổ dân phố",
                3,
                8,
                ["Nông Thị Hà", "Hoàng Văn Thịnh"],
                when="tuần đầu tháng 8",
            ),
            topic(
                "Đảng viên tham gia giám sát vệ sinh môi trường, chỉnh trang đô thị",
                4,
                10,
                ["Vũ Thị Lợi", "Nông Thị Hà"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "43_chi_bo_ap_phu_hoa_2025",
        "half": "dev",
        "fmt": "odt",
        "layout": "activity_month_table",
        "province": "An Giang",
        "source": "https://anphu.angiang.gov.vn/dai-hoi-dang-vien-chi-bo-ap-phu-hoa-thanh-cong-tot-dep",
        "source_says": "Sáng 29/10, Chi bộ ấp Phú Hòa (xã Phú Hữu) đại hội đảng viên lần thứ XII, nhiệm kỳ 2025 – 2027, "
        "là đại hội điểm của Đảng ủy xã; dự có ông Nguyễn Văn Dũng, Bí thư Đảng ủy, Chủ tịch UBND xã Phú Hữu. Nhiệm kỳ "
        "2022 – 2025: diện tích gieo trồng 2.747 ha (100% kế hoạch), sản lượng lương thực ước 13.461 tấn, huy động "
        "học sinh đạt 100% chỉ tiêu, ấp đạt 14/19 tiêu chí với 41/47 chỉ tiêu nông thôn mới; 02 đồng chí đi bồi "
        "dưỡng chuyên môn, 01 học sơ cấp lý luận chính trị; chi bộ có 37 đảng viên. Nhiệm kỳ 2025 – 2027 phấn đấu "
        "ấp đạt chuẩn nông thôn mới theo lộ trình, chi bộ “Hoàn thành tốt nhiệm vụ” trở lên.",
        "completed": [
            "the 2025 activity plan is written from the congress's report: situation and two targets keep its "
            "figures; the other targets, the tasks, the month-by-month table, four thematic meetings, number, date, "
            "the secretary and the preparers are completed (the page names no one in the cell)",
            "the cell is named in capitals in the header and in the opening followed by its commune and district "
            "(“Chi bộ ấp Phú Hòa, xã Phú Hữu, huyện An Phú xây dựng …”); the thematic meetings sit in a month table "
            "among the other work, no quarter written; saved as .odt",
        ],
        "kind": "activity",
        "year": 2025,
        "cell_name": "Chi bộ ấp Phú Hòa",
        "committee_name": "Đảng bộ xã Phú Hữu",
        "header_committee": "ĐẢNG BỘ XÃ PHÚ HỮU",
        "number": 1,
        "type_code": "KH",
        "date": "2025-01-08",
        "place": "Phú Hữu",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội đảng viên Chi bộ ấp Phú Hòa lần thứ XII, nhiệm kỳ 2025 – 2027;",
            "Căn cứ Chương trình công tác năm 2025 của Đảng ủy xã Phú Hữu;",
        ],
        "members": "37 đảng viên",
        "secretary": "Nguyễn Văn Hữu",
        "opening": "Chi bộ ấp Phú Hòa, xã Phú Hữu, huyện An Phú xây dựng kế hoạch hoạt động năm 2025 như sau:",
        "situation": "Chi bộ có 37 đảng viên. Nhiệm kỳ 2022 – 2025 ấp gieo trồng 2.747 ha, đạt 100% kế hoạch, sản lượng "
        "lương thực ước 13.461 tấn; huy động học sinh ra lớp đạt chỉ tiêu; ấp đạt 14/19 tiêu chí với 41/47 chỉ "
        "tiêu nông thôn mới. Khó khăn: giá vật tư nông nghiệp cao, một số tuyến đường nội đồng chưa được nâng cấp.",
        "tasks": [
            "Lãnh đạo Ban nhân dân ấp và các đoàn thể vận động Nhân dân hoàn thành các tiêu chí nông thôn mới còn "
            "thiếu.",
            "Chỉ đạo sản xuất ba vụ lúa an toàn, mở rộng diện tích lúa chất lượng cao.",
            "Giữ vững an ninh trật tự; chăm lo gia đình chính sách, hộ nghèo.",
        ],
        "month_work": {
            1: ["Vận động Nhân dân đón Tết an toàn, tiết kiệm."],
            6: ["Sơ kết 6 tháng đầu năm."],
            12: ["Kiểm điểm, đánh giá, xếp loại đảng viên và chi bộ năm 2025."],
        },
        "topics": [
            topic(
                "Học tập, quán triệt Nghị quyết Đại hội Chi bộ ấp nhiệm kỳ 2025 – 2027",
                1,
                2,
                ["Nguyễn Văn Hữu"],
            ),
            topic(
                "Vận động Nhân dân chung sức xây dựng ấp đạt chuẩn nông thôn mới",
                2,
                5,
                ["Lê Văn Phước", "Nguyễn Thị Bé Tư"],
            ),
            topic(
                "Chuyển đổi cơ cấu cây trồng, nâng cao hiệu quả sản xuất lúa vụ Thu Đông",
                3,
                8,
                ["Lê Văn Phước"],
            ),
            topic(
                "Công tác tạo nguồn, phát triển đảng viên trong thanh niên ấp",
                4,
                11,
                ["Nguyễn Văn Hữu", "Nguyễn Thị Bé Tư"],
            ),
        ],  # fmt: skip
        "targets": [
            target("Chi bộ đạt “Hoàn thành tốt nhiệm vụ” trở lên", "yes_no"),
            target("90% đảng viên trở lên hoàn thành tốt nhiệm vụ", "percent", 90),
            target("Kết nạp 01 đảng viên mới", "count", 1),
            target("Ấp đạt thêm 02 tiêu chí nông thôn mới", "count", 2),
            target("Huy động 100% học sinh trong độ tuổi ra lớp", "percent", 100),
        ],
    },
    {
        "id": "44_van_phong_hdnd_lang_son_2021",
        "half": "dev",
        "fmt": "docx",
        "layout": "prose_dates",
        "province": "Lạng Sơn",
        "source": "https://vphdnd.langson.gov.vn/bm/print/4428",
        "source_says": "Ngày 30/3/2021 Chi bộ Văn phòng HĐND tỉnh sinh hoạt định kỳ tháng 3/2021: quán triệt nghị quyết "
        "Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVII, nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII, cuộc bầu cử "
        "đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 – 2026; chi bộ có 29 đảng viên (01 dự bị); "
        "đã hoàn thiện hồ sơ thành lập Chi bộ Văn phòng Đoàn ĐBQH và HĐND tỉnh; cử 02 quần chúng ưu tú học lớp bồi "
        "dưỡng nhận thức về Đảng năm 2021; nhiệm vụ tháng 4: chuẩn bị phiên họp của Thường trực HĐND tỉnh nghe giải "
        "trình.",
        "completed": [
            "the year's thematic plan (number, date, the four topics drawn from the tasks the page reports, their "
            "times and presenters) is completed; the March meeting keeps its date",
            "the superior committee (Đảng bộ Khối các cơ quan tỉnh Lạng Sơn) and every name are completed; the page "
            "names neither",
            "the header gives only the committee, wrapped over two lines (“ĐẢNG BỘ KHỐI CÁC CƠ QUAN” / “TỈNH LẠNG "
            "SƠN”); the cell is named once, in an opening that starts “Nhằm …” and ends “(sau đây gọi tắt là Chi "
            "bộ)”; one paragraph per meeting with the time as a date (“ngày 30/3/2021”) or a week",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ Văn phòng HĐND tỉnh",
        "committee_name": "Đảng bộ Khối các cơ quan tỉnh Lạng Sơn",
        "header_committee": "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH LẠNG SƠN",
        "header_left": ["ĐẢNG BỘ KHỐI CÁC CƠ QUAN", "TỈNH LẠNG SƠN"],
        "report_to": "Đảng ủy Khối các cơ quan tỉnh",
        "number": 3,
        "type_code": "KH",
        "date": "2021-01-20",
        "place": "Lạng Sơn",
        "legal_bases": [
            "Căn cứ Chương trình công tác năm 2021 của Đảng ủy Khối các cơ quan tỉnh;",
        ],
        "members": "29 đảng viên",
        "secretary": "Lương Văn Hùng",
        "opening": "Nhằm nâng cao chất lượng sinh hoạt chi bộ theo Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ "
        "chức Trung ương, Chi bộ Văn phòng HĐND tỉnh (sau đây gọi tắt là Chi bộ) xây dựng kế hoạch sinh hoạt chuyên đề "
        "năm 2021 như sau:",
        "topics": [
            topic(
                "Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết Đại hội Đảng bộ "
                "tỉnh Lạng Sơn lần thứ XVII",
                1,
                3,
                ["Lương Văn Hùng"],
                when="ngày 30/3/2021",
            ),
            topic(
                "Công tác tham mưu, phục vụ cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ "
                "2021 – 2026",
                2,
                5,
                ["Hoàng Thị Thu Trang", "Nông Văn Bình"],
            ),
            topic(
                "Nâng cao chất lượng tham mưu, phục vụ hoạt động giám sát của Thường trực HĐND và các Ban HĐND tỉnh",
                3,
                8,
                ["Nông Văn Bình"],
                when="ngày 24/8/2021",
            ),
            topic(
                "Công tác tạo nguồn phát triển đảng viên, giới thiệu quần chúng ưu tú học lớp bồi dưỡng nhận thức về "
                "Đảng",
                4,
                11,
                ["Lương Văn Hùng", "Vi Thị Hạnh"],
                when="tuần thứ hai của tháng 11",
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "46_chi_bo_thon_tan_yen_ea_ly_2023",
        "half": "dev",
        "fmt": "scan",
        "layout": "quarter_table_weeks",
        "province": "Phú Yên",
        "source": "http://ealy.songhinh.phuyen.gov.vn/tin-tuc-su-kien/dua-nghi-quyet-dai-hoi-vao-cuoc-song/"
        "dai-hoi-chi-bo-thon-tan-yen-lan-thu-viii-nhiem-ky-2022-2025.html",
        "source_says": "Thực hiện Kế hoạch số 73-KH/ĐU ngày 13/5/2022 của Đảng ủy xã Ea Ly, ngày 12/9/2022 chi bộ thôn Tân "
        "Yên đại hội lần thứ VIII, nhiệm kỳ 2022 – 2025; dự có đ/c Hoàng Đình Năm – Phó Bí thư Đảng ủy, Chủ tịch HĐND "
        "xã, đ/c Nguyễn Minh Tuấn – Phó Chủ tịch HĐND xã, 26/36 đảng viên; chi bộ có 36 đảng viên (34 chính thức, 02 "
        "dự bị); nhiệm kỳ qua chi bộ quán triệt chủ trương, nghị quyết, kết nạp quần chúng ưu tú, giám sát việc nêu "
        "gương và sinh hoạt nơi cư trú, làm tốt dân vận, dân chủ cơ sở, vận động Nhân dân phát triển kinh tế.",
        "completed": [
            "the 2023 thematic plan (number, date, five topics from the tasks the page lists, their times, the "
            "secretary and the preparers) is completed; the page names no one in the cell",
            "the header names only the Đảng bộ and the opening says “chi ủy”: the cell is named only in the signature "
            "(“T/M CHI BỘ THÔN TÂN YÊN”); the table has one merged Quý cell over quarter II's two meetings and times "
            "typed as weeks (“Tuần 2, tháng 3/2023”)",
            "delivered as a scan: rendered, printed to 200 dpi images, rotated about 1° and blurred",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ thôn Tân Yên",
        "committee_name": "Đảng bộ xã Ea Ly",
        "header_committee": "ĐẢNG BỘ XÃ EA LY",
        "header_no_cell": True,
        "sign_for": "T/M CHI BỘ THÔN TÂN YÊN",
        "number": 1,
        "type_code": "KH",
        "date": "2023-01-10",
        "place": "Ea Ly",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ lần thứ VIII, nhiệm kỳ 2022 – 2025;",
        ],
        "members": "36 đảng viên",
        "secretary": "Phan Văn Lộc",
        "opening": "Chi ủy xây dựng kế hoạch sinh hoạt chuyên đề năm 2023 như sau:",
        "topics": [
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với xây dựng nếp sống văn hóa ở thôn",
                1,
                3,
                ["Phan Văn Lộc"],
            ),
            topic(
                "Phát triển kinh tế hộ gia đình, chuyển đổi cây trồng trên đất sắn, mía",
                2,
                4,
                ["Nguyễn Thị Thanh Hà"],
            ),
            topic(
                "Vận động Nhân dân tham gia giữ gìn an ninh trật tự ở thôn",
                2,
                6,
                ["Ksor Y Bình"],
                when="Tuần 3, tháng 6/2023",
            ),
            topic(
                "Một năm thực hiện Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 – 2025",
                3,
                9,
                ["Phan Văn Lộc", "Nguyễn Thị Thanh Hà"],
            ),
            topic(
                "Công tác dân vận và thực hiện dân chủ ở cơ sở",
                4,
                11,
                ["Nay H'Linh"],
                when="Tuần 3, tháng 11/2023",
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "49_chi_bo_ap_nhon_tho_2_2022",
        "half": "dev",
        "fmt": "docx",
        "layout": "activity_month_table",
        "province": "Cần Thơ",
        "source": "https://baocantho.com.vn/-ai-hoi-chi-bo-diem-cua-huyen-phong-ien-a147055.html",
        "source_says": "Ngày 20/5/2022 Chi bộ ấp Nhơn Thọ 2, xã Nhơn Ái, huyện Phong Điền đại hội đảng viên nhiệm kỳ 2022 – "
        "2025 (đại hội điểm của huyện). Nhiệm kỳ 2020 – 2022: kết nạp 2 đảng viên, hằng năm chi bộ hoàn thành tốt "
        "nhiệm vụ; vận động Nhân dân đóng góp hơn 440 triệu đồng bắc cầu, làm đường, nạo vét kênh thủy lợi; xây, sửa "
        "6 căn nhà tình nghĩa, nhà Đại đoàn kết; giảm 7 hộ nghèo, 3 hộ cận nghèo (còn 12 hộ nghèo, 13 hộ cận nghèo). "
        "Chỉ tiêu nhiệm kỳ 2022 – 2025: kết nạp 1 đảng viên; hằng năm 90% đảng viên trở lên hoàn thành tốt nhiệm vụ; "
        "chi bộ hoàn thành tốt nhiệm vụ; tăng 5% cơ sở thương mại – dịch vụ, công nghiệp – tiểu thủ công nghiệp; đến "
        "năm 2025 ấp không còn hộ nghèo, đạt tiêu chí văn hóa – nông thôn mới.",
        "completed": [
            "the activity plan for the rest of 2022 (June to December) is written from the congress's report: three "
            "targets keep its figures; the poor-household target for 2022, the tasks, the month table, four "
            "thematic meetings, number, date, the secretary and the preparers are completed",
            "the header wraps the cell's name over two lines (“CHI BỘ ẤP” / “NHƠN THỌ 2”); the opening starts "
            "“Nhằm cụ thể hóa …, Chi bộ ấp Nhơn Thọ 2 xây dựng …”; months in the table typed “6/2022”, no quarter "
            "written",
        ],
        "kind": "activity",
        "year": 2022,
        "cell_name": "Chi bộ ấp Nhơn Thọ 2",
        "committee_name": "Đảng bộ xã Nhơn Ái",
        "header_committee": "ĐẢNG BỘ XÃ NHƠN ÁI",
        "header_left": ["ĐẢNG BỘ XÃ NHƠN ÁI", "CHI BỘ ẤP", "NHƠN THỌ 2"],
        "title_lines": ["KẾ HOẠCH", "Hoạt động của chi bộ từ tháng 6 đến cuối năm 2022"],
        "number": 4,
        "type_code": "KH",
        "date": "2022-06-02",
        "place": "Nhơn Ái",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội đảng viên Chi bộ ấp Nhơn Thọ 2 nhiệm kỳ 2022 – 2025;",
        ],
        "members": "32 đảng viên",
        "secretary": "Lê Văn Hiền",
        "opening": "Nhằm cụ thể hóa Nghị quyết Đại hội đảng viên nhiệm kỳ 2022 – 2025, Chi bộ ấp Nhơn Thọ 2 xây dựng kế "
        "hoạch hoạt động từ tháng 6 đến hết năm 2022 như sau:",
        "situation": "Nhiệm kỳ 2020 – 2022 chi bộ kết nạp 2 đảng viên, hằng năm hoàn thành tốt nhiệm vụ; Nhân dân đóng góp "
        "hơn 440 triệu đồng làm cầu, đường, nạo vét kênh thủy lợi; 6 căn nhà tình nghĩa, nhà Đại đoàn kết được xây, "
        "sửa; ấp giảm 7 hộ nghèo, 3 hộ cận nghèo, hiện còn 12 hộ nghèo, 13 hộ cận nghèo.",
        "tasks": [
            "Quán triệt Nghị quyết Đại hội đến từng đảng viên và hộ dân.",
            "Vận động phát triển cơ sở thương mại – dịch vụ, vườn cây ăn trái gắn với du lịch sinh thái.",
            "Rà soát, giúp đỡ từng hộ nghèo, hộ cận nghèo có phương án thoát nghèo.",
        ],
        "first_month": 6,
        "month_label": "{m}/{y}",
        "month_work": {
            6: ["Ra mắt chi ủy nhiệm kỳ 2022 – 2025."],
            12: ["Kiểm điểm, đánh giá, xếp loại đảng viên và chi bộ năm 2022."],
        },
        "topics": [
            topic(
                "Học tập, quán triệt Nghị quyết Đại hội Chi bộ ấp nhiệm kỳ 2022 – 2025",
                2,
                6,
                ["Lê Văn Hiền"],
            ),
            topic(
                "Giảm nghèo bền vững, phấn đấu đến năm 2025 ấp không còn hộ nghèo",
                3,
                8,
                ["Võ Thị Thu Ba", "Lê Văn Hiền"],
            ),
            topic(
                "Phát triển vườn cây ăn trái gắn với du lịch sinh thái ở ấp",
                4,
                10,
                ["Huỳnh Văn Tâm"],
            ),
            topic(
                "Xây dựng ấp đạt tiêu chí văn hóa – nông thôn mới",
                4,
                12,
                ["Võ Thị Thu Ba"],
            ),
        ],  # fmt: skip
        "targets": [
            target("Chi bộ hoàn thành tốt nhiệm vụ", "yes_no"),
            target("90% đảng viên trở lên hoàn thành tốt nhiệm vụ", "percent", 90),
            target("Giảm 04 hộ nghèo trong năm 2022", "count", 4),
            target(
                "Tăng 5% số cơ sở thương mại – dịch vụ, công nghiệp – tiểu thủ công nghiệp",
                "percent",
                5,
            ),
        ],
    },
]
