"""Hypothesis strategies for whole awesome-list files, in every entry style ``fix`` rewrites.

Each generated file mixes the shapes real lists have — field-style items, year-prefixed items
with notes, numbered items, notes-style bullets, entries nested under topic bullets, paragraphs
of links, tables, heading entries with field bullets, paper cards (a heading over field
bullets, a bold title over labelled addresses), bracket-label items and the three-line bracket
form — with the damage ``fix`` repairs (mixed bullets, 2/4/tab indents, trailing spaces, padded
titles and URLs, tracking parameters, misspelt labels, repeated keywords, blank-line runs) and
with what it must leave alone (prose, HTML, code fences), under either line end, with or
without a BOM and a final newline.
"""

from __future__ import annotations

from hypothesis import strategies as st

TITLES = (
    "Attention Is All You Need",
    " Padded Title ",
    "Double  Spaced  Title",
    "Single Image Reﬂection Removal",
    "Attention;  ≈Åukasz Kaiser: Masterclass",
    "Deep RL (2021)",
    "MIND ’S EYE: Grounded Reasoning",
    "Vision-Language Models 2023",
)
URLS = (
    "https://example.org/paper",
    " https://example.org/padded ",
    "https://example.org/p?utm_source=x&id=3",
    "https://blog.example.com/post?source=twitter",
    "http://example.com/plain",
    "https://arxiv.org/pdf/2305.18290v2.pdf",
    "https://arxiv.org/abs/2203.02155",
    "https://openreview.net/forum?id=abc",
)
AUTHORS = ("Ann Lee, Bo Chen", "Yuval Kirstain and Adam Polyak", "OpenBMB", "Ha, D., & Lee, J.")
VENUES = ("CVPR 2024", "NeurIPS 2023", "*ICLR 2024 (Oral)*")
KEYWORD_LABELS = (
    "Keywords:",
    "Keyword:",
    "Key Words:",
    "keywords:",
    "Tags:",
    "**Key Words:**",
    "*Keywords*:",
)
KEYWORD_VALUES = ("a, b,, a", "RLHF, DPO", "vision, Vision, language,", "alignment")
NOTES = ("A short note.", "说明：中文笔记", "See [blog](https://example.org/b?utm_medium=x)")
PROSE = (
    "Some prose about the list.",
    "A paragraph with a [link](https://example.org/x) inside a sentence.",
    '<font color="red">notable</font>',
    "[![Badge](https://img.shields.io/badge/x-y-z)](https://example.org)",
    "> A quoted remark.",
    "---",
)
#: What may stand before an item's title link ("**" closes after it), and the authors and
#: venue after it.
LEADS = ("", "", "📄 ", "[OpenAI] ", "(NeurIPS 2017) ", "**", "Ha, D., & Lee, J. (2018). ")
BYLINES = (
    "",
    "",
    " - Ann Lee et al., CVPR 2023",
    " by Ann Lee, Bo Chen (NeurIPS 2022).",
    ". *Ann Lee, Bo Chen*. ICML 2021.",
    " (Lee et al., 2021)",
    ", arXiv 2023, [[Code](https://github.com/o/r)]",
    ", C. Xie, ICCV 2017",
    " *Ann Lee, Bo Chen.* NeurIPS 2017. &nbsp;&nbsp; [![stars](https://img.shields.io/s)](https://github.com/o/r)",
)
BULLETS = "-*+"
INDENTS = ("  ", "    ", "\t")
TRAILING = ("", "", "", " ", "  ", "\t")

trailing = st.sampled_from(TRAILING)
bullets = st.sampled_from(BULLETS)


