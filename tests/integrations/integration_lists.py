"""Small lists the integration tests check: one clean, one with an error, one only fixable.

Links are not arXiv links, so no arXiv rule (and no metadata lookup) is involved: these tests
are about the integrations, not the rules.
"""

from __future__ import annotations

CLEAN = """\
# Awesome Reading

## Papers

- [Attention Is All You Need](https://example.org/papers/attention)
  - Authors: Ashish Vaswani, Noam Shazeer
  - Keywords: transformers, attention
- [Deep Residual Learning for Image Recognition](https://example.org/papers/resnet)
  - Authors: Kaiming He, Xiangyu Zhang
  - Keywords: residual networks
"""

#: Two entries with the same main link: link-duplicate, an error, on lines 5 and 8. Its links
#: differ from CLEAN's, so the two can be checked together.
BROKEN = """\
# Awesome Reading

## Papers

- [Language Models are Few-Shot Learners](https://example.org/papers/gpt3)
  - Authors: Tom Brown, Benjamin Mann
  - Keywords: language models
- [Few-Shot Learners, Again](https://example.org/papers/gpt3/)
  - Authors: Tom Brown
  - Keywords: language models
"""

#: Warnings only, all with safe fixes; ``awesomelint fix`` turns it into CLEAN.
FIXABLE = """\
# Awesome Reading

## Papers

- [Attention Is All You Need](https://example.org/papers/attention?utm_source=feed)
  - Authors: Ashish Vaswani, Noam Shazeer
  - Keywords: transformers, attention
- [ Deep Residual Learning for Image Recognition ](https://example.org/papers/resnet)
  - Authors: Kaiming He, Xiangyu Zhang
  - Keywords: residual networks
"""


def entry(number: int, url: str | None = None, *, title: str | None = None) -> str:
    """One canonical entry, numbered so that every title and link is distinct (unless given:
    the same title and link make a duplicate)."""
    link = url or f"https://example.org/papers/{number}"
    return (
        f"- [{title or f'Paper Number {number}'}]({link})\n"
        f"  - Authors: Author {number}\n"
        f"  - Keywords: topic {number}\n"
    )


def papers(*entries: str) -> str:
    """A list whose one section holds ``entries``."""
    return "# Awesome Reading\n\n## Papers\n\n" + "".join(entries)
