"""Every entry style of the family parses into the same typed model.

Each test writes a small list in one style and states, field by field, what a reader of the
Markdown sees in it: title, link, arXiv id, authors, venue, year, keywords, code, the other
fields, notes, the style, and where each of them is. Expected positions are found in the test's
own text (``span_of``), never copied from the parser.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from core_support import (
    FIXTURES,
    SELECT_FORMAT_RULES,
    only_entry,
    parse_text,
    run_cli,
    source_of,
    span,
    span_of,
)

import awesomelint
from awesomelint._model import EntryStyle
from awesomelint._parse import parse
from awesomelint._source import decode

# -- a. link-title items with field sub-bullets ------------------------------------------------

LINK_ITEM = """\
# Awesome RLHF

## Papers

- [Rich Human Feedback for Text-to-Image Generation](https://arxiv.org/abs/2312.10240)
  - Youwei Liang, Junfeng He, and Gang Li
  - CVPR 2024 Best Paper
  - Keyword: Image Generation, Reward Model
  - Code: [Official](https://github.com/google-research/richhf-18k)
  - ExpEnv: Pick-a-Pic, COCO
  - Task: Text-to-image generation
  - Summary: Rich feedback on generated images.
"""


def test_link_item_reads_every_field_sub_bullet() -> None:
    entry = only_entry(LINK_ITEM)
    title = "Rich Human Feedback for Text-to-Image Generation"
    url = "https://arxiv.org/abs/2312.10240"
    assert entry.style is EntryStyle.LINK_ITEM
    assert entry.section == ("Awesome RLHF", "Papers")
    assert (entry.title, entry.url, entry.arxiv_id) == (title, url, "2312.10240")
    assert entry.title_span == span_of(LINK_ITEM, 5, title)
    assert entry.url_span == span_of(LINK_ITEM, 5, url)
    assert entry.authors == ["Youwei Liang", "Junfeng He", "Gang Li"]
    assert (entry.venue, entry.year, entry.month) == ("CVPR 2024 Best Paper", 2024, None)
    assert entry.year_span == span_of(LINK_ITEM, 7, "CVPR 2024 Best Paper")
    assert entry.keywords == ["Image Generation", "Reward Model"]
    assert [(link.label, link.url) for link in entry.code] == [
        ("Official", "https://github.com/google-research/richhf-18k")
    ]
    assert entry.code[0].span == span_of(
        LINK_ITEM, 9, "[Official](https://github.com/google-research/richhf-18k)"
    )
    assert [(field.label, field.raw_label) for field in entry.fields] == [
        ("Authors", None),
        ("Venue", None),
        ("Keywords", "Keyword"),
        ("Code", "Code"),
        ("ExpEnv", "ExpEnv"),
        ("Task", "Task"),
        ("Summary", "Summary"),
    ]
    assert entry.other_fields() == {
        "ExpEnv": "Pick-a-Pic, COCO",
        "Task": "Text-to-image generation",
        "Summary": "Rich feedback on generated images.",
    }
    authors = entry.field("Authors")
    keywords = entry.field("Keywords")
    assert authors is not None
    assert keywords is not None
    assert authors.value_span == span_of(LINK_ITEM, 6, "Youwei Liang, Junfeng He, and Gang Li")
    assert keywords.label_span == span_of(LINK_ITEM, 8, "Keyword")
    assert keywords.value_span == span_of(LINK_ITEM, 8, "Image Generation, Reward Model")
    assert entry.notes == []
    last = LINK_ITEM.splitlines()[11]
    assert entry.span == span(5, 1, 12, len(last) + 1)
    assert entry.indent_base == 0


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee, Bo Chen, and Carl Park",
        "Ann Lee and Bo Chen and Carl Park",
        "Ann Lee, Bo Chen & Carl Park",
        "Ann Lee; Bo Chen; Carl Park",
    ],
)
def test_unlabelled_authors_line_in_every_spelling(line: str) -> None:
    text = f"- [A Paper](https://example.org/paper)\n  - {line}\n  - Keywords: x\n"
    entry = only_entry(text)
    assert entry.authors == ["Ann Lee", "Bo Chen", "Carl Park"]
    field = entry.field("Authors")
    assert field is not None
    assert field.raw_label is None
    assert field.value_span == span_of(text, 2, line)


VENUE_AFTER_AUTHORS = """\
- [VIMA: General Robot Manipulation with Multimodal Prompts](https://arxiv.org/abs/2210.03094)
  - Yunfan Jiang and Agrim Gupta and Linxi Fan. *NeurIPS Workshop 2022*
  - Key Words: multimodal prompts, transformer-based generalist agent model
  - ExpEnv: [VIMA-Bench](https://github.com/vimalabs/VimaBench)
"""


def test_authors_line_ending_in_an_emphasised_venue() -> None:
    entry = only_entry(VENUE_AFTER_AUTHORS)
    assert entry.authors == ["Yunfan Jiang", "Agrim Gupta", "Linxi Fan"]
    authors = entry.field("Authors")
    assert authors is not None
    assert authors.value_span == span_of(
        VENUE_AFTER_AUTHORS, 2, "Yunfan Jiang and Agrim Gupta and Linxi Fan"
    )
    assert (entry.venue, entry.year) == ("NeurIPS Workshop 2022", 2022)
    assert entry.year_span == span_of(VENUE_AFTER_AUTHORS, 2, "NeurIPS Workshop 2022")
    assert entry.keywords == ["multimodal prompts", "transformer-based generalist agent model"]
    # A link in another field is one of the entry's links, but not its code.
    assert entry.code == []
    assert [link.url for link in entry.links] == [
        "https://arxiv.org/abs/2210.03094",
        "https://github.com/vimalabs/VimaBench",
    ]
    assert entry.other_fields() == {"ExpEnv": "[VIMA-Bench](https://github.com/vimalabs/VimaBench)"}


@pytest.mark.parametrize(
    "label", ["**Keywords**:", "**Keywords:**", "*Keywords*:", "__Keywords:__", "Keywords:"]
)
def test_a_field_label_may_be_emphasised(label: str) -> None:
    text = (
        "- [Direct Preference Optimization](https://arxiv.org/abs/2305.18290)\n"
        "  - **Authors**: Rafael Rafailov, Archit Sharma\n"
        f"  - {label} dpo, rlhf\n"
    )
    entry = only_entry(text)
    assert (entry.authors, entry.keywords) == (
        ["Rafael Rafailov", "Archit Sharma"],
        ["dpo", "rlhf"],
    )
    keywords = entry.field("Keywords")
    assert keywords is not None
    assert keywords.label_span == span_of(text, 3, "Keywords")
    assert keywords.value_span == span_of(text, 3, "dpo, rlhf")
    assert entry.notes == []


@pytest.mark.parametrize(
    ("written", "venue", "notes"),
    [
        ("Ann Lee, Bo Chen. NeurIPS, 2020.", "NeurIPS, 2020", []),
        ("*Ann Lee, Bo Chen.* NeurIPS 2022", "NeurIPS 2022", []),
        ("Ann Lee and Bo Chen, CVPR 2024", "CVPR 2024", []),
        # The venue is the first sentence after the names; the rest is a note.
        ("Ann Lee, Bo Chen. arXiv 2022. 01/2022.", "arXiv 2022", ["01/2022"]),
        ("Ann Lee, Bo Chen. AAAI 2025. Bandit problem.", "AAAI 2025", ["Bandit problem"]),
    ],
)
def test_authors_line_ending_in_a_plain_venue(written: str, venue: str, notes: list[str]) -> None:
    """The authors sub-bullet of a bracket-label item may close with the venue, unmarked."""
    text = f"- Conservative Q-Learning [[arXiv](https://arxiv.org/abs/2006.04779)]\n  - {written}\n"
    entry = only_entry(text)
    assert (entry.authors, entry.venue, entry.year, entry.notes) == (
        ["Ann Lee", "Bo Chen"],
        venue,
        int(venue[-4:]),
        notes,
    )
    authors = entry.field("Authors")
    assert authors is not None
    names = "Ann Lee and Bo Chen" if " and " in written else "Ann Lee, Bo Chen"
    assert authors.value_span == span_of(text, 2, names)
    assert entry.year_span == span_of(text, 2, venue)


@pytest.mark.parametrize(
    ("written", "authors", "venue"),
    [
        ("Lantao Yu, Jiaming Song, Stefano Ermon. ICML 2019.",
         ["Lantao Yu", "Jiaming Song", "Stefano Ermon"], "ICML 2019"),
        # "Chi" is a name here, not ACM's CHI.
        ("Zijian Ding, Qinshi Zhang, Mohan Chi, Ziyi Wang. Arxiv 2025.",
         ["Zijian Ding", "Qinshi Zhang", "Mohan Chi", "Ziyi Wang"], "Arxiv 2025"),
    ],
)  # fmt: skip
def test_the_last_names_of_an_authors_line_are_no_venue(
    written: str, authors: list[str], venue: str
) -> None:
    text = f"- Generative Imitation [[arXiv](https://arxiv.org/abs/1905.13566)]\n  - {written}\n"
    entry = only_entry(text)
    assert (entry.authors, entry.venue) == (authors, venue)


@pytest.mark.parametrize(
    "after",
    [
        " [[Code](https://github.com/a/b)] [[Project](https://example.org/project)]",
        " [Code](https://github.com/a/b) / [Website](https://example.org/project)",
        " [![Stars](https://img.shields.io/github/stars/a/b)](https://github.com/a/b)",
        " <img src='https://img.shields.io/badge/x.svg'>",
    ],
    ids=["bracketed-links", "links", "badge", "html-badge"],
)
def test_links_and_badges_after_the_title_keep_the_field_style(after: str) -> None:
    # The format blocks of this family read "- [title](paper link) [links]".
    text = f"- [A Paper](https://arxiv.org/abs/2401.00001){after}\n  - Ann Lee, Bo Chen\n"
    entry = only_entry(text)
    assert entry.style is EntryStyle.LINK_ITEM
    assert entry.title == "A Paper"
    assert entry.authors == ["Ann Lee", "Bo Chen"]


def test_a_destination_in_angle_brackets_is_one_link() -> None:
    text = "- [A Paper](<https://example.org/a>)\n"
    entry = only_entry(text)
    assert [link.span for link in entry.links] == [
        span_of(text, 1, "[A Paper](<https://example.org/a>)")
    ]
    assert entry.url == "https://example.org/a"
    assert entry.url_span == span_of(text, 1, "https://example.org/a")


@pytest.mark.parametrize(
    "line",
    [
        "- [A Paper](https://example.org/a) code at https://github.com/o/r\n",
        "- [A Paper](https://web.archive.org/web/2020/https://example.org/a) <https://github.com/o/r>\n",
        '- [A Paper](https://example.org/a "see https://x.org") https://github.com/o/r\n',
    ],
)
def test_a_bare_url_after_the_title_link_is_a_link_of_the_entry(line: str) -> None:
    """Found however many "://" the title link's destination or title holds."""
    entry = only_entry(line)
    assert [link.url for link in entry.links][1:] == ["https://github.com/o/r"]
    assert entry.links[1].url_span == span_of(line, 1, "https://github.com/o/r")


@pytest.mark.parametrize("label", ["Keyword", "Key Words", "Keywords", "keywords", "Key"])
def test_every_spelling_of_the_keywords_label(label: str) -> None:
    text = f"- [A Paper](https://example.org/p)\n  - Ann Lee\n  - {label}: reward model, RLHF\n"
    entry = only_entry(text)
    field = entry.field("Keywords")
    assert field is not None
    assert (field.label, field.raw_label) == ("Keywords", label)
    assert field.label_span == span_of(text, 3, label)
    assert entry.keywords == ["reward model", "RLHF"]


def test_a_comma_inside_parentheses_does_not_split_a_keyword() -> None:
    text = (
        "- [RichHF-18k](https://github.com/google-research-datasets/richhf-18k)\n"
        "  - Google Research\n"
        "  - Keyword: Ratings, Heatmaps (e.g., artifact regions) and Tokens\n"
    )
    assert only_entry(text).keywords == ["Ratings", "Heatmaps (e.g., artifact regions) and Tokens"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # Lists written by hand end in "etc." or "et al.", keep a user name or a lower-case
        # surname, and mark equal contribution.
        ("Danijar Hafner, Timothy Lillicrap, etc.", ["Danijar Hafner", "Timothy Lillicrap", "etc"]),
        ("Longpre Shayne, Hou Le, Vu Tu et al.", ["Longpre Shayne", "Hou Le", "Vu Tu", "et al"]),
        (
            "Fanrui Zhang, Dian Li, Qiang Zhang, sinbadliu, Junxiong Lin",
            ["Fanrui Zhang", "Dian Li", "Qiang Zhang", "sinbadliu", "Junxiong Lin"],
        ),
        (
            "Yihao Feng*, Shentao Yang*, Shujian Zhang",
            ["Yihao Feng*", "Shentao Yang*", "Shujian Zhang"],
        ),
        # A nickname in quotes; names left out, written as an ellipsis.
        ('David "davidad" Dalrymple, Joar Skalse', ['David "davidad" Dalrymple', "Joar Skalse"]),
        ("Yoshua Bengio, ... Olubunmi Ajala", ["Yoshua Bengio", "...", "Olubunmi Ajala"]),
        ("Tamera Lanham,..., Jared Kaplan", ["Tamera Lanham", "...", "Jared Kaplan"]),
    ],
)
def test_real_author_lines_are_authors(line: str, authors: list[str]) -> None:
    entry = only_entry(f"- [A Paper](https://example.org/p)\n  - {line}\n  - Keywords: x\n")
    assert entry.authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Ha, D., & Schmidhuber, J.", ["Ha, D.", "Schmidhuber, J."]),
        ("Valevski, D. et al.", ["Valevski, D.", "et al"]),
        ("Li, J.-M. and Wu, X.", ["Li, J.-M.", "Wu, X."]),
        ("Hafner, D., Lillicrap, T. P., Ba, J.", ["Hafner, D.", "Lillicrap, T. P.", "Ba, J."]),
        # BibTeX: "and" alone separates the names, each "Surname, Given".
        ("Lee, Ann and Chen, Bo and Dee, Cy A.", ["Lee, Ann", "Chen, Bo", "Dee, Cy A."]),
        # MLA: the first author surname first, the others not.
        ("Dosovitskiy, Alexey, et al.", ["Dosovitskiy, Alexey", "et al"]),
        (
            "Huang, Zilin, Zihao Sheng, and Sikai Chen",
            ["Huang, Zilin", "Zihao Sheng", "Sikai Chen"],
        ),
        ("Littman, Michael L., and Ann Lee", ["Littman, Michael L.", "Ann Lee"]),
        # Not MLA: an organisation before full names, "and" between two names.
        ("OpenAI, Ann Lee, Bo Chen", ["OpenAI", "Ann Lee", "Bo Chen"]),
        ("Nikolai and Torben et al.", ["Nikolai", "Torben", "et al"]),
    ],
)
def test_citation_style_names_keep_their_initials(line: str, authors: list[str]) -> None:
    """ "Surname, I.", "Surname, Given": the comma belongs to the name, and a last initial
    keeps its dot."""
    entry = only_entry(f"- [A Paper](https://example.org/p)\n  - {line}\n  - Keywords: x\n")
    assert entry.authors == authors


MLA_PARAGRAPHS = """\
### Simulators

Dosovitskiy, Alexey, et al. "CARLA: An open urban driving simulator." *Conference on robot \
learning*. PMLR, 2017. [📝 Paper](https://proceedings.mlr.press/v78/dosovitskiy17a.pdf) \
[💻 Github](https://github.com/carla-simulator/carla)

Li, Quanyi, et al. "Metadrive: Composing diverse driving scenarios." *IEEE transactions on \
pattern analysis and machine intelligence* 45.3 (2022): 3461-3475. [📝 Paper](https://arxiv.org/abs/2109.12674)

*Ann Lee, Bo Chen.* [[Paper](https://arxiv.org/abs/2308.07891)]
"""  # the backslashes join each citation into one line


def test_paragraphs_of_mla_citations_are_entries() -> None:
    """A citation with its title in quotes, the paper's links after it, is an entry as a
    paragraph as in a list item: its title without the names, its authors, its venue, its year
    (closing the reference in parentheses, too). Names alone over labels cite no title: no
    entry."""
    carla, metadrive = parse_text(MLA_PARAGRAPHS).entries
    assert (carla.title, carla.authors, carla.year) == (
        "CARLA: An open urban driving simulator",
        ["Dosovitskiy, Alexey", "et al"],
        2017,
    )
    # The journal or proceedings in italics after the title is the venue, whatever its name.
    assert (carla.venue, metadrive.venue) == (
        "Conference on robot learning",
        "IEEE transactions on pattern analysis and machine intelligence",
    )
    assert carla.url == "https://proceedings.mlr.press/v78/dosovitskiy17a.pdf"
    assert [link.url for link in carla.code] == ["https://github.com/carla-simulator/carla"]
    assert carla.title_span == span_of(MLA_PARAGRAPHS, 3, carla.title)
    assert (metadrive.title, metadrive.arxiv_id, metadrive.year) == (
        "Metadrive: Composing diverse driving scenarios",
        "2109.12674",
        2022,
    )
    assert metadrive.year_span == span_of(MLA_PARAGRAPHS, 5, "2022")


def test_a_nickname_in_quotes_is_no_stray_punctuation() -> None:
    text = '- [A Paper](https://example.org/p)\n  - David "davidad" Dalrymple, Ann Lee*\n'
    found = [d.message for d in awesomelint.check(text) if d.rule == "entry-authors"]
    assert found == ["stray punctuation in author name 'Ann Lee*': remove it"]


def test_a_quote_or_parenthesis_that_sets_nothing_aside_is_stray_punctuation() -> None:
    """A nickname in quotes and an affiliation in parentheses are part of a name; an unclosed
    quote, a lone parenthesis or a footnote number in parentheses is not."""
    text = (
        "- [A Paper](https://example.org/p)\n"
        '  - Authors: Zhiwei (Tony) Qin, David "davidad" Dalrymple, '
        'Ann "Lee, Bo) Chen, Cy Dee (1)\n'
    )
    found = [d.message for d in awesomelint.check(text) if d.rule == "entry-authors"]
    assert found == [
        f"stray punctuation in author name '{name}': remove it"
        for name in ('Ann "Lee', "Bo) Chen", "Cy Dee (1)")
    ]


def test_the_comma_of_a_citation_style_name_is_no_stray_punctuation() -> None:
    text = "- [A Paper](https://example.org/p)\n  - Ha, D., Lee*, B., & Schmidhuber, J.\n"
    found = [d.message for d in awesomelint.check(text) if d.rule == "entry-authors"]
    assert found == ["stray punctuation in author name 'Lee*, B.': remove it"]


@pytest.mark.parametrize(
    "line",
    ["Good model, not open", "Open model, code.", "Minecraft based models. Not high quality."],
)
def test_a_first_note_is_not_taken_for_authors(line: str) -> None:
    entry = only_entry(f"- [Genie 2](https://example.org/genie)\n  - {line}\n")
    assert entry.authors == []
    assert entry.fields == []
    assert entry.notes == [line]


# -- b. year-prefixed items with free notes at any depth ---------------------------------------

YEAR_ITEMS = """\
## LLM
* 2024 - [ToolChain*: Efficient Action Space Navigation with A* Search](https://arxiv.org/pdf/2310.13227.pdf)
  * LLM 的 A*，每次根据 g(n) 和 h(n) 选路线
    * deeper: see [the code](https://github.com/x/toolchain)
      * deepest note
        continued on the next line
  * [想法] last note
* 2023 - [Offline RL for Natural Language Generation](https://openreview.net/pdf?id=aBH_DydEvoH)
"""


def test_year_items_keep_their_notes_at_every_depth() -> None:
    first, second = parse_text(YEAR_ITEMS).entries
    title = "ToolChain*: Efficient Action Space Navigation with A* Search"
    assert first.style is EntryStyle.YEAR_ITEM
    assert first.section == ("LLM",)
    assert (first.title, first.arxiv_id) == (title, "2310.13227")
    assert first.title_span == span_of(YEAR_ITEMS, 2, title)
    assert first.url_span == span_of(YEAR_ITEMS, 2, "https://arxiv.org/pdf/2310.13227.pdf")
    assert (first.year, first.month) == (2024, None)
    assert first.year_span == span_of(YEAR_ITEMS, 2, "2024")
    # Notes read as written: without their bullet markers, deeper ones and continuation lines
    # included, in file order.
    assert first.notes == [
        "LLM 的 A*，每次根据 g(n) 和 h(n) 选路线",
        "deeper: see [the code](https://github.com/x/toolchain)",
        "deepest note",
        "continued on the next line",
        "[想法] last note",
    ]
    assert [link.url for link in first.links] == [
        "https://arxiv.org/pdf/2310.13227.pdf",
        "https://github.com/x/toolchain",
    ]
    assert first.links[1].span == span_of(
        YEAR_ITEMS, 4, "[the code](https://github.com/x/toolchain)"
    )
    assert (first.authors, first.keywords, first.fields, first.code) == ([], [], [], [])
    assert first.span == span(2, 1, 7, len("  * [想法] last note") + 1)

    assert second.style is EntryStyle.YEAR_ITEM
    assert (second.title, second.year, second.arxiv_id) == (
        "Offline RL for Natural Language Generation",
        2023,
        None,
    )
    assert second.url == "https://openreview.net/pdf?id=aBH_DydEvoH"
    assert second.notes == []
    assert second.span == span(8, 1, 8, len(YEAR_ITEMS.splitlines()[7]) + 1)


# -- c. link paragraphs under topic bullets ------------------------------------------------------

LINK_PARAGRAPHS = """\
### Preliminaries

* Transformers and Attention Mechanisms

  `Main paper`: [Attention is all you need (2021)](https://arxiv.org/pdf/1706.03762.pdf) `recent`

  [Survey of Contrastive Learning (Sept. 2020)](https://arxiv.org/pdf/2010.05113.pdf)

  [Consistency models 2023](https://arxiv.org/abs/2303.01469) `highly recommended`
"""


def test_link_paragraphs_with_tags_and_dates_in_titles() -> None:
    main, survey, consistency = parse_text(LINK_PARAGRAPHS).entries
    for entry in (main, survey, consistency):
        assert entry.style is EntryStyle.LINK_PARAGRAPH
        assert entry.section == ("Preliminaries",)
        assert entry.indent_base is None

    assert main.title == "Attention is all you need (2021)"
    assert main.title_span == span_of(LINK_PARAGRAPHS, 5, "Attention is all you need (2021)")
    assert (main.url, main.arxiv_id) == ("https://arxiv.org/pdf/1706.03762.pdf", "1706.03762")
    assert (main.year, main.month) == (2021, None)
    assert main.year_span == span_of(LINK_PARAGRAPHS, 5, "(2021)")
    assert main.notes == ["Main paper", "recent"]
    written = LINK_PARAGRAPHS.splitlines()[4].strip()
    assert main.span == span_of(LINK_PARAGRAPHS, 5, written)

    assert survey.title == "Survey of Contrastive Learning (Sept. 2020)"
    assert (survey.year, survey.month) == (2020, 9)
    assert survey.year_span == span_of(LINK_PARAGRAPHS, 7, "(Sept. 2020)")
    assert survey.notes == []

    assert (consistency.year, consistency.month) == (2023, None)
    assert consistency.year_span == span_of(LINK_PARAGRAPHS, 9, "2023")
    assert consistency.notes == ["highly recommended"]
    assert consistency.arxiv_id == "2303.01469"


VENUE_PARAGRAPHS = """\
## Representation Learning

[SemVLP: Pre-training by Aligning Semantics](https://openreview.net/forum?id=Wg2PSpLZiH), Arxiv 2021/05.

**Multi-task Learning**, [Unifying Tasks via Text Generation](https://arxiv.org/abs/2102.02779), arXiv 2021/02

See [the blog](https://example.org/b) for details, arXiv 2021.
"""  # noqa: E501 (lines of real lists are long)


def test_link_paragraphs_with_a_venue_after_the_link() -> None:
    """ "[Title](…), arXiv 2021/02", perhaps after a bold name: an entry with a venue; a
    sentence around a link stays prose."""
    semvlp, unifying = parse_text(VENUE_PARAGRAPHS).entries
    assert (semvlp.title, semvlp.venue, semvlp.year) == (
        "SemVLP: Pre-training by Aligning Semantics",
        "Arxiv 2021/05",
        2021,
    )
    assert semvlp.year_span == span_of(VENUE_PARAGRAPHS, 3, "Arxiv 2021/05")
    assert (unifying.venue, unifying.notes) == ("arXiv 2021/02", ["Multi-task Learning"])
    assert unifying.style is EntryStyle.LINK_PARAGRAPH


LABELLED_PARAGRAPHS = """\
## Body Model

[SMPL: A Skinned Multi-Person Linear Model](https://files.example.org/SMPL2015.pdf). SIGGRAPH Asia, 2015. [[Page]](https://smpl.is.tue.mpg.de) [[Code]](https://github.com/vchoutas/smplx)

[A Survey on Text-guided 3D Visual Grounding](https://arxiv.org/abs/2406.05785).

[Paper](https://arxiv.org/abs/2401.00001) [Code](https://github.com/a/b)

[SCAPE](https://example.org/scape.pdf). Read it with [[Code]](https://github.com/a/scape) first.
"""  # noqa: E501 (lines of real lists are long)


def test_link_paragraphs_with_labelled_links_after_the_title() -> None:
    """ "[Title](…). Venue, Year. [[Page]](…) [[Code]](…)": the labels are the entry's links
    (the code its code); a line of labels alone, or prose, is no entry."""
    smpl, survey = parse_text(LABELLED_PARAGRAPHS).entries
    assert (smpl.title, smpl.venue, smpl.year) == (
        "SMPL: A Skinned Multi-Person Linear Model",
        "SIGGRAPH Asia, 2015",
        2015,
    )
    assert [link.url for link in smpl.code] == ["https://github.com/vchoutas/smplx"]
    assert (survey.title, survey.url) == (
        "A Survey on Text-guided 3D Visual Grounding",
        "https://arxiv.org/abs/2406.05785",
    )


BIBLIOGRAPHY = """\
Michael Kearns, Satinder Singh
[Near-Optimal Reinforcement Learning in Polynomial Time](https://doi.org/10.1023/A:1017984413808)
MLJ 2002 \\
A landmark paper that gave the first near-optimal algorithm.
____
Aristide Tossou, Debabrota Basu
[Near-optimal Optimistic Reinforcement Learning](https://arxiv.org/abs/1905.12425)
arXiv 11 Dec 2019 \\
Claims that their UCRL-V algorithm is better.

Reinforcement learning, an introduction
[Sutton and Barto](http://incompleteideas.net/book/the-book.html)
Read it first.
"""


def test_an_annotated_bibliography_paragraph() -> None:
    """``Names`` / ``[Title](…)`` / ``Venue Year \\`` / what the paper does: the names above
    the link line are the authors, the venue below it the venue (a day before the year is
    no year), the rest notes; a line above that is no names stays out."""
    kearns, tossou, sutton = parse_text(BIBLIOGRAPHY).entries
    assert (kearns.authors, kearns.venue, kearns.year) == (
        ["Michael Kearns", "Satinder Singh"],
        "MLJ 2002",
        2002,
    )
    assert kearns.notes == ["A landmark paper that gave the first near-optimal algorithm."]
    assert (kearns.span.line, kearns.span.end_line) == (1, 4)
    field = kearns.field("Authors")
    assert field is not None
    assert field.value_span == span_of(BIBLIOGRAPHY, 1, "Michael Kearns, Satinder Singh")
    assert kearns.year_span == span_of(BIBLIOGRAPHY, 3, "MLJ 2002")
    assert (tossou.venue, tossou.year) == ("arXiv 11 Dec 2019", 2019)
    assert (sutton.authors, sutton.span.line, sutton.notes) == ([], 12, ["Read it first."])


# -- d. notes-style bullets mixing links and prose -------------------------------------------------

NOTES = """\
# VLMs and World Models

## World Models

Many of the following use [Diffusion Forcing](https://boyuan.space/diffusion-forcing/) + [a talk](https://www.youtube.com/watch?v=CNgwS8B7UvE) that combines both.

- [Genie 2 from Google](https://deepmind.google/discover/blog/genie-2/) - Highest quality model. Not open.
- LLaVA - https://llava-vl.github.io/blog/
- PhysDreamer: https://physdreamer.github.io/
- https://genesis-embodied-ai.github.io
\t- Really just a physics engine with LLM.
- DinoV2
"""  # noqa: E501 (lines of real lists are long)


def test_notes_bullets_are_entries_with_their_prose_as_notes() -> None:
    entries = parse_text(NOTES).entries
    assert [(entry.title, entry.url) for entry in entries] == [
        ("Genie 2 from Google", "https://deepmind.google/discover/blog/genie-2/"),
        ("LLaVA", "https://llava-vl.github.io/blog/"),
        ("PhysDreamer", "https://physdreamer.github.io/"),
        ("https://genesis-embodied-ai.github.io", "https://genesis-embodied-ai.github.io"),
    ]
    assert {entry.style for entry in entries} == {EntryStyle.NOTE_ITEM}
    assert [entry.notes for entry in entries] == [
        ["Highest quality model. Not open."],
        [],
        [],
        ["Really just a physics engine with LLM."],
    ]
    assert entries[1].title_span == span_of(NOTES, 8, "LLaVA")
    assert entries[1].url_span == span_of(NOTES, 8, "https://llava-vl.github.io/blog/")
    assert entries[2].title_span == span_of(NOTES, 9, "PhysDreamer")
    assert entries[3].span == span(10, 1, 11, len(NOTES.splitlines()[10]) + 1)
    for entry in entries:
        assert (entry.authors, entry.keywords, entry.fields) == ([], [], [])


@pytest.mark.parametrize("name", ["notes.md", "vlm-world-models-notes.md"])
def test_check_expects_no_authors_or_keywords_of_notes(tmp_path: Path, name: str) -> None:
    notes = tmp_path / name
    if name == "notes.md":
        notes.write_text(NOTES, encoding="utf-8")
    else:
        notes.write_bytes((FIXTURES / "seeds" / name).read_bytes())
    result = run_cli("check", "--offline", "--format", "json", *SELECT_FORMAT_RULES, str(notes))
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    # The notes have findings (tab indentation), just none about missing authors or keywords.
    assert {finding["rule"] for finding in found} == {"entry-style", "entry-url"} - (
        {"entry-url"} if name == "notes.md" else set()
    )


def test_a_notes_bullet_among_paper_items_is_not_missing_their_fields() -> None:
    """A section's schema is for its paper records: the prose bullet beside them expects no
    authors or keywords, while a bare link item (a paper whose fields were left out) does."""
    complete = "".join(
        f"- [Paper {n}](https://example.org/{n})\n  - Ann Lee, Bo Chen\n  - Keywords: k{n}\n"
        for n in range(4)
    )
    text = (
        f"# Papers\n\n{complete}"
        "- [Genie 2](https://deepmind.google/genie-2) - Not open.\n"
        "- [Deep RL from Human Preferences](https://arxiv.org/abs/1706.03741)\n"
    )
    found = {(d.rule, d.span.line) for d in awesomelint.check(text)}
    assert found == {("entry-authors", 16), ("entry-keywords", 16)}


# -- e. heading entries -----------------------------------------------------------------------

HEADING = """\
# Reading notes

### 2024 - [Genie 2: A Large-Scale Foundation World Model](https://deepmind.google/discover/blog/genie-2/)
- Highest quality model IMO. Not open, unfortunately.
  - Trained with a causal mask, see [the blog](https://deepmind.google/x)

### Other notes

Plain prose.
"""


def test_heading_entry_takes_the_bullets_below_it_as_notes() -> None:
    entry = only_entry(HEADING)
    title = "Genie 2: A Large-Scale Foundation World Model"
    assert entry.style is EntryStyle.HEADING
    assert entry.section == ("Reading notes",)
    assert entry.title == title
    assert entry.title_span == span_of(HEADING, 3, title)
    assert entry.url == "https://deepmind.google/discover/blog/genie-2/"
    assert (entry.year, entry.year_span) == (2024, span_of(HEADING, 3, "2024"))
    assert entry.notes == [
        "Highest quality model IMO. Not open, unfortunately.",
        "Trained with a causal mask, see [the blog](https://deepmind.google/x)",
    ]
    assert [link.url for link in entry.links] == [
        "https://deepmind.google/discover/blog/genie-2/",
        "https://deepmind.google/x",
    ]
    assert entry.span == span(3, 1, 5, len(HEADING.splitlines()[4]) + 1)


@pytest.mark.parametrize(
    "heading",
    [
        "#### Contributions are welcome! Please submit [pull requests](https://github.com/a/b/pulls)",
        "## [Contributing](CONTRIBUTING.md)",
        "#### [How to submit a pull request?](https://github.com/o/awesome-x/blob/main/how-to-PR.md)",
        # The first-level heading names the list.
        "# [Awesome Diffusion Transformers](https://example.org/awesome-dit)",
    ],
)
def test_a_heading_with_a_sentence_or_a_repository_page_is_a_section(heading: str) -> None:
    entry = only_entry(
        f"{heading}\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
    )
    assert entry.title == "Attention Is All You Need"


CARDS = """\
## Preference Learning

### Direct Preference Optimization: Your Language Model is Secretly a Reward Model
- Paper: [arXiv](https://arxiv.org/abs/2305.18290)
- Venue: NeurIPS 2023
- Code: [GitHub](https://github.com/eric-mitchell/direct-preference-optimization)

### **Constitutional AI** (arXiv 2022)
* Authors: Yuntao Bai, Saurav Kadavath
* [PDF](https://arxiv.org/abs/2212.08073)
"""


def test_a_heading_over_field_bullets_with_the_paper_link_is_one_entry() -> None:
    """A paper card: the heading is the title, the bullets its fields, and the "Paper:" (or
    "[PDF](…)") bullet its link; the card heading is no section of its own."""
    first, second = parse_text(CARDS).entries
    assert first.style is EntryStyle.HEADING
    assert first.section == ("Preference Learning",)
    assert (
        first.title
        == "Direct Preference Optimization: Your Language Model is Secretly a Reward Model"
    )
    assert first.title_span == span_of(CARDS, 3, first.title)
    assert (first.url, first.arxiv_id) == ("https://arxiv.org/abs/2305.18290", "2305.18290")
    assert first.url_span == span_of(CARDS, 4, "https://arxiv.org/abs/2305.18290")
    assert (first.venue, first.year) == ("NeurIPS 2023", 2023)
    assert [link.url for link in first.code] == [
        "https://github.com/eric-mitchell/direct-preference-optimization"
    ]
    assert first.notes == []
    assert (first.span.line, first.span.end_line) == (3, 6)

    assert second.section == ("Preference Learning",)
    assert (second.title, second.venue, second.year) == ("Constitutional AI", "arXiv 2022", 2022)
    assert second.title_span == span_of(CARDS, 8, "Constitutional AI")
    assert second.authors == ["Yuntao Bai", "Saurav Kadavath"]
    assert second.url == "https://arxiv.org/abs/2212.08073"


TITLE_LINE_CARDS = """\
:rocket: **Rainbow: Combining Improvements in Deep Reinforcement Learning** (DQN combined)
  - [[arXiv](https://arxiv.org/abs/1710.02298)], [[pdf](https://arxiv.org/pdf/1710.02298.pdf)]
  - Hessel et al.; Google Deepmind
  - :pencil: [**Notes**](./notes/rainbow.md)

**Neural Optimizer Search with Reinforcement Learning**
  - [[pdf](https://proceedings.mlr.press/v70/bello17a/bello17a.pdf)]
  - Bello et al.; Google Brain
"""


def test_a_bold_title_line_over_its_bullets_is_a_card() -> None:
    """A one-line paragraph with a bold title, over bullets of labels and remarks: the title,
    the link of the label row, the remarks as notes (a local notes page is no entry)."""
    rainbow, search = parse_text(TITLE_LINE_CARDS).entries
    assert rainbow.title == "Rainbow: Combining Improvements in Deep Reinforcement Learning"
    assert rainbow.title_span == span_of(TITLE_LINE_CARDS, 1, rainbow.title)
    assert (rainbow.arxiv_id, rainbow.span.line, rainbow.span.end_line) == ("1710.02298", 1, 4)
    assert rainbow.notes[:2] == ["(DQN combined)", "Hessel et al.; Google Deepmind"]
    assert search.title == "Neural Optimizer Search with Reinforcement Learning"
    assert search.url == "https://proceedings.mlr.press/v70/bello17a/bello17a.pdf"
    underscored = TITLE_LINE_CARDS.replace(
        "**Neural Optimizer Search with Reinforcement Learning**",
        "__Neural Optimizer Search with Reinforcement Learning__",
    )
    assert parse_text(underscored).entries[1].title == search.title


ADDRESS_CARDS = """\
**Rich feature hierarchies for accurate object detection**

- intro: R-CNN
- arxiv: <http://arxiv.org/abs/1311.2524>
- supp: <http://people.example.edu/papers/r-cnn-supp.pdf>
- github: <https://github.com/rbgirshick/rcnn>
- caffe-pr("Make R-CNN the Caffe detection example"): <https://github.com/BVLC/caffe/pull/482>
- github(Torch):: https://github.com/a/faster-rcnn.torch

**You Only Look Once: Unified, Real-Time Object Detection**

[![img](https://camo.example.com/yolo.png)](https://camo.example.com/yolo.png)

- arxiv: <http://arxiv.org/abs/1506.02640>
"""


def test_a_card_whose_bullets_label_bare_addresses() -> None:
    """Bullets "label: <address>" under a bold title, labels known or not ("supp:",
    "github(Torch)::"), and a figure between the title and its bullets: two cards, not an
    entry per bullet titled by its label."""
    rcnn, yolo = parse_text(ADDRESS_CARDS).entries
    assert (rcnn.title, rcnn.url) == (
        "Rich feature hierarchies for accurate object detection",
        "http://arxiv.org/abs/1311.2524",
    )
    assert (rcnn.span.line, rcnn.span.end_line) == (1, 8)
    assert [link.url for link in rcnn.code] == ["https://github.com/rbgirshick/rcnn"]
    assert rcnn.notes[0] == "intro: R-CNN"
    assert (yolo.title, yolo.url) == (
        "You Only Look Once: Unified, Real-Time Object Detection",
        "http://arxiv.org/abs/1506.02640",
    )
    assert yolo.url_span == span_of(ADDRESS_CARDS, 14, "http://arxiv.org/abs/1506.02640")


NO_PAPER_LINK_CARDS = """\
**Gradient Harmonized Single-stage Detector**

- intro: AAAI 2019
- arxiv: <https://arxiv.org/abs/1811.05181>

**CFENet: Object Detection with Comprehensive Feature Enhancement Module**

- intro: ACCV 2018
- github: <https://github.com/qijiezhao/CFENet>
"""


def test_a_card_whose_bullets_link_no_paper_is_an_entry_without_a_url() -> None:
    """A bold title over bullets that label its code but not its paper: an entry of its own,
    without a URL — not a paragraph of the card above, whose code it would become."""
    harmonized, cfenet = parse_text(NO_PAPER_LINK_CARDS).entries
    assert (harmonized.url, harmonized.code, harmonized.span.end_line) == (
        "https://arxiv.org/abs/1811.05181",
        [],
        4,
    )
    assert (cfenet.title, cfenet.url) == (
        "CFENet: Object Detection with Comprehensive Feature Enhancement Module",
        None,
    )
    assert [link.url for link in cfenet.code] == ["https://github.com/qijiezhao/CFENet"]


def test_a_venue_opening_a_labelled_note_is_the_card_s_venue() -> None:
    """ "intro: CVPR 2017. SenseTime": the venue before the first full stop is the entry's (and
    its year the entry's year); the note stays a note. "intro: R-CNN" names no venue."""
    text = NO_PAPER_LINK_CARDS.replace("intro: AAAI 2019", "intro: CVPR 2017. SenseTime")
    harmonized, cfenet = parse_text(text).entries
    assert (harmonized.venue, harmonized.year) == ("CVPR 2017", 2017)
    assert harmonized.year_span == span_of(text, 3, "CVPR 2017")
    assert harmonized.notes == ["intro: CVPR 2017. SenseTime"]
    assert (cfenet.venue, cfenet.year) == ("ACCV 2018", 2018)
    assert parse_text(ADDRESS_CARDS).entries[0].venue is None


def test_a_heading_over_bullets_that_link_no_paper_stays_a_section() -> None:
    text = "### Tools\n\n- github: <https://github.com/a/b>\n- Code: <https://github.com/c/d>\n"
    assert all(entry.title != "Tools" for entry in parse_text(text).entries)


ARXIV_ADDRESS_CARDS = """\
**What's the difference in performance? #327**

<https://github.com/weiliu89/caffe/issues/327>

**Context-aware Single-Shot Detector**

- arxiv: <https://arxiv.org/abs/1707.08682>

**Feature-Fused SSD: Fast Detection for Small Objects**

<https://arxiv.org/abs/1709.05054>
"""


def test_a_bold_title_over_its_arxiv_address_alone_is_an_entry() -> None:
    """``**Title**`` over a paragraph of one bare arXiv address: the paper of its own, not a
    paragraph of the card above (which stops before it)."""
    document = parse_text(ARXIV_ADDRESS_CARDS)
    above, fused = document.entries
    assert (above.span.line, above.span.end_line) == (5, 7)
    assert (fused.title, fused.url, fused.arxiv_id) == (
        "Feature-Fused SSD: Fast Detection for Small Objects",
        "https://arxiv.org/abs/1709.05054",
        "1709.05054",
    )
    assert (fused.span.line, fused.span.end_line) == (9, 11)
    assert fused.url_span == span_of(ARXIV_ADDRESS_CARDS, 11, "https://arxiv.org/abs/1709.05054")
    # Below a bold line, any other bare address may be what the line talks about: the two
    # entries above are all.


NUMBERED_CARDS = """\
1. **Ensembling and Knowledge Distilling of Large Sequence Taggers**
+ Authors: Maksym Tarnavskyi, Artem Chernodub
+ Conference: ACL
+ Link: https://aclanthology.org/2022.acl-long.266/
+ Code: https://github.com/MaksTarnavskyi/gector-large

2. **Interpretability for Language Learners**
+ Authors: Masahiro Kaneko, Sho Takase
+ Link: https://aclanthology.org/2022.acl-long.496/

3. **Grammar correction**
+ [A Titled Paper](https://example.org/p)
"""


def test_a_numbered_bold_title_over_a_list_of_its_fields_is_a_card() -> None:
    """ "1. **Title**" over "+ Authors: …", "+ Link: https://…", "+ Code: https://…" (a list of
    its own, its marker at the margin): one entry per title, not entries titled "Link" and
    "Code"; a numbered bold line over a titled link stays a topic."""
    first, second, titled = parse_text(NUMBERED_CARDS).entries
    assert (first.title, first.url, first.venue) == (
        "Ensembling and Knowledge Distilling of Large Sequence Taggers",
        "https://aclanthology.org/2022.acl-long.266/",
        "ACL",
    )
    assert first.authors == ["Maksym Tarnavskyi", "Artem Chernodub"]
    assert [link.url for link in first.code] == ["https://github.com/MaksTarnavskyi/gector-large"]
    assert first.title_span == span_of(NUMBERED_CARDS, 1, first.title)
    assert (first.span.line, first.span.end_line) == (1, 5)
    assert (second.url, second.span.line, second.span.end_line) == (
        "https://aclanthology.org/2022.acl-long.496/",
        7,
        9,
    )
    assert (titled.title, titled.span.line) == ("A Titled Paper", 12)


def test_a_bold_line_over_titled_links_stays_a_topic() -> None:
    text = (
        "**Object detection**\n\n"
        "- [Fast R-CNN](https://arxiv.org/abs/1504.08083)\n"
        "- slides: <https://example.org/fast-rcnn.pdf>\n"
    )
    first = parse_text(text).entries[0]
    assert (first.title, first.url) == ("Fast R-CNN", "https://arxiv.org/abs/1504.08083")


def test_an_image_left_open_is_no_link() -> None:
    """A list cut mid-badge ("| ![Star](https://img.shields.io/…&l") titles no entry "Star"."""
    assert (
        parse_text("| ![Star](https://img.shields.io/github/stars/a/b.svg?style=social&l\n").entries
        == []
    )


@pytest.mark.parametrize(
    "bullets",
    [
        "- [Paper](https://arxiv.org/abs/2305.18290)\n",  # an entry titled "Paper", alone
        "- Paper: [arXiv](https://arxiv.org/abs/2305.18290)\n- Some prose about it.\n",
        "- [Direct Preference Optimization](https://arxiv.org/abs/2305.18290)\n- Code: x\n",
    ],
    ids=["lone-paper-link", "prose", "entries"],
)
def test_a_heading_over_anything_else_stays_a_section(bullets: str) -> None:
    entries = parse_text(f"### Preference Learning\n{bullets}").entries
    assert entries
    assert all(entry.section == ("Preference Learning",) for entry in entries)


# -- f. bracket labels, on one line and on three ------------------------------------------------

BRACKETS = """\
## 2024

- Title One: A Study of Things. **`CVPR 24`** [[Paper](https://arxiv.org/abs/2401.00001)] [[Code](https://github.com/a/b)]
"""


def test_bracket_labels_on_one_line() -> None:
    entry = only_entry(BRACKETS)
    assert entry.style is EntryStyle.BRACKET_LABELS
    assert entry.title == "Title One: A Study of Things"
    assert entry.title_span == span_of(BRACKETS, 3, "Title One: A Study of Things")
    assert (entry.url, entry.arxiv_id) == ("https://arxiv.org/abs/2401.00001", "2401.00001")
    assert entry.url_span == span_of(BRACKETS, 3, "https://arxiv.org/abs/2401.00001")
    assert (entry.venue, entry.year) == ("CVPR 24", 2024)
    assert entry.year_span == span_of(BRACKETS, 3, "**`CVPR 24`**")
    assert [(link.label, link.url) for link in entry.code] == [("Code", "https://github.com/a/b")]
    assert [link.span for link in entry.links] == [
        span_of(BRACKETS, 3, "[Paper](https://arxiv.org/abs/2401.00001)"),
        span_of(BRACKETS, 3, "[Code](https://github.com/a/b)"),
    ]
    assert entry.span == span(3, 1, 3, len(BRACKETS.splitlines()[2]) + 1)


LABELS_FIRST = (
    "- [[Paper](https://arxiv.org/abs/2401.00002)] [[Code](https://github.com/a/c)] - "
    "**Title Two: Labels First**. **`ICLR 2024`** [[Demo](https://example.org/demo)]\n"
)


def test_bracket_labels_before_the_title() -> None:
    entry = only_entry(LABELS_FIRST)
    assert entry.style is EntryStyle.BRACKET_LABELS
    assert entry.title == "Title Two: Labels First"
    assert entry.title_span == span_of(LABELS_FIRST, 1, "Title Two: Labels First")
    assert entry.url == "https://arxiv.org/abs/2401.00002"
    assert (entry.venue, entry.year) == ("ICLR 2024", 2024)
    assert [link.url for link in entry.code] == ["https://github.com/a/c"]


VENUE_LINKS_FIRST = (
    "- 🤖 [[IJRR](https://journals.example.org/10.1177/0278)] FMimic: Foundation Models Are "
    "Action Learners [Code] [[Page](https://fmimic.example.io/)] [`Task structures`]\n"
    "- [[ICASSP](https://ieeexplore.ieee.org/document/10887717)] Interactive Robot Action "
    "Replanning [Code] [[Page]] [`Task structures`]\n"
    "- 🌟🤖 [[ACL](https://aclanthology.org/2024.acl-long.1)] Grounded Language Agents "
    "[[Code](https://github.com/a/g)]\n"
)


def test_a_paper_link_named_by_its_venue_before_the_title() -> None:
    """ "- 🤖 [[IJRR](…)] Title [Code] [[Page](…)] [`tag`]": the emoji decorates the line, the
    link's text is the venue, and the title ends where labels begin, linked or not ("[Code]",
    "[[Page]]" without their links, a tag in code). "ACL" as a link's text names the link."""
    fmimic, replanning, grounded = parse_text(VENUE_LINKS_FIRST).entries
    assert (fmimic.title, fmimic.url, fmimic.venue, fmimic.year) == (
        "FMimic: Foundation Models Are Action Learners",
        "https://journals.example.org/10.1177/0278",
        "IJRR",
        None,
    )
    assert fmimic.title_span == span_of(VENUE_LINKS_FIRST, 1, fmimic.title)
    assert (replanning.title, replanning.venue) == ("Interactive Robot Action Replanning", "ICASSP")
    assert (grounded.title, grounded.venue) == ("Grounded Language Agents", None)
    assert [link.url for link in grounded.code] == ["https://github.com/a/g"]


def test_labels_with_brackets_inside_or_around_the_link_run_together() -> None:
    """ "[[paper]](A)[[code](B)]": the brackets of the first label are inside its link, and
    nothing separates it from the next; it is still the paper link, the other the code."""
    entry = only_entry(
        "- [2023/02] **Describe, Explain, Plan and Select** *NeurIPS 2023* "
        "[[paper]](https://arxiv.org/abs/2302.01560)[[code](https://github.com/c/planner)]\n"
    )
    assert (entry.title, entry.url, entry.venue) == (
        "Describe, Explain, Plan and Select",
        "https://arxiv.org/abs/2302.01560",
        "NeurIPS 2023",
    )
    assert [link.url for link in entry.code] == ["https://github.com/c/planner"]
    assert entry.notes == []


REMARKS_AFTER_LABELS = (
    "- **Transformers in Time Series** — Ann Lee, Bo Chen et al. (2022) "
    "[[arXiv](https://arxiv.org/abs/2202.07125)] *(IJCAI 2023)* [[Code](https://github.com/a/t)]"
    " — _A survey; background._\n"
    "- **TiRex: Zero-Shot Forecasting** — Cy Dee, Di Eng et al. (2025) "
    "[[arXiv](https://arxiv.org/abs/2505.23719)] — _xLSTM-based; NeurIPS 2025._\n"
    "- **Movie Gen** (2024) [[Paper]](https://arxiv.org/abs/2410.13720) — *Meta*\n"
    "- **Offline RL** [[Paper](https://x.org/p)] [[Code](https://github.com/a/b)] - ICML 2021\n"
)


def test_a_remark_closing_the_labels_is_a_note_and_a_venue_may_stand_between_them() -> None:
    """A remark set off by a dash after the labels is a note (its emphasis left out), even
    when it names a venue in passing; a venue tag between two labels is the venue; a venue
    set off by a dash after them stays the venue."""
    survey, tirex, movie, offline = parse_text(REMARKS_AFTER_LABELS).entries
    assert (survey.venue, survey.notes) == ("IJCAI 2023", ["A survey; background."])
    assert [link.url for link in survey.code] == ["https://github.com/a/t"]
    assert (tirex.venue, tirex.year, tirex.notes) == (None, 2025, ["xLSTM-based; NeurIPS 2025."])
    assert (movie.venue, movie.notes) == (None, ["Meta"])
    assert (offline.venue, offline.notes) == ("ICML 2021", [])


def test_bracket_labels_with_no_title_are_an_empty_title() -> None:
    text = "- [[Paper](https://arxiv.org/abs/2401.00002)] [[Code](https://github.com/a/c)]\n"
    assert only_entry(text).title == ""
    assert [d.rule for d in awesomelint.check(text)] == ["entry-title"]


THREE_LINES = """\
## Papers

**Three Line Title: Semantics** \\
*Author One, Author Two* \\
arXiv 2022. [[Paper](https://arxiv.org/abs/2201.00001)] [[Github](https://github.com/c/d)] \\
"""


def test_bracket_labels_in_the_three_line_form() -> None:
    entry = only_entry(THREE_LINES)
    assert entry.style is EntryStyle.BRACKET_LABELS
    assert entry.title == "Three Line Title: Semantics"
    assert entry.title_span == span_of(THREE_LINES, 3, "Three Line Title: Semantics")
    assert entry.url_span == span_of(THREE_LINES, 5, "https://arxiv.org/abs/2201.00001")
    assert entry.arxiv_id == "2201.00001"
    assert entry.authors == ["Author One", "Author Two"]
    authors = entry.field("Authors")
    assert authors is not None
    assert authors.value_span == span_of(THREE_LINES, 4, "Author One, Author Two")
    assert (entry.venue, entry.year) == ("arXiv 2022", 2022)
    assert entry.year_span == span_of(THREE_LINES, 5, "arXiv 2022")
    assert [(link.label, link.url) for link in entry.code] == [("Github", "https://github.com/c/d")]
    assert entry.span == span(3, 1, 5, len(THREE_LINES.splitlines()[4]) + 1)


STARRED_TITLES_OVER_LABELS = """\
⭐**FateZero: Fusing Attentions for Zero-shot Video Editing** \\
[[ICCV 2023]](https://arxiv.org/abs/2303.09535)
[[Code]](https://github.com/c/fatezero)

:fire: **Null-text Inversion for Editing Real Images** \\
[[CVPR 2023](https://arxiv.org/abs/2211.09794)]
[[Code](https://github.com/c/p2p)]
"""


def test_a_decorated_bold_title_over_labels_whose_paper_link_names_the_venue() -> None:
    """Stars or a shortcode before a bold title over a paragraph of labels decorate it; the
    paper link's text, in brackets inside or around the link, is the venue."""
    fate, null = parse_text(STARRED_TITLES_OVER_LABELS).entries
    assert (fate.title, fate.url, fate.venue, fate.year) == (
        "FateZero: Fusing Attentions for Zero-shot Video Editing",
        "https://arxiv.org/abs/2303.09535",
        "ICCV 2023",
        2023,
    )
    assert fate.title_span == span_of(STARRED_TITLES_OVER_LABELS, 1, fate.title)
    assert fate.year_span == span_of(STARRED_TITLES_OVER_LABELS, 2, "ICCV 2023")
    assert [link.url for link in fate.code] == ["https://github.com/c/fatezero"]
    assert (null.title, null.venue, null.year) == (
        "Null-text Inversion for Editing Real Images",
        "CVPR 2023",
        2023,
    )


@pytest.mark.parametrize(
    ("line", "title", "authors", "venue"),
    [
        # An emphasised byline closing the title, names with their affiliation, a venue
        # named without its year.
        (
            "- [2023/04] **Learning Representations.** *Felix Hill(University of Cambridge) et al."
            " arXiv.*[[paper](https://arxiv.org/abs/1602.03483)]\n",
            "Learning Representations",
            ["Felix Hill(University of Cambridge)", "et al"],
            "arXiv",
        ),
        (
            "- [2023/07] Interactive Language: Talking to Robots *Corey Lynch et al. IEEE(RAL)* "
            "[[paper](https://arxiv.org/abs/2210.06407)]\n",
            "Interactive Language: Talking to Robots",
            ["Corey Lynch", "et al"],
            "IEEE(RAL)",
        ),
        # Emphasis inside a title does not end it.
        (
            "- Learning *to* Fly. Ann Lee, Bo Chen. NeurIPS 2020. [[paper](https://example.org/f)]\n",
            "Learning *to* Fly",
            ["Ann Lee", "Bo Chen"],
            "NeurIPS 2020",
        ),
        ("- Learning *to Fly* [[paper](https://example.org/f)]\n", "Learning *to Fly*", [], None),
    ],
)
def test_an_emphasised_byline_after_a_plain_title(
    line: str, title: str, authors: list[str], venue: str | None
) -> None:
    entry = only_entry(line)
    assert (entry.title, entry.authors, entry.venue) == (title, authors, venue)
    assert entry.title_span == span_of(line, 1, title)


def test_labels_written_with_escaped_brackets() -> None:
    r"""'[\[Paper\]](…) [\[Code\]](…)': the escaped brackets make the same labels."""
    entry = only_entry(
        "* Timer: Large Models. [\\[Paper\\]](https://arxiv.org/abs/2402.02368)"
        " [\\[Code\\]](https://github.com/thuml/timer)\n"
    )
    assert (entry.title, entry.arxiv_id) == ("Timer: Large Models", "2402.02368")
    assert [link.url for link in entry.code] == ["https://github.com/thuml/timer"]


def test_a_venue_line_may_name_no_year() -> None:
    entry = only_entry("- [A Paper](https://example.org/p)\n  - Ann Lee, Bo Chen\n  - arXiv\n")
    assert (entry.authors, entry.venue, entry.notes) == (["Ann Lee", "Bo Chen"], "arXiv", [])


CITATIONS = [
    # (line, title, authors, year, venue)
    (
        "- Ha, D., & Schmidhuber, J. (2018). [World Models](https://arxiv.org/abs/1803.10122). "
        "NeurIPS.\n",
        "World Models",
        ["Ha, D.", "Schmidhuber, J."],
        2018,
        None,
    ),
    (
        "1. Graves, A., Fernández, S., & Schmidhuber, J. (2006). *Connectionist Temporal "
        "Classification*. ICML. [Paper](https://example.org/ctc.pdf).\n",
        "Connectionist Temporal Classification",
        ["Graves, A.", "Fernández, S.", "Schmidhuber, J."],
        2006,
        "ICML",
    ),
    (
        "2. **Schlag, I., Irie, K., & Schmidhuber, J. (2021).** *Linear Transformers Are "
        "Secretly Fast Weight Programmers.* ICML 2021. [[arXiv](https://arxiv.org/abs/2102.11174)]\n",
        "Linear Transformers Are Secretly Fast Weight Programmers",
        ["Schlag, I.", "Irie, K.", "Schmidhuber, J."],
        2021,
        "ICML 2021",
    ),
    (
        "- Liu, W., & Heng, P. A. (2020, October). [Re-ranking with Item Relations](https://example.org/r)\n",
        "Re-ranking with Item Relations",
        ["Liu, W.", "Heng, P. A."],
        2020,
        None,
    ),
    (
        "- Engle, R. F. (1982). [Autoregressive Conditional Heteroscedasticity](https://example.org/a)\n",
        "Autoregressive Conditional Heteroscedasticity",
        ["Engle, R. F."],
        1982,
        None,
    ),
]


@pytest.mark.parametrize(("line", "title", "authors", "year", "venue"), CITATIONS)
def test_references_in_citation_style(
    line: str, title: str, authors: list[str], year: int, venue: str | None
) -> None:
    """ "Surname, I., & Surname, J. (2018). Title. Venue.": the names and the year open the
    reference, and the title (linked or emphasised) follows them."""
    entry = only_entry(line)
    assert (entry.title, entry.authors, entry.year, entry.venue) == (title, authors, year, venue)
    assert entry.title_span == span_of(line, 1, title)
    field = entry.field("Authors")
    assert field is not None
    assert field.value_span == span_of(line, 1, line.split(" (")[0].split(" ", 1)[1].strip("*"))
    assert entry.year_span == span_of(line, 1, f"{year}")


def test_one_word_before_a_year_is_no_citation() -> None:
    entry = only_entry("- Transformer (2017). [Code](https://github.com/a/b)\n")
    assert (entry.title, entry.authors) == ("Transformer (2017)", [])


NAMES_FIRST = [
    # (line, title, authors, venue, year): references that open with their names and close
    # with their year, as reference lists and older lists write them.
    (
        "1. A. Turing and B. Lovelace, “Learning to Compute Things”, ICML, 2006. "
        "[PDF](https://example.org/t.pdf) (_LTC_)\n",
        "Learning to Compute Things",
        ["A. Turing", "B. Lovelace"],
        "ICML",
        2006,
    ),
    (
        '2. Mei Lin, Tao Wu, "Acoustic Models with Small Data", ICASSP 2019. '
        "[PDF](https://example.org/a.pdf)\n",
        "Acoustic Models with Small Data",
        ["Mei Lin", "Tao Wu"],
        "ICASSP 2019",
        2019,
    ),
    (
        "- S. K. Rao and P. Menon, A Gentle Survey of Planning, Sadhana, 1994. "
        "[[Paper]](https://example.org/s.pdf)\n",
        "A Gentle Survey of Planning",
        ["S. K. Rao", "P. Menon"],
        "Sadhana",
        1994,
    ),
    (
        "- Marta Hill, Steps toward Thinking Machines, Proceedings of the IRE, 1961. "
        "[[Paper]](https://example.org/m.pdf)\n",
        "Steps toward Thinking Machines",
        ["Marta Hill"],
        "Proceedings of the IRE",
        1961,
    ),
    (
        "- Ada Byron and Alan Kay, Planning: An Introduction [[Book]](https://example.org/b)\n",
        "Planning: An Introduction",
        ["Ada Byron", "Alan Kay"],
        None,
        None,
    ),
    (
        "- Lyle C, Rowland M, et al. **Preventing Capacity Loss in Agents**[J]. Nature, 2024. "
        "[[paper](https://example.org/c)]\n",
        "Preventing Capacity Loss in Agents",
        ["Lyle C", "Rowland M", "et al"],
        "Nature",
        2024,
    ),
]


@pytest.mark.parametrize(("line", "title", "authors", "venue", "year"), NAMES_FIRST)
def test_references_that_put_the_names_first(
    line: str, title: str, authors: list[str], venue: str | None, year: int | None
) -> None:
    """IEEE (``A. Turing, "Title", ICML, 2006.``), names-first lists and GB/T 7714
    (``Lyle C, Rowland M. **Title**[J]. Nature, 2024.``): the title is what the names, the
    quotes or the bold set off, not the whole reference — which arXiv's title would never
    match."""
    entry = only_entry(line)
    assert (entry.title, entry.authors, entry.venue, entry.year) == (title, authors, venue, year)
    assert entry.title_span == span_of(line, 1, title)
    field = entry.field("Authors")
    assert field is not None
    names = line[line.index(" ") + 1 : line.index(authors[-1]) + len(authors[-1])]
    assert field.value_span == span_of(line, 1, names)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # A title and a venue or a remark in bold: a full stop ends a list of names, not one.
        ("* World Models. **`NIPS 2018 Oral`** [[Paper](https://example.org/w)]\n", "World Models"),
        ("* World Models. **Oral** [[Paper](https://example.org/w)]\n", "World Models"),
        # Names last, after a title that reads as names: the title stays first.
        (
            "- Attention Is All You Need, Ann Lee, Bo Chen, NeurIPS 2017, [pdf](https://example.org/a)\n",
            "Attention Is All You Need",
        ),
        # One name-like phrase and no year: a title with a subtitle.
        (
            "- World Models, How Agents Dream [[Paper](https://example.org/w)]\n",
            "World Models, How Agents Dream",
        ),
    ],
)
def test_titles_that_only_look_like_names_first(line: str, title: str) -> None:
    entry = only_entry(line)
    assert entry.title.startswith(title)
    assert entry.authors == [] or "Ann Lee" in entry.authors