@st.composite
def link_item(draw: st.DrawFn) -> list[str]:
    """``- [Title](url)`` with field sub-bullets in any order, bullet and indent."""
    bullet = draw(bullets)
    indent = draw(st.sampled_from(INDENTS))
    gap = draw(st.sampled_from((" ", " ", "  ", "\t")))
    lead = draw(st.sampled_from(LEADS))
    link = f"[{draw(st.sampled_from(TITLES))}]({draw(st.sampled_from(URLS))})"
    closing = "**" if lead == "**" else ""  # "**[Title](url)**, arXiv 2023"
    head = f"{bullet}{gap}{lead}{link}{closing}{draw(st.sampled_from(BYLINES))}"
    fields = [
        draw(st.sampled_from(AUTHORS)),
        draw(st.sampled_from(VENUES)),
        f"{draw(st.sampled_from(KEYWORD_LABELS))}  {draw(st.sampled_from(KEYWORD_VALUES))}",
        draw(
            st.sampled_from(
                (
                    "Code: [Official](https://github.com/owner/repo)",
                    "Code:[Code]( https://github.com/o/r )",
                )
            )
        ),
        draw(st.sampled_from(("ExpEnv: x", "Environment:  MuJoCo", "Task: Image Generation"))),
        draw(st.sampled_from(NOTES)),
    ]
    chosen = draw(st.permutations(fields))[: draw(st.integers(0, len(fields)))]
    sub_bullet = draw(bullets) if draw(st.booleans()) else bullet
    return [head + draw(trailing)] + [
        f"{indent}{sub_bullet} {text}{draw(trailing)}" for text in chosen
    ]


@st.composite
def topic_item(draw: st.DrawFn) -> list[str]:
    """A bullet that is no entry (``- Topic``) holding nested entries or link lines."""
    bullet = draw(bullets)
    indent = draw(st.sampled_from(INDENTS))
    lines = [f"{bullet} {draw(st.sampled_from(('Topic', 'Transformers and Attention')))}"]
    if draw(st.booleans()):
        for item in draw(st.lists(st.one_of(link_item(), year_item()), min_size=1, max_size=2)):
            lines.extend(indent + line for line in item)
    else:
        lines.append("")
        for paragraph in draw(st.lists(link_paragraph(), min_size=1, max_size=2)):
            lines.extend(
                [*(indent + line for line in paragraph), draw(st.sampled_from(("", "  ")))]
            )
    return lines


@st.composite
def bracket_item(draw: st.DrawFn) -> list[str]:
    """``- Title. **`CVPR 24`** [[Paper](url)] [[Code](url)]``, its form without brackets
    (``- Title. Ann Lee. NeurIPS 2017. [pdf](url)``) or with a byline after the labels, perhaps
    a tag before the title, and an authors sub-bullet."""
    title = draw(
        st.sampled_from(
            ("Deep Residual Learning", "Denoising  Diffusion Models ", "**ToT**: Deliberate Search")
        )
    )
    url = draw(st.sampled_from(URLS))
    bullet = draw(bullets)
    labels = draw(
        st.sampled_from(
            (
                f"**`CVPR 24`** [[Paper]({url})] [[Code](https://github.com/o/r)]",
                f"Ann Lee, Bo Chen. NeurIPS 2017. [pdf]({url}) [code](https://github.com/o/r)",
                f"[[paper]({url})] *Ann Lee, Bo Chen.* NeurIPS 2022.",
                f"Ann Lee, Bo Chen, Nature 2015, [paper]({url})",
                f"[[NeurIPS 2021]({url})] [[code](https://github.com/o/r)]",
                f"— Ann Lee, Bo Chen (2022, TACL 2022). [paper]({url})",
                f"[[arXiv]({url})] *(IJCAI 2023)* [[Code](https://github.com/o/r)] — _A remark._",
                f"[[paper]]({url})[[code](https://github.com/o/r)]",
                "| [Github](https://github.com/o/r)",
                "|",
                "first",
            )
        )
    )
    tag = draw(
        st.sampled_from(
            (
                "",
                "",
                "[NeurIPS 2023] ",
                "[Survey] ",
                "Ha, D., et al. (2018). ",
                "A. Turing and B. Lovelace, ",
                "Lyle C, Rowland M. ",
                "(NeurIPS 2021, RL Agent, Memory) ",
            )
        )
    )
    if labels == "|":  # a bold title alone, the paper's link on a bullet below
        title = f"**{title.strip()}**"
    lines = [f"{bullet} {tag}{title}. {labels}"]
    if labels == "first":  # a paper link named by its venue before the title, emoji before it
        page = "[Code] [[Page](https://example.org/p)] [`Task structures`]"
        lines = [f"{bullet} 🤖 [[CoRL]({url})] {title} {page}"]
    if draw(st.booleans()):
        lines.append(f"{draw(st.sampled_from(INDENTS))}{bullet} Ann Lee, Bo Chen{draw(trailing)}")
    if labels.startswith("|"):  # the paper's link on a bullet below a title linking only code
        lines.append(f"{draw(st.sampled_from(INDENTS))}{bullet} [ECCV2020] {url.strip()}")
    return lines


