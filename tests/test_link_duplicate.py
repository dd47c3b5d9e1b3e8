"""link-duplicate: one page as the main link of two entries."""

from __future__ import annotations

import awesomelint

LIST = """# Papers

- [Matryoshka Multimodal Models](https://zhuanlan.zhihu.com/p/688215018)
- [Direct Preference Optimization](https://zhuanlan.zhihu.com/p/688215018)
- [Genie 2](https://deepmind.google/genie-2/)
- [Genie 2](https://www.deepmind.google/genie-2)
"""


def test_one_paper_twice_is_an_error_and_two_papers_on_one_page_a_warning() -> None:
    """Twenty papers linked to one blog post of reading notes are not to be removed: each
    should link to its own page. The same title under the same page is a duplicate."""
    found = [
        (d.span.line, d.severity.value, d.message)
        for d in awesomelint.check(LIST)
        if d.rule == "link-duplicate"
    ]
    assert found == [
        (
            3,
            "warning",
            "'https://zhuanlan.zhihu.com/p/688215018' is also the link of 'Direct Preference "
            "Optimization' at <string>:4: link each paper to its own page",
        ),
        (
            4,
            "warning",
            "'https://zhuanlan.zhihu.com/p/688215018' is also the link of 'Matryoshka "
            "Multimodal Models' at <string>:3: link each paper to its own page",
        ),
        (
            5,
            "error",
            "'https://deepmind.google/genie-2/' is also listed at <string>:6: keep one entry",
        ),
        (
            6,
            "error",
            "'https://www.deepmind.google/genie-2' is also listed at <string>:5: keep one entry",
        ),
    ]


def _under_one_page(titles: list[str]) -> str:
    return "# Papers\n\n" + "".join(f"- [{title}](https://example.org/notes)\n" for title in titles)


def test_a_short_form_under_a_page_few_titles_share_is_the_same_paper() -> None:
    text = _under_one_page(["Flamingo", "Flamingo: a Visual Language Model", "Genie 2"])
    severities = {
        d.span.line: d.severity.value for d in awesomelint.check(text) if d.rule == "link-duplicate"
    }
    assert severities == {3: "error", 4: "error", 5: "warning"}


def test_under_a_page_many_titles_share_only_titles_spelt_alike_are_one_paper() -> None:
    """Past MOST_TITLES_COMPARED titles the page is one that many papers share (a blog of
    notes), and titles are not compared pair by pair (a thousand under one link took minutes):
    "Visual Instruction Tuning" and "SVIT: Scaling up Visual Instruction Tuning" are then two
    papers, not a short form and its paper."""
    titles = [f"Paper number {index} on a topic of its own" for index in range(1, 41)]
    titles += ["Visual Instruction Tuning", "SVIT: Scaling up Visual Instruction Tuning"]
    titles += ["Visual Instruction Tuning"]
    found = [d for d in awesomelint.check(_under_one_page(titles)) if d.rule == "link-duplicate"]
    errors = [d.span.line for d in found if d.severity.value == "error"]
    assert len(found) == len(titles)
    assert errors == [43, 45]  # the title written twice


def test_an_escaped_address_is_the_address_markdown_links_to() -> None:
    """A backslash escape in a destination is dropped by Markdown: "Herve\\_Bourlard" links
    to "Herve_Bourlard", so the entry's URL is that address, and the same page written with
    and without the escape is one page."""
    text = (
        "- [Hybrid Speech Recognition](https://x.org/Herve\\_Bourlard/hybrid.pdf)\n"
        "- [Hybrid Speech Recognition](https://x.org/Herve_Bourlard/hybrid.pdf)\n"
    )
    first = awesomelint.parse(text).entries[0]
    assert first.url == "https://x.org/Herve_Bourlard/hybrid.pdf"
    found = [
        (d.span.line, d.message) for d in awesomelint.check(text) if d.rule == "link-duplicate"
    ]
    page = "'https://x.org/Herve_Bourlard/hybrid.pdf'"
    assert found == [
        (1, f"{page} is also listed at <string>:2: keep one entry"),
        (2, f"{page} is also listed at <string>:1: keep one entry"),
    ]


def test_one_page_in_two_sections_is_a_warning_as_for_arxiv_papers() -> None:
    """A paper filed under two topics on purpose: the check passes with a warning, worded as
    arxiv-duplicate words it."""
    text = (
        "## Attacks\n\n- [SLADE](https://openaccess.thecvf.com/slade.pdf)\n\n"
        "## Defenses\n\n- [SLADE](https://openaccess.thecvf.com/slade.pdf)\n"
    )
    found = [
        (d.span.line, d.severity.value, d.message)
        for d in awesomelint.check(text)
        if d.rule == "link-duplicate"
    ]
    page = "'https://openaccess.thecvf.com/slade.pdf'"
    advice = "(another section): keep one unless it belongs under both"
    assert found == [
        (3, "warning", f"{page} is also listed at <string>:7 {advice}"),
        (7, "warning", f"{page} is also listed at <string>:3 {advice}"),
    ]
