"""Writing a file so that a crash or a power cut leaves its old content or its new, never part.

`fix` rewrites lists and `lock` the arXiv lockfile that sits beside them in the repository;
both are files users keep in version control, so both are written with the same care.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same directory and rename it over ``path``.

    An existing file keeps its mode, a new one gets the mode ``open`` would give it; a symbolic
    link is written through (its target is replaced, the link stays a link); and the data
    reaches the disk before the rename, so that after a power cut the file is either the old
    or the new one, never an empty file.
    """
    path = Path(os.path.realpath(path))
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's file-mode creation mask (reading it means setting it, so set it back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
