"""The arxiv-* rules end to end through ``awesomelint check`` and ``lock``: offline on
constructed lists, and online against the fake arXiv API on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fake_arxiv import FakeArxiv

from awesomelint._cli import main

ARXIV_RULES = "arxiv-id,arxiv-url,arxiv-duplicate,arxiv-mislabel,arxiv-year"


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, list[dict[str, object]], str]:
    """Run ``check --format json`` with the arXiv rules; (exit code, findings, stderr)."""
    result = CliRunner().invoke(
        main, ["check", "--format", "json", "--select", ARXIV_RULES, *args], env=env
    )
    return result.exit_code, json.loads(result.stdout), result.stderr


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def pairs(findings: list[dict[str, object]]) -> list[tuple[str, int]]:
    return [(str(f["rule"]), int(f["line"])) for f in findings]  # type: ignore[call-overload]


def year_findings(tmp_path: Path, text: str) -> list[dict[str, object]]:
    """The arxiv-year findings of an offline check of a list holding ``text``."""
    _, findings, _ = run("--offline", "--select", "arxiv-year", str(write(tmp_path, "a.md", text)))
    return findings


def test_one_paper_under_three_url_forms_is_one_duplicate_naming_the_others(
    tmp_path: Path,
) -> None:
    lists = write(
        tmp_path,
        "a.md",
        "# Papers\n\n"
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "- [Attention is all you need](http://www.arxiv.org/pdf/1706.03762v5.pdf)\n",
    )
    other = write(
        tmp_path,
        "b.md",
        "- [Attention Is All You Need (2017)](https://arxiv.org/abs/1706.03762v2)\n",
    )
    code, findings, _ = run("--offline", "--select", "arxiv-duplicate", str(lists), str(other))
    assert code == 1
    assert pairs(findings) == [
        ("arxiv-duplicate", 3),
        ("arxiv-duplicate", 4),
        ("arxiv-duplicate", 1),
    ]
    assert f"{other}:1" in str(findings[0]["message"])
    assert f"{lists}:4" in str(findings[0]["message"])
    assert f"{lists}:3" in str(findings[2]["message"])


def test_a_paper_in_two_sections_is_a_warning_and_twice_in_one_an_error(tmp_path: Path) -> None:
    """Lists file a paper under each of its topics on purpose: across sections the duplicate
    is a warning (the check passes); twice in one section it is an error."""
    path = write(
        tmp_path,
        "a.md",
        "## Planning\n\n"
        "- [Reflexion](https://arxiv.org/abs/2303.11366)\n\n"
        "## Memory\n\n"
        "- [Reflexion](https://arxiv.org/pdf/2303.11366v4.pdf)\n",
    )
    code, findings, _ = run("--offline", "--select", "arxiv-duplicate", str(path))
    assert code == 0
    assert [(f["line"], f["severity"], f["message"]) for f in findings] == [
        (
            3,
            "warning",
            f"arXiv 2303.11366 is also listed at {path}:7 (another section): keep one unless it "
            "belongs under both",
        ),
        (
            7,
            "warning",
            f"arXiv 2303.11366 is also listed at {path}:3 (another section): keep one unless it "
            "belongs under both",
        ),
    ]
    path.write_text(path.read_text() + "- [Reflexion](https://arxiv.org/abs/2303.11366v2)\n")
    code, findings, _ = run("--offline", "--select", "arxiv-duplicate", str(path))
    assert code == 1
    assert [(f["line"], f["severity"]) for f in findings] == [
        (3, "warning"),
        (7, "error"),
        (8, "error"),
    ]


@pytest.mark.parametrize("order", [(0, 1), (1, 0)], ids=["name-first", "full-title-first"])
def test_a_paper_listed_under_its_name_and_its_full_title_is_a_duplicate(
    tmp_path: Path, order: tuple[int, int]
) -> None:
    """Whichever comes first, "Flamingo" is the short form of "Flamingo: a Visual Language
    Model…": the same paper twice, not a mislabelled id."""
    rows = (
        "- [Flamingo](https://arxiv.org/abs/2204.14198)\n",
        "- [Flamingo: a Visual Language Model for Few-Shot Learning]"
        "(https://arxiv.org/abs/2204.14198)\n",
    )
    path = write(tmp_path, "a.md", "".join(rows[index] for index in order))
    code, findings, _ = run("--offline", str(path))
    assert code == 1
    assert pairs(findings) == [("arxiv-duplicate", 1), ("arxiv-duplicate", 2)]


