"""Take a document out of the e-mail it came in: a saved message (.eml, headers and a
quoted-printable or base64 body), a body pasted with its quoted-printable codes left in
("Vertr=C3=A4gen=" at a soft line break), a reply that quotes it ("> Ihre Aufgaben"), or a
forwarded message's header block ("---------- Forwarded message ---------", "Von:", "An:").

Why the standard library's :mod:`email`: it decodes transfer encodings, charsets and
encoded words as mail programs do; this module only decides whether a text is such a message
and which part holds the document.
"""

from __future__ import annotations

import quopri
import re

HEADER = re.compile(r"^([A-Za-z][A-Za-z0-9-]{1,40}):[ \t]*\S?")
MESSAGE_HEADERS = frozenset({"from", "to", "subject", "date", "mime-version", "content-type",
                             "received", "return-path", "message-id", "content-transfer-encoding",
                             "reply-to", "cc", "x-mailer", "delivered-to"})
MIN_MESSAGE_HEADERS = 3
QP_CODE = re.compile(r"=(?:[0-9A-F]{2}|\r?\n)")
QP_HIGH = re.compile(r"=[89A-F][0-9A-F]")
MIN_QP_CODES = 3
QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
QUOTED_SHARE = 0.6
MIN_QUOTED = 3
# "On Mon, 12 May 2025 at 08:14, Jens Holm <…> wrote:", "Am 12.05.2025 um 08:14 schrieb …:",
# "Den 12. maj 2025 kl. 08.14 skrev …:", "12. mai 2025 08:14 kirjutas …:"
ATTRIBUTION = re.compile(r"\b(?:wrote|schrieb|skrev|kirjutas)\b[^\n]{0,120}:\s*$", re.I)
FORWARD_MARK = re.compile(
    r"^\s*-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|"
    r"ursprüngliche nachricht|videresendt (?:meddelelse|besked)|oprindelig meddelelse|"
    r"edasisaadetud (?:sõnum|kiri)|edastatud kiri|algne (?:sõnum|kiri))\s*-{2,}\s*$", re.I)
FORWARD_FIELDS = re.compile(
    r"^\s*(?:from|sent|date|to|cc|subject|von|gesendet|datum|an|betreff|fra|sendt|dato|til|"
    r"emne|saatja|saadetud|kuupäev|adressaat|kellele|teema)\s*:", re.I)


def unwrap_email(text: str) -> str:
    """The document inside ``text`` when it came as or in an e-mail, else ``text`` itself."""
    unwrapped = _message_body(text)
    unwrapped = _printable_decoded(unwrapped)
    return _unquoted(_without_forward_header(unwrapped))


def _message_body(text: str) -> str:
    """The text (or HTML) part of a saved message; ``text`` when it does not start with a
    message's headers."""
    head = text.lstrip("\ufeff")[:20_000].split("\n\n", 1)[0]
    names = []
    for line in head.splitlines():
        if line[:1] in (" ", "\t"):
            continue  # a folded header's next line
        match = HEADER.match(line)
        if match is None:
            return text
        names.append(match.group(1).lower())
    if len(MESSAGE_HEADERS.intersection(names)) < MIN_MESSAGE_HEADERS:
        return text
    import email
    import email.errors
    import email.policy

    try:
        message = email.message_from_string(text.lstrip("\ufeff"), policy=email.policy.default)
        part = message.get_body(preferencelist=("plain", "html"))
        if part is None:
            return text
        content = part.get_content()
    except (LookupError, ValueError, TypeError, AttributeError, UnicodeError,
            email.errors.MessageError):
        return text
    return content if isinstance(content, str) and content.strip() else text


def _printable_decoded(text: str) -> str:
    """A body pasted with its quoted-printable codes: decoded, soft line breaks joined. The
    bytes are read as UTF-8, else as Windows-1252 (the codes of "Vertr=E4ge")."""
    codes = QP_CODE.findall(text)
    if len(codes) < MIN_QP_CODES or not QP_HIGH.search(text):
        return text
    raw = quopri.decodestring(text.encode("utf-8"))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _unquoted(text: str) -> str:
    """A reply whose lines mostly quote the document ("> Dine opgaver"): the quote marks go,
    and so does the line that introduces the quote ("… skrev:")."""
    lines = text.split("\n")
    filled = [line for line in lines if line.strip() and line.strip(" \t>")]
    quoted = [line for line in filled if QUOTE.match(line)]
    if len(quoted) < MIN_QUOTED or len(quoted) < QUOTED_SHARE * len(filled):
        return text
    kept = [QUOTE.sub("", line) for line in lines if not ATTRIBUTION.search(line)]
    return "\n".join(kept)


def _without_forward_header(text: str) -> str:
    """A forwarded message without its header block: the "Forwarded message" line and the
    "From:"/"Von:"/"Saatja:" fields under it."""
    lines = text.split("\n")
    for number, line in enumerate(lines[:40]):
        if FORWARD_MARK.match(line):
            end = number + 1
            while end < len(lines) and (FORWARD_FIELDS.match(lines[end]) or (
                    not lines[end].strip() and end + 1 < len(lines)
                    and FORWARD_FIELDS.match(lines[end + 1]))):
                end += 1
            return "\n".join(lines[:number] + lines[end:])
    return text
