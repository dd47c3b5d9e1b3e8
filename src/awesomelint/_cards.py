"""Paper cards: a heading, or a bold title line, with no link over bullets that are the
paper's fields and links.

    ### Direct Preference Optimization
    - Paper: [arXiv](https://arxiv.org/abs/2305.18290)
    - Code: [GitHub](https://github.com/eric-mitchell/direct-preference-optimization)

    :rocket: **Rainbow: Combining Improvements in Deep Reinforcement Learning** (DQN)
      - [[arXiv](https://arxiv.org/abs/1710.02298)], [[pdf](https://arxiv.org/pdf/1710.02298)]
      - Hessel et al.; Google Deepmind

Which blocks title cards is decided before the outline is walked, from the bullets that
follow each: the walk then reads a card like a heading entry whose link is on a bullet.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from awesomelint._arxiv.ids import parse_arxiv_url
from awesomelint._blocks import Block, Heading, Item, Paragraph
from awesomelint._entry_text import (
    in_brackets,
    is_web,
    label_row,
    names_paper,
    paper_label,
    paper_links,
    without_links,
)
from awesomelint._inline import InlineLink, find_links
from awesomelint._vocabulary import FIELD_LINE, canonical_label

#: A paper card's link: (its 1-based line, the link); (0, None) for a card whose bullets hold
#: the paper's code and pages but no link to the paper itself.
CardLink = tuple[int, InlineLink | None]


#: A symbol or an emoji's shortcode decorating a title: "⭐", ":fire:".
_SYMBOL = r":[\w+-]+:|[^\w\s*_\[(<`!\\]"
#: Symbols before a title: "⭐⭐⭐**Title**", ":fire: **Title**".
_DECORATION = re.compile(rf"\s*(?:(?:{_SYMBOL})\s*)*")
#: A title line of its own: symbols or a tag at most, then a bold title (and a remark):
#: ":rocket: **Rainbow: …** (DQN improvements combined)", "[RTS:SC] **…**".
_TITLE_LINE = re.compile(rf"\s*(?:(?:{_SYMBOL}|\[[^\]]*\])\s*)*(\*\*|__)[^*_].*?\1")


class Cards(NamedTuple):
    """The blocks (by ``id``) that title a paper card, with the card's link; and the blocks
    that end a numbered card's list of fields (``2. **Title**`` after ``1. **Title**``'s
    ``+ Link: …``), which otherwise would read as more of its fields."""

    links: dict[int, CardLink]
    ends: frozenset[int]


def paper_cards(blocks: list[Block], lines: list[str]) -> Cards:
    """The top-level blocks (by ``id``) that title a paper card — headings, and one-line
    paragraphs with a bold title — with no link of their own, over bullets that are fields,
    labels or remarks, one of them holding the paper's link (under a bold title, bullets that
    label addresses may hold none: the paper's code and pages, but no link to the paper)."""
    cards: dict[int, CardLink] = {}
    ends: set[int] = set()
    for index, block in enumerate(blocks):
        if not _titles_card(block, lines):
            continue
        start = index + 1
        while start < len(blocks) and _only_images(blocks[start], lines):
            start += 1  # a figure between the title and its bullets
        end = start
        while end < len(blocks) and isinstance(blocks[end], Item):
            if isinstance(block, Item) and _titles_card(blocks[end], lines):
                break  # "2. **Title**": the next card's title
            end += 1
        # Under a bold title line, remarks ("- Hessel et al.; Google Deepmind") may sit among
        # the bullets; under a heading, a bullet of prose means a section of notes.
        link = _card_link(blocks[start:end], lines, remarks=not isinstance(block, Heading))
        if link is None and isinstance(block, Paragraph) and start < len(blocks):
            link = _arxiv_address(blocks[start], lines)
        if link is not None:
            cards[id(block)] = link
            if isinstance(block, Item) and end < len(blocks):
                ends.add(id(blocks[end]))
    return Cards(cards, frozenset(ends))


def after_decoration(line: str, start: int) -> int:
    """Where the text of ``line`` from ``start`` begins after the symbols decorating it."""
    decoration = _DECORATION.match(line, start)
    return decoration.end() if decoration else start


def title_start(line: str, start: int = 0) -> int:
    """Where the bold title of a card's title line (from column ``start``, after an item's
    marker) starts, after its shortcodes or tags."""
    match = _TITLE_LINE.match(line, start)
    assert match is not None, "only lines that title a card are asked"
    return match.start(1)


