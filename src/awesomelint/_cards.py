"""Paper cards: a heading with no link over bullets that are the paper's fields.

    ### Direct Preference Optimization
    - Paper: [arXiv](https://arxiv.org/abs/2305.18290)
    - Code: [GitHub](https://github.com/eric-mitchell/direct-preference-optimization)

Which headings are cards is decided before the outline is walked, from the bullets that follow
each heading: the walk then reads a card like a heading entry whose link is on a bullet.
"""

from __future__ import annotations

from awesomelint._blocks import Block, Heading, Item
from awesomelint._entry_text import names_paper, paper_links
from awesomelint._inline import InlineLink, find_links
from awesomelint._vocabulary import FIELD_LINE, canonical_label

#: A paper card's link: (its 1-based line, the link).
CardLink = tuple[int, InlineLink]


def paper_cards(blocks: list[Block], lines: list[str]) -> dict[int, CardLink]:
    """The top-level headings (by ``id``) that title a paper card: no link of their own, and
    bullets below that are all labelled fields or labelled links, one of them the paper's."""
    cards: dict[int, CardLink] = {}
    for index, block in enumerate(blocks):
        if not isinstance(block, Heading) or "](" in block.text or "://" in block.text:
            continue
        end = index + 1
        while end < len(blocks) and isinstance(blocks[end], Item):
            end += 1
        link = _card_link(blocks[index + 1 : end], lines)
        if link is not None:
            cards[id(block)] = link
    return cards


def _card_link(items: list[Block], lines: list[str]) -> CardLink | None:
    """The paper link of bullets that make a card — "- Paper: [arXiv](…)", or "- [PDF](…)"
    beside fields such as "- Code: …" — or None when a bullet is anything else (an entry,
    prose), or when a lone "- [Paper](…)" could as well be an entry titled "Paper"."""
    found: CardLink | None = None
    evidence = False  # a labelled line: "Paper: …" or another field
    for item in items:
        assert isinstance(item, Item)
        line = lines[item.line - 1]
        text = line[item.content_start :].strip()
        links = paper_links(find_links(line))
        field = FIELD_LINE.match(text)
        label = field.group("label") if field else None
        evidence = evidence or label is not None
        if label is None and len(links) == 1 and links[0].end - links[0].start == len(text):
            label = links[0].label  # "- [PDF](…)": a link whose text is its label
        if label is not None and names_paper(label) and links:
            found = found or (item.line, links[0])
        elif label is None or not canonical_label(label):
            return None
    return found if evidence else None
