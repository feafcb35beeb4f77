"""Write output files safely: never over an input, never over a file without ``force``, and
atomically, so an interrupted run leaves either the old file or the new one, never half."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
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


LOCK_NAME = ".resume-helper.lock"


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` for writing one set of outputs.

    Why: two runs with ``--force`` into one folder would otherwise interleave their renames
    and leave a resume from one run beside a letter from the other; the second run waits for
    the first to finish. The lock is ``fcntl.flock`` on a hidden file that lives only while
    held (the system releases it when a process dies); where ``fcntl`` is missing (Windows)
    runs are not serialized.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    path = folder / LOCK_NAME
    while True:
        try:
            handle = path.open("a+b")
        except OSError as exc:
            raise ResumeHelperError(key="cannot_write_folder", folder=folder,
                                    reason=exc.strerror) from exc
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            current = path.stat().st_ino == os.fstat(handle.fileno()).st_ino
        except OSError:
            current = False
        if current:
            break
        handle.close()  # the holder removed it after we opened it: lock the new one
    try:
        yield
    finally:
        # Why removed while held: the folder keeps only the user's files; a run that opened
        # this file meanwhile sees it is gone and locks a new one.
        with contextlib.suppress(OSError):
            path.unlink()
        handle.close()


def write_all(files: dict[Path, bytes | str], *, inputs: Iterable[str | PathLike[str]] = (),
              force: bool = False) -> list[Path]:
    """Write every file of ``files`` or none: all go to temporary names first (a full disk
    fails there), then each is renamed into place, under the folder's lock.

    Raises :class:`ResumeHelperError` like :func:`write_atomic`; an interrupt (Ctrl-C) at
    any point removes the temporary files and whatever of this set was already renamed.
    """
    inputs = list(inputs)
    for target in files:
        check_target(target, inputs=inputs, force=force)
    folders = {target.parent if str(target.parent) else Path() for target in files}
    for folder in folders:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ResumeHelperError(key="cannot_write_folder", folder=folder,
                                    reason=exc.strerror) from exc
    temporary: dict[Path, Path] = {}
    renamed: list[Path] = []
    try:
        with contextlib.ExitStack() as locks:
            for folder in sorted(folders):
                locks.enter_context(folder_lock(folder))
            for target, data in files.items():
                temporary[target] = _write_temporary(target, data)
            for target in files:
                check_target(target, inputs=inputs, force=force)  # made meanwhile by another run?
            for target, path in temporary.items():
                path.replace(target)
                renamed.append(target)
    except BaseException as exc:
        for path in [*temporary.values(), *renamed]:
            with contextlib.suppress(OSError):
                path.unlink()
        if isinstance(exc, OSError):
            raise ResumeHelperError(key="cannot_write_folder", folder=sorted(folders)[0],
                                    reason=exc.strerror) from exc
        raise
    return list(files)


def _write_temporary(target: Path, data: bytes | str) -> Path:
    """``data`` in a new temporary file beside ``target``, flushed to disk."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    path = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        path.chmod(_mode(target))
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return path