@st.composite
def year_item(draw: st.DrawFn) -> list[str]:
    """``* 2024 - [Title](url)`` with note sub-bullets."""
    bullet = draw(bullets)
    indent = draw(st.sampled_from(INDENTS))
    year = draw(st.integers(2015, 2025))
    head = f"{bullet} {year} - [{draw(st.sampled_from(TITLES))}]({draw(st.sampled_from(URLS))})"
    notes = draw(st.lists(st.sampled_from(NOTES), max_size=2))
    return [head + draw(trailing)] + [f"{indent}{bullet} {note}{draw(trailing)}" for note in notes]


@st.composite
def link_paragraph(draw: st.DrawFn) -> list[str]:
    """Lines that are each one link, maybe tagged: ``[Title](url) `tag```."""
    count = draw(st.integers(1, 3))
    lines = []
    for _ in range(count):
        tag = draw(st.sampled_from(("", " `survey`", " `influential`")))
        line = f"[{draw(st.sampled_from(TITLES))}]({draw(st.sampled_from(URLS))}){tag}"
        lines.append(line + draw(trailing))
    return lines


@st.composite
def table(draw: st.DrawFn) -> list[str]:
    """A paper table: the alignment row is padded and aligned, rows link their titles."""
    rows = [
        f"| [{draw(st.sampled_from(TITLES))}]({draw(st.sampled_from(URLS))}) | CVPR 2024 | "
        f"{draw(st.sampled_from(KEYWORD_VALUES))} |{draw(trailing)}"
        for _ in range(draw(st.integers(1, 3)))
    ]
    if draw(st.booleans()):
        return ["| Title | Venue | Keywords |", "|:------|:-----:|---------:|", *rows]
    # The title as text, the link in a Paper (or Link, or only a Code) column.
    column, label = draw(st.sampled_from((("Paper", "paper"), ("Link", "[Link]"), ("Code", "C"))))
    rows = [
        f"| {draw(st.sampled_from(TITLES))} | CVPR 2024 | "
        f"[{label}]({draw(st.sampled_from(URLS))}) |{draw(trailing)}"
        for _ in range(draw(st.integers(1, 3)))
    ]
    return [f"| Title | Venue | {column} |", "|---|---|---|", *rows]


@st.composite
def heading_entry(draw: st.DrawFn) -> list[str]:
    """``### 2024 - [Title](url)`` or ``### 3. [Title](url)``: a heading that is an entry,
    perhaps over a paragraph of its own (``**Summary**: …``)."""
    prefix = draw(st.sampled_from((f"{draw(st.integers(2015, 2025))} - ", "3. ")))
    lines = [f"### {prefix}[{draw(st.sampled_from(TITLES))}]({draw(st.sampled_from(URLS))})"]
    if draw(st.booleans()):
        lines.append(f"**Summary**:  A method.{draw(trailing)}")
    return lines


@st.composite
def heading_with_fields(draw: st.DrawFn) -> list[str]:
    """A heading entry whose fields are the bullets below it."""
    bullet = draw(bullets)
    fields = draw(
        st.lists(
            st.sampled_from(
                ("Ann Lee, Bo Chen", "Keyword:  a, a", "Code: [Code](https://github.com/o/r)")
            ),
            max_size=3,
            unique=True,
        )
    )
    return [*draw(heading_entry()), *(f"{bullet} {field}{draw(trailing)}" for field in fields)]