def test_non_canonical_arxiv_urls_are_reported_and_fixed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.md",
        "- [A](https://arxiv.org/pdf/2305.18290.pdf)\n"
        "- [B](https://arxiv.org/abs/2411.16489v1)\n"
        "- [C](https://export.arxiv.org/abs/2203.02155?context=cs)\n"
        "- [D](https://arxiv.org/abs/2303.11366)\n",
    )
    code, findings, _ = run("--offline", "--select", "arxiv-url", str(path))
    assert code == 0  # warnings only
    assert pairs(findings) == [("arxiv-url", 1), ("arxiv-url", 2), ("arxiv-url", 3)]
    assert all(f["fixable"] for f in findings)
    result = CliRunner().invoke(main, ["fix", "--select", "arxiv-url", str(path)])
    assert result.exit_code == 0
    assert path.read_text(encoding="utf-8") == (
        "- [A](https://arxiv.org/abs/2305.18290)\n"
        "- [B](https://arxiv.org/abs/2411.16489)\n"
        "- [C](https://arxiv.org/abs/2203.02155)\n"
        "- [D](https://arxiv.org/abs/2303.11366)\n"
    )


def test_configured_pdf_form_is_canonical(tmp_path: Path) -> None:
    write(tmp_path, ".awesomelint.toml", '[arxiv]\nurl_form = "pdf"\n')
    path = write(
        tmp_path,
        "a.md",
        "- [A](https://arxiv.org/pdf/2305.18290)\n- [B](https://arxiv.org/abs/2305.20050)\n",
    )
    _, findings, _ = run("--offline", "--select", "arxiv-url", str(path))
    assert pairs(findings) == [("arxiv-url", 2)]
    assert "https://arxiv.org/pdf/2305.20050" in str(findings[0]["message"])


def test_ids_that_cannot_exist(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.md",
        "- [Month 13](https://arxiv.org/abs/2313.01234)\n"
        "- [Four digits in 2016](https://arxiv.org/abs/1601.0001)\n"
        "- [Five digits in 2014](https://arxiv.org/abs/1412.00001)\n"
        "- [Fine](https://arxiv.org/abs/1412.0001)\n"
        "- [Old style](https://arxiv.org/abs/hep-th/9901001)\n",
    )
    code, findings, _ = run("--offline", "--select", "arxiv-id", str(path))
    assert code == 1
    assert pairs(findings) == [("arxiv-id", 1), ("arxiv-id", 2), ("arxiv-id", 3)]


def test_offline_one_id_under_two_titles_names_the_other(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.md",
        "- [Direct Preference Optimization: Your Language Model is Secretly a Reward Model]"
        "(https://arxiv.org/abs/2305.18290)\n"
        "- [SimPO: Simple Preference Optimization with a Reference-Free Reward]"
        "(https://arxiv.org/abs/2305.18290)\n",
    )
    code, findings, _ = run("--offline", str(path))
    assert code == 1
    assert pairs(findings) == [("arxiv-mislabel", 1), ("arxiv-mislabel", 2)]
    assert "SimPO" in str(findings[0]["message"])
    assert f"{path}:2" in str(findings[0]["message"])
    assert "Direct Preference" in str(findings[1]["message"])


