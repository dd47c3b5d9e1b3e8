"""The small public API: parse, check and fix on text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


def test_an_offline_check_without_config_or_metadata_imports_neither_pydantic_nor_httpx(
    tmp_path: Path,
) -> None:
    """Each import costs a pre-commit run about a tenth of a second of start-up; pydantic is
    needed only to validate a config file, a lockfile or the metadata cache."""
    (tmp_path / "list.md").write_text(LIST, encoding="utf-8")
    code = (
        "import sys\n"
        "from awesomelint._cli import run\n"
        "sys.argv = ['awesomelint', 'check', '--offline', 'list.md']\n"
        "try:\n"
        "    run()\n"
        "finally:\n"
        "    print('pydantic' in sys.modules, 'httpx' in sys.modules, file=sys.stderr)\n"
    )
    environment = {**os.environ, "AWESOMELINT_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=environment, capture_output=True, text=True
    )
    assert "arxiv-url" in result.stdout  # the check really ran
    assert result.stderr.split() == ["False", "False"]