# -- g. table rows --------------------------------------------------------------------------------

TABLE = """\
| Title | Venue | Date | Code | Demo |
|:------|:-----:|------|------|------|
| [**Genie Envisioner**](https://arxiv.org/abs/2506.00001) | CVPR 2025 | 2025-06-12 | [Github](https://github.com/e/f) | [Demo](https://demo.example.org) |
| [Second Paper](https://arxiv.org/abs/2507.00002) | arXiv | 2025-07 | [repo](https://gitlab.com/g/h) | - |
"""  # noqa: E501 (lines of real lists are long)


def test_table_rows_read_their_columns_by_the_header() -> None:
    first, second = parse_text(TABLE).entries
    assert first.style is EntryStyle.TABLE_ROW
    # The bold markup is not part of the title; its span is the words inside it.
    assert first.title == "Genie Envisioner"
    assert first.title_span == span_of(TABLE, 3, "Genie Envisioner")
    assert (first.url, first.arxiv_id) == ("https://arxiv.org/abs/2506.00001", "2506.00001")
    assert first.venue == "CVPR 2025"
    assert (first.year, first.month) == (2025, 6)
    assert first.year_span == span_of(TABLE, 3, "2025-06-12")
    assert [link.url for link in first.code] == ["https://github.com/e/f"]
    assert first.other_fields() == {"Demo": "[Demo](https://demo.example.org)"}
    assert first.span == span(3, 1, 3, len(TABLE.splitlines()[2]) + 1)

    assert second.title == "Second Paper"
    assert (second.venue, second.year, second.month) == ("arXiv", 2025, 7)
    # Every link of the Code column is code, whatever its text.
    assert [link.url for link in second.code] == ["https://gitlab.com/g/h"]
    # "-" is a cell with nothing in it, not a Demo field whose value is a dash.
    assert second.other_fields() == {}