@st.composite
def paper_card(draw: st.DrawFn) -> list[str]:
    """``### Title`` over field bullets, one of them the paper link (``- Paper: [arXiv](…)``)."""
    bullet = draw(bullets)
    title = draw(
        st.sampled_from(("Direct Preference Optimization", "**Constitutional AI** (2022)"))
    )
    paper = draw(
        st.sampled_from(
            (f"Paper: [arXiv]({draw(st.sampled_from(URLS))})", "[PDF](https://x.org/p)")
        )
    )
    others = ("Code:  [GitHub](https://github.com/o/r)", "Venue: NeurIPS 2023", "Keyword: a, a")
    chosen = draw(st.lists(st.sampled_from(others), unique=True, max_size=len(others)))
    fields = draw(st.permutations([paper, *chosen]))
    return [f"### {title}", *(f"{bullet} {field}{draw(trailing)}" for field in fields)]


@st.composite
def title_line_card(draw: st.DrawFn) -> list[str]:
    """``:rocket: **Title** (remark)`` over bullets: a row of labels, remarks, a notes link."""
    url = draw(st.sampled_from(URLS))
    lead = draw(st.sampled_from(("", ":rocket: ", "[RTS] ")))
    bullets_ = [
        f"[[arXiv]({url})], [[pdf](https://arxiv.org/pdf/1710.02298.pdf)]",
        *draw(
            st.lists(
                st.sampled_from(("Hessel et al.; Google Deepmind", ":pencil: [Notes](./n.md)")),
                unique=True,
            )
        ),
    ]
    indent = draw(st.sampled_from(("", "  ")))
    return [
        f"{lead}**Rainbow: Deep RL** (DQN)",
        *(f"{indent}- {text}{draw(trailing)}" for text in bullets_),
    ]


@st.composite
def address_card(draw: st.DrawFn) -> list[str]:
    """``**Title**`` over bullets labelling bare addresses (``- github: <https://…>``), or over
    a paragraph of its bare arXiv address alone."""
    addresses = draw(
        st.sampled_from(
            (
                ["<http://arxiv.org/abs/1311.2524>"],
                ["- intro: CVPR 2018", "- arxiv: <https://arxiv.org/abs/1711.06897>"],
                ["- intro: ACCV 2018", "- github: <https://github.com/o/r>", "- slides: <x.pdf>"],
            )
        )
    )
    title = draw(st.sampled_from(("Fast R-CNN", "CFENet: Object Detection")))
    return [f"**{title}**{draw(trailing)}", "", *(f"{line}{draw(trailing)}" for line in addresses)]


@st.composite
def numbered_card(draw: st.DrawFn) -> list[str]:
    """``1. **Title**`` over a list of its fields at the margin: ``+ Link: https://…``."""
    fields = draw(
        st.permutations(
            ["Authors: Ann Lee, Bo Chen", "Conference: ACL", f"Link: {draw(st.sampled_from(URLS))}"]
        )
    )
    marker = draw(st.sampled_from("+-"))
    return [
        f"{draw(st.sampled_from(('1.', '2)')))} **{draw(st.sampled_from(TITLES)).strip()}**",
        *(f"{marker} {field}{draw(trailing)}" for field in fields),
    ]


@st.composite
def title_over_named_labels(draw: st.DrawFn) -> list[str]:
    """``- Title.`` over ``- Names. *Venue*. [[pdf]](url) [[code]](url)``, or a bold title over
    bullets of authors and label links."""
    url = draw(st.sampled_from(URLS))
    bullet = draw(bullets)
    if draw(st.booleans()):
        return [
            f"{bullet} {draw(st.sampled_from(TITLES)).strip()}.",
            f"  {bullet} Y. You, T. Chen. *NIPS 2020*. [[pdf]]({url}) [[code]](https://github.com/o/r)",
        ]
    return [
        f"{bullet} **Anonymous Walk Embeddings (ICML 2018)**{draw(trailing)}",
        f"  {bullet} Sergey Ivanov and Evgeny Burnaev",
        f"  {bullet} [[Paper]]({url})",
        f"  {bullet} [[Python Reference]](https://github.com/o/r){draw(trailing)}",
    ]


