"""The HTML preview shows the same zones as the DOCX and escapes every text."""

from __future__ import annotations

import dataclasses

from django.contrib.staticfiles import finders

from chibo.documents.party import Bullet, Heading, Paragraph, Table, render_html
from chibo.documents.sample import sample_minutes, sample_plan


def test_it_has_every_zone_of_the_document():
    html = render_html(sample_plan())
    for text in [
        '<p class="pd-superior">ĐẢNG ỦY XÃ YÊN MÔ</p>',
        '<p class="pd-issuer-name">CHI BỘ TRƯỜNG MẦM NON YÊN HOÀ</p>',
        '<p class="pd-number">Số 03-KH/CB</p>',
        "<span>ĐẢNG CỘNG SẢN VIỆT NAM</span>",
        '<p class="pd-place-date">Yên Mô, ngày 05 tháng 01 năm 2026</p>',
        '<p class="pd-doc-type">KẾ HOẠCH</p>',
        '<p class="pd-heading pd-heading-1">I. MỤC ĐÍCH YÊU CẦU</p>',
        "<th>Chuyên đề</th>",
        "<li>- Lưu Chi bộ.</li>",
        '<p class="pd-capacity">T/M CHI ỦY</p>',
        '<p class="pd-name">Dương Thị Huệ</p>',
    ]:
        assert text in html, text
    assert "DỰ THẢO" not in html
    assert "DỰ THẢO" in render_html(sample_plan(draft=True))


def test_it_escapes_user_text():
    doc = sample_plan()
    doc = dataclasses.replace(
        doc,
        summary="<script>alert(1)</script>",
        blocks=[Heading("<b>"), Paragraph("a & b"), Bullet('"x"'), Table(["<i>"], [["<u>"]])],
    )
    html = render_html(doc)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;b&gt;" in html and "a &amp; b" in html and "&lt;u&gt;" in html


def test_minutes_show_both_signatures_without_recipients():
    html = render_html(sample_minutes())
    assert "Nơi nhận" not in html
    assert html.index("THƯ KÝ") < html.index("CHỦ TRÌ")


def test_the_stylesheet_is_a_static_file():
    assert finders.find("documents/party.css")
