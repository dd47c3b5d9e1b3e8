"""Lossless: ``fix`` rewrites entries and nothing else, and loses nothing of them.

Every line outside entries (prose, badges, HTML, code fences, tables that are no entries, the
table of contents, line ends, the BOM, the final newline) comes out byte for byte, in order;
every entry keeps its title, links, authors, keywords, fields and notes, up to the documented
canonicalisations (see ``fix_support``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fix_strategies import awesome_list
from fix_support import (
    CORPUS,
    SEEDS,
    assert_lossless,
    content,
    fix_bytes,
    outside_entries,
    parse_bytes,
)
from hypothesis import HealthCheck, given, settings

LISTS = SEEDS + CORPUS
MODES = pytest.mark.parametrize("unsafe", [True, False], ids=["unsafe-fixes", "safe-fixes"])


@MODES
@pytest.mark.parametrize("path", LISTS, ids=[path.stem for path in LISTS])
def test_real_lists_lose_nothing(path: Path, unsafe: bool) -> None:
    data = path.read_bytes()
    assert_lossless(data, fix_bytes(data, unsafe=unsafe))


@MODES
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=awesome_list())
def test_generated_lists_lose_nothing(data: bytes, unsafe: bool) -> None:
    assert_lossless(data, fix_bytes(data, unsafe=unsafe))


def test_the_comparison_notices_a_changed_prose_line() -> None:
    """The lossless check itself must fail on damage, or the tests above prove nothing."""
    before = b"Intro prose.\n\n- [A](https://example.org/a)\n"
    with pytest.raises(AssertionError):
        assert_lossless(before, before.replace(b"Intro", b"Outro"))
    with pytest.raises(AssertionError):
        assert_lossless(before, before.replace(b"\n", b"\r\n"))
    with pytest.raises(AssertionError):
        assert_lossless(before, b"\xef\xbb\xbf" + before)


def test_the_comparison_notices_a_lost_author_or_note() -> None:
    before = b"- [A](https://example.org/a)\n  - Ann Lee, Bo Chen\n  - Keywords: x\n  - a note\n"
    with pytest.raises(AssertionError):
        assert_lossless(before, before.replace(b"Ann Lee, ", b""))
    with pytest.raises(AssertionError):
        assert_lossless(before, before.replace(b"  - a note\n", b""))
    with pytest.raises(AssertionError):
        # Moving the authors below the keywords turns them into a note.
        assert_lossless(
            before, b"- [A](https://example.org/a)\n  - Keywords: x\n  - Ann Lee, Bo Chen\n"
        )


def test_canonicalisations_are_not_counted_as_losses() -> None:
    before = (
        "- [ Attention;  ≈Åukasz ](http://example.org/a?utm_source=x&id=1)\n"
        "  - Keyword:  a, b,, A\n"
        "  - Code: [Code](https://arxiv.org/pdf/2305.18290v2.pdf)\n"
    ).encode()
    after = (
        "- [Attention; Łukasz](https://example.org/a?id=1)\n"
        "  - Keywords: a, b\n"
        "  - Code: [Code](https://arxiv.org/abs/2305.18290)\n"
    ).encode()
    assert_lossless(before, after)


def test_prose_html_fences_and_tables_outside_entries_come_out_byte_for_byte() -> None:
    """A concrete instance of the property on the things real lists carry around entries."""
    outside = [
        "# Awesome List  \r\n",
        "[![Badge](https://img.shields.io/badge/a-b-c)](https://example.org)  \r\n",
        '<p align="center"><font color="red">notable</font></p>\r\n',
        "\r\n",
        "```\r\n",
        "- [Not an entry](http://example.org/x?utm_source=y)  \r\n",
        "```\r\n",
        "| Name | Note |\r\n",
        "|:-----|-----:|\r\n",
        "| a  | b |  \r\n",
    ]
    entries = "\r\n- [ A ](http://example.org/a?utm_source=x)  \r\n\t+ Keyword: x,, x\r\n"
    data = ("\ufeff" + "".join(outside) + entries + "\r\n> quote  ").encode()
    fixed = fix_bytes(data, unsafe=True)
    assert fixed.startswith("\ufeff".encode() + "".join(outside).encode())
    assert fixed.endswith(b"\r\n> quote  ")
    assert outside_entries(parse_bytes(fixed)) == outside_entries(parse_bytes(data))
    assert [content(entry) for entry in parse_bytes(fixed).document.entries] == [
        content(entry) for entry in parse_bytes(data).document.entries
    ]
    assert b"- [A](https://example.org/a)\r\n  - Keywords: x\r\n" in fixed
