"""A link whose ``)`` never comes is still an entry, reported and (safely, for a full-width
``）``) repaired, instead of an entry that silently disappears."""

from __future__ import annotations

import awesomelint

FULL_WIDTH = (
    "- [Real-World Robot Learning](https://arxiv.org/abs/2210.03109）\n"
    "  - Ilija Radosavovic, Tete Xiao\n"
)
MISSING = "- [Real-World Robot Learning](https://arxiv.org/abs/2210.03109\n  - Ilija Radosavovic\n"


def test_unclosed_link_is_still_an_entry() -> None:
    (entry,) = awesomelint.parse(FULL_WIDTH).entries
    assert entry.title == "Real-World Robot Learning"
    assert entry.arxiv_id == "2210.03109"
    assert entry.authors == ["Ilija Radosavovic", "Tete Xiao"]
    assert entry.links[0].closed is False


def test_unclosed_link_is_an_error_at_the_link() -> None:
    (finding,) = [d for d in awesomelint.check(FULL_WIDTH) if d.rule == "entry-url"]
    assert (finding.span.line, finding.span.column, finding.severity.value) == (1, 3, "error")
    assert "not closed" in finding.message


def test_full_width_parenthesis_is_replaced_safely() -> None:
    assert awesomelint.fix(FULL_WIDTH) == FULL_WIDTH.replace("）", ")")


def test_missing_parenthesis_is_inserted_only_as_an_unsafe_fix() -> None:
    assert awesomelint.fix(MISSING) == MISSING
    fixed = awesomelint.fix(MISSING, unsafe=True)
    assert fixed.startswith("- [Real-World Robot Learning](https://arxiv.org/abs/2210.03109)\n")