@pytest.mark.parametrize(
    ("written", "year", "month"),
    [
        ("31 Aug 2022", 2022, 8),
        ("Aug 2022", 2022, 8),
        ("`2023.05`", 2023, 5),
        ("23.07", 2023, 7),
        ("11/2023", 2023, 11),
    ],
)
def test_a_date_column_in_other_spellings(written: str, year: int, month: int) -> None:
    text = (
        "| Title | Date | Venue |\n| --- | --- | --- |\n"
        f"| [A Paper](https://arxiv.org/abs/2208.00001) | {written} | `ICLR'23` |\n"
    )
    entry = only_entry(text)
    assert (entry.year, entry.month) == (year, month)
    assert entry.year_span == span_of(text, 3, written.strip("`"))
    # Code markers around a whole cell are no part of its value.
    assert entry.venue == "ICLR'23"


TITLED_ROWS = """\
| Title & Authors | Links |
|:--|:---:|
|[A Paper](https://arxiv.org/abs/2406.01032) <br> Ann Lee, Bo Chen |[![](./assets/code.svg)](https://github.com/o/r)|
"""


def test_a_title_cell_may_hold_the_authors_and_a_badge_may_be_named_by_its_image() -> None:
    """Authors under the title in its cell; an image without alt text named by its file."""
    entry = only_entry(TITLED_ROWS)
    assert (entry.title, entry.authors) == ("A Paper", ["Ann Lee", "Bo Chen"])
    authors = entry.field("Authors")
    assert authors is not None
    assert authors.value_span == span_of(TITLED_ROWS, 3, "Ann Lee, Bo Chen")
    assert [link.url for link in entry.code] == ["https://github.com/o/r"]


