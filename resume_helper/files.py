"""Write output files safely: never over an input, never over a file without ``force``, and
atomically, so an interrupted run leaves either the old file or the new one, never half."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from os import PathLike
from pathlib import Path

from resume_helper.errors import ResumeHelperError


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (through links and ``..``)."""
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def check_target(path: Path, *, inputs: Iterable[str | PathLike[str]] = (),
                 force: bool = False) -> None:
    """Refuse to write ``path`` when it is one of ``inputs``, or exists and not ``force``."""
    for source in inputs:
        if same_file(path, Path(source)):
            raise ResumeHelperError(key="target_is_input", path=path)
    if path.exists() and not force:
        raise ResumeHelperError(key="target_exists", path=path)
    if path.exists() and not path.is_file():
        raise ResumeHelperError(key="target_not_file", path=path)


def _mode(target: Path) -> int:
    """The replaced file's permissions, or what the user's umask gives a new file (a
    temporary file starts private, which would hide the output from a shared folder)."""
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: str | PathLike[str], data: bytes | str, *,
                 inputs: Iterable[str | PathLike[str]] = (), force: bool = False) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    Raises :class:`ResumeHelperError` when the target is an input, exists without ``force``,
    or cannot be written.
    """
    target = Path(path)
    check_target(target, inputs=inputs, force=force)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = target.parent if str(target.parent) else Path()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                             dir=folder)
    except OSError as exc:
        raise ResumeHelperError(key="cannot_write_folder", folder=folder,
                                reason=exc.strerror) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).chmod(_mode(target))
        Path(temporary).replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise ResumeHelperError(key="cannot_write", path=target, reason=exc.strerror) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise
    return target
