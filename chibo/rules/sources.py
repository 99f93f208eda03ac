"""The regulations the rulebook cites, each once, with its status and its successor.

Status, as in the project's rule research: "C" confirmed in a text that quotes the Party
document; "L" local practice (a province, ward or school Party body); "T" third-party only;
"I" inferred, a configurable default. "P" marks a rule that comes from the cell's own plan:
it binds that cell only and is never shown as a central regulation.

A superseded text keeps its entry, with `superseded_by`, so that a citation written for an old
year (a 2022 rating round) still reads right and the screen can say "thay thế bởi …".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

STATUS_LABELS = {
    "C": "Đã xác nhận",
    "L": "Thực tiễn địa phương",
    "T": "Nguồn thứ ba, chưa đối chiếu văn bản gốc",
    "I": "Mặc định cấu hình được",
    "P": "Theo kế hoạch của chi bộ",
}


@dataclass(frozen=True)
class Source:
    code: str
    title: str  # as a reader cites it: "Hướng dẫn 42-HD/BTCTW ngày 28/10/2025"
    short: str  # "Hướng dẫn 42-HD/BTCTW"
    status: str
    issued: dt.date | None = None
    superseded_by: str | None = None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def successor(self) -> Source | None:
        return SOURCES[self.superseded_by] if self.superseded_by else None

    @property
    def current(self) -> Source:
        """The text in force today: follows the chain of successors."""
        source = self
        while source.successor is not None:
            source = source.successor
        return source


_LIST = [
    Source("DIEU_LE", "Điều lệ Đảng Cộng sản Việt Nam", "Điều lệ Đảng", "C"),
    Source("QD294", "Quy định 294-QĐ/TW ngày 26/5/2025 về thi hành Điều lệ Đảng", "Quy định 294-QĐ/TW",
           "C", dt.date(2025, 5, 26)),
    Source("QD232", "Quy định 232-QĐ/TW ngày 20/01/2025 về thi hành Điều lệ Đảng", "Quy định 232-QĐ/TW",
           "C", dt.date(2025, 1, 20), "QD294"),
    Source("QD24", "Quy định 24-QĐ/TW ngày 30/7/2021 về thi hành Điều lệ Đảng", "Quy định 24-QĐ/TW",
           "C", dt.date(2021, 7, 30), "QD232"),
    Source("HD06", "Hướng dẫn 06-HD/TW ngày 09/6/2025 một số vấn đề cụ thể thi hành Điều lệ Đảng",
           "Hướng dẫn 06-HD/TW", "C", dt.date(2025, 6, 9)),
    Source("HD01_2021", "Hướng dẫn 01-HD/TW ngày 28/9/2021", "Hướng dẫn 01-HD/TW", "C",
           dt.date(2021, 9, 28), "HD06"),
    Source("CT50", "Chỉ thị 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới và nâng cao "
           "chất lượng sinh hoạt chi bộ", "Chỉ thị 50-CT/TW", "C", dt.date(2025, 7, 23)),
    Source("HD42", "Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương về nâng cao "
           "chất lượng sinh hoạt chi bộ", "Hướng dẫn 42-HD/BTCTW", "C", dt.date(2025, 10, 28)),
    Source("HD12_2018", "Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương",
           "Hướng dẫn 12-HD/BTCTW (2018)", "C", dt.date(2018, 7, 6), "HD42"),
    Source("HD36", "Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng về thể thức "
           "và kỹ thuật trình bày văn bản của Đảng", "Hướng dẫn 36-HD/VPTW", "C", dt.date(2018, 4, 3)),
    Source("QD366", "Quy định 366-QĐ/TW ngày 30/8/2025 về kiểm điểm, đánh giá, xếp loại chất lượng "
           "tổ chức đảng, đảng viên", "Quy định 366-QĐ/TW", "C", dt.date(2025, 8, 30)),
    Source("QD124", "Quy định 124-QĐ/TW ngày 04/10/2023", "Quy định 124-QĐ/TW", "C",
           dt.date(2023, 10, 4), "QD366"),
    Source("QD132", "Quy định 132-QĐ/TW ngày 08/3/2018", "Quy định 132-QĐ/TW", "C",
           dt.date(2018, 3, 8), "QD124"),
    Source("HD43", "Hướng dẫn 43-HD/BTCTW ngày 31/10/2025 của Ban Tổ chức Trung ương", "Hướng dẫn 43-HD/BTCTW",
           "C", dt.date(2025, 10, 31)),
    Source("HD25_2023", "Hướng dẫn 25-HD/BTCTW năm 2023", "Hướng dẫn 25-HD/BTCTW", "C",
           dt.date(2023, 10, 25), "HD43"),
    Source("HD16_2018", "Hướng dẫn 16-HD/BTCTW ngày 24/9/2018", "Hướng dẫn 16-HD/BTCTW", "C",
           dt.date(2018, 9, 24), "HD25_2023"),
    Source("QD01_2026", "Quy định 01-QĐ/TW ngày 03/02/2026 của Bộ Chính trị về chế độ đảng phí",
           "Quy định 01-QĐ/TW", "C", dt.date(2026, 2, 3)),
    Source("QD342_2010", "Quyết định 342-QĐ/TW ngày 28/12/2010 về chế độ đảng phí",
           "Quyết định 342-QĐ/TW", "C", dt.date(2010, 12, 28), "QD01_2026"),
    Source("HD03_2022", "Hướng dẫn 03-HD/TW ngày 27/12/2022 (thí điểm sinh hoạt đảng trực tuyến)",
           "Hướng dẫn 03-HD/TW", "C", dt.date(2022, 12, 27)),
    Source("QD383", "Quy định 383-QĐ/TW ngày 19/11/2025 về Phông lưu trữ Đảng Cộng sản Việt Nam",
           "Quy định 383-QĐ/TW", "C", dt.date(2025, 11, 19)),
    Source("LUAT_THDC", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022",
           "Luật Thực hiện dân chủ ở cơ sở 2022", "C", dt.date(2022, 11, 10)),
    # Existence, date and the texts it replaces: confirmed in press write-ups (quanlynhanuoc.vn
    # ?p=51516; vietnam.vn "Peraturan 296 … menggantikan … No. 22-QD/TW"). Its article-level
    # wording was not read: chibo.rules.inspection marks such details "I" or "T".
    Source("QD296", "Quy định 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, "
           "giám sát và kỷ luật của Đảng", "Quy định 296-QĐ/TW", "C", dt.date(2025, 5, 30)),
    Source("QD22_2021", "Quy định 22-QĐ/TW ngày 28/7/2021 về công tác kiểm tra, giám sát và kỷ luật của Đảng",
           "Quy định 22-QĐ/TW", "C", dt.date(2021, 7, 28), "QD296"),
    Source("QD30_2016", "Quy định 30-QĐ/TW ngày 26/7/2016 thi hành Chương VII và Chương VIII Điều lệ Đảng "
           "về công tác kiểm tra, giám sát, kỷ luật của Đảng", "Quy định 30-QĐ/TW", "C",
           dt.date(2016, 7, 26), "QD22_2021"),
    # Named in the project's rule research only (a public study quiz): primary text not seen.
    Source("HD08_2025", "Hướng dẫn 08-HD/TW ngày 10/6/2025 thực hiện Quy định 296-QĐ/TW (chưa đối chiếu "
           "văn bản gốc)", "Hướng dẫn 08-HD/TW", "T", dt.date(2025, 6, 10)),
    Source("HD02_2021", "Hướng dẫn 02-HD/TW năm 2021 thực hiện Quy định 22-QĐ/TW (chưa đối chiếu văn bản gốc)",
           "Hướng dẫn 02-HD/TW (2021)", "T", dt.date(2021, 12, 9), "HD08_2025"),
    Source("BP1127", "Quyết định 1127-QĐ/TU ngày 14/7/2023 của Ban Thường vụ Tỉnh ủy Bình Phước ban hành quy "
           "trình kiểm tra, giám sát, thi hành kỷ luật đảng, giải quyết tố cáo của chi bộ",
           "Quy trình kiểm tra của chi bộ (Tỉnh ủy Bình Phước)", "L", dt.date(2023, 7, 14)),
    Source("QD3476", "Quyết định 3476/QĐ-BGDĐT ngày 04/10/2019 của Bộ Giáo dục và Đào tạo ban hành Bộ công cụ "
           "đo lường sự hài lòng của người dân đối với dịch vụ giáo dục công", "Quyết định 3476/QĐ-BGDĐT",
           "C", dt.date(2019, 10, 4)),
    Source("ND30_2020", "Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư",
           "Nghị định 30/2020/NĐ-CP", "C", dt.date(2020, 3, 5)),
    Source("ND13_2012", "Nghị định 13/2012/NĐ-CP ngày 02/3/2012 của Chính phủ ban hành Điều lệ Sáng kiến",
           "Nghị định 13/2012/NĐ-CP", "C", dt.date(2012, 3, 2)),
    Source("LUAT_TDKT", "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022", "Luật Thi đua, khen thưởng 2022",
           "C", dt.date(2022, 6, 15)),
    Source("SCHOOL", "Quy định của nhà trường", "Nhà trường tự quy định", "I"),
    Source("HD12_2022", "Hướng dẫn 12-HD/BTCTW ngày 18/01/2022 của Ban Tổ chức Trung ương về nghiệp vụ "
           "công tác đảng viên", "Hướng dẫn 12-HD/BTCTW (2022)", "C", dt.date(2022, 1, 18)),
    Source("QD58_2022", "Quy định 58-QĐ/TW ngày 08/02/2022 về một số vấn đề bảo vệ chính trị nội bộ Đảng",
           "Quy định 58-QĐ/TW", "C", dt.date(2022, 2, 8)),
    Source("DIEU_LE_DOAN", "Điều lệ Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Điều lệ Đoàn", "C"),
    # Announced for 2026; only third-party summaries were seen, so a committee may choose them
    # (chibo.rules.admission) but they do not supersede the 2025 texts here.
    Source("QD208_2026", "Quy định 208-QĐ/TW ngày 26/7/2026 về thi hành Điều lệ Đảng (chưa đối chiếu "
           "văn bản gốc)", "Quy định 208-QĐ/TW", "T", dt.date(2026, 7, 26)),
    Source("HD01_2026", "Hướng dẫn 01-HD/TW ngày 19/5/2026 một số vấn đề cụ thể thi hành Điều lệ Đảng "
           "(chưa đối chiếu văn bản gốc)", "Hướng dẫn 01-HD/TW (2026)", "T", dt.date(2026, 5, 19)),
    # Residence liaison and transfers (chibo.rules.residence, chibo.rules.transfers).
    Source("QD213", "Quy định 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị về trách nhiệm của đảng viên đang công "
           "tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú", "Quy định 213-QĐ/TW", "C",
           dt.date(2020, 1, 2)),
    Source("QD76_2000", "Quy định 76-QĐ/TW ngày 15/6/2000 của Bộ Chính trị khóa VIII", "Quy định 76-QĐ/TW", "C",
           dt.date(2000, 6, 15), "QD213"),
    Source("HD33_2020", "Hướng dẫn 33-HD/BTCTW ngày 30/10/2020 của Ban Tổ chức Trung ương thực hiện một số nội "
           "dung trong Quy định 213-QĐ/TW", "Hướng dẫn 33-HD/BTCTW", "C", dt.date(2020, 10, 30)),
    Source("CV19370", "Công văn 19370-CV/VPTW ngày 08/12/2025 của Văn phòng Trung ương Đảng về các thủ tục hành "
           "chính của Đảng trên Cổng Dịch vụ công quốc gia", "Công văn 19370-CV/VPTW", "C", dt.date(2025, 12, 8)),
    Source("LOCAL_SHEET", "Phiếu chấm điểm chất lượng sinh hoạt chi bộ theo mẫu của một Đảng ủy phường "
           "(mẫu tham khảo địa phương)", "Mẫu tham khảo địa phương", "L"),
    Source("LOCAL_PRACTICE", "Thực tiễn của các Đảng ủy cơ sở", "Thực tiễn địa phương", "L"),
    Source("COMMITTEE", "Quy định của Đảng ủy cấp trên", "Theo quy định của Đảng ủy cấp trên", "L"),
    Source("DEFAULT", "Mặc định của phần mềm; Đảng ủy điều chỉnh được", "Mặc định, Đảng ủy điều chỉnh được",
           "I"),
    Source("CELL_PLAN", "Kế hoạch của chi bộ", "Kế hoạch của chi bộ", "P"),
    Source("SANITY", "Giới hạn kiểm tra của phần mềm Chi bộ số, không phải quy định của Đảng",
           "giới hạn kiểm tra của phần mềm, không phải quy định", "I"),
]  # fmt: skip
SOURCES: dict[str, Source] = {s.code: s for s in _LIST}


@dataclass(frozen=True)
class Citation:
    """A point of a regulation: "Hướng dẫn 42-HD/BTCTW, bước chuẩn bị 4"."""

    source: Source
    point: str = ""
    status: str = ""  # narrower than the source's own, e.g. a [T] detail of a [C] text

    @property
    def status_code(self) -> str:
        return self.status or self.source.status

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status_code]

    @property
    def text(self) -> str:
        return f"{self.source.short}, {self.point}" if self.point else self.source.short

    @property
    def replaced_note(self) -> str:
        """'' for a text in force; "thay thế bởi …" when it was superseded."""
        current = self.source.current
        return "" if current is self.source else f"thay thế bởi {current.short}"

    @property
    def full(self) -> str:
        note = self.replaced_note
        return f"{self.text} ({note})" if note else self.text

    def __str__(self) -> str:
        return self.full


def cite(code: str, point: str = "", *, status: str = "") -> Citation:
    return Citation(SOURCES[code], point, status)


def join(*citations: Citation) -> str:
    return "; ".join(c.full for c in citations)


def in_force(codes: tuple[str, ...], on: dt.date) -> Source:
    """Of a line of texts (oldest first), the one in force on a date: a 2022 rating round is
    held under QĐ 132, not under QĐ 366 which came in 2025."""
    chosen = SOURCES[codes[0]]
    for code in codes:
        source = SOURCES[code]
        if source.issued is None or source.issued <= on:
            chosen = source
    return chosen
