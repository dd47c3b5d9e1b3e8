"""Table rows as entries: ``| [**Title**](url) | Venue | 2025-06-12 | [Github](…) |``.

The header row names the columns, and what each column holds (title, venue, date, code, or
any field the vocabulary knows) decides what its cells become.
"""

from __future__ import annotations

import re
from itertools import pairwise

from awesomelint._blocks import Table
from awesomelint._draft import Draft, start_draft, unlabelled_field
from awesomelint._entry_text import (
    LINE_BREAK_TAG,
    DatingPart,
    byline,
    link_title,
    names_paper,
    paper_links,
    plain,
    to_link,
    trim_title,
)
from awesomelint._inline import HTML_TAG, InlineLink, find_links
from awesomelint._model import EntryStyle, Span
from awesomelint._title_parts import take_byline
from awesomelint._vocabulary import canonical_label, column_date

_PIPE = re.compile(r"\|")
#: A measurement in a results table: "69.34", "71.7%", "**75.83**" (a year is no score).
_SCORE = re.compile(r"[*_]*\d{1,3}\.\d+%?[*_]*|[*_]*\d{1,3}%[*_]*")
#: Header cells whose column role is looked up; paper tables have a handful of columns, and a
#: pathological header of half a million cells must not cost seconds.
_MAX_COLUMNS = 64


def table_drafts(lines: list[str], table: Table, section: tuple[str, ...]) -> list[Draft]:
    """The entries of ``table`` (rows whose title cell holds a link), in row order; none of a
    table of results."""
    rows = [(number, _cells(lines[number - 1])) for number in table.rows]
    if _reports_results(rows):
        return []
    header = _cells(lines[table.header - 1])[:_MAX_COLUMNS]
    roles = [_column_role(plain(cell).casefold()) for cell, _, _ in header]
    # A Name (Model, Method) column titles the rows only when no column is named for titles;
    # beside a Title column it holds the short name ("| `Intern-S1` | Intern-S1: A … |").
    titled = "title" in roles
    # It still names the paper when the title column's links do not ("| Sora | OpenAI | 2024 |
    # [link](…) |" under "| Name | Organization | Year | Research Paper |").
    name_column = roles.index("name") if titled and "name" in roles else None
    roles = [("Note" if titled else "title") if role == "name" else role for role in roles]
    drafts = []
    for number, cells in rows:
        draft = _row(
            section, number, lines[number - 1], cells, roles, titled=titled, name_column=name_column
        )
        if draft is not None:
            drafts.append(draft)
    return drafts


def _names_no_title(label: str) -> bool:
    """Whether a link's text says what it is ("paper") or nothing at all ("📄"), not a title."""
    return names_paper(label) or not any(map(str.isalnum, label))


def _reports_results(rows: list[tuple[int, list[tuple[str, int, int]]]]) -> bool:
    """Whether a table (its rows' cells) compares methods by their scores — most rows hold two
    or more measurements ("69.34", "71.7%") — rather than listing papers: its rows link papers
    the list holds elsewhere, and as entries each would be a duplicate titled "Link"."""
    scored = sum(
        1
        for _, cells in rows
        if sum(1 for text, _, _ in cells if _SCORE.fullmatch(text.strip())) >= 2
    )
    return scored * 2 > len(rows)


