"""Sections are the heading path of an entry, as a reader sees the headings."""

from __future__ import annotations

import awesomelint


def test_sections_are_headings_as_readers_see_them() -> None:
    text = "# **Awesome** `RL`\n\n## [Papers](#papers) \\*2024\\*\n\n- [A Paper](https://example.org/a)\n"
    (entry,) = awesomelint.parse(text).entries
    assert entry.section == ("Awesome RL", "Papers *2024*")


def test_a_badge_in_a_heading_is_no_part_of_the_section() -> None:
    text = (
        "# Awesome Quantization [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n"
        "- [A Paper](https://example.org/a)\n"
    )
    (entry,) = awesomelint.parse(text).entries
    assert entry.section == ("Awesome Quantization",)


def test_a_heading_written_in_html_starts_a_section() -> None:
    """GitHub shows '<h3 id="x">Title</h3>' as a heading; the entries below belong to it."""
    text = (
        "## Papers\n\n"
        '<h3 id="forecasting">☁️ Forecasting</h3>\n\n'
        "- [A Paper](https://example.org/a)\n\n"
        "<H2>Tools</H2>\n\n"
        "- [A Tool](https://example.org/t)\n"
    )
    first, second = awesomelint.parse(text).entries
    assert first.section == ("Papers", "☁️ Forecasting")
    assert second.section == ("Tools",)