def _only_images(block: Block, lines: list[str]) -> bool:
    """Whether ``block`` is a paragraph of images alone (``[![img](…)](…)``, ``![fig](…)``)."""
    if not isinstance(block, Paragraph):
        return False
    for number in block.lines:
        line = lines[number - 1]
        links = find_links(line)
        if not links or paper_links(links) or without_links(line, 0, len(line), links).strip():
            return False
    return True


def _arxiv_address(block: Block, lines: list[str]) -> CardLink | None:
    """The link of a paragraph holding one bare arXiv address and nothing else, the paper of
    the bold title above it: ``**Title**`` / (blank line) / ``<https://arxiv.org/abs/…>``.

    Only arXiv's addresses: below a bold line, any other bare address is as likely a page
    the line talks about (an issue, a blog post) as the paper it titles.
    """
    if not isinstance(block, Paragraph) or len(block.lines) != 1:
        return None
    line = lines[block.lines[0] - 1]
    links = find_links(line)
    if (
        len(links) == 1
        and links[0].is_bare
        and parse_arxiv_url(links[0].url) is not None
        and not without_links(line, 0, len(line), links).strip()
    ):
        return block.lines[0], links[0]
    return None


def _titles_card(block: Block, lines: list[str]) -> bool:
    if isinstance(block, Heading):
        return "](" not in block.text and "://" not in block.text
    if isinstance(block, Paragraph) and len(block.lines) == 1:
        line = lines[block.lines[0] - 1]
        return bool(_TITLE_LINE.match(line)) and not paper_links(find_links(line))
    if isinstance(block, Item) and not block.blocks and len(block.head.lines) == 1:
        # "1. **Title**" over a list of its fields: "+ Authors: …", "+ Link: https://…".
        line = lines[block.line - 1]
        return bool(_TITLE_LINE.match(line, block.content_start)) and not find_links(line)
    return False


#: What labels web addresses on a card's bullet: "- supp: ", "- github(COCO-branch): ".
_ADDRESS_LABEL = re.compile(r"\s*[-*+]\s+[^:\[\]<>]{1,80}:+\s*")


def _labels_addresses(line: str, links: list[InlineLink]) -> bool:
    """Whether a bullet is a label and bare web addresses: "- slides: <https://…>",
    "- github(Caffe): https://…" — none of them titled, so no entry of its own."""
    return (
        bool(links)
        and all(link.is_bare for link in links)
        and _ADDRESS_LABEL.fullmatch(line, 0, links[0].start) is not None
        and not without_links(line, links[0].start, len(line), links).strip()
    )


def _card_link(items: list[Block], lines: list[str], *, remarks: bool) -> CardLink | None:
    """The paper link of bullets that make a card — "- Paper: [arXiv](…)", a row of labels
    "- [[arXiv](…)], [[pdf](…)]", or "- [PDF](…)" beside fields such as "- Code: …" — or None
    when a bullet is an entry of its own (a titled web link), or when a lone "- [Paper](…)"
    could as well be an entry titled "Paper"."""
    found: CardLink | None = None
    evidence = False  # a labelled line ("Paper: …", another field) or a row of labels
    addressed = False  # a bullet labelling addresses: "- github: <https://…>"
    for item in items:
        assert isinstance(item, Item)
        line = lines[item.line - 1]
        text = line[item.content_start :].strip()
        every = find_links(line)
        links = paper_links(every)
        field = FIELD_LINE.match(text)
        label = field.group("label") if field else None
        if label is None and len(links) == 1 and links[0].end - links[0].start == len(text):
            label = links[0].label  # "- [PDF](…)": a link whose text is its label
        row = label_row(line, item.content_start, every)
        if len(row) == 1 and not in_brackets(line, row[0]):
            row = []  # "- [Paper](…)" alone may be an entry titled Paper
        evidence = evidence or (label is not None and field is not None) or bool(row)
        if label is not None and names_paper(label) and links:
            found = found or (item.line, links[0])
        elif row:
            found = found or (item.line, paper_label(row))
        elif _labels_addresses(line, links):
            addressed = True  # the paper's links: "- supp: <https://…>"
        elif label is not None and canonical_label(label):
            continue  # a field
        elif not remarks or any(is_web(link) for link in links):
            return None  # "- [Title](https://…)" is an entry, not a card's bullet
    if found is None and remarks and evidence and addressed:
        # "**CFENet: …**" over "- intro: …" / "- github: <https://…>": a paper with no link.
        return 0, None
    return found if evidence else None
