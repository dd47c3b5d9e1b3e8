"""The seeds' real arXiv defects are reported offline, and the project's own lists are clean."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from awesomelint._cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
ARXIV_RULES = "arxiv-id,arxiv-url,arxiv-duplicate,arxiv-mislabel,arxiv-year"


def findings(*args: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(main, ["check", "--offline", "--format", "json", *args])
    return json.loads(result.stdout)


def test_seed_id_reuse_pinned_version_and_early_year_are_reported() -> None:
    vlm_rl = findings("--select", ARXIV_RULES, str(SEEDS / "awesome-vlm-rl.md"))
    mislabels = [f for f in vlm_rl if f["rule"] == "arxiv-mislabel"]
    # DPO and SimPO share 2305.18290; Let's Verify and OpenR share 2305.20050.
    assert [f["line"] for f in mislabels] == [72, 75, 90, 93]
    assert "SimPO" in str(mislabels[0]["message"])
    assert "OpenR" in str(mislabels[2]["message"])
    pinned = [f for f in vlm_rl if f["rule"] == "arxiv-url"]
    assert [(f["line"], f["fixable"]) for f in pinned] == [(99, True)]
    assert "2411.16489v1" in str(pinned[0]["message"])

    reading = findings("--select", "arxiv-year", str(SEEDS / "vlm-reading-list.md"))
    assert [(f["line"], f["column"]) for f in reading] == [(58, 35)]
    assert "Sep 2020" in str(reading[0]["message"])
    assert "Oct 2020" in str(reading[0]["message"])


def test_the_projects_own_lists_are_clean_and_canonical() -> None:
    runner = CliRunner()
    lists = str(ROOT / "lists")
    assert runner.invoke(main, ["check", "--offline", lists]).exit_code == 0
    assert findings(lists) == []
    assert runner.invoke(main, ["fix", "--check", "--unsafe-fixes", lists]).exit_code == 0


def test_the_projects_lists_carry_the_corrected_facts() -> None:
    vlm_rl = (ROOT / "lists" / "awesome-vlm-rl.md").read_text(encoding="utf-8")
    assert (
        "[SimPO: Simple Preference Optimization with a Reference-Free Reward]"
        "(https://arxiv.org/abs/2405.14734)" in vlm_rl
    )
    assert "Large Language Models](https://arxiv.org/abs/2410.09671)" in vlm_rl
    rlhf = (ROOT / "lists" / "awesome-rlhf-vision.md").read_text(encoding="utf-8")
    rich = rlhf[rlhf.index("[Rich Human Feedback") :]
    rich = rich[: rich.index("\n\n")]
    assert "github.com/google-research-datasets/richhf-18k" in rich
    assert "align_sd" not in rich
