"""Property tests: Markdown-ish noise never crashes the parser, and every position it reports
lies inside the file, whatever the line ends."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from awesomelint._model import Document
from awesomelint._parse import parse
from awesomelint._source import SourceFile, decode

#: The pieces paper lists are made of, and the ones that break naive scanners.
PIECES = [
    "- ", "* ", "+ ", "1. ", "2) ", "  ", "    ", "\t", "\n", "\r\n", "\r", " ",
    "[", "]", "(", ")", "![", "](", "[[", "]]", "<", ">", "`", "```", "~~~", "|", "|---|",
    "#", "## ", "### 2024 - ", "> ", "**", "__", "*", "_", "\\", ":", ",", ";", "-", "---",
    "https://arxiv.org/abs/2101.00001", "http://x.org/a(b)", "#anchor", "Title", "Ann Lee",
    "2024 - ", "(Sept. 2020)", "CVPR 2024", "Keywords: ", "Code: ", "format:", "<!--", "-->",
    "<p>", "é", "ﬂ", "\ufeff", "\u2028", "\x0c",
]  # fmt: skip

markdownish = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


def _assert_inside(source: SourceFile, document: Document) -> None:
    lines = source.lines
    for entry in document.entries:
        spans = [entry.span, entry.title_span, entry.url_span, entry.year_span]
        spans += [s for link in [*entry.links, *entry.code] for s in (link.span, link.url_span)]
        spans += [link.label_span for link in [*entry.links, *entry.code]]
        spans += [s for field in entry.fields for s in (field.span, field.value_span)]
        spans += [field.label_span for field in entry.fields]
        for where in spans:
            if where is None:
                continue
            assert 1 <= where.line <= where.end_line <= len(lines), where
            assert 1 <= where.column <= len(lines[where.line - 1]) + 1, where
            assert 1 <= where.end_column <= len(lines[where.end_line - 1]) + 1, where
            assert (where.line, where.column) <= (where.end_line, where.end_column), where
        # What a span names is the text the model holds.
        title = lines[entry.title_span.line - 1][
            entry.title_span.column - 1 : entry.title_span.end_column - 1
        ]
        assert title == entry.title


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdownish)
def test_markdownish_noise_parses_with_spans_inside_the_file(text: str) -> None:
    source = decode("fuzz.md", text.encode("utf-8"))
    _assert_inside(source, parse(source))


@settings(max_examples=100, deadline=None)
@given(markdownish, st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_line_ends_and_bom_do_not_change_the_model(text: str, newline: str, bom: bool) -> None:
    lf = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    expected = parse(decode("fuzz.md", lf.encode("utf-8")))
    variant = (b"\xef\xbb\xbf" if bom else b"") + lf.replace("\n", newline).encode("utf-8")
    source = decode("fuzz.md", variant)
    document = parse(source)
    assert document == expected
    _assert_inside(source, document)


@settings(max_examples=100, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=300))
def test_any_text_parses(text: str) -> None:
    source = decode("any.md", text.encode("utf-8"))
    _assert_inside(source, parse(source))
