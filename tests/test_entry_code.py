"""entry-code: code links that are empty, not code, or shared by two papers."""

from __future__ import annotations

import awesomelint

LIST = """# Papers

- [Paper One](https://arxiv.org/abs/2301.00001)
  - Code: [Official]()
- [Paper Two](https://arxiv.org/abs/2301.00002)
  - Code: [Official](https://two.github.io/project)
- [Paper Three](https://arxiv.org/abs/2301.00003)
  - Code: [Official](https://github.com/Owner/Repo)
- [Paper Four](https://arxiv.org/abs/2301.00004)
  - Code: [Official](https://github.com/owner/repo.git)
"""


def test_code_link_problems() -> None:
    found = [
        (d.span.line, d.severity.value, d.message)
        for d in awesomelint.check(LIST)
        if d.rule == "entry-code"
    ]
    assert found == [
        (4, "error", "code link is empty: link the repository"),
        (6, "warning", "code link points to 'two.github.io', not a code host: link the repository"),
        (
            8,
            "error",
            "repository github.com/owner/repo is also the code of <string>:10 'Paper Four': "
            "give 'Paper Three' its own code link",
        ),
        (
            10,
            "error",
            "repository github.com/owner/repo is also the code of <string>:8 'Paper Three': "
            "give 'Paper Four' its own code link",
        ),
    ]