def _row(
    section: tuple[str, ...],
    number: int,
    line: str,
    cells: list[tuple[str, int, int]],
    roles: list[str | None],
    *,
    titled: bool,
    name_column: int | None,
) -> Draft | None:
    """The entry of one row (``number``, 1-based), or None when no title cell holds a link —
    unless a column is named for titles (``titled``; not a Name column standing in for one)
    and the row links something else: then the title column's text titles the row, or the
    Name column's (``name_column``) when the title column holds no title."""
    found = find_links(line)
    all_links = paper_links(found)

    def links_in(index: int) -> list[InlineLink]:
        _, start, end = cells[index]
        return [link for link in all_links if start <= link.start < end]

    title_roles = [i for i, role in enumerate(roles) if role == "title" and i < len(cells)]
    # No column is for titles: the first cell holding a link is the title cell.
    title_columns = title_roles or [i for i in range(len(cells)) if links_in(i)][:1]
    linked = next((i for i in title_columns if links_in(i)), None)
    main: InlineLink | None
    dating: list[DatingPart] = []
    if linked is not None:
        main = links_in(linked)[0]
        title_start, title, dating = link_title(main)
    elif titled and title_roles and all_links and cells[title_roles[0]][0].strip():
        # "| GReaT | Language Models are … | ICLR 2023 | [[Link]](https://arxiv…) |": a title
        # as text, and the paper's link (if any) in a column of its own.
        main = next((link for link in all_links if names_paper(link.label)), None)
    else:
        return None
    _, cell_start, cell_end = cells[title_columns[0]]
    remark = None
    if linked != title_columns[0] and (main is None or _names_no_title(main.label)):
        # "| Title | Venue | Paper |" with "[paper](…)" (or "[📄](…)") in the Paper column: the
        # title is the text of the Title column, and the link names no title; a remark may
        # follow the title in its cell: "Title <br/><sub>contrastive pre-training</sub>".
        broken = LINE_BREAK_TAG.search(line, cell_start, cell_end)
        if broken is not None:
            remark = HTML_TAG.sub(" ", line[broken.start() : cell_end]).strip()
            cell_end = broken.start()
        title_start, title = trim_title(line, cell_start, cell_end)
    name_cell = cells[name_column] if name_column is not None and name_column < len(cells) else None
    if name_cell and _names_no_title(title) and name_cell[0].strip() not in _NOTHING:
        title_start, title = trim_title(line, name_cell[1], name_cell[2])
    else:
        name_cell = None  # the name, if any, stays a note
    draft = start_draft(
        EntryStyle.TABLE_ROW, section, number, line, title, title_start, main, all_links, None
    )
    draft.take_dating(number, dating)
    if remark:
        draft.notes.append(remark)
    if main is not None and linked == title_columns[0]:
        # "| [Title](…) <br> Ann Lee, Bo Chen |": the authors under the title, in its cell.
        cell_end = cells[linked][2]
        within = [link for link in found if link.start < cell_end]
        written_by = byline(line[:cell_end], main.end, within)
        if written_by is not None:
            take_byline(draft, number, line, written_by)
    for index, (text, start, end) in enumerate(cells):
        role = roles[index] if index < len(roles) else None
        if role in (None, "title") or (name_cell is not None and index == name_column):
            continue
        value_start, value_end = _unwrapped(
            line,
            start + len(text) - len(text.lstrip()),
            _before_decoration(line, start, end, found),
        )
        value = line[value_start:value_end]
        if value in _NOTHING:
            continue
        span = Span(
            line=number,
            column=value_start + 1,
            end_line=number,
            end_column=value_start + len(value) + 1,
        )
        if role == "date":
            date = column_date(value)
            if date:
                draft.year = (*date, span)
            continue
        if role == "Code":
            # Every link of the Code column is code, whatever its text says; a link whose
            # text already made it code ("[Github](…)") is not listed twice.
            known = {link.span for link in draft.code}
            draft.code.extend(
                link
                for link in (to_link(number, inline) for inline in links_in(index))
                if link.span not in known
            )
        if role == "Note":
            draft.notes.append(value)
            continue
        draft.fields.append(unlabelled_field(role, value, span))
    return draft


#: What a cell says when it has nothing to give ("| - |" under Code: no code yet).
_NOTHING = frozenset({"", "-", "–", "—", "/", "N/A", "n/a"})

#: Markup wrapping a whole cell: "`ICLR'23`", "**CVPR 2024**".
_WRAPPERS = ("`", "**", "__", "*", "_")


def _unwrapped(line: str, start: int, end: int) -> tuple[int, int]:
    """The range of the cell value ``line[start:end]`` inside the code or emphasis markers
    that wrap it whole."""
    text = line[start:end]
    for wrapper in _WRAPPERS:
        width = len(wrapper)
        if len(text) > 2 * width and text.startswith(wrapper) and text.endswith(wrapper):
            return start + width, end - width
    return start, end


#: An HTML tag closing a cell: "NeurIPS<br>".
_CLOSING_TAG = re.compile(f"(?:{HTML_TAG.pattern})$")


def _before_decoration(line: str, start: int, end: int, links: list[InlineLink]) -> int:
    """Where the value of the cell ``line[start:end]`` ends: before the badges, images and
    HTML tags that close it ("| NeurIPS<br>![citations](…) |"), and before trailing spaces."""
    while True:
        end = start + len(line[start:end].rstrip())
        image = next(
            (link for link in links if (link.is_image or link.is_badge) and link.end == end), None
        )
        tag = _CLOSING_TAG.search(line, start, end)
        if image is not None and image.start >= start:
            end = image.start
        elif tag is not None:
            end = tag.start()
        else:
            return end


_COLUMN_ROLES = (
    (("title", "paper", "work"), "title"),
    (("name", "model", "method"), "name"),
    (("venue", "conference", "publication", "pub", "journal"), "Venue"),
    (("date", "year", "time", "published"), "date"),
    (("code", "github", "repo", "implementation"), "Code"),
    (("author",), "Authors"),
    (("keyword", "tag", "topic"), "Keywords"),
)


def _column_role(name: str) -> str | None:
    """What a column holds, from its header: a title, a date, or a field — "Demo", "Project
    Page" and every other label the vocabulary knows name their own field."""
    for words, role in _COLUMN_ROLES:
        if any(word in name for word in words):
            return role
    return canonical_label(name) if name else None


def _cells(line: str) -> list[tuple[str, int, int]]:
    """Cells of a table row as (text, start, end) with 0-based indexes; ``\\|`` does not split."""
    bounds = [
        match.start()
        for match in _PIPE.finditer(line)
        if match.start() == 0 or line[match.start() - 1] != "\\"
    ]
    stripped = line.strip()
    if not stripped.startswith("|"):
        bounds.insert(0, -1)
    if not stripped.endswith("|") or len(bounds) == 1:
        bounds.append(len(line))
    return [(line[a + 1 : b], a + 1, b) for a, b in pairwise(bounds)]