@st.composite
def title_over_labels(draw: st.DrawFn) -> list[str]:
    """``- **Title**`` with a hard break, its badges or label links on the next line."""
    bullet = draw(bullets)
    url = draw(st.sampled_from(URLS))
    labels = draw(
        st.sampled_from(
            (
                f"[![Paper](https://img.shields.io/badge/-Paper-red)]({url}) "
                "[![Code](https://img.shields.io/badge/-Code-blue)](https://github.com/o/r)",
                f"[Paper]({url}) [Code](https://github.com/o/r)",
            )
        )
    )
    brk = draw(st.sampled_from(("  ", "\\", "")))
    return [f"{bullet} **Deep Residual Learning**{brk}", f"  {labels}{draw(trailing)}"]


@st.composite
def three_line_entry(draw: st.DrawFn) -> list[str]:
    """``**Title** \\`` / ``*Authors* \\`` / ``Venue. [[Paper](url)] [[Code](url)]``, the hard
    breaks written as backslashes or as two trailing spaces."""
    title = draw(st.sampled_from(("Deep Residual Learning", "Masked  Autoencoders Are Scalable")))
    hard_break = draw(st.sampled_from((" \\", "  ", "   ")))
    url = draw(st.sampled_from(URLS))
    if draw(st.booleans()):  # "⭐**Title** \\" over a label per line, the first naming the venue
        return [
            f"⭐**{title}**{hard_break}",
            f"[[CVPR 2023]]({url})",
            "[[Code]](https://github.com/o/r)",
        ]
    return [
        f"**{title}**{hard_break}",
        f"*Ann Lee, Bo Chen*{hard_break}",
        f"CVPR 2024. [[Paper]({url})] [[Code](https://github.com/o/r)]",
    ]


@st.composite
def ordered_item(draw: st.DrawFn) -> list[str]:
    """``1. [Title](url)`` with sub-bullets under its content column."""
    number = draw(st.integers(1, 3))
    head = f"{number}. [{draw(st.sampled_from(TITLES))}]({draw(st.sampled_from(URLS))})"
    indent = draw(st.sampled_from(("   ", "    ", "  ")))
    subs = draw(st.lists(st.sampled_from(("Ann Lee", "Keywords: a, b, a", "A note.")), max_size=2))
    return [head + draw(trailing), *(f"{indent}{draw(bullets)} {sub}" for sub in subs)]


@st.composite
def wrapped_item(draw: st.DrawFn) -> list[str]:
    """An item whose link goes on to the next line: before the last word of its text, before
    its "]", or before the ")" that closes its destination."""
    bullet = draw(bullets)
    url = draw(st.sampled_from(URLS))
    first, rest = draw(
        st.sampled_from(
            (
                ("[Deep Residual", f"  Learning]({url})"),
                ("[2509] [Flow Matching", f"]({url})"),
                (f"[[paper]]({url}", ") [[code]](https://github.com/o/r)"),
                (
                    "[2024/01] **Automated Generation of",
                    f"  Formal Specifications.** [[paper]({url})]",
                ),
            )
        )
    )
    return [f"{bullet} {first}{draw(trailing)}", rest, "  - Ann Lee, Bo Chen"]


@st.composite
def title_over_paragraph(draw: st.DrawFn) -> list[str]:
    """``1. **Title.** `NeurIPS 2022``` over a paragraph of authors, labels and a date."""
    marker = draw(st.sampled_from(("1.", "-", "*")))
    indent = draw(st.sampled_from(("    ", "   ", "  ")))
    url = draw(st.sampled_from(URLS))
    gap = draw(st.sampled_from(("", "  ")))
    date = draw(st.sampled_from(("", ", 2022.10", " 2023.1")))
    return [
        f"{marker} **{draw(st.sampled_from(TITLES))}.** `NeurIPS 2022`{draw(trailing)}",
        gap,
        f"{indent}*Ann Lee, Bo Chen.* [[Paper]({url})] [[Code](https://github.com/o/r)]{date}",
    ]


