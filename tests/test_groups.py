"""The year and venue of the heading or parent bullet an entry is listed under."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import awesomelint
from awesomelint._cli import main
from awesomelint._model import Entry, Span

BY_YEAR_HEADINGS = """\
# Papers

### 2023

- [Direct Preference Optimization](https://arxiv.org/abs/2305.18290)
  - Rafael Rafailov, Archit Sharma
- 2022 - [Constitutional AI](https://arxiv.org/abs/2212.08073)
- [InstructGPT](https://arxiv.org/abs/2203.02155) (NeurIPS 2022)

### 2024 and before

- [Reward Design with Language Models](https://arxiv.org/abs/2303.00001)

## Tools

- [trl](https://github.com/huggingface/trl)
"""

BY_YEAR_AND_VENUE_BULLETS = """\
## Text-to-Video Generation
- <span id="text-year-2024">**Year 2024**</span>
  - **CVPR**
    - ***Vlogger:*** Make Your Dream A Vlog [[Paper]](https://arxiv.org/pdf/2401.09414.pdf)
  - **arXiv**
    - ***Lumiere:*** A Space-Time Diffusion Model [[Paper]](https://arxiv.org/pdf/2401.12945.pdf)
- **Year 2023**
- **ICLR**
  - ***VDT:*** General-purpose Video Diffusion Transformers [[Paper]](https://arxiv.org/pdf/2305.13311.pdf)
"""


def entries(text: str) -> dict[str, Entry]:
    """The entries of ``text`` by the first word of their title."""
    return {entry.title.split()[0]: entry for entry in awesomelint.parse(text).entries}


def test_an_entry_under_a_year_heading_takes_its_year_unless_it_names_its_own() -> None:
    """ "### 2023" dates the papers under it that carry no year label and no venue: the year
    is written on the heading. A "2022 - " prefix or a venue of the entry's own says more."""
    found = entries(BY_YEAR_HEADINGS)
    dpo = found["Direct"]
    assert (dpo.year, dpo.venue) == (2023, None)
    assert dpo.year_span == Span(line=3, column=5, end_line=3, end_column=9)
    assert found["Constitutional"].year == 2022
    assert (found["InstructGPT"].venue, found["InstructGPT"].year) == ("NeurIPS 2022", 2022)


def test_a_heading_that_is_more_than_a_year_gives_none() -> None:
    """ "### 2024 and before" spans years; "## Tools" names no year and closes "### 2023"."""
    found = entries(BY_YEAR_HEADINGS)
    assert found["Reward"].year is None
    assert found["trl"].year is None


def test_a_venue_heading_gives_venue_and_year() -> None:
    found = entries(
        "## Conference papers\n\n### NeurIPS 2023\n\n"
        "- [Direct Preference Optimization](https://arxiv.org/abs/2305.18290)\n\n"
        "### Surveys\n\n- [A Survey of RLHF](https://arxiv.org/abs/2312.14925)\n"
    )
    assert (found["Direct"].venue, found["Direct"].year) == ("NeurIPS 2023", 2023)
    assert found["Direct"].year_span == Span(line=3, column=13, end_line=3, end_column=17)
    assert (found["A"].venue, found["A"].year) == (None, None)


def test_year_and_venue_bullets_over_the_papers_give_both() -> None:
    """ "- **Year 2024**" over "  - **CVPR**" over the papers: CVPR 2024. A bullet that is a
    sibling of the year's, not inside it, names its venue alone."""
    found = entries(BY_YEAR_AND_VENUE_BULLETS)
    vlogger, lumiere, vdt = found["***Vlogger:***"], found["***Lumiere:***"], found["***VDT:***"]
    assert (vlogger.venue, vlogger.year) == ("CVPR 2024", 2024)
    assert vlogger.year_span == Span(line=2, column=36, end_line=2, end_column=40)
    assert (lumiere.venue, lumiere.year) == ("arXiv 2024", 2024)
    assert (vdt.venue, vdt.year) == ("ICLR", None)


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        (
            "### 2021\n\n- [Causal Imitation Learning](https://arxiv.org/pdf/2202.01312.pdf)\n",
            3,
            4,
            "listed under 2021 (line 1), earlier than arXiv 2202.01312 (Feb 2022): "
            "move the entry or correct the link",
        ),
        (
            "- 2021 - [Causal Imitation Learning](https://arxiv.org/pdf/2202.01312.pdf)\n",
            1,
            3,
            "year label 2021 is earlier than arXiv 2202.01312 (Feb 2022): "
            "correct the year or the link",
        ),
    ],
)
def test_a_paper_listed_under_an_earlier_year_is_reported_at_its_title(
    tmp_path: Path, text: str, line: int, column: int, message: str
) -> None:
    """A year label of the entry's own is reported where it is written; the year of the
    heading it is listed under at the entry, which is what has to move."""
    path = tmp_path / "list.md"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "--offline", "--format", "json", "--select", "arxiv-year", str(path)]
    )
    assert result.exit_code == 1
    (finding,) = json.loads(result.stdout)
    assert (finding["line"], finding["column"], finding["message"]) == (line, column, message)