@pytest.mark.parametrize(
    "badge",
    [
        "[![](./assets/code.svg)](https://github.com/o/r)",
        "[![GitHub Page](https://img.shields.io/badge/GitHub-Code-7395C5.svg)](https://github.com/o/r)",
    ],
)
def test_a_badge_whose_alt_text_says_nothing_is_named_by_its_image(badge: str) -> None:
    entry = only_entry(f"- [A Paper](https://arxiv.org/abs/2406.01032) {badge}\n")
    assert [link.url for link in entry.code] == ["https://github.com/o/r"]


MILESTONES = """\
| Date | keywords | Institute | Paper | Publication |
| :-----: | :---: | :---: | :---: | :---: |
| 2017-06 | Transformers | Google | [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | NeurIPS<br>![Citations](https://img.shields.io/badge/citations-100k-blue) |
"""  # noqa: E501


def test_badges_and_html_closing_a_cell_are_not_its_value() -> None:
    """A milestone table: "NeurIPS<br>![badge](…)" is the venue NeurIPS, and a row's fields
    stand in its header's order, which no finding asks to change."""
    entry = only_entry(MILESTONES)
    assert (entry.title, entry.venue, entry.keywords) == (
        "Attention Is All You Need",
        "NeurIPS",
        ["Transformers"],
    )
    venue = entry.field("Venue")
    assert venue is not None
    assert venue.value_span == span_of(MILESTONES, 3, "NeurIPS")
    assert [d.rule for d in awesomelint.check(MILESTONES)] == []


BADGE_PAPER = "[![arXiv](https://img.shields.io/badge/arXiv-1706.03762-b31b1b)](https://arxiv.org/abs/1706.03762)"
BADGE_CODE = "[![Code](https://img.shields.io/badge/-Code-blue)](https://github.com/t/t)"


def test_badges_that_say_paper_or_code_are_the_labels_of_an_entry() -> None:
    line = f"- Attention Is All You Need {BADGE_PAPER} {BADGE_CODE}\n"
    entry = only_entry(line)
    assert entry.style is EntryStyle.BRACKET_LABELS
    assert (entry.title, entry.arxiv_id) == ("Attention Is All You Need", "1706.03762")
    assert entry.url_span == span_of(line, 1, "https://arxiv.org/abs/1706.03762")
    assert [link.url for link in entry.code] == ["https://github.com/t/t"]


RESULTS = """\
| Methods | Paper | Pub | Base | Novel | HM | Code |
| :---: | :---: | :---: | --- | --- | :---: | :--: |
| CLIP | [Link](https://arxiv.org/abs/2103.00020) | ICML 21 | 69.34 | 74.22 | **71.70** | [Link](https://github.com/openai/CLIP) |
| CoOp | [Link](https://arxiv.org/abs/2109.01134) | IJCV 22 | 82.69 | 63.22 | 71.66% | - |

| Title | Year | Stars |
| --- | --- | --- |
| [A Paper](https://example.org/a) | 2023 | 1.2 |
"""  # noqa: E501 (lines of real lists are long)


def test_a_table_of_results_holds_no_entries() -> None:
    """A table comparing methods by scores links papers the list holds elsewhere, titled
    "Link": as entries they would all be duplicates. One number a row is no results table."""
    assert [entry.title for entry in parse_text(RESULTS).entries] == ["A Paper"]


def test_a_table_whose_paper_and_code_columns_hold_badges() -> None:
    text = (
        "| Date | Name | Title | Paper | Code |\n|---|---|---|---|---|\n"
        f"| 2017-06 | `Transformer` | Attention Is All You Need | {BADGE_PAPER} "
        "| [![GitHub Stars](https://img.shields.io/github/stars/t/t)](https://github.com/t/t) |\n"
    )
    entry = only_entry(text)
    assert (entry.title, entry.arxiv_id, entry.year) == (
        "Attention Is All You Need",
        "1706.03762",
        2017,
    )
    assert [link.url for link in entry.code] == ["https://github.com/t/t"]


@pytest.mark.parametrize(
    "badges",
    [
        BADGE_PAPER,
        "[![GitHub license](https://img.shields.io/github/license/a/b)](https://github.com/a/b/LICENSE)",
        "[![Survey](https://img.shields.io/badge/-Survey-red)](https://arxiv.org/abs/1706.03762)",
    ],
    ids=["paper-badge-with-no-title", "licence", "a-tag-badge"],
)
def test_a_badge_is_never_a_title(badges: str) -> None:
    assert parse_text(f"# Awesome\n\n{badges}\n\n- {badges}\n").entries == []


TITLE_OVER_BADGES = f"""\
- **Attention Is All You Need**  
  [![Survey](https://img.shields.io/badge/-Survey-red)](#surveys) {BADGE_PAPER} {BADGE_CODE}
  - Ashish Vaswani, Noam Shazeer
- A bullet of prose
  that goes on with a [link](https://example.org) in it
"""  # noqa: W291 (the hard line break is the shape)


def test_an_item_whose_title_stands_over_its_labels() -> None:
    """ "- **Title**" with its badges or label links on the next line; a bullet of prose with
    a link on its second line is no entry."""
    entry = only_entry(TITLE_OVER_BADGES)
    assert entry.style is EntryStyle.BRACKET_LABELS
    assert entry.title == "Attention Is All You Need"
    assert entry.title_span == span_of(TITLE_OVER_BADGES, 1, "Attention Is All You Need")
    assert entry.url_span == span_of(TITLE_OVER_BADGES, 2, "https://arxiv.org/abs/1706.03762")
    assert [link.url for link in entry.code] == ["https://github.com/t/t"]
    assert entry.authors == ["Ashish Vaswani", "Noam Shazeer"]
    assert (entry.span.line, entry.span.end_line) == (1, 3)


TITLE_OVER_DATED_NAMES = """\
1. **Graph Attention Networks.**
*Petar Velickovic, Guillem Cucurull, Yoshua Bengio.* ICLR 2018. [paper](https://arxiv.org/pdf/1710.10903.pdf) [code](https://github.com/PetarV-/GAT)

### 2018
* World Models. **`NIPS 2018 Oral`** [[Paper](https://arxiv.org/pdf/1803.10122)]
"""  # noqa: E501 (lines of real lists are long)


TITLE_IN_VENUE = """\
1. **Graph construction and b-matching for semi-supervised learning,** in ICML, 2009.
*T. Jebara, J. Wang, and S. Chang.*
[paper](https://icml.cc/Conferences/2009/papers/188.pdf)

1. **Label propagation and quadratic criterion,** in Semi-Supervised Learning, 2006.
*L. Berton and A. d. A. Lopes.*
[paper](https://example.org/lp.pdf)
"""


def test_a_bold_title_then_in_venue_over_names_and_a_paper_link() -> None:
    """ "**Title,** in ICML, 2009." over "*Names.*" over "[paper](…)": "in" introduces the
    venue; a particle written as an initial ("A. d. A. Lopes") is part of a name."""
    icml, lopes = parse_text(TITLE_IN_VENUE).entries
    assert (icml.title, icml.venue, icml.year) == (
        "Graph construction and b-matching for semi-supervised learning",
        "ICML, 2009",
        2009,
    )
    assert icml.authors == ["T. Jebara", "J. Wang", "S. Chang"]
    assert icml.url == "https://icml.cc/Conferences/2009/papers/188.pdf"
    assert lopes.authors == ["L. Berton", "A. d. A. Lopes"]


def test_a_venue_closing_a_title_line_that_breaks_with_a_tag() -> None:
    """ "- **Title** NeurIPS 2022.07 <br />" over "*Names* [[pdf](…)]": the line break is no
    part of the venue."""
    text = (
        "- **WebShop: Scalable Web Interaction** NeurIPS 2022.07 <br />\n"
        "*Shunyu Yao, Howard Chen* [[pdf](https://arxiv.org/abs/2207.01206)]\n"
    )
    entry = only_entry(text)
    assert (entry.title, entry.venue, entry.year, entry.notes) == (
        "WebShop: Scalable Web Interaction",
        "NeurIPS 2022.07",
        2022,
        [],
    )
    assert entry.authors == ["Shunyu Yao", "Howard Chen"]


def test_an_item_whose_title_stands_over_names_a_venue_and_labels() -> None:
    """ "1. **Title.**" over "*Ann Lee, Bo Chen.* ICLR 2018. [paper](…) [code](…)": the names
    are the authors, the venue after them the venue; one capitalised phrase before a venue
    ("World Models. **`NIPS 2018`**") is a title, and its heading no card over it."""
    gat, world_models = parse_text(TITLE_OVER_DATED_NAMES).entries
    assert (gat.title, gat.authors, gat.venue, gat.year) == (
        "Graph Attention Networks",
        ["Petar Velickovic", "Guillem Cucurull", "Yoshua Bengio"],
        "ICLR 2018",
        2018,
    )
    assert (gat.url, [link.url for link in gat.code]) == (
        "https://arxiv.org/pdf/1710.10903.pdf",
        ["https://github.com/PetarV-/GAT"],
    )
    assert gat.year_span == span_of(TITLE_OVER_DATED_NAMES, 2, "ICLR 2018")
    assert (gat.span.line, gat.span.end_line, gat.notes) == (1, 2, [])
    assert (world_models.title, world_models.venue, world_models.section) == (
        "World Models",
        "NIPS 2018 Oral",
        ("2018",),
    )


TITLE_OVER_PARAGRAPH = """\
1. **Chain of Thought Prompting Elicits Reasoning.** `NeurIPS 2022`

    *Jason Wei, Xuezhi Wang, Denny Zhou.* [[Paper](https://arxiv.org/abs/2201.11903)] [[Code](https://github.com/g/cot)], 2022.1

1. **Self-Consistency Improves Chain of Thought Reasoning.** `ICLR 2023`

    *Xuezhi Wang, Jason Wei.* [[Paper](https://arxiv.org/abs/2203.11171)]
"""  # noqa: E501 (lines of real lists are long)


def test_an_item_whose_labels_fill_its_second_paragraph() -> None:
    """A numbered bold title with its venue, and a paragraph under it holding the authors, the
    labels and a year-month stamp."""
    first, second = parse_text(TITLE_OVER_PARAGRAPH).entries
    assert (first.title, first.venue, first.year, first.authors) == (
        "Chain of Thought Prompting Elicits Reasoning",
        "NeurIPS 2022",
        2022,
        ["Jason Wei", "Xuezhi Wang", "Denny Zhou"],
    )
    assert first.arxiv_id == "2201.11903"
    assert [link.url for link in first.code] == ["https://github.com/g/cot"]
    assert first.title_span == span_of(TITLE_OVER_PARAGRAPH, 1, first.title)
    assert first.year_span == span_of(TITLE_OVER_PARAGRAPH, 3, "2022.1")
    authors = first.field("Authors")
    assert authors is not None
    assert authors.value_span == span_of(
        TITLE_OVER_PARAGRAPH, 3, "Jason Wei, Xuezhi Wang, Denny Zhou"
    )
    assert (first.span.line, first.span.end_line, first.notes) == (1, 3, [])
    assert (second.venue, second.year, second.arxiv_id) == ("ICLR 2023", 2023, "2203.11171")


@pytest.mark.parametrize(
    ("head", "note", "venue"),
    [
        ("`CLIP` **Learning Visual Models From Text.** ICML 2021.", "CLIP", "ICML 2021"),
        ("[R2R]: Learning Visual Models From Text", "R2R", None),
        ("[ICLR 2021] Learning Visual Models From Text", None, "ICLR 2021"),
    ],
)
def test_tags_opening_a_title_over_its_labels(
    head: str, note: str | None, venue: str | None
) -> None:
    """ "- `CLIP` **Title.** ICML 2021." over "[[Paper](…)] [[Code](…)]": a name or venue
    tag opening the title line is no part of the title, as on a line with its labels."""
    text = f"- {head}  \n  [[Paper](https://arxiv.org/abs/2103.00020)] [[Code](https://github.com/o/c)]\n"
    entry = only_entry(text)
    assert entry.title == "Learning Visual Models From Text"
    assert entry.title_span == span_of(text, 1, "Learning Visual Models From Text")
    assert (entry.notes, entry.venue) == ([note] if note else [], venue)
    assert [link.url for link in entry.code] == ["https://github.com/o/c"]


@pytest.mark.parametrize(
    "lead",
    [
        "🔥 *(NeurIPS'2022)* ",
        "🚀 (NeurIPS 2022) ",
        "![image](https://example.org/new.png)[NeurIPS 2022] ",
    ],
)
def test_symbols_and_images_before_a_venue_tag_are_decoration(lead: str) -> None:
    text = (
        f"- {lead}WebShop: Scalable Web Interaction [[Paper](https://arxiv.org/abs/2207.01206)]\n"
    )
    entry = only_entry(text)
    assert (entry.title, entry.year, entry.notes) == ("WebShop: Scalable Web Interaction", 2022, [])
    assert entry.venue is not None
    assert entry.venue.startswith("NeurIPS")


CODE_ON_THE_TITLE_LINE = """\
* **ScanRefer: Object Localization in Scans** | [Github](https://github.com/d/scanrefer)
  * Ann Lee, Bo Chen, Cy Dee
  * Technical University of Munich
  * [ECCV2020] https://arxiv.org/abs/1912.08830
  * A dataset, two-stage approach
"""


def test_the_paper_link_on_a_bullet_below_a_title_that_links_only_code() -> None:
    """ "* **Title** | [Github](…)" over "* [ECCV2020] https://arxiv.org/abs/…": the bullet's
    link is the paper's, its tag the venue; the Github link stays the code."""
    entry = only_entry(CODE_ON_THE_TITLE_LINE)
    assert (entry.title, entry.url, entry.arxiv_id) == (
        "ScanRefer: Object Localization in Scans",
        "https://arxiv.org/abs/1912.08830",
        "1912.08830",
    )
    assert entry.url_span == span_of(CODE_ON_THE_TITLE_LINE, 4, "https://arxiv.org/abs/1912.08830")
    assert [link.url for link in entry.code] == ["https://github.com/d/scanrefer"]
    assert (entry.venue, entry.year, entry.authors) == (
        "ECCV2020",
        2020,
        ["Ann Lee", "Bo Chen", "Cy Dee"],
    )
    assert entry.notes == ["Technical University of Munich", "A dataset, two-stage approach"]


