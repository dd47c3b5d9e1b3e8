"""The small public API: parse, check and fix on text."""

from __future__ import annotations

import subprocess
import sys

import awesomelint

LIST = (
    "# Papers\n\n"
    "- [Attention Is All You Need](https://arxiv.org/pdf/1706.03762.pdf)\n"
    "  - Ashish Vaswani, Noam Shazeer\n"
    "  - Keyword: transformer\n"
)


def test_parse_gives_the_entry_model() -> None:
    (entry,) = awesomelint.parse(LIST).entries
    assert entry.title == "Attention Is All You Need"
    assert entry.arxiv_id == "1706.03762"
    assert entry.authors == ["Ashish Vaswani", "Noam Shazeer"]
    assert entry.keywords == ["transformer"]
    assert entry.section == ("Papers",)


def test_check_reports_rules_with_positions() -> None:
    found = {(d.rule, d.span.line, d.span.column) for d in awesomelint.check(LIST)}
    assert ("arxiv-url", 3, 31) in found
    assert ("entry-keywords", 5, 5) in found


def test_fix_applies_safe_fixes_and_keeps_a_bom() -> None:
    fixed = awesomelint.fix("\ufeff" + LIST)
    assert fixed.startswith("\ufeff# Papers")
    assert "https://arxiv.org/abs/1706.03762)" in fixed
    assert "  - Keywords: transformer\n" in fixed
    assert awesomelint.fix(fixed) == fixed


def test_import_loads_nothing_heavy() -> None:
    code = "import sys, awesomelint; print('pydantic' in sys.modules, 'httpx' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]