@st.composite
def note_item(draw: st.DrawFn) -> list[str]:
    """A notes-style bullet: prose around a link, with a deeper note."""
    bullet = draw(bullets)
    line = f"{bullet} Read [{draw(st.sampled_from(TITLES))}]({draw(st.sampled_from(URLS))}) first"
    deeper = draw(st.sampled_from(((), ("  - deeper note",), ("\t\t* deepest",))))
    return [line + draw(trailing), *deeper]


@st.composite
def bracket_entry(draw: st.DrawFn) -> list[str]:
    """``Title. **`CVPR 24`** [[Paper](url)] [[Code](url)]``."""
    title = draw(st.sampled_from(("Deep Residual Learning", "Denoising Diffusion Models")))
    url = draw(st.sampled_from(URLS))
    return [f"{title}. **`CVPR 24`** [[Paper]({url})] [[Code](https://github.com/o/r)]"]


@st.composite
def bold_title_lines(draw: st.DrawFn) -> list[str]:
    """A paragraph of ``**Title** (2024) [[Paper]](url) — *Venue*`` lines, each ending in a
    hard break (two spaces or a backslash) or not at all."""
    lines = []
    for _ in range(draw(st.integers(1, 3))):
        url = draw(st.sampled_from(URLS))
        venue = draw(st.sampled_from(("", " — *ACM Computing Surveys*", " — *NeurIPS*")))
        end = draw(st.sampled_from(("  ", "\\", "", " ")))
        lines.append(f"**{draw(st.sampled_from(TITLES))}** (2024) [[Paper]]({url}){venue}{end}")
    return lines


@st.composite
def fence(draw: st.DrawFn) -> list[str]:
    """A code fence whose body looks like entries; nothing inside may change."""
    return ["```", f"- [{draw(st.sampled_from(TITLES))}](http://example.com/x)  ", "\t* y", "```"]


section_heading = st.sampled_from(("## Papers", "## Datasets", "### 2024", "# Awesome List"))
prose = st.sampled_from(PROSE).map(lambda line: [line])
#: Blank-line runs between the items of a list: none, one, two, a whitespace-only line.
gaps = st.sampled_from(((), ("",), ("", ""), ("  ",)))
list_of_items = st.lists(
    st.tuples(
        st.one_of(
            link_item(),
            year_item(),
            bracket_item(),
            topic_item(),
            ordered_item(),
            note_item(),
            wrapped_item(),
            title_over_paragraph(),
        ),
        gaps,
    ),
    min_size=1,
    max_size=4,
).map(lambda items: [line for lines, gap in items for line in [*lines, *gap]])
block = st.one_of(
    section_heading.map(lambda line: [line]),
    list_of_items,
    link_paragraph(),
    table(),
    heading_entry(),
    heading_with_fields(),
    paper_card(),
    title_line_card(),
    address_card(),
    numbered_card(),
    title_over_named_labels(),
    title_over_labels(),
    three_line_entry(),
    bracket_entry(),
    bold_title_lines(),
    fence(),
    prose,
)
separator = st.sampled_from(("\n", "\n\n", "\n\n\n", "\n  \n"))


@st.composite
def awesome_list(draw: st.DrawFn) -> bytes:
    """The bytes of a whole list file."""
    blocks = draw(st.lists(block, min_size=1, max_size=6))
    text = ""
    for index, lines in enumerate(blocks):
        if index:
            text += draw(separator)
        text += "\n".join(lines)
    if draw(st.booleans()):
        text += "\n"
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    bom = "\ufeff" if draw(st.booleans()) else ""
    return (bom + text).encode("utf-8")