def test_a_date_to_the_day_before_the_paper_link_is_no_venue() -> None:
    """ "* [2024.05.27] https://arxiv.org/abs/…": a note. A date to the day is not the entry's
    year either: lists as often write so the day they added a paper (see
    test_a_name_and_a_colon_that_is_no_venue_or_year_is_not_taken)."""
    entry = only_entry(CODE_ON_THE_TITLE_LINE.replace("[ECCV2020]", "[2019.12.19]"))
    assert (entry.url, entry.venue, entry.year) == ("https://arxiv.org/abs/1912.08830", None, None)
    assert "2019.12.19" in entry.notes


TITLE_ALONE = """\
* **3DRefTransformer: Object Identification in Real-World Scenes** |
  * Ann Lee, Bo Chen, Cy Dee
  * King Abdullah University of Science and Technology
  * [WACV2022] https://arxiv.org/abs/2112.00001
  * Two-stage approach
"""


def test_a_bold_title_alone_over_a_bullet_holding_the_paper_link() -> None:
    """ "* **Title** |" with no link, over bullets of which one holds the paper's address after
    a tag: one entry titled by the bold text, its link, venue and authors from the bullets —
    not an entry titled by the address."""
    entry = only_entry(TITLE_ALONE)
    assert (entry.title, entry.url, entry.venue, entry.year) == (
        "3DRefTransformer: Object Identification in Real-World Scenes",
        "https://arxiv.org/abs/2112.00001",
        "WACV2022",
        2022,
    )
    assert entry.title_span == span_of(TITLE_ALONE, 1, entry.title)
    assert entry.url_span == span_of(TITLE_ALONE, 4, "https://arxiv.org/abs/2112.00001")
    assert entry.authors == ["Ann Lee", "Bo Chen", "Cy Dee"]
    assert entry.notes == [
        "King Abdullah University of Science and Technology",
        "Two-stage approach",
    ]
    assert (entry.span.line, entry.span.end_line, entry.code) == (1, 5, [])


TITLE_OVER_LABEL_BULLETS = """\
- **Anonymous Walk Embeddings (ICML 2018)**
  - Sergey Ivanov and Evgeny Burnaev
  - [[Paper]](https://arxiv.org/pdf/1805.11921.pdf)
  - [[Python Reference]](https://github.com/nd7141/AWE)
"""


def test_a_bold_title_over_its_paper_and_other_label_bullets() -> None:
    """ "- **Title (ICML 2018)**" over the authors, "[[Paper]](…)" and other label links, a
    bullet each: one entry, its venue from the parentheses inside the bold — not one entry
    per label titled "[Paper]" and "[Python Reference]"."""
    entry = only_entry(TITLE_OVER_LABEL_BULLETS)
    assert (entry.title, entry.venue, entry.year, entry.authors) == (
        "Anonymous Walk Embeddings",
        "ICML 2018",
        2018,
        ["Sergey Ivanov", "Evgeny Burnaev"],
    )
    assert entry.title_span == span_of(TITLE_OVER_LABEL_BULLETS, 1, "Anonymous Walk Embeddings")
    assert entry.url == "https://arxiv.org/pdf/1805.11921.pdf"
    assert [link.url for link in entry.links][-1] == "https://github.com/nd7141/AWE"
    assert (entry.span.line, entry.span.end_line) == (1, 4)


def test_a_venue_closing_a_bold_title_inside_the_bold() -> None:
    line = (
        "- **Anonymous Walk Embeddings (ICML 2018)** [[Paper](https://arxiv.org/abs/1805.11921)]\n"
    )
    entry = only_entry(line)
    assert (entry.title, entry.venue) == ("Anonymous Walk Embeddings", "ICML 2018")
    assert entry.title_span == span_of(line, 1, "Anonymous Walk Embeddings")


TITLE_OVER_NAMED_LABELS = """\
- GraphCL: Graph Contrastive Learning with Augmentations.
  - Y. You, T. Chen, and Y. Shen. *NIPS 2020*. [[pdf]](https://proceedings.neurips.cc/p.pdf) [[code]](https://github.com/Shen-Lab/GraphCL)
- Contrastive methods
  - [Deep Graph Infomax](https://arxiv.org/abs/1809.10341)
"""


def test_a_plain_title_over_names_a_venue_and_labels() -> None:
    """ "- Title." over "- Names. *Venue*. [[pdf]](…) [[code]](…)": one entry, titled by the
    bullet, its authors, venue, paper and code from the bullet below; a bullet over a titled
    link stays a topic."""
    graphcl, infomax = parse_text(TITLE_OVER_NAMED_LABELS).entries
    assert (graphcl.title, graphcl.venue, graphcl.year) == (
        "GraphCL: Graph Contrastive Learning with Augmentations",
        "NIPS 2020",
        2020,
    )
    assert graphcl.authors == ["Y. You", "T. Chen", "Y. Shen"]
    assert graphcl.url == "https://proceedings.neurips.cc/p.pdf"
    assert [link.url for link in graphcl.code] == ["https://github.com/Shen-Lab/GraphCL"]
    assert graphcl.url_span == span_of(
        TITLE_OVER_NAMED_LABELS, 2, "https://proceedings.neurips.cc/p.pdf"
    )
    assert (infomax.title, infomax.section) == ("Deep Graph Infomax", ())


def test_a_bold_topic_over_several_tagged_addresses_is_no_entry() -> None:
    """A bold bullet over two linked bullets names a topic: each bullet is an entry of its own."""
    text = (
        "* **Vision and language**\n"
        "  * [CVPR2022] https://arxiv.org/abs/2201.00001\n"
        "  * [ICCV2023] https://arxiv.org/abs/2301.00002\n"
    )
    entries = parse_text(text).entries
    assert [(entry.span.line, entry.url, entry.venue) for entry in entries] == [
        (2, "https://arxiv.org/abs/2201.00001", "CVPR2022"),
        (3, "https://arxiv.org/abs/2301.00002", "ICCV2023"),
    ]
    titled = "- **Vision and language**\n  - [[Paper]](https://x.org/p)\n  - [A Title](https://x.org/a)\n"
    assert [entry.title for entry in parse_text(titled).entries] == ["[Paper]", "A Title"]


LABELS_A_LINE_EACH = """\
- Interpretable Graph Learning via a Stochastic Mechanism.
  [[pdf]](https://arxiv.org/pdf/2201.12987.pdf)
  [[code]](https://github.com/g/gsat)
  - Ann Lee, Bo Chen, and Cy Dee. *ICML*, 2022.
"""


def test_labels_a_line_each_under_a_title_and_a_byline_with_a_yearless_venue() -> None:
    """A title over its labels, one a line, and a sub-bullet "Names. *Venue*, Year.": the
    code label on the later line is code, and the byline gives authors, venue and year."""
    entry = only_entry(LABELS_A_LINE_EACH)
    assert (entry.title, entry.url) == (
        "Interpretable Graph Learning via a Stochastic Mechanism",
        "https://arxiv.org/pdf/2201.12987.pdf",
    )
    assert [link.url for link in entry.code] == ["https://github.com/g/gsat"]
    assert (entry.authors, entry.venue, entry.year) == (
        ["Ann Lee", "Bo Chen", "Cy Dee"],
        "ICML",
        2022,
    )
    assert entry.notes == []
    assert entry.year_span == span_of(LABELS_A_LINE_EACH, 4, "2022")


BOLD_TITLE_LINES = """\
## Surveys

**A Survey on Video Diffusion Models** (2024) [[Paper]](https://arxiv.org/abs/2405.03150) — *ACM Computing Surveys*\\
**Controllable Video Generation: A Survey** (2025) [[Paper]](https://arxiv.org/abs/2507.16869)\\
See **the blog** for [a summary](https://example.org/blog).
"""  # noqa: E501 (lines of real lists are long)


def test_a_paragraph_of_bold_title_lines_is_a_list_of_entries() -> None:
    """Each line a bold title, a year and its labels (and a venue after them), ended by a hard
    break; a line of prose in the same paragraph is none."""
    first, second = parse_text(BOLD_TITLE_LINES).entries
    assert first.style is EntryStyle.BRACKET_LABELS
    assert (first.title, first.year, first.venue, first.arxiv_id) == (
        "A Survey on Video Diffusion Models",
        2024,
        "ACM Computing Surveys",
        "2405.03150",
    )
    assert first.year_span == span_of(BOLD_TITLE_LINES, 3, "(2024)")
    assert first.span == span(3, 1, 3, len(BOLD_TITLE_LINES.splitlines()[2].rstrip()) + 1)
    assert (second.title, second.year, second.venue, second.span.line) == (
        "Controllable Video Generation: A Survey",
        2025,
        None,
        4,
    )


def test_a_heading_right_after_an_anchor_tag_is_a_heading() -> None:
    """ "<a id="x"></a>" is inline HTML in a paragraph (CommonMark opens an HTML block only
    with a block-level tag, or with a tag alone on its line), so the heading below it counts."""
    text = (
        '<a id="resources"></a>\n## Resources\n\n- [A Paper](https://arxiv.org/abs/2401.00001)\n'
        '<div align="center">\n\n<img src="logo.png">\n- [Hidden](https://example.org/h)\n'
    )
    entry = only_entry(text)
    assert (entry.title, entry.section) == ("A Paper", ("Resources",))


def test_a_url_inside_the_text_of_a_contents_link_is_no_link() -> None:
    text = "- [Refer to https://github.com/a/Awesome-World-Model](#refer-to-x)\n"
    assert parse_text(text).entries == []


@pytest.mark.parametrize("marker", ["", "- "])
def test_sentences_closing_a_link_text_that_date_or_place_the_paper(marker: str) -> None:
    """ "[Title. 2016-02. AISTAT 2017.](…)": the title ends before them; the date is the
    entry's year and month, the venue its venue. A sentence of the title's own stays."""
    text = (
        f"{marker}[Communication-Efficient Learning. 2016-02. AISTAT 2017.]"
        "(https://arxiv.org/pdf/1602.05629.pdf)\n\n"
        f"{marker}[Adaptive Federated Optimization. ICLR 2021 (Under Review). 2020-02-29]"
        "(https://arxiv.org/pdf/2003.00295.pdf)\n\n"
        f"{marker}[Mastering Atari. A Study](https://example.org/atari)\n"
    )
    learning, adaptive, atari = parse_text(text).entries
    assert (learning.title, learning.venue, learning.year, learning.month) == (
        "Communication-Efficient Learning",
        "AISTAT 2017",
        2016,
        2,
    )
    assert learning.title_span == span_of(text, 1, learning.title)
    assert learning.year_span == span_of(text, 1, "2016-02")
    assert (adaptive.title, adaptive.venue, adaptive.year) == (
        "Adaptive Federated Optimization",
        "ICLR 2021 (Under Review)",
        2020,
    )
    assert (atari.title, atari.venue, atari.year) == ("Mastering Atari. A Study", None, None)


@pytest.mark.parametrize(
    "label", ["Torch Code", "Code 💻", "💻 Code", "JAX code", "Official Code", "PyTorch"]
)
def test_a_link_text_that_names_code_among_other_words(label: str) -> None:
    """A label naming code, or the framework of an implementation ("[[PyTorch](…)]")."""
    entry = only_entry(
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) "
        f"[[{label}](https://github.com/t/t)]\n"
    )
    assert [link.url for link in entry.code] == ["https://github.com/t/t"]


def test_a_title_naming_a_framework_is_a_title() -> None:
    entry = only_entry(
        "- [PyTorch: An Imperative Style, High-Performance Deep Learning Library]"
        "(https://arxiv.org/abs/1912.01703)\n"
    )
    assert entry.title.startswith("PyTorch: An Imperative Style")
    assert (entry.url, entry.code) == ("https://arxiv.org/abs/1912.01703", [])


# -- not entries, and the format block ------------------------------------------------------

NOT_ENTRIES = """\
# Awesome
[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)
![stars](https://img.shields.io/github/stars/a/b)

## Table of Contents

- [Introduction](#introduction)
  - [Papers](#papers)

## Papers

```
format:
- [title](paper link) [links]
  - author1, author2, and author3...
```

```markdown
- [An Example Paper](https://arxiv.org/abs/1234.56789)
```

<p align="center">
  <a href="https://example.com/x"><img src="logo.png"></a>
  [Not an entry](https://example.com/html)
</p>

<!--
- [Commented out](https://example.com/comment)
-->

- [![badge](https://img.shields.io/x)](https://example.com/badge)
- ![image](https://example.com/image.png)

We welcome contributions, see [the guidelines](CONTRIBUTING.md) for details.
"""


def test_table_of_contents_badges_images_code_and_html_are_not_entries() -> None:
    assert parse_text(NOT_ENTRIES).entries == []


def test_links_around_the_list_s_own_repository_are_not_entries() -> None:
    """A contents list written with full URLs to the list's own headings, links to other
    files of the repository and news lines pointing at them are no papers; a section of
    another repository, a PDF and a placeholder link (for entry-url to report) still are."""
    text = (
        "# Awesome X\n\n"
        "- [Papers](https://github.com/o/awesome-x/tree/main#papers)\n"
        "- [Blogs](https://github.com/o/awesome-x#-blogs-and-talks)\n"
        "- [Quantization](quantization.md)\n"
        "- Sep 6, 2023: a new folder [project/](project/)\n\n"
        "## Papers\n\n"
        "- [Contrastive Learning Papers](https://github.com/a/contrastive#objectives)\n"
        "- [A Paper](papers/a-paper.pdf)\n"
        "- [SAPIEN](xx)\n\n"
        "## 📝 Blogs and Talks\n\n"
        "- [License](LICENSE)\n"
    )
    titles = [entry.title for entry in parse_text(text).entries]
    assert titles == ["Contrastive Learning Papers", "A Paper", "SAPIEN"]


BROKEN_BYLINES = """\
* [**Interactive Simulators**](https://arxiv.org/abs/2310.06114) [**ICLR 2024**]<br>
Ann Lee<sup>1,2</sup>, Bo Chen<sup>3</sup>, Cy Twombly<sup>2</sup><br>
<sup>1</sup>UC Berkeley, <sup>2</sup>Google DeepMind, <sup>3</sup>MIT

* [**Second Paper**](https://example.org/s)<br>
Dee Ray<sup>1</sup> Eve Moss<sup>2</sup><br>
Yale University, Fudan NLP Lab

* [**Third Paper**](https://example.org/t)<br>
Yale University, Amazon Research

* [**Fourth Paper**](https://example.org/f)
Fay Wray, Gus Hill
"""


def test_names_on_the_line_below_a_title_broken_by_br() -> None:
    """``[**Title**](…)<br>`` over ``Ann Lee<sup>1</sup>, Bo Chen<sup>2</sup><br>``: the line
    below is the authors, their affiliation marks no part of the names (and, without commas,
    what separates them); a line of institutions, or a line not set off by ``<br>``, is not."""
    first, second, third, fourth = parse_text(BROKEN_BYLINES).entries
    assert (first.authors, first.venue) == (["Ann Lee", "Bo Chen", "Cy Twombly"], "ICLR 2024")
    field = first.field("Authors")
    assert field is not None
    names = "Ann Lee<sup>1,2</sup>, Bo Chen<sup>3</sup>, Cy Twombly<sup>2</sup>"
    assert field.value_span == span_of(BROKEN_BYLINES, 2, names)
    assert first.notes == ["<sup>1</sup>UC Berkeley, <sup>2</sup>Google DeepMind, <sup>3</sup>MIT"]
    assert (second.authors, second.notes) == (
        ["Dee Ray", "Eve Moss"],
        ["Yale University, Fudan NLP Lab"],
    )
    assert (third.authors, third.notes) == ([], ["Yale University, Amazon Research"])
    assert (fourth.authors, fourth.notes) == ([], ["Fay Wray, Gus Hill"])


NUMBERED_HEADINGS = """\
## Daily Updates

### 1. [Neurosymbolic Attribution in Language Models](https://arxiv.org/pdf/2410.03726)
**Summary**: The paper proposes a neurosymbolic approach.
It combines networks with symbolic rules.

### 2. [Revisiting the Superficial Alignment Hypothesis](https://arxiv.org/pdf/2410.03717)

- A note bullet.
"""


def test_numbered_heading_entries_take_the_paragraph_below_them() -> None:
    """ "### 1. [Title](…)": the number counts the papers; a paragraph below a heading entry
    is its own — a labelled line a field, any other line a note."""
    first, second = parse_text(NUMBERED_HEADINGS).entries
    assert first.title == "Neurosymbolic Attribution in Language Models"
    assert first.arxiv_id == "2410.03726"
    summary = first.field("Summary")
    assert summary is not None
    assert summary.value == "The paper proposes a neurosymbolic approach."
    assert summary.value_span == span_of(NUMBERED_HEADINGS, 4, summary.value)
    assert first.notes == ["It combines networks with symbolic rules."]
    assert first.span == span(3, 1, 5, len(NUMBERED_HEADINGS.splitlines()[4]) + 1)
    assert second.title == "Revisiting the Superficial Alignment Hypothesis"
    assert second.notes == ["A note bullet."]


VENUE_PARAGRAPHS_UNDER_HEADINGS = """\
#### [Accessorize to a Crime: Real and Stealthy Attacks](https://dl.acm.org/doi/10.1145/2976749.2978392)

CCS 2016

1. uses "adversarial glasses" to fool face recognition models

#### [Robust Physical-World Attacks on Face Recognition](https://arxiv.org/pdf/2011.13526.pdf)

arXiv 2011
"""


def test_a_venue_alone_in_the_paragraph_below_a_heading_entry() -> None:
    """ "#### [Title](…)" / (blank) / "CCS 2016": the venue and its year. "arXiv 2011" under
    the paper arXiv 2011.13526 names the number's month, November 2020, not the year 2011 —
    which arxiv-year would report as older than the paper."""
    text = VENUE_PARAGRAPHS_UNDER_HEADINGS
    crime, physical = parse_text(text).entries
    assert (crime.venue, crime.year, crime.notes) == (
        "CCS 2016",
        2016,
        ['uses "adversarial glasses" to fool face recognition models'],
    )
    assert crime.year_span == span_of(text, 3, "CCS 2016")
    assert (physical.venue, physical.year) == ("arXiv 2011", 2020)
    assert not [d for d in awesomelint.check(text) if d.rule == "arxiv-year"]


@pytest.mark.parametrize(
    "heading",
    [
        "## News",
        "## 🔥 News",
        "#### 🚀 Updates",
        "## Main Recent Update",
        "## What's New",
        "## Recent additions",
        "## Recently Added",
        "###  🔥 Updated 2024-03-30",
    ],
)
def test_the_news_of_a_list_are_not_entries(heading: str) -> None:
    """News bullets name papers the list holds again below: as entries, each would be a
    duplicate (and a news line's title no paper's). The next section's entries count again,
    and a topic with "News" among other words is no news section."""
    text = (
        f"{heading}\n\n"
        "- **[2024-11-08]** [OpenCoder](https://arxiv.org/abs/2411.04905) is released.\n"
        "- 🔥 `2026.09` Check out our [survey paper](https://example.org/survey.pdf)!\n\n"
        "##### 2024 - [A Heading Entry](https://example.org/h)\n\n"
        "## Papers\n\n"
        "- [OpenCoder: The Open Cookbook](https://arxiv.org/abs/2411.04905)\n\n"
        "## Fake News Detection\n\n"
        "- [Spotting Fake News](https://example.org/f)\n"
    )
    titles = [entry.title for entry in parse_text(text).entries]
    assert titles == ["OpenCoder: The Open Cookbook", "Spotting Fake News"]


def test_a_badge_beside_an_entry_is_not_its_title() -> None:
    text = "- [![stars](https://img.shields.io/x)](https://github.com/a/b) [Real Title](https://github.com/a/b)\n"
    entry = only_entry(text)
    assert entry.title == "Real Title"
    assert entry.title_span == span_of(text, 1, "Real Title")