@pytest.mark.parametrize(
    ("label", "reported"),
    [
        ("(Sept. 2020)", True),  # month precision: 2010.05113 is October 2020
        ("(Oct. 2020)", False),
        ("(2020)", False),
        ("(2019)", True),
    ],
)
def test_offline_year_label_against_the_id(tmp_path: Path, label: str, reported: bool) -> None:
    findings = year_findings(
        tmp_path,
        f"[Survey of Contrastive Learning {label}](https://arxiv.org/pdf/2010.05113.pdf)\n",
    )
    assert pairs(findings) == ([("arxiv-year", 1)] if reported else [])
    if reported:
        assert findings[0]["column"] == 2 + len("Survey of Contrastive Learning ")


@pytest.mark.parametrize(
    ("venue", "reported"),
    [
        ("arXiv.2303.09014", False),  # the venue's arXiv number: submitted in 2023, no "2003"
        ("arXiv.2303.09014 2023", False),
        ("arXiv.2303.09014 2022", True),  # a year written out is the label
        ("arXiv.2209.01234", True),  # another paper's number: 2022 is before 2303.09014
        ("arXiv 2303", False),  # the first digits of the paper's own number: March 2023
        ("arXiv 2022", True),  # not its number: the year 2022
        ("CVPR 2303", False),  # no year at all
    ],
)
def test_an_arxiv_number_in_a_venue_is_no_year_of_its_digits(
    tmp_path: Path, venue: str, reported: bool
) -> None:
    line = (
        f"- **ART: Reasoning and Tool Use**, {venue} [[paper](https://arxiv.org/abs/2303.09014)]\n"
    )
    assert pairs(year_findings(tmp_path, line)) == ([("arxiv-year", 1)] if reported else [])


def test_year_prefix_venue_and_date_column_are_labels(tmp_path: Path) -> None:
    findings = year_findings(
        tmp_path,
        "* 2022 - [Paper From 2023](https://arxiv.org/abs/2301.05000)\n\n"
        "- [Venue Paper](https://arxiv.org/abs/2306.00001)\n  - NeurIPS 2022\n\n"
        "| Title | Date |\n|---|---|\n"
        "| [Row Paper](https://arxiv.org/abs/2506.08000) | 2025-05-30 |\n",
    )
    assert pairs(findings) == [("arxiv-year", 1), ("arxiv-year", 4), ("arxiv-year", 8)]


@pytest.mark.parametrize(
    ("number", "label", "reported"),
    [
        ("2503.00152", "2025-02-28", False),  # sent in February, announced first in March
        ("2401.00096", "2023", False),  # sent in the last days of 2023
        ("2503.04152", "2025-02-28", True),  # numbered past the month's first announcement
        ("2503.00152", "2025-01-30", True),  # two months before
        ("1412.0500", "2014-11-30", False),  # four-digit numbers before 2015
        ("1412.1500", "2014-11-30", True),
    ],
)
def test_offline_a_label_in_the_month_before_a_first_announced_id(
    tmp_path: Path, number: str, label: str, reported: bool
) -> None:
    """arXiv numbers a paper in the month it first announces it: papers sent in a month's
    last days are numbered first in the next month's."""
    table = (
        f"| Title | Date |\n|---|---|\n| [A Paper](https://arxiv.org/abs/{number}) | {label} |\n"
    )
    assert pairs(year_findings(tmp_path, table)) == ([("arxiv-year", 3)] if reported else [])


@pytest.fixture
def api(arxiv: FakeArxiv, tmp_path: Path) -> dict[str, str]:
    """Environment pointing awesomelint at the fake API, with a fast request interval."""
    write(tmp_path, ".awesomelint.toml", "[arxiv]\nrequest_interval = 0.05\n")
    arxiv.add(
        "2305.18290",
        "Direct Preference Optimization: Your Language Model is\n  Secretly a Reward Model",
        "2023-05-29",
    )
    arxiv.add(
        "2405.14734",
        "SimPO: Simple Preference Optimization with a Reference-Free Reward",
        "2024-05-23",
    )
    arxiv.add(
        "2209.07858",
        "Red Teaming Language Models to Reduce Harms: Methods, Scaling Behaviors, "
        "and Lessons Learned",
        "2022-08-23",
    )
    arxiv.add("2010.05113", "A Survey on Contrastive Self-supervised Learning", "2020-10-31")
    return {"AWESOMELINT_ARXIV_API_URL": arxiv.url}


