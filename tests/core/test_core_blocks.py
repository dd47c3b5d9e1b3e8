"""The block scanner: which lines continue a paragraph and which start a block of their own.

Each expectation is how cmark-gfm (GitHub's renderer) reads the text; the scanner must agree,
or a line GitHub shows as part of an entry is missed (or one outside it is taken in).
"""

from __future__ import annotations

import pytest

from awesomelint._blocks import Block, Item, Opaque, Paragraph, scan


def shape(blocks: list[Block]) -> list[object]:
    """The blocks as (kind, lines) pairs, an item's head lines and children nested."""
    shown: list[object] = []
    for block in blocks:
        if isinstance(block, Item):
            shown.append(("item", block.head.lines, shape(block.blocks)))
        elif isinstance(block, (Paragraph, Opaque)):
            shown.append((type(block).__name__.lower(), block.lines))
    return shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Inline HTML starting a line continues the item's paragraph lazily.
        ("* [T](u)<br>\n<sup>1</sup>Yale University\n", [("item", [1, 2], [])]),
        # A tag alone on its line leaves the item from outside it: an HTML block.
        ("* next\n<img src=x>\nmore\n", [("item", [1], []), ("opaque", [2, 3])]),
        # ... but continues a paragraph of the same container.
        ("para\n<img src=y>\n", [("paragraph", [1, 2])]),
        ("* item\n  <img src=x>\n", [("item", [1, 2], [])]),
        # A block-level tag interrupts a paragraph anywhere.
        ("para\n<div>\nx\n</div>\n", [("paragraph", [1]), ("opaque", [2, 3, 4])]),
    ],
)
def test_which_html_lines_end_a_paragraph(text: str, expected: list[object]) -> None:
    assert shape(scan(text.splitlines()).blocks) == expected
