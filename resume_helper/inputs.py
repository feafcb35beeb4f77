"""Read a plain-text input from a path or standard input, safely."""

from __future__ import annotations

import sys
from pathlib import Path

from resume_helper.errors import ResumeHelperError

MAX_INPUT_BYTES = 20 * 1024 * 1024


def read_plain_text(source: str) -> str:
    """The text of ``source`` (a path, or "-" for standard input), decoded whatever its encoding."""
    raw = _read_bytes(source)
    name = "standard input" if source == "-" else source
    if not raw.strip():
        raise ResumeHelperError(f"{name} is empty")
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ResumeHelperError(f"{name} is not a text file (it looks binary)")
    text = _decode(raw, name)
    if not text.strip():
        raise ResumeHelperError(f"{name} contains no text")
    return text


def _read_bytes(source: str) -> bytes:
    if source == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    else:
        path = Path(source)
        if not path.is_file():
            raise ResumeHelperError(f"{source}: no such file")
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise ResumeHelperError(f"{source} is larger than {MAX_INPUT_BYTES // 2**20} MB")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ResumeHelperError(f"{source}: cannot read it ({exc.strerror})") from exc
    if len(data) > MAX_INPUT_BYTES:
        raise ResumeHelperError(f"the input is larger than {MAX_INPUT_BYTES // 2**20} MB")
    return data


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise ResumeHelperError(f"{name} is not text in any encoding we know")
    return str(best)