MISLABELLED = (
    "- [SimPO: Simple Preference Optimization with a Reference-Free Reward]"
    "(https://arxiv.org/abs/2305.18290)\n"
    "- [Red Teaming LLMs](https://arxiv.org/abs/2209.07858)\n"
    "- [Gone](https://arxiv.org/abs/2301.99999)\n"
)


def test_online_mislabel_shows_arxiv_title_and_the_right_id(
    tmp_path: Path, arxiv: FakeArxiv, api: dict[str, str]
) -> None:
    path = write(tmp_path, "a.md", MISLABELLED)
    code, findings, stderr = run(str(path), env=api)
    assert code == 1, stderr
    assert [(f["rule"], f["line"], f["severity"]) for f in findings] == [
        ("arxiv-mislabel", 1, "error"),
        ("arxiv-mislabel", 2, "warning"),
        ("arxiv-id", 3, "error"),
    ]
    message = str(findings[0]["message"])
    assert (
        "Direct Preference Optimization: Your Language Model is Secretly a Reward Model" in message
    )
    assert "arXiv 2405.14734" in message
    fetches = [request for request in arxiv.requests if request.ids]
    assert len(fetches) == 1
    assert sorted(fetches[0].ids) == [
        "2209.07858",
        "2301.99999",
        "2305.18290",
    ]


def test_second_run_uses_the_cache(tmp_path: Path, arxiv: FakeArxiv, api: dict[str, str]) -> None:
    path = write(tmp_path, "a.md", MISLABELLED)
    run(str(path), env=api)
    fetched = len([request for request in arxiv.requests if request.ids])
    run(str(path), env=api)
    assert len([request for request in arxiv.requests if request.ids]) == fetched == 1


def test_lockfile_makes_offline_checks_catch_mislabels(
    tmp_path: Path, arxiv: FakeArxiv, api: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "a.md", MISLABELLED)
    result = CliRunner().invoke(main, ["lock", str(path)], env=api)
    assert result.exit_code == 0, result.stderr
    lockfile = tmp_path / "arxiv.lock.json"
    locked = json.loads(lockfile.read_text(encoding="utf-8"))
    assert "2305.18290" in json.dumps(locked)
    # A fresh machine: empty cache, no API reachable, --offline.
    monkeypatch.setenv("AWESOMELINT_CACHE_DIR", str(tmp_path / "fresh-cache"))
    before = len(arxiv.requests)
    code, findings, _ = run(
        "--offline", str(path), env={"AWESOMELINT_ARXIV_API_URL": "http://127.0.0.1:9/"}
    )
    assert len(arxiv.requests) == before
    assert code == 1
    assert ("arxiv-mislabel", 1) in pairs(findings)
    assert ("arxiv-id", 3) in pairs(findings)


def test_year_checked_against_metadata(tmp_path: Path, api: dict[str, str]) -> None:
    path = write(tmp_path, "a.md", "[A Survey (Sept. 2020)](https://arxiv.org/abs/2010.05113)\n")
    _, findings, _ = run("--select", "arxiv-year", str(path), env=api)
    assert pairs(findings) == [("arxiv-year", 1)]
    assert "Oct 2020" in str(findings[0]["message"])


def test_unreachable_api_is_one_warning_not_an_error(tmp_path: Path, dead_url: str) -> None:
    path = write(tmp_path, "a.md", "- [Fine Paper](https://arxiv.org/abs/2305.18290)\n")
    code, findings, stderr = run(str(path), env={"AWESOMELINT_ARXIV_API_URL": dead_url})
    assert code == 0
    assert findings == []
    assert stderr.count("warning") == 1
    assert "unreachable" in stderr
