"""Turn the bytes of a text file into a string, whatever common encoding it uses."""

from __future__ import annotations

import codecs
import re

from resume_helper.documents.errors import UnknownFileTypeError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Why a short list: with every code page in play, short German or Danish texts are often
# "detected" as Cyrillic or Mac encodings. These are what people in the four countries save.
CANDIDATES = ["utf_8", "cp1252", "latin_1", "iso8859_15", "cp1257", "iso8859_13", "cp1250",
              "utf_16_le", "utf_16_be"]
# Code pages people in the four countries may have saved in (Windows, ISO, DOS, old Macs).
SINGLE_BYTE = ("cp1252", "cp1257", "iso8859_15", "cp850", "cp865", "mac_roman")
# What en/de/da/et text holds beyond ASCII: their letters, names' accents, typographic
# punctuation and common symbols.
OUR_CHARACTERS = frozenset(
    "äöüßÄÖÜæøåÆØÅõÕšžŠŽéèêëáàâíìîïóòôúùûçñÉÈÊËÁÀÂÍÌÎÏÓÒÔÚÙÛÇÑ"
    "–—‘’‚“”„«»‹›•·…€£§°±×÷©®™¼½¾²³¹µ¶¤¢¥¿¡\u00a0\u00ad\ufeff")
SYMBOL_IN_WORD = re.compile(r"(?<=[^\W\d_])[^\w\s'’\-.,;:!?()/&+@#%*\"\u00ad]+(?=[^\W\d_])")
FOREIGN_SAMPLE = 20_000
ALLOWED_CONTROLS = set("\t\n\r\f\v")
MAX_CONTROL_SHARE = 0.01
# What XML 1.0 cannot hold: C0 controls other than tab and line ends, lone surrogates (text
# decoded with "surrogateescape", JSON "\ud800" escapes) and the non-characters U+FFFE/FFFF.
# Nothing a person typed needs them, and one of them makes the tailored DOCX unwritable.
UNSAFE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
NEWLINES = str.maketrans({"\r": "\n", "\f": "\n", "\v": "\n"})  # a page break ends a line
LINE_BREAKS = {"\x0b": " ", "\x0c": " "}  # Word's line break and a page break: a space


def decode_text(raw: bytes, name: str) -> str:
    """The text of ``raw``; :class:`UnknownFileTypeError` when it is not text at all."""
    text = _decode(raw, name)
    if text.startswith("\ufeff"):
        text = text[1:]
    sample = text[:20_000]
    controls = sum(1 for ch in sample if ch < " " and ch not in ALLOWED_CONTROLS or ch == "\ufffd")
    if not sample or controls > MAX_CONTROL_SHARE * len(sample):
        raise UnknownFileTypeError(key="unknown_type.binary", name=name)
    return text.replace("\r\n", "\n").translate(NEWLINES)


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold; a lone surrogate becomes U+FFFD.

    Why here and in :mod:`~resume_helper.documents.cleanup`: every reader's text passes one of
    them, so later stages (tailoring writes DOCX) never see such a character.

    >>> xml_safe("Dana\\x00 Morales\\ud800")
    'Dana Morales\\ufffd'
    """
    if not UNSAFE_CHARS.search(text):
        return text
    return UNSAFE_CHARS.sub(_replacement, text)


def _replacement(match: re.Match[str]) -> str:
    char = match.group()
    if "\ud800" <= char <= "\udfff":
        return "\ufffd"
    return LINE_BREAKS.get(char, "")


def _decode(raw: bytes, name: str) -> str:
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace")
    head = raw[:4096]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16 is not None:
            return raw.decode(utf16, errors="replace")
        # A stray NUL in a text file (a broken export) is dropped later; many are binary.
        if head.count(b"\x00") > MAX_CONTROL_SHARE * len(head):
            raise UnknownFileTypeError(key="unknown_type.binary", name=name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=CANDIDATES).best()
    guess = str(best) if best is not None else None
    # Why a second opinion: charset_normalizer tells code pages apart by how text of any
    # language looks; a short Estonian text in Windows-1257 comes out as Windows-1250
    # ("đokolaad" for "šokolaad"), a Danish DOS file as Windows-1252 ("H›jgaard"). The
    # decoding with the fewest letters that none of en/de/da/et writes wins; ties keep the
    # library's guess.
    decoded = [guess] if guess is not None else []
    for encoding in SINGLE_BYTE:
        try:
            decoded.append(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    if not decoded:
        raise UnknownFileTypeError(key="unknown_type.encoding", name=name)
    return min(decoded, key=_foreign)


def _foreign(text: str) -> int:
    """How many characters of ``text`` no en/de/da/et text holds: letters of other
    alphabets, C1 controls, and symbols inside a word ("flie§end", "H›jgaard")."""
    sample = text[:FOREIGN_SAMPLE]
    count = sum(1 for ch in sample if not ch.isascii() and ch not in OUR_CHARACTERS)
    return count + len(SYMBOL_IN_WORD.findall(sample))


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when every other byte is zero, as in Latin-script UTF-16."""
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.7 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.7 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None