def test_format_block_declares_the_fields() -> None:
    seed = FIXTURES / "seeds" / "awesome-vlm-rl.md"
    document = parse(decode(str(seed), seed.read_bytes()))
    # The seed's block reads "- authors.", "- key words.", "- experiment environment.".
    assert document.declared_fields == ["Authors", "Keywords", "ExpEnv"]
    seed = FIXTURES / "seeds" / "awesome-rlhf-vision.md"
    document = parse(decode(str(seed), seed.read_bytes()))
    # "author1, author2, and author3...", "publisher", "keyword", "summary", "code",
    # "experiment environments and datasets".
    assert document.declared_fields == ["Authors", "Venue", "Keywords", "Summary", "Code", "ExpEnv"]


def test_no_format_block_declares_nothing() -> None:
    assert parse(source_of(LINK_ITEM)).declared_fields == []


@pytest.mark.parametrize(
    ("tag", "venue"),
    [
        ("*ICASSP 2024*", "ICASSP 2024"),
        ("(NeurIPS 2023)", "NeurIPS 2023"),
        ("- **`CVPR 24`**", "CVPR 24"),
        ("*ICLR 2024 (Oral)*", "ICLR 2024 (Oral)"),
        # Venues beyond machine learning's big conferences, and years written short or glued.
        ("(*WSDM'24*)", "WSDM'24"),
        ("(*TKDE‘23*)", "TKDE‘23"),
        ("*NIPS2023*", "NIPS2023"),
        ("(*IEEE Intelligent Systems 2023*)", "IEEE Intelligent Systems 2023"),
        ("`TASLP 2024`", "TASLP 2024"),
        ("(RA-L 2024)", "RA-L 2024"),
    ],
)
def test_a_venue_tag_after_the_title_link_keeps_the_field_style(tag: str, venue: str) -> None:
    text = f"- [A Paper](https://arxiv.org/abs/2401.00001) {tag} [[Code](https://github.com/o/r)]\n"
    text += "  - Ann Lee, Bo Chen\n  - Keywords: a\n"
    entry = only_entry(text)
    assert entry.style is EntryStyle.LINK_ITEM
    assert (entry.title, entry.venue) == ("A Paper", venue)
    assert entry.year == (2023 if "23" in venue else 2024)
    assert entry.year_span == span_of(text, 1, tag.lstrip("- "))
    assert entry.authors == ["Ann Lee", "Bo Chen"]
    assert entry.notes == []


def test_the_full_stop_after_a_venue_is_not_part_of_it() -> None:
    text = "- [A Paper](https://arxiv.org/abs/2401.00001), THRI 2023.\n"
    entry = only_entry(text)
    assert (entry.title, entry.venue, entry.year) == ("A Paper", "THRI 2023", 2023)
    assert entry.year_span == span_of(text, 1, "THRI 2023")


TAG_LINKED = """\
- [arXiv 2025.12](https://arxiv.org/abs/2512.01061), Opening the Sim-to-Real Door
- 🌟 [arXiv 2024.03](https://arxiv.org/abs/2403.07788), DexCap: Mocap Data Collection, [website](https://dex-cap.github.io/) / [code](https://github.com/j/dexcap)
- [1999](https://www.cell.com/trends/S1364-6613), Is imitation learning the route to humanoid robots?
"""  # noqa: E501 (lines of real lists are long)


def test_a_link_whose_text_is_a_venue_or_date_before_the_title() -> None:
    """ "- [arXiv 2025.12](…), Title": the link is the paper's, its text the venue (or the
    year), the title the text after it up to the next link."""
    door, dexcap, imitation = parse_text(TAG_LINKED).entries
    assert (door.title, door.url, door.venue, door.year) == (
        "Opening the Sim-to-Real Door",
        "https://arxiv.org/abs/2512.01061",
        "arXiv 2025.12",
        2025,
    )
    assert door.title_span == span_of(TAG_LINKED, 1, "Opening the Sim-to-Real Door")
    assert door.year_span == span_of(TAG_LINKED, 1, "arXiv 2025.12")
    assert (dexcap.title, dexcap.notes) == ("DexCap: Mocap Data Collection", [])
    assert [link.url for link in dexcap.code] == ["https://github.com/j/dexcap"]
    assert (imitation.title, imitation.venue, imitation.year) == (
        "Is imitation learning the route to humanoid robots?",
        None,
        1999,
    )


@pytest.mark.parametrize("gap", ["", " "])
def test_a_year_in_parentheses_then_names_after_a_bold_title(gap: str) -> None:
    text = (
        f"- **A Maximum Likelihood Approach to Speech Recognition**{gap}(1983), LALIT R. BAHL "
        "et al. [[pdf]](https://ieeexplore.ieee.org/document/4767370)\n"
    )
    entry = only_entry(text)
    assert (entry.title, entry.year, entry.authors, entry.notes) == (
        "A Maximum Likelihood Approach to Speech Recognition",
        1983,
        ["LALIT R. BAHL", "et al"],
        [],
    )
    assert entry.year_span == span_of(text, 1, "(1983)")


BYLINE_PARAGRAPH = """\
+ [Explaining and Harnessing Adversarial Examples](https://arxiv.org/abs/1412.6572) (ICLR 2015)

    Ian Goodfellow, Jonathon Shlens, and Christian Szegedy.

+ [Boosting Adversarial Attacks with Momentum](https://arxiv.org/abs/1710.06081) (CVPR 2018)

    A strong baseline, see [the code](https://github.com/d/mi) for details.
"""


def test_an_item_paragraph_of_names_below_the_title_is_its_authors() -> None:
    """An indented paragraph of names under an item's title (after a blank line) holds its
    authors; a paragraph with a link stays a note."""
    goodfellow, momentum = parse_text(BYLINE_PARAGRAPH).entries
    assert goodfellow.authors == ["Ian Goodfellow", "Jonathon Shlens", "Christian Szegedy"]
    assert goodfellow.notes == []
    authors = goodfellow.field("Authors")
    assert authors is not None
    assert authors.value_span == span_of(BYLINE_PARAGRAPH, 3, authors.value)
    assert momentum.authors == []
    assert momentum.notes == [
        "A strong baseline, see [the code](https://github.com/d/mi) for details."
    ]


DATED_OR_PLACED = """\
1. 7/2025: **[SWE-Perf: Can Language Models Optimize Code?](https://arxiv.org/abs/2507.12415)**
9.  06/2024： **[R2C2-Coder: Repository-level Code Completion](https://arxiv.org/abs/2406.01359)**
2. NeurIPS 2022: BOND: Benchmarking Outlier Node Detection [[Paper]](https://openreview.net/pdf?id=Y) [[Code]](https://github.com/p/pygod)
"""  # noqa: E501 (lines of real lists are long)


def test_a_date_or_venue_and_a_colon_before_the_title() -> None:
    """ "7/2025: **[Title](…)**" (a month before its year, a full-width colon too) and "NeurIPS
    2022: Title [[Paper]](…)": the date or venue is the entry's, not part of its title."""
    perf, coder, bond = parse_text(DATED_OR_PLACED).entries
    assert (perf.title, perf.year, perf.month, perf.notes) == (
        "SWE-Perf: Can Language Models Optimize Code?",
        2025,
        7,
        [],
    )
    assert perf.year_span == span_of(DATED_OR_PLACED, 1, "7/2025")
    assert (coder.title, coder.year, coder.month) == (
        "R2C2-Coder: Repository-level Code Completion",
        2024,
        6,
    )
    assert (bond.title, bond.venue, bond.year) == (
        "BOND: Benchmarking Outlier Node Detection",
        "NeurIPS 2022",
        2022,
    )
    assert bond.year_span == span_of(DATED_OR_PLACED, 3, "NeurIPS 2022")


DATED_BY_COMMA = """\
- arXiv 2023.10, Learning to (Learn at Test Time), [arXiv](https://arxiv.org/abs/2310.13807) / [Github](https://github.com/t/mttt)
- CoRL 2023 workshop, **FMB**: a Functional Manipulation Benchmark, [OpenReview](https://openreview.net/pdf?id=055oRimwls)
- Learning, Fast and Slow, [arXiv](https://arxiv.org/abs/2301.00001)
- arxiv 2024, 11, Understanding World or Predicting Future? [Paper](https://arxiv.org/pdf/2411.14499).
"""


def test_a_date_or_venue_and_a_comma_before_the_title() -> None:
    """ "arXiv 2023.10, Title, [arXiv](…) / [Github](…)": a date or a venue set off by a comma
    opens the line, not the title; any other word before a comma is the title's own."""
    ttt, fmb, fast, world = parse_text(DATED_BY_COMMA).entries
    assert (ttt.title, ttt.venue, ttt.year, ttt.month) == (
        "Learning to (Learn at Test Time)",
        "arXiv 2023.10",
        2023,
        None,
    )
    assert [link.url for link in ttt.code] == ["https://github.com/t/mttt"]
    assert (fmb.title, fmb.venue, fmb.year) == (
        "**FMB**: a Functional Manipulation Benchmark",
        "CoRL 2023 workshop",
        2023,
    )
    assert fmb.year_span == span_of(DATED_BY_COMMA, 2, "CoRL 2023 workshop")
    assert (fast.title, fast.venue, fast.year) == ("Learning, Fast and Slow", None, None)
    # A month after the venue's year: the entry's month, no part of the title.
    assert (world.title, world.venue, world.year, world.month) == (
        "Understanding World or Predicting Future?",
        "arxiv 2024",
        2024,
        11,
    )
    assert world.year_span == span_of(DATED_BY_COMMA, 4, "arxiv 2024, 11")


NAMES_BEFORE_TITLES = """\
- 2026-05-14 — [Neural Networks and the Chomsky Hierarchy](https://arxiv.org/abs/2207.02098)
- **VoxSRC 2019: The First Speaker Challenge**(2019), Son Chung et al. [[pdf]](https://arxiv.org/pdf/1912.02522)
1. BOND: Benchmarking Outlier Node Detection [[Paper]](https://openreview.net/pdf?id=Y)
"""


def test_a_name_and_a_colon_that_is_no_venue_or_year_is_not_taken() -> None:
    """The date a list added a paper on, a venue inside a bold title, or a short name opening
    the title: no venue, and not the year of the entry."""
    added, challenge, bond = parse_text(NAMES_BEFORE_TITLES).entries
    assert (added.title, added.venue, added.year) == (
        "Neural Networks and the Chomsky Hierarchy",
        None,
        None,
    )
    assert (challenge.title, challenge.venue) == ("VoxSRC 2019: The First Speaker Challenge", None)
    assert (bond.title, bond.venue, bond.year) == (
        "BOND: Benchmarking Outlier Node Detection",
        None,
        None,
    )


@pytest.mark.parametrize("label", ["[Code-PyTorch]", "Official-Code", "code"])
def test_a_code_label_with_words_joined_by_a_dash(label: str) -> None:
    text = f"- [A Paper](https://arxiv.org/abs/2401.00001) [{label}](https://github.com/a/b)\n"
    assert [link.url for link in only_entry(text).code] == ["https://github.com/a/b"]


def test_a_titled_link_before_a_remark_keeps_its_title() -> None:
    entry = only_entry(
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762), a classic\n"
    )
    assert entry.title == "Attention Is All You Need"


@pytest.mark.parametrize(
    "venue", ["Robotics and Autonomous Systems 2013", "Sensors 2024", "RO-MAN 2017"]
)
def test_capitalised_words_and_a_year_after_a_comma_name_a_venue_not_known_by_name(
    venue: str,
) -> None:
    text = f"- [A Paper](https://arxiv.org/abs/2401.00001), {venue}.\n"
    entry = only_entry(text)
    assert (entry.title, entry.venue, entry.year) == ("A Paper", venue, int(venue[-4:]))
    assert entry.year_span == span_of(text, 1, venue)
    assert entry.notes == []


@pytest.mark.parametrize(
    "after", [", paper series 2021-2023.", " Google 2021", ", see the Appendix of 2021 for more."]
)
def test_prose_with_a_year_after_a_title_link_is_no_venue(after: str) -> None:
    entry = only_entry(f"- [A Paper](https://arxiv.org/abs/2401.00001){after}\n")
    assert entry.venue is None


def test_a_line_break_tag_after_a_venue_tag_is_not_part_of_it() -> None:
    text = "* [**A Paper**](https://openreview.net/pdf?id=x) [**arXiv 2024.03**] <br>\n"
    entry = only_entry(text)
    assert (entry.title, entry.venue, entry.year) == ("A Paper", "arXiv 2024.03", 2024)
    assert entry.year_span == span_of(text, 1, "**arXiv 2024.03**")


@pytest.mark.parametrize(
    ("line", "title", "notes", "authors"),
    [
        (
            "- 🌟 CPC: [Representation Learning with CPC](https://arxiv.org/abs/1807.03748) - "
            "*A Oord et al*, `arXiv 2018`\n",
            "Representation Learning with CPC",
            ["CPC"],
            ["A Oord", "et al"],
        ),
        (
            "- Toxicity - [RealToxicityPrompts](https://example.org/r)\n",
            "RealToxicityPrompts",
            ["Toxicity"],
            [],
        ),
        # A bare link titles nothing: the name before it is the title.
        ("- LLaVA: https://llava-vl.github.io/blog/\n", "LLaVA", [], []),
    ],
)
def test_a_short_name_before_the_title_link_is_a_note(
    line: str, title: str, notes: list[str], authors: list[str]
) -> None:
    entry = only_entry(line)
    assert (entry.title, entry.notes, entry.authors) == (title, notes, authors)


@pytest.mark.parametrize("tag", ["", "[DAgger] "])
def test_a_title_link_in_angle_brackets_then_by_and_the_names(tag: str) -> None:
    line = (
        f"* {tag}<[A Reduction of Imitation Learning](https://arxiv.org/abs/1011.0686)> by"
        "\tStephane Ross, Geoffrey J. Gordon, J. Andrew Bagnell, 2011.\n"
    )
    entry = only_entry(line)
    assert (entry.title, entry.year) == ("A Reduction of Imitation Learning", 2011)
    assert entry.authors == ["Stephane Ross", "Geoffrey J. Gordon", "J. Andrew Bagnell"]
    assert entry.notes == (["DAgger"] if tag else [])


def test_a_name_with_digits_is_no_venue_of_their_year() -> None:
    entry = only_entry("- [A Paper](https://arxiv.org/abs/2501.00001) (MDK12-Bench)\n")
    assert (entry.venue, entry.notes) == (None, ["MDK12-Bench"])


def test_prose_after_the_title_link_is_still_a_note() -> None:
    entry = only_entry("- [Genie 2](https://example.org/genie) CVPR 2024 is where it was shown\n")
    assert entry.style is EntryStyle.NOTE_ITEM
    assert entry.venue is None


@pytest.mark.parametrize(
    ("line", "notes"),
    [
        (
            "- [OpenAI] [ChatGPT: Optimizing Dialogue](https://openai.com/blog/chatgpt)\n",
            ["OpenAI"],
        ),
        (
            "- [OpenAI / Arize][ChatGPT: Optimizing Dialogue](https://arize.com/b)\n",
            ["OpenAI / Arize"],
        ),
        ("- [x] [ChatGPT: Optimizing Dialogue](https://openai.com/blog/chatgpt)\n", []),
        ("- [ ] [ChatGPT: Optimizing Dialogue](https://openai.com/blog/chatgpt)\n", []),
        # An HTML anchor around the tag, for the list's own links to the entry.
        (
            '1. <span id = "01601">[GPT]</span>[ChatGPT: Optimizing Dialogue](https://openai.com/b)\n',
            ["GPT"],
        ),
    ],
)
def test_bracketed_source_tags_before_the_title_link(line: str, notes: list[str]) -> None:
    """Blog lists write "[Source] [Title](url)": the title is the link's text, the source a
    note; a task list's check box is neither."""
    entry = only_entry(line)
    assert entry.title == "ChatGPT: Optimizing Dialogue"
    assert entry.title_span == span_of(line, 1, "ChatGPT: Optimizing Dialogue")
    assert entry.notes == notes


@pytest.mark.parametrize(
    ("tag", "venue", "year"),
    [
        ("[2017]", None, 2017),
        ("(NeurIPS 2017)", "NeurIPS 2017", 2017),
        ("`NeurIPS 2017`", "NeurIPS 2017", 2017),
        ("【NeurIPS 2017】", "NeurIPS 2017", 2017),
        ("**[CVPR 2024]**", "CVPR 2024", 2024),
        ("[1706]", None, 2017),  # arXiv's year-month: June 2017
        # A few words with a year name a venue outside the vocabulary.
        ("[Applied Sciences 2023]", "Applied Sciences 2023", 2023),
        ("[EuroMLSys 2021]", "EuroMLSys 2021", 2021),
    ],
)
def test_a_venue_or_year_tag_before_the_title_link(tag: str, venue: str | None, year: int) -> None:
    line = f"- {tag} [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
    entry = only_entry(line)
    assert entry.style is EntryStyle.LINK_ITEM
    assert (entry.title, entry.venue, entry.year) == ("Attention Is All You Need", venue, year)
    assert entry.year_span == span_of(line, 1, tag.strip("*"))
    assert entry.notes == []


@pytest.mark.parametrize(
    ("tag", "venue", "notes", "written"),
    [
        ("(NeurIPS 2021, RL Agent, Multi-Agent Coordination)", "NeurIPS 2021",
         ["RL Agent", "Multi-Agent Coordination"], "NeurIPS 2021"),
        ("(AAAI 2018, Best Paper)", "AAAI 2018", ["Best Paper"], "AAAI 2018"),
        # A venue whose year a comma sets off is one venue, written as the whole tag.
        ("(ICML, 2021)", "ICML, 2021", [], "(ICML, 2021)"),
    ],
)  # fmt: skip
def test_a_tag_of_a_venue_and_topics_before_the_title(
    tag: str, venue: str, notes: list[str], written: str
) -> None:
    line = (
        f"- {tag} Benchmarking Agents [[Paper]](https://x.org/b) [[Code]](https://github.com/a/b)\n"
    )
    entry = only_entry(line)
    assert (entry.title, entry.venue, entry.year, entry.notes) == (
        "Benchmarking Agents",
        venue,
        2018 if "2018" in tag else 2021,
        notes,
    )
    assert entry.year_span == span_of(line, 1, written)


