"""Idempotence: a fixed list is a fixed point — fixing it again changes nothing, and ``check``
has nothing left that ``fix`` could do.

Run with every rule, as a user's ``awesomelint fix`` is, on the seed and corpus lists and on
generated lists of every entry style and every kind of damage.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fix_strategies import awesome_list
from fix_support import CORPUS, SEEDS, fix_bytes, fixable_findings, run_cli
from hypothesis import HealthCheck, given, settings

LISTS = SEEDS + CORPUS
MODES = pytest.mark.parametrize("unsafe", [True, False], ids=["unsafe-fixes", "safe-fixes"])


@MODES
@pytest.mark.parametrize("path", LISTS, ids=[path.stem for path in LISTS])
def test_fixing_a_fixed_list_changes_nothing(path: Path, unsafe: bool) -> None:
    once = fix_bytes(path.read_bytes(), unsafe=unsafe)
    assert fix_bytes(once, unsafe=unsafe) == once
    assert [(d.span.line, d.rule, d.message) for d in fixable_findings(once, unsafe=unsafe)] == []


@pytest.mark.parametrize("path", LISTS, ids=[path.stem for path in LISTS])
def test_fix_check_passes_right_after_fix(path: Path, tmp_path: Path) -> None:
    """From the command line: ``fix`` rewrites the list, after which ``fix --check`` exits 0
    and ``check`` reports no fixable finding."""
    target = tmp_path / path.name
    shutil.copyfile(path, target)
    assert run_cli("fix", "--unsafe-fixes", str(target)).exit_code == 0
    after = target.read_bytes()
    again = run_cli("fix", "--check", "--unsafe-fixes", str(target))
    assert again.exit_code == 0, again.output
    assert "0 files would be rewritten, 1 unchanged." in again.stderr
    report = run_cli("check", "--format", "json", str(target))
    assert '"fixable": true' not in report.stdout
    assert target.read_bytes() == after


@MODES
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=awesome_list())
def test_generated_lists_reach_a_fixed_point_in_one_run(data: bytes, unsafe: bool) -> None:
    once = fix_bytes(data, unsafe=unsafe)
    assert fix_bytes(once, unsafe=unsafe) == once
    assert [(d.span.line, d.rule, d.message) for d in fixable_findings(once, unsafe=unsafe)] == []


def test_a_long_list_indented_by_two_is_fixed_in_one_run() -> None:
    """Each entry of an indented list may only move once the one below it has (else it would
    pull it in as a sub-bullet); all of them still move in a single run."""
    data = "".join(
        f"  * 2022 - [Paper {n}](https://example.org/{n})\n    * a note\n" for n in range(40)
    ).encode()
    expected = "".join(
        f"* 2022 - [Paper {n}](https://example.org/{n})\n  * a note\n" for n in range(40)
    ).encode()
    assert fix_bytes(data, unsafe=False) == expected
