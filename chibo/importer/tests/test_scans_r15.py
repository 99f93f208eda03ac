"""A month outside its quarter on a scan: a lost stroke of the roman numeral, or written so."""

from chibo.importer.parser import _scanned_quarters
from chibo.importer.schema import ParsedTopic


def _topics(*times: tuple[int, int]) -> list[ParsedTopic]:
    topics = [
        ParsedTopic(title=f"Chuyên đề {n}", quarter=q, month=m) for n, (q, m) in enumerate(times)
    ]
    for topic in topics:
        if topic.quarter and topic.month and (topic.month - 1) // 3 + 1 != topic.quarter:
            topic.conflicts = [f"Tháng {topic.month} không thuộc Quý {topic.quarter}."]
    return topics


def test_a_lost_stroke_leaves_two_topics_in_one_quarter_and_one_quarter_empty():
    # 'Quý III | Tháng 8' read 'Quý II | Tháng 8' (a real scan of the development half)
    topics = _topics((1, 3), (2, 5), (2, 8), (4, 11))
    _scanned_quarters(topics)
    assert [t.quarter for t in topics] == [1, 2, 3, 4]
    assert topics[2].conflicts == []
    # 'Q.II', 'Q.III' both read 'Q.I'
    topics = _topics((4, 11), (1, 3), (1, 5), (1, 8))
    _scanned_quarters(topics)
    assert [t.quarter for t in topics] == [4, 1, 2, 3]


def test_a_month_written_outside_its_quarter_is_kept_and_flagged():
    # 'Quý II (tháng 7)' between 'Quý I' and 'Quý III (tháng 9)': the plan wrote it so
    topics = _topics((1, 3), (2, 7), (3, 9), (4, 12))
    _scanned_quarters(topics)
    assert [t.quarter for t in topics] == [1, 2, 3, 4]
    assert topics[1].conflicts == ["Tháng 7 không thuộc Quý 2."]
    # the same alone in its quarter but with the month's quarter empty: a lost stroke
    topics = _topics((1, 3), (2, 7), (4, 12))
    _scanned_quarters(topics)
    assert [t.quarter for t in topics] == [1, 3, 4]