BRACKET_TITLE_LINES = [
    (
        "- **Attention Is All You Need** - Ashish Vaswani, Noam Shazeer. "
        "[[paper](https://arxiv.org/abs/1706.03762)] [[code](https://github.com/t/t)]\n",
        ["Ashish Vaswani", "Noam Shazeer"],
        None,
    ),
    (
        "- Attention Is All You Need. Ashish Vaswani, Noam Shazeer. NeurIPS 2017. "
        "[[pdf](https://arxiv.org/abs/1706.03762)]\n",
        ["Ashish Vaswani", "Noam Shazeer"],
        "NeurIPS 2017",
    ),
    (
        '- "Attention Is All You Need", NeurIPS 2017 [[paper](https://arxiv.org/abs/1706.03762)]\n',
        [],
        "NeurIPS 2017",
    ),
    # Authors and a venue set off by commas alone.
    (
        "- Attention Is All You Need, Ashish Vaswani, Noam Shazeer, NeurIPS 2017, "
        "[pdf](https://arxiv.org/abs/1706.03762)\n",
        ["Ashish Vaswani", "Noam Shazeer"],
        "NeurIPS 2017",
    ),
    # A bold short name before the quoted title; a code-span name tag before a comma.
    (
        '- **Transformer**: "Attention Is All You Need", **`NeurIPS 2017`**. '
        "[[Paper](https://arxiv.org/abs/1706.03762)]\n",
        [],
        "NeurIPS 2017",
    ),
    (
        "* **`Transformer`**, Attention Is All You Need. [[Paper](https://arxiv.org/abs/1706.03762)]\n",
        [],
        None,
    ),
    # The paper link's text is its venue.
    (
        "- Attention Is All You Need [[NeurIPS 2017](https://arxiv.org/abs/1706.03762)] "
        "[[code](https://github.com/t/t)]\n",
        [],
        "NeurIPS 2017",
    ),
    # A venue tag before the title, and a byline after the labels.
    (
        "- [NeurIPS 2017] Attention Is All You Need [[paper](https://arxiv.org/abs/1706.03762)]\n",
        [],
        "NeurIPS 2017",
    ),
    (
        "1. **Attention Is All You Need.** [[paper](https://arxiv.org/abs/1706.03762)] "
        "*Ashish Vaswani, Noam Shazeer.* NeurIPS 2017.\n",
        ["Ashish Vaswani", "Noam Shazeer"],
        "NeurIPS 2017",
    ),
    # A venue tag in brackets between a bold title and its labels.
    ("- **Attention Is All You Need** [NeurIPS 2017] [[paper link](https://arxiv.org/abs/1706.03762)]\n",
     [], "NeurIPS 2017"),
    # A venue and its year set off by commas however spaced.
    ("- Attention Is All You Need, arXiv, 2017, [[paper]](https://arxiv.org/abs/1706.03762)\n",
     [], "arXiv, 2017"),
    ("- Attention Is All You Need ,NeurIPS 2017 , [[paper]](https://arxiv.org/abs/1706.03762)\n",
     [], "NeurIPS 2017"),
    ("- Attention Is All You Need,NeurIPS 2017, [[paper]](https://arxiv.org/abs/1706.03762)\n",
     [], "NeurIPS 2017"),
    # A remark in parentheses after the closing venue and year (an affiliation) is a note.
    ("- Attention Is All You Need, NeurIPS, 2017 (*Google Brain*). "
     "[[paper]](https://arxiv.org/abs/1706.03762)\n", [], "NeurIPS, 2017"),
    ("- Attention Is All You Need, Ashish Vaswani, Noam Shazeer, NeurIPS 2017 (Oral, Google) "
     "[[paper]](https://arxiv.org/abs/1706.03762)\n", ["Ashish Vaswani", "Noam Shazeer"],
     "NeurIPS 2017"),
    # Emphasised names with initials before the venue: neither "M. " nor ".* " ends a name.
    (
        "1. **Attention Is All You Need.** *Ashish Vaswani, Noam M. Shazeer.* NeurIPS 2017. "
        "[[paper]](https://arxiv.org/abs/1706.03762)\n",
        ["Ashish Vaswani", "Noam M. Shazeer"],
        "NeurIPS 2017",
    ),
]  # fmt: skip


@pytest.mark.parametrize("tag", ["(KDD 2023)", "(*KDD 2023*)", "(***KDD'2023***)"])
def test_a_venue_in_parentheses_closing_a_title_line_in_emphasis_or_not(tag: str) -> None:
    """ "Title (***KDD'2023***) [[Paper](…)]": the venue, emphasis and all, is no part of the
    title."""
    line = f"* Virtual Node Tuning for Few-shot Node Classification {tag} [[Paper](https://arxiv.org/abs/2306.06063)]\n"
    entry = only_entry(line)
    assert entry.title == "Virtual Node Tuning for Few-shot Node Classification"
    assert (entry.venue, entry.year) == (tag.strip("()*"), 2023)
    assert entry.year_span == span_of(line, 1, tag)


def test_a_remark_closing_a_title_line_is_a_note_never_authors() -> None:
    """ "(*NTU, Singapore*)" after "…, IJCV, 2022" reads like names, but an affiliation in
    parentheses closing the line is a note; without a venue or year before it, it stays part
    of the title ("Foo, Bar (Baz)")."""
    entry = only_entry(
        "* **CoOp**: Learning to Prompt, IJCV, 2022 (*NTU, Singapore*). "
        "[[Paper](https://arxiv.org/abs/2109.01134)]\n"
    )
    assert (entry.title, entry.year, entry.notes, entry.authors) == (
        "**CoOp**: Learning to Prompt",
        2022,
        ["NTU, Singapore"],
        [],
    )
    plain = only_entry("* Foo, Bar (Baz). [[Paper](https://arxiv.org/abs/2109.01134)]\n")
    assert (plain.title, plain.notes) == ("Foo, Bar (Baz)", [])


@pytest.mark.parametrize(("line", "authors", "venue"), BRACKET_TITLE_LINES)
def test_authors_and_venue_on_a_bracket_label_title_line(
    line: str, authors: list[str], venue: str | None
) -> None:
    """ "**Title** - Authors. [[paper](…)]": the title ends at its bold or quotes, or at the
    first ". " when what follows reads as names and a venue."""
    entry = only_entry(line)
    assert entry.style is EntryStyle.BRACKET_LABELS
    assert entry.title == "Attention Is All You Need"
    assert entry.title_span == span_of(line, 1, "Attention Is All You Need")
    assert (entry.authors, entry.venue) == (authors, venue)
    if authors:
        field = entry.field("Authors")
        assert field is not None
        assert field.value_span == span_of(line, 1, ", ".join(authors))
    if venue:
        # The year comes from the venue, written bare or as a tag ("[NeurIPS 2017] Title",
        # "**`NeurIPS 2017`**"), the tag's markup included.
        assert entry.year_span is not None
        year_span = entry.year_span
        assert line[year_span.column - 1 : year_span.end_column - 1].strip("[]*`") == venue


@pytest.mark.parametrize(
    ("after", "authors"),
    [
        (
            " — Ashish Vaswani, Noam Shazeer (2017, NeurIPS 2017). ",
            ["Ashish Vaswani", "Noam Shazeer"],
        ),
        (" — Ashish Vaswani et al. (2017, NeurIPS 2017). ", ["Ashish Vaswani", "et al"]),
        (" - Ashish Vaswani (2017, NeurIPS 2017) ", ["Ashish Vaswani"]),
    ],
)
def test_a_year_and_venue_in_parentheses_after_the_names(after: str, authors: list[str]) -> None:
    """ "**Title** — Ann Lee, Bo Chen (2022, TACL 2022). [paper](…)": the parentheses hold
    the year and the venue, each read apart from the names before them."""
    line = f"- **Attention Is All You Need**{after}[paper](https://arxiv.org/abs/1706.03762)\n"
    entry = only_entry(line)
    assert (entry.title, entry.authors) == ("Attention Is All You Need", authors)
    assert (entry.venue, entry.year, entry.notes) == ("NeurIPS 2017", 2017, [])
    assert entry.year_span == span_of(line, 1, "2017")


def test_a_remark_in_parentheses_stays_with_its_part() -> None:
    entry = only_entry("- **A Title** — Ann Lee (Oral). [paper](https://example.org/p)\n")
    assert entry.notes == ["Ann Lee (Oral)"]


@pytest.mark.parametrize(
    ("title", "after", "venue"),
    [
        ("Learning, Fast and Slow", ", NeurIPS 2020", "NeurIPS 2020"),
        ("Bigger, Better, Faster: Human-level Atari", "", None),
        ("Bigger, Better, Faster: Human-level Atari", ", ICML 2023", "ICML 2023"),
    ],
)
def test_commas_of_the_title_s_own_stay_in_it(title: str, after: str, venue: str | None) -> None:
    """Only full names ("Ann Lee", "Lee et al.") after a comma are authors: "Fast and Slow"
    reads as two one-word names, and stays title."""
    entry = only_entry(f"- {title}{after} [[paper](https://arxiv.org/abs/2305.19452)]\n")
    assert (entry.title, entry.authors, entry.venue) == (title, [], venue)


BRACKETED_YEAR = """\
1. **Concrete Problems in AI Safety.** [2016] ![](https://img.shields.io/badge/General-blue)
   *Dario Amodei, Chris Olah, Jacob Steinhardt*
   [[pdf](https://arxiv.org/abs/1606.06565)]
"""


def test_a_year_in_brackets_after_a_bold_title() -> None:
    """ "**Title.** [2016] ![badge](…)": the bracketed year is the entry's year, the badge
    after it a note."""
    entry = only_entry(BRACKETED_YEAR)
    assert (entry.title, entry.year, entry.authors) == (
        "Concrete Problems in AI Safety",
        2016,
        ["Dario Amodei", "Chris Olah", "Jacob Steinhardt"],
    )
    assert entry.year_span == span_of(BRACKETED_YEAR, 1, "[2016]")
    assert entry.notes == ["![](https://img.shields.io/badge/General-blue)"]


def test_a_bare_year_after_comma_separated_authors_is_the_year() -> None:
    line = "- Chess, Go and Shogi, Ann Lee, Bo Chen, 2018 [[paper](https://arxiv.org/abs/1712.01815)]\n"
    entry = only_entry(line)
    assert (entry.title, entry.authors, entry.year) == (
        "Chess, Go and Shogi",
        ["Ann Lee", "Bo Chen"],
        2018,
    )
    assert entry.year_span == span_of(line, 1, "2018")
    assert entry.notes == []


def test_a_venue_after_a_bold_title_link() -> None:
    """ "**[Title](url)**, arXiv 2023, [[Code](…)]": the bold closes before the venue."""
    line = (
        "- **[Voyager](https://arxiv.org/abs/2305.16291)**, arXiv 2023, "
        "[[Code](https://github.com/MineDojo/Voyager)]\n"
    )
    entry = only_entry(line)
    assert entry.style is EntryStyle.LINK_ITEM
    assert (entry.title, entry.venue, entry.year) == ("Voyager", "arXiv 2023", 2023)
    assert entry.year_span == span_of(line, 1, "arXiv 2023")
    assert [link.url for link in entry.code] == ["https://github.com/MineDojo/Voyager"]
    assert entry.notes == []


@pytest.mark.parametrize(
    "name",
    [
        "**Tree of Thoughts**:",
        "**Tree of Thoughts:**",
        "__Tree of Thoughts__:",
        "**ToT**：",
        "*Tree of Thoughts:*",
        "***Tree of Thoughts:***",
    ],
)
def test_a_bold_name_and_its_subtitle_are_one_title(name: str) -> None:
    """ "**Tree of Thoughts**: Deliberate …" (the colon inside the emphasis or out): it marks
    the name, the title goes on (written as it is, markup and all, so that a fix of its span
    keeps the bold)."""
    title = f"{name} Deliberate Problem Solving with Large Language Models"
    line = f"- [2023/05] {title} [[paper](https://arxiv.org/abs/2305.10601)]\n"
    entry = only_entry(line)
    assert (entry.title, entry.notes, entry.year, entry.month) == (title, [], 2023, 5)
    assert entry.title_span == span_of(line, 1, title)


@pytest.mark.parametrize("quotes", ['""', "“”"])
def test_quotes_around_a_title_before_its_link_are_not_part_of_it(quotes: str) -> None:
    title = "ReAct: Synergizing Reasoning and Acting in Language Models"
    line = f"1. {quotes[0]}{title}{quotes[1]} - https://arxiv.org/abs/2210.03629\n"
    entry = only_entry(line)
    assert (entry.title, entry.arxiv_id) == (title, "2210.03629")
    assert entry.title_span == span_of(line, 1, title)


@pytest.mark.parametrize(
    ("after", "authors", "notes"),
    [
        (" - Reinforcement Learning", [], ["Reinforcement Learning"]),
        (" - Ashish Vaswani. NeurIPS 2017.", ["Ashish Vaswani"], []),
    ],
)
def test_one_capitalised_phrase_after_a_title_is_an_author_only_beside_a_venue(
    after: str, authors: list[str], notes: list[str]
) -> None:
    line = f"- **Attention Is All You Need**{after} [[paper](https://arxiv.org/abs/1706.03762)]\n"
    entry = only_entry(line)
    assert (entry.title, entry.authors, entry.notes) == (
        "Attention Is All You Need",
        authors,
        notes,
    )


@pytest.mark.parametrize(
    ("tag", "venue", "notes"),
    [("WACVW 2024", "WACVW 2024", []), ("DeepMind", None, ["DeepMind"])],
)
def test_a_bold_code_tag_is_no_part_of_the_title(
    tag: str, venue: str | None, notes: list[str]
) -> None:
    """ "**`…`**" marks a tag: a venue when it has a year, else a note (a lab); plain code
    inside a title stays title."""
    line = f"- Attention Is All You Need. **`{tag}`** [[Paper](https://arxiv.org/abs/1706.03762)]\n"
    entry = only_entry(line)
    assert (entry.title, entry.venue, entry.notes) == ("Attention Is All You Need", venue, notes)
    code = only_entry("- Learning `torch.compile` [[Paper](https://arxiv.org/abs/1706.03762)]\n")
    assert code.title == "Learning `torch.compile`"


def test_a_venue_after_in_closes_the_title() -> None:
    entry = only_entry(
        "* Timer: Large Time Series Models, in *ICML* 2024. "
        "[[Paper](https://arxiv.org/abs/2402.02368)]\n"
    )
    assert (entry.title, entry.venue, entry.year) == (
        "Timer: Large Time Series Models",
        "ICML",
        2024,
    )


def test_a_code_tag_after_the_labels_is_a_note() -> None:
    line = (
        '- "Adaptive Data-Free Quantization", CVPR, 2023. '
        "[[paper](https://arxiv.org/abs/2303.06869)] [**`PTQ`**]\n"
    )
    entry = only_entry(line)
    assert (entry.title, entry.venue, entry.notes) == (
        "Adaptive Data-Free Quantization",
        "CVPR, 2023",
        ["PTQ"],
    )


def test_a_plain_title_with_a_full_stop_of_its_own_stays_whole() -> None:
    entry = only_entry("- Mastering Atari. A Study [[paper](https://arxiv.org/abs/1706.03762)]\n")
    assert (entry.title, entry.authors, entry.notes) == ("Mastering Atari. A Study", [], [])


#: Authors (and a venue) written as prose after the title link, as (written authors, authors,
#: written venue); every line's title link is "[Attention Is All You Need](…)".
BYLINES = [
    (" - Ashish Vaswani, Noam Shazeer et al., NeurIPS 2017", "Ashish Vaswani, Noam Shazeer et al.",
     ["Ashish Vaswani", "Noam Shazeer", "et al"], "NeurIPS 2017"),
    (", Ashish Vaswani, Noam Shazeer. NeurIPS 2017.", "Ashish Vaswani, Noam Shazeer",
     ["Ashish Vaswani", "Noam Shazeer"], "NeurIPS 2017"),
    (" Ashish Vaswani and Noam Shazeer (NeurIPS 2017) [[Code](https://github.com/o/r)]",
     "Ashish Vaswani and Noam Shazeer", ["Ashish Vaswani", "Noam Shazeer"], "NeurIPS 2017"),
    (" - *Ashish Vaswani, Noam Shazeer*, NeurIPS 2017", "Ashish Vaswani, Noam Shazeer",
     ["Ashish Vaswani", "Noam Shazeer"], "NeurIPS 2017"),
    (" - Ashish Vaswani et al.", "Ashish Vaswani et al.", ["Ashish Vaswani", "et al"], None),
    (". *Ashish Vaswani, Noam Shazeer*. NeurIPS 2017.", "Ashish Vaswani, Noam Shazeer",
     ["Ashish Vaswani", "Noam Shazeer"], "NeurIPS 2017"),
    (" <br> Ashish Vaswani, Noam Shazeer <br/> NeurIPS 2017", "Ashish Vaswani, Noam Shazeer",
     ["Ashish Vaswani", "Noam Shazeer"], "NeurIPS 2017"),
    (", Vaswani et al., NeurIPS 2017 | [github](https://github.com/o/r) | [bibtex](./a.bib#L1)"
     " <!---vaswani17-->", "Vaswani et al.", ["Vaswani", "et al"], "NeurIPS 2017"),
    # Set off by middle dots after a line break: the names, the venue in emphasis, a date.
    ("<br/>Vaswani A et al. · *Neural Information Processing* · 2017-06-12 🧩", "Vaswani A et al.",
     ["Vaswani A", "et al"], "Neural Information Processing"),
    # Any venue's abbreviation in capitals, with a year.
    (" (Ashish Vaswani et al., TIFS 2023)", "Ashish Vaswani et al.", ["Ashish Vaswani", "et al"],
     "TIFS 2023"),
    # A known venue after a word ("Asia CCS"), or a journal's name of joined words; one name
    # written initials first before a venue.
    (", N. Papernot et al., Asia CCS 2017", "N. Papernot et al.", ["N. Papernot", "et al"],
     "Asia CCS 2017"),
    (", Ashish Vaswani, Noam Shazeer, Robotics and Autonomous Systems 2013.",
     "Ashish Vaswani, Noam Shazeer", ["Ashish Vaswani", "Noam Shazeer"],
     "Robotics and Autonomous Systems 2013"),
    (", C. Xie, ICCV 2017", "C. Xie", ["C. Xie"], "ICCV 2017"),
    # "by" and two spaces before the names: the names start after the spaces.
    (" by  Ashish Vaswani and Noam Shazeer. JAAMAS 2005.", "Ashish Vaswani and Noam Shazeer",
     ["Ashish Vaswani", "Noam Shazeer"], "JAAMAS 2005"),
    # Spaces written as HTML entities before a badge.
    (" *Ashish Vaswani, Noam Shazeer.* NeurIPS 2017. &nbsp;&nbsp; "
     "[![stars](https://img.shields.io/github/stars/o/r)](https://github.com/o/r)",
     "Ashish Vaswani, Noam Shazeer", ["Ashish Vaswani", "Noam Shazeer"], "NeurIPS 2017"),
]  # fmt: skip


@pytest.mark.parametrize(("after", "written", "authors", "venue"), BYLINES)
def test_authors_and_venue_written_after_the_title_link(
    after: str, written: str, authors: list[str], venue: str | None
) -> None:
    """ "- [Title](url) - Ann Lee et al., CVPR 2023": a link item whose authors line and venue
    share the title's line; its sub-bullets are still its fields."""
    line = f"- [Attention Is All You Need](https://arxiv.org/abs/1706.03762){after}\n"
    text = line + "  - Keywords: transformer\n"
    entry = only_entry(text)
    assert entry.style is EntryStyle.LINK_ITEM
    assert entry.title == "Attention Is All You Need"
    assert (entry.authors, entry.venue) == (authors, venue)
    assert entry.keywords == ["transformer"]
    assert entry.notes == []
    field = entry.field("Authors")
    assert field is not None
    assert (field.raw_label, field.value) == (None, written)
    assert field.value_span == span_of(text, 1, written)
    written_year = re.search(r"(?:19|20)\d\d", after)
    assert entry.year == (int(written_year.group()) if venue and written_year else None)
    # The year is the venue's, or the date written after a venue that names none.
    dated = venue if venue is None or re.search(r"\d", venue) else written_year.group()
    assert entry.year_span == (span_of(text, 1, dated) if dated else None)


def test_an_authors_line_wrapped_under_the_title_link_gives_its_venue_and_code() -> None:
    """The emphasised names after the title link run onto the next line, where the venue and
    a code badge follow them: both are the entry's."""
    text = (
        "1. [**Design2Code: How Far Are We**](https://arxiv.org/abs/2403.03163) *Chenglei Si, "
        "Yanzhe Zhang, Diyi Yang\n"
        ".* NAACL 2025. &nbsp;&nbsp; [![GitHub Repo stars](https://img.shields.io/github/stars/a/d)]"
        "(https://github.com/a/d)\n"
    )
    entry = only_entry(text)
    assert entry.authors == ["Chenglei Si", "Yanzhe Zhang", "Diyi Yang"]
    assert (entry.venue, entry.year) == ("NAACL 2025", 2025)
    assert entry.year_span == span_of(text, 2, "NAACL 2025")
    assert [link.url for link in entry.code] == ["https://github.com/a/d"]


@pytest.mark.parametrize(
    "remark",
    [" - Not open.", " - DeepMind", " - Provides a way, to train agents.", " - Ann Lee"],
)
def test_a_remark_after_the_title_link_that_is_not_a_byline_stays_a_note(remark: str) -> None:
    """One name could be a lab or a word of prose: only two names, or "et al.", are authors."""
    entry = only_entry(f"- [Genie 2](https://example.org/genie){remark}\n")
    assert entry.style is EntryStyle.NOTE_ITEM
    assert (entry.authors, entry.venue, entry.notes) == ([], None, [remark.lstrip(" -")])


