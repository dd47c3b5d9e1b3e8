"""Golden findings: the whole ``check`` output of the format rules on every seed list.

Each golden was reviewed finding by finding against its seed before it was written (see
regenerate_golden_findings.py). Only the format rules are selected, so that the arXiv rules
change no golden.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from core_support import GOLDEN, REPO_ROOT, SEEDS, SELECT_FORMAT_RULES, run_cli


def golden_findings(seed: Path) -> tuple[str, int]:
    """``awesomelint check --offline --format text`` of ``seed``, run from the repository root
    on its relative path (as the goldens name it), and the exit code."""
    relative = seed.relative_to(REPO_ROOT).as_posix()
    result = run_cli("check", "--offline", "--format", "text", *SELECT_FORMAT_RULES, relative)
    assert result.stderr == ""
    return result.stdout, result.exit_code


def test_every_seed_has_a_golden() -> None:
    assert len(SEEDS) == 5
    assert sorted(path.stem for path in GOLDEN.glob("*.txt")) == [seed.stem for seed in SEEDS]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_findings_match_the_golden(seed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO_ROOT)
    output, exit_code = golden_findings(seed)
    assert output == (GOLDEN / f"{seed.stem}.txt").read_text(encoding="utf-8")
    # Exit 1 exactly when the summary counts an error.
    summary = output.splitlines()[-1]
    assert exit_code == (0 if "(0 errors" in summary else 1)