def test_fix_leaves_a_byline_in_place_and_is_idempotent() -> None:
    text = (
        "# Papers\n\n"
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) - Ashish Vaswani, "
        "Noam Shazeer et al., NeurIPS 2017\n"
        "  - Keyword: transformer\n"
        "- [Deep RL from Human Preferences](https://arxiv.org/abs/1706.03741), Paul Christiano, "
        "Jan Leike. NeurIPS 2017.\n"
        "  - Keywords: rlhf\n"
    )
    fixed = awesomelint.fix(text)
    assert fixed == text.replace("Keyword:", "Keywords:")
    assert awesomelint.check(fixed) == []


def test_a_table_whose_title_column_is_text_and_paper_column_the_link() -> None:
    """ "| Title | Venue | Paper | Code |" with "[paper](…)" links: the title is the Title
    column's text (bold markup aside), the paper link the entry's URL."""
    text = (
        "| Title | Venue | Paper | Code |\n"
        "|---|---|---|---|\n"
        "| **Genie Envisioner** | CVPR 2025 | [paper](https://arxiv.org/abs/2506.00001) "
        "| [code](https://github.com/e/f) |\n"
        "| No Link Yet | ICML 2025 | - | - |\n"
    )
    entry = only_entry(text)
    assert entry.style is EntryStyle.TABLE_ROW
    assert entry.title == "Genie Envisioner"
    assert entry.title_span == span_of(text, 3, "Genie Envisioner")
    assert (entry.url, entry.arxiv_id) == ("https://arxiv.org/abs/2506.00001", "2506.00001")
    assert (entry.venue, entry.year) == ("CVPR 2025", 2025)
    assert [link.url for link in entry.code] == ["https://github.com/e/f"]


def test_a_table_whose_paper_column_holds_the_titled_link() -> None:
    """A "Name" column beside a "Paper" column of titled links: the link's text is the title."""
    text = (
        "| Name | Paper |\n|---|---|\n"
        "| DPO | [Direct Preference Optimization](https://arxiv.org/abs/2305.18290) |\n"
    )
    entry = only_entry(text)
    assert (entry.title, entry.url) == (
        "Direct Preference Optimization",
        "https://arxiv.org/abs/2305.18290",
    )


def test_a_table_whose_paper_column_is_text_and_the_link_in_a_column_of_its_own() -> None:
    """ "| Name | Paper | Publication | Link |" with the title as text and "[[Link]](…)" in the
    Link column: the Paper column titles the row, the link is its URL, the name a note."""
    text = (
        "| **Name** | **Paper** | **Publication** | **Link** |\n|:---:|:---|:---:|:---:|\n"
        "| GReaT | Language Models are Realistic Tabular Data Generators | ICLR 2023 "
        "| [[Link]](https://arxiv.org/abs/2210.06280) |\n"
    )
    entry = only_entry(text)
    assert entry.title == "Language Models are Realistic Tabular Data Generators"
    assert entry.title_span == span_of(text, 3, entry.title)
    assert (entry.url, entry.venue, entry.year) == (
        "https://arxiv.org/abs/2210.06280",
        "ICLR 2023",
        2023,
    )
    assert entry.notes == ["GReaT"]


def test_a_paper_column_of_emoji_links_leaves_the_title_to_the_title_column() -> None:
    """ "[📄](…)" in the Paper column names no title: the Title column does, up to a line
    break in its cell, after which comes a remark (a note)."""
    text = (
        "| Year | Method | Title | Venue | Paper | Code |\n|:--:|:--|:--|:--:|:--:|:--:|\n"
        "| 2021 | CLIP | Learning Transferable Visual Models <br/><sub>contrastive pre-training"
        "</sub> | ICML'21 | [📄](https://arxiv.org/abs/2103.00020) "
        "| [💻](https://github.com/o/c) |\n"
    )
    entry = only_entry(text)
    assert (entry.title, entry.url, entry.venue, entry.year) == (
        "Learning Transferable Visual Models",
        "https://arxiv.org/abs/2103.00020",
        "ICML'21",
        2021,
    )
    assert entry.title_span == span_of(text, 3, entry.title)
    assert entry.notes == ["contrastive pre-training", "CLIP"]
    assert [link.url for link in entry.code] == ["https://github.com/o/c"]


def test_a_table_row_titled_by_text_that_links_only_its_code() -> None:
    text = (
        "| Venue | Paper Title | Code |\n|---|---|---|\n"
        "| *KDD '17* | Toeplitz Inverse Covariance-Based Clustering | "
        "[TICC](https://github.com/davidhallac/TICC) |\n"
        "| *ProQuest '18* | Inferring Structure from Sensor Data | None |\n"
    )
    entry = only_entry(text)  # the row linking nothing is no entry
    assert (entry.title, entry.url) == ("Toeplitz Inverse Covariance-Based Clustering", None)
    assert [link.url for link in entry.code] == ["https://github.com/davidhallac/TICC"]


def test_a_name_column_of_text_titles_no_row() -> None:
    """A Name column standing in for titles titles a row only with a link: a tool's name as
    text beside a link to its repository is no paper."""
    text = (
        "| Name | Link | Description |\n|---|---|---|\n"
        "| FastChat | [lm-sys/FastChat](https://github.com/lm-sys/FastChat) | A platform |\n"
    )
    assert parse_text(text).entries == []


def test_a_name_column_titles_rows_whose_paper_column_links_say_only_link() -> None:
    """Under "| Name | … | Research Paper | Website |" the paper's link says "link": the Name
    column names the paper, and it is no note as well. A row with no paper ("-") is titled
    by its name too, linked to its website, rather than titled by nothing."""
    text = (
        "|Name|Organization|Year|Research Paper|Website|\n|-|-|-|-|-|\n"
        "|Lumiere|Google|2024|[link](https://arxiv.org/abs/2401.12945)|"
        "[link](https://lumiere-video.github.io/)|\n"
        "|VideoPoet|Google|2023|-|[link](https://sites.research.google/videopoet/)|\n"
    )
    lumiere, videopoet = parse_text(text).entries
    assert (lumiere.title, lumiere.url, lumiere.year) == (
        "Lumiere",
        "https://arxiv.org/abs/2401.12945",
        2024,
    )
    assert lumiere.title_span == span_of(text, 3, "Lumiere")
    assert lumiere.notes == []
    assert (videopoet.title, videopoet.url) == (
        "VideoPoet",
        "https://sites.research.google/videopoet/",
    )


@pytest.mark.parametrize("lead", ["📄 ", "⭐ ", "🔥🔥 "])
def test_a_symbol_before_the_title_link_is_decoration(lead: str) -> None:
    text = (
        f"- {lead}[Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n  - Keywords: a\n"
    )
    entry = only_entry(text)
    assert entry.style is EntryStyle.LINK_ITEM
    assert entry.title == "Attention Is All You Need"
    assert entry.title_span == span_of(text, 1, "Attention Is All You Need")
    assert entry.keywords == ["a"]


def test_a_parenthesised_byline_with_a_year() -> None:
    """ "[Title](url) (Vaswani et al., 2017)": authors, and a bare year that is the year label."""
    line = (
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (Vaswani et al., 2017)\n"
    )
    entry = only_entry(line)
    assert entry.style is EntryStyle.LINK_ITEM
    assert (entry.authors, entry.venue, entry.year) == (["Vaswani", "et al"], None, 2017)
    assert entry.year_span == span_of(line, 1, "2017")
    assert entry.notes == []


def test_a_tag_before_a_bracket_label_title_that_is_no_venue_is_a_note() -> None:
    line = (
        "- [Survey] [2017] Attention Is All You Need [[paper](https://arxiv.org/abs/1706.03762)]\n"
    )
    entry = only_entry(line)
    assert (entry.title, entry.notes, entry.year) == ("Attention Is All You Need", ["Survey"], 2017)
    assert entry.title_span == span_of(line, 1, "Attention Is All You Need")
    assert entry.year_span == span_of(line, 1, "[2017]")


def test_a_year_tag_outranks_the_year_of_a_venue_whatever_their_order() -> None:
    """The venue's year is the last resort: "[2023/05]" says the month too."""
    line = "- [2023/05] [Attention Is All You Need](https://arxiv.org/abs/1706.03762) *CVPR 2023*\n"
    entry = only_entry(line)
    assert (entry.venue, entry.year, entry.month) == ("CVPR 2023", 2023, 5)
    assert entry.year_span == span_of(line, 1, "[2023/05]")


@pytest.mark.parametrize(
    "remark",
    [
        "(如何在正确回答视觉问题的同时使用最少的视觉标记？)",
        " (DQN improvements combined)",
        "（带偏移的DPO, 要求首选响应和不受欢迎响应之间的可能性差异大于一个偏移值）",
    ],
)
def test_a_remark_in_parentheses_after_the_title_link_is_a_note(remark: str) -> None:
    """Kept as the entry's note: never dropped, and a phrase in Chinese is no author name."""
    entry = only_entry(f"1. [Attention Is All You Need](https://zhuanlan.zhihu.com/p/1){remark}\n")
    assert (entry.style, entry.authors) == (EntryStyle.LINK_ITEM, [])
    assert entry.notes == [remark.strip(" ()（）")]


def test_an_emoji_before_the_title_and_a_date_stamp_at_the_end() -> None:
    line = (
        "  - [🌍 GME: Universal Multimodal Retrieval](http://arxiv.org/abs/2412.16855) "
        "- A robust embedding model ⏰ *2024-12*\n"
    )
    entry = only_entry(line)
    assert entry.title == "GME: Universal Multimodal Retrieval"
    assert entry.title_span == span_of(line, 1, "GME: Universal Multimodal Retrieval")
    assert (entry.year, entry.month) == (2024, 12)
    assert entry.year_span == span_of(line, 1, "*2024-12*")


def test_an_arxiv_year_month_opening_the_link_text_dates_the_paper() -> None:
    """ "[1510-Deep Compression](…)": October 2015 by arXiv's numbering, no part of the title;
    "2048-Bit" (no such month) and "1080p" stay the title's."""
    line = "* [1510-Deep Compression](https://arxiv.org/abs/1510.00149)\n"
    entry = only_entry(line)
    assert (entry.title, entry.year, entry.month) == ("Deep Compression", 2015, 10)
    assert entry.title_span == span_of(line, 1, "Deep Compression")
    assert entry.year_span == span_of(line, 1, "1510")
    for title in ("2048-Bit Keys", "1080p Video"):
        other = only_entry(f"* [{title}](https://example.org/a)\n")
        assert (other.title, other.year) == (title, None)


@pytest.mark.parametrize(
    "text",
    [
        "- [[AAAI 2021] Data Augmentation for GNNs](https://www.aaai.org/a.pdf)\n",
        "| Name | Paper |\n|-|-|\n| GAUG | [[AAAI 2021] Data Augmentation for GNNs]"
        "(https://www.aaai.org/a.pdf) [[Code]](https://github.com/a/b) |\n",
    ],
)
def test_a_venue_tag_opening_the_link_text_is_the_venue(text: str) -> None:
    """ "[[AAAI 2021] Title](…)", in a list item or a table cell: the tag is the venue and no
    part of the title; a tag that is no venue or date ("[Survey]") stays the title's."""
    (entry,) = parse_text(text).entries
    line = text.count("\n", 0, text.index("[[AAAI")) + 1
    assert (entry.title, entry.venue, entry.year) == (
        "Data Augmentation for GNNs",
        "AAAI 2021",
        2021,
    )
    assert entry.title_span == span_of(text, line, "Data Augmentation for GNNs")
    assert entry.year_span == span_of(text, line, "AAAI 2021")
    survey = only_entry("- [[Survey] A Survey of Graphs](https://example.org/a)\n")
    assert survey.title == "[Survey] A Survey of Graphs"


@pytest.mark.parametrize(
    "text",
    [
        "- [Attention](https://arxiv.org/abs/1706.03762)\n  - *Ann Lee, Bo Chen*\n",
        "1. **Attention.** arXiv 2017. [[paper]](https://arxiv.org/abs/1706.03762)\n\n"
        "   *Ann Lee, Bo Chen.*\n",
    ],
)
def test_an_authors_line_in_emphasis_is_the_authors(text: str) -> None:
    """ "*Ann Lee, Bo Chen*" below the title, as a sub-bullet or a paragraph of the item: the
    names inside the emphasis, not a note."""
    entry = only_entry(text)
    assert (entry.authors, entry.notes) == (["Ann Lee", "Bo Chen"], [])
    field = entry.field("Authors")
    assert field is not None
    assert field.value_span == span_of(text, text.count("\n"), field.value)


@pytest.mark.parametrize("mark", ["(*) ", "(**) "])
def test_a_star_in_parentheses_marking_a_pick_is_no_part_of_the_title(mark: str) -> None:
    """ "[(*) Title. ICLR 2020.](…)": the list's mark for the papers it recommends."""
    line = f"[{mark}On the Convergence of FedAvg. ICLR 2020.](https://arxiv.org/abs/1907.02189)\n"
    entry = only_entry(line)
    assert (entry.title, entry.venue) == ("On the Convergence of FedAvg", "ICLR 2020")
    assert entry.title_span == span_of(line, 1, "On the Convergence of FedAvg")


def test_a_venue_badge_on_the_title_line_is_the_venue() -> None:
    line = (
        "- **DPOK**: Reinforcement Learning [[Paper]](https://arxiv.org/abs/2305.16381) "
        "<sub>![NeurIPS 2023](https://img.shields.io/badge/NeurIPS-2023-blue) Diffusion</sub>\n"
    )
    entry = only_entry(line)
    assert (entry.venue, entry.year) == ("NeurIPS 2023", 2023)
    assert entry.year_span == span_of(line, 1, "NeurIPS 2023")


@pytest.mark.parametrize(
    ("after", "venue", "year"),
    [
        (" (Berkeley Lecture 2025)", "Berkeley Lecture 2025", 2025),
        (" (2023)", None, 2023),
        # A known venue's name, a comma and the year.
        (
            " (arXiv preprint arXiv:2211.11236, 2022)",
            "arXiv preprint arXiv:2211.11236, 2022",
            2022,
        ),
        (" (ICML, 2021)", "ICML, 2021", 2021),
    ],
)
def test_a_tag_of_a_few_words_and_a_year_after_the_link_is_a_venue(
    after: str, venue: str | None, year: int
) -> None:
    entry = only_entry(f"- [Inference-Time Techniques](https://example.org/x.pdf){after}\n")
    assert (entry.venue, entry.year, entry.notes) == (venue, year, [])


def test_a_byline_with_a_comma_before_its_year_stays_a_byline() -> None:
    """ "(Vaswani et al., 2017)" names no venue: its year is the entry's, the names its
    authors — the comma and year that may close a known venue's name do not make it one."""
    entry = only_entry("- [Attention](https://arxiv.org/abs/1706.03762) (Vaswani et al., 2017)\n")
    assert (entry.venue, entry.year, entry.authors) == (None, 2017, ["Vaswani", "et al"])


def test_a_byline_may_start_with_by() -> None:
    entry = only_entry(
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) "
        "by Ashish Vaswani, Noam Shazeer (NeurIPS 2017)\n"
    )
    assert (entry.authors, entry.venue) == (["Ashish Vaswani", "Noam Shazeer"], "NeurIPS 2017")
    assert entry.notes == []


def test_a_code_label_in_double_brackets_is_a_code_link() -> None:
    """ "[[Code]](url)" is a link whose text is "[Code]"."""
    entry = only_entry(
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) "
        "[[Code]](https://github.com/c/d)\n"
    )
    assert entry.style is EntryStyle.LINK_ITEM
    assert [link.url for link in entry.code] == ["https://github.com/c/d"]


UNBRACKETED_LABELS = [
    # (line, authors, venue)
    ('- "Attention Is All You Need" [Paper](https://arxiv.org/abs/1706.03762) '
     "[Code](https://github.com/t/t)\n", [], None),
    ("- Attention Is All You Need. Ashish Vaswani, Noam Shazeer. NeurIPS 2017. "
     "[pdf](https://arxiv.org/abs/1706.03762) [code](https://github.com/t/t)\n",
     ["Ashish Vaswani", "Noam Shazeer"], "NeurIPS 2017"),
    ("- **Attention Is All You Need**, [arXiv](https://arxiv.org/abs/1706.03762), "
     "[GitHub](https://github.com/t/t)\n", [], None),
]  # fmt: skip


@pytest.mark.parametrize(("line", "authors", "venue"), UNBRACKETED_LABELS)
def test_label_links_without_brackets_after_the_title(
    line: str, authors: list[str], venue: str | None
) -> None:
    """'Title [paper](…) [code](…)': the bracket-label form without its brackets, told apart
    from a titled link by link texts that name what they point to."""
    entry = only_entry(line)
    assert entry.style is EntryStyle.BRACKET_LABELS
    assert entry.title == "Attention Is All You Need"
    assert entry.title_span == span_of(line, 1, "Attention Is All You Need")
    assert (entry.url, entry.arxiv_id) == ("https://arxiv.org/abs/1706.03762", "1706.03762")
    assert [link.url for link in entry.code] == ["https://github.com/t/t"]
    assert (entry.authors, entry.venue, entry.notes) == (authors, venue, [])


def test_prose_before_a_titled_link_is_not_a_label_form() -> None:
    entry = only_entry("- See also [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n")
    assert entry.style is EntryStyle.NOTE_ITEM


@pytest.mark.parametrize(
    ("after", "written"),
    [
        (" [[Code]](https://github.com/c/d) - ICML 2021", "ICML 2021"),
        (" | [Code](https://github.com/c/d) | ICML 2021", "ICML 2021"),
        (" [[Code](https://github.com/c/d)] *ICML 2021*", "*ICML 2021*"),
    ],
)
def test_a_venue_after_the_code_links_of_an_item(after: str, written: str) -> None:
    line = f"- [Attention Is All You Need](https://arxiv.org/abs/1706.03762){after}\n"
    entry = only_entry(line)
    assert entry.style is EntryStyle.LINK_ITEM
    assert (entry.venue, entry.year, entry.notes) == ("ICML 2021", 2021, [])
    # The year is where the venue tag is written, its markup included (as before the links).
    assert entry.year_span == span_of(line, 1, written)
    assert [link.url for link in entry.code] == ["https://github.com/c/d"]


def test_a_venue_between_code_links_and_prose_is_a_note() -> None:
    entry = only_entry(
        "- [Genie 2](https://example.org/genie) [Code](https://github.com/c/d) ICML 2021 was "
        "where it was shown\n"
    )
    assert entry.style is EntryStyle.NOTE_ITEM
    assert entry.venue is None


@pytest.mark.parametrize(
    "tag", ["(NeurIPS 2017)", "*NeurIPS 2017*", "**NeurIPS 2017**.", ". In *NeurIPS 2017*."]
)
def test_a_venue_closing_a_bracket_label_title(tag: str) -> None:
    line = f"- Attention Is All You Need {tag} [[Paper](https://arxiv.org/abs/1706.03762)]\n"
    entry = only_entry(line)
    assert entry.style is EntryStyle.BRACKET_LABELS
    assert (entry.title, entry.venue, entry.year) == (
        "Attention Is All You Need",
        "NeurIPS 2017",
        2017,
    )
    assert entry.title_span == span_of(line, 1, "Attention Is All You Need")


@pytest.mark.parametrize(
    ("tag", "year", "month"),
    [
        ("[2023/05]", 2023, 5),
        ("**[2023.05]**", 2023, 5),
        ("[2023-11]", 2023, 11),
        ("[2017]", 2017, None),
    ],
)
def test_a_date_tag_before_the_title_link(tag: str, year: int, month: int | None) -> None:
    """News-style lists date their entries: "[2023/05] [Title](…)"."""
    line = f"- {tag} [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
    entry = only_entry(line)
    assert (entry.title, entry.year, entry.month, entry.notes) == (
        "Attention Is All You Need",
        year,
        month,
        [],
    )
    assert entry.year_span == span_of(line, 1, tag.strip("*"))


def test_a_full_stop_inside_a_bold_title_is_not_part_of_it() -> None:
    line = "1. **Attention Is All You Need.** Ashish Vaswani, Noam Shazeer. [[paper]](https://arxiv.org/abs/1706.03762)\n"
    entry = only_entry(line)
    assert (entry.title, entry.authors) == (
        "Attention Is All You Need",
        ["Ashish Vaswani", "Noam Shazeer"],
    )
    assert entry.title_span == span_of(line, 1, "Attention Is All You Need")
