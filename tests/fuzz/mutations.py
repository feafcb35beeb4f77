"""Structured mutations of the fixtures, as an attacker (or a broken tool) would make them.

Each mutator takes a seeded :class:`random.Random` and a fixture's bytes and returns new
bytes; it is named by its class ("zip.compression", "text.unicode", …) so results can be
counted by class. The same functions drive the hypothesis test (a derandomized
``st.randoms``) and the long mode in ``benchmarks/fuzz.py`` (``random.Random(seed)``).
"""

from __future__ import annotations

import io
import json
import random
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from .hostile import FIXTURES, W_NS, rebuild_zip

# (fixture, the role it plays); every format in every role we read.
SEEDS: tuple[tuple[str, str], ...] = (
    ("resume_en.txt", "resume"), ("resume_de.txt", "resume"), ("resume_da.txt", "resume"),
    ("resume_et.txt", "resume"), ("resume_de_labels.txt", "resume"),
    ("resume_et_table.md", "resume"), ("resume_en.json", "resume"),
    ("resume_en.docx", "resume"), ("resume_et.docx", "resume"),
    ("resume_de_table.docx", "resume"), ("resume_da_textbox.docx", "resume"),
    ("resume_et.pdf", "resume"), ("resume_de_gdocs.pdf", "resume"),
    ("letter_en.txt", "letter"), ("letter_de.txt", "letter"), ("letter_da.txt", "letter"),
    ("letter_et.txt", "letter"), ("letter_de.docx", "letter"),
    ("posting_en.md", "posting"), ("posting_de.html", "posting"), ("posting_da.txt", "posting"),
    ("posting_et.txt", "posting"), ("posting_da.docx", "posting"), ("posting_da.pdf", "posting"),
)
ODDITIES = ("\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85", "\ufeff",
            "\u200b", "\u200e", "\u202e", "\u2028", "\ufffe", "\uffff", "\ufffd", "\U0001f600",
            "\u0301\u0301\u0301", "²⁰²⁰", "٢٠٢١", "１２", "Ⅻ", "ß" * 40, "\t" * 50, " " * 500,
            "İ", "ﬁ", "\r", "\r\n\r\n", "\n" * 200, "·•●", "(" * 100, ")" * 100, "|" * 100)
ENCODINGS = ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1",
             "cp1257", "iso8859-13", "cp1250", "mac_roman", "cp437", "koi8-r", "utf-8-sig",
             "shift_jis", "big5", "utf-7")
COMPOUND_PARTS = ("kunden", "dienst", "mitarbeiter", "schulung", "beschwerde", "management",
                  "klienditeenindus", "kundeservice", "medarbejder", "service", "team")


@dataclass(frozen=True)
class Fuzzed:
    """One generated input: its mutation class, the fixture it came from and its role."""

    klass: str
    seed: str
    kind: str
    data: bytes


Mutator = Callable[[random.Random, bytes], bytes]


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="surrogateescape")


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogateescape")


def _spot(rng: random.Random, data: bytes | str) -> int:
    return rng.randrange(len(data) + 1)


# --- bytes ------------------------------------------------------------------------------------

def flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 2, 5, 20, 200))):
        if out:
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[:rng.randrange(1, max(2, len(data)))]


def duplicate(rng: random.Random, data: bytes) -> bytes:
    start = rng.randrange(len(data))
    chunk = data[start:start + rng.choice((1, 16, 256, 4096))]
    at = _spot(rng, data)
    return data[:at] + chunk * rng.choice((1, 2, 50, 1000)) + data[at:]


def remove(rng: random.Random, data: bytes) -> bytes:
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.choice((1, 16, 256, 4096)):]


def splice(rng: random.Random, data: bytes) -> bytes:
    other = fixture(rng.choice(SEEDS)[0])
    at, start = _spot(rng, data), rng.randrange(len(other))
    return data[:at] + other[start:start + rng.choice((64, 1024, 16384))] + data[at:]


def garbage(rng: random.Random, data: bytes) -> bytes:
    at = _spot(rng, data)
    return data[:at] + rng.randbytes(rng.choice((1, 8, 512, 8192))) + data[at:]


# --- text -------------------------------------------------------------------------------------

def reencode(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", errors="replace")
    return text.encode(rng.choice(ENCODINGS), errors=rng.choice(("replace", "ignore")))


def unicode_oddities(rng: random.Random, data: bytes) -> bytes:
    text = _text(data)
    for _ in range(rng.choice((1, 3, 10))):
        at = _spot(rng, text)
        text = text[:at] + rng.choice(ODDITIES) + text[at:]
    out = _bytes(text)
    if rng.random() < 0.3:  # invalid UTF-8 that surrogateescape turns into lone surrogates
        at = _spot(rng, out)
        out = out[:at] + rng.choice((b"\xed\xa0\x80", b"\xff", b"\xc3", b"\x80\x80")) + out[at:]
    return out


def repeat_line(rng: random.Random, data: bytes) -> bytes:
    lines = _text(data).split("\n")
    index = rng.randrange(len(lines))
    times = rng.choice((10, 300, 1000, 5000))
    if rng.random() < 0.5:  # a short chunk repeated inside one line
        words = lines[index].split()
        chunk = " ".join(words[:rng.randint(1, 6)]) or "Service"
        lines[index] = (chunk + " ") * times
    else:
        lines[index:index + 1] = [lines[index]] * times
    return _bytes("\n".join(lines))


def long_word(rng: random.Random, data: bytes) -> bytes:
    letters = rng.choice((200, 1000, 3900, 20000))
    word = ""
    while len(word) < letters:
        word += rng.choice(COMPOUND_PARTS)
    text = _text(data)
    at = _spot(rng, text)
    return _bytes(text[:at] + " " + word[:letters].capitalize() + " " + text[at:])


def separators(rng: random.Random, data: bytes) -> bytes:
    count = rng.choice((100, 10_000, 100_000))
    sep = rng.choice((",", ", ", ";", " | ", " - ", "•", "(", "/", "-"))
    heading = rng.choice(("SKILLS", "Kenntnisse", "Kompetencer", "Oskused"))
    return data + _bytes(f"\n{heading}\n" + sep * count + "\n")


def many_lines(rng: random.Random, data: bytes) -> bytes:
    words = _text(data).split() or ["Kundenservice"]
    lines = [" ".join(rng.choices(words, k=rng.randint(1, 12)))
             for _ in range(rng.choice((1000, 5000, 20000)))]
    return data + _bytes("\n" + "\n".join(lines))


# --- JSON Resume ------------------------------------------------------------------------------

def json_nesting(rng: random.Random, data: bytes) -> bytes:
    depth = rng.choice((10, 100, 900, 5000, 100_000))
    opener, closer = rng.choice(((b"[", b"]"), (b'{"a":', b"}")))
    inner = opener * depth + b"1" + closer * depth if opener == b'{"a":' else \
        opener * depth + closer * depth
    key = rng.choice((b"work", b"basics", b"skills", b"education", b"zzz"))
    try:
        base = json.loads(data)
    except ValueError:
        base = {}
    head = json.dumps({k: v for k, v in base.items() if k.encode() != key})[:-1].encode()
    return head + (b", " if len(head) > 1 else b"") + b'"' + key + b'": ' + inner + b"}"


def json_values(rng: random.Random, data: bytes) -> bytes:
    try:
        value = json.loads(data)
    except ValueError:
        return data
    odd = ("²⁰²⁰-⁰¹", "٢٠٢١-٠٣", "２０１９", "2020-13", "2020-00-99", "0000", "9" * 5000,
           "-1", "2020-1e9", "", None, 1e308, -0.0, True, [], {}, ["2020"], {"x": 1}, 7,
           "2020-01-01T00:00:00Z", "\u0000\ud800", "present", "x" * 100_000)

    def walk(item: object) -> object:
        if isinstance(item, dict):
            return {k: (rng.choice(odd) if rng.random() < 0.15 else walk(v)) for k, v in
                    item.items()}
        if isinstance(item, list):
            return [rng.choice(odd) if rng.random() < 0.15 else walk(v) for v in item]
        return item

    return json.dumps(walk(value), ensure_ascii=rng.random() < 0.5).encode(
        "utf-8", errors="surrogatepass")


# --- HTML -------------------------------------------------------------------------------------

def html_nesting(rng: random.Random, data: bytes) -> bytes:
    depth = rng.choice((100, 5000, 20000))
    tag = rng.choice(("div", "li", "h2", "table", "b", "span", "script", "ul"))
    closed = rng.random() < 0.5
    nest = f"<{tag}>" * depth + "Kundenservice" + (f"</{tag}>" * depth if closed else "")
    text = _text(data)
    at = text.find("<body>")
    at = at + 6 if at >= 0 else 0
    return _bytes(text[:at] + nest + text[at:])


def html_comments(rng: random.Random, data: bytes) -> bytes:
    count = rng.choice((100, 10_000, 50_000))
    comment = rng.choice(("<!-- x -->", "<!---->", "<!--", "<!-- a -- b -->", "<![CDATA[x]]>",
                          "<?php ?>", "<!x>", "&#0;", "&#x110000;", "&amp"))
    text = _text(data)
    at = 0 if rng.random() < 0.5 else _spot(rng, text)
    return _bytes(text[:at] + comment * count + text[at:])


# --- DOCX (ZIP) -------------------------------------------------------------------------------

def _zip_parts(data: bytes) -> dict[str, bytes]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {info.filename: archive.read(info.filename) for info in archive.infolist()}


def zip_member(rng: random.Random, data: bytes) -> bytes:
    parts = _zip_parts(data)
    member = rng.choice(sorted(parts))
    mutate = rng.choice((flip, truncate, duplicate, remove, garbage, unicode_oddities))
    return rebuild_zip(data, {member: mutate(rng, parts[member]) if parts[member] else b""})


def zip_drop(rng: random.Random, data: bytes) -> bytes:
    return rebuild_zip(data, {rng.choice(sorted(_zip_parts(data))): None})


def zip_compression(rng: random.Random, data: bytes) -> bytes:
    parts = _zip_parts(data)
    methods = {member: rng.choice((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED,
                                   zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)) for member in parts}
    out = bytearray(rebuild_zip(data, methods=methods))
    if rng.random() < 0.5:  # damage one part's compressed stream, keep the directory
        info = rng.choice(zipfile.ZipFile(io.BytesIO(bytes(out))).infolist())
        start = info.header_offset + 30 + len(info.filename.encode()) + int.from_bytes(
            out[info.header_offset + 28:info.header_offset + 30], "little")
        for _ in range(rng.choice((1, 10, 100))):
            if info.compress_size:
                out[start + rng.randrange(info.compress_size)] ^= rng.randrange(1, 256)
    if rng.random() < 0.2:  # an unknown method number or the "encrypted" flag
        for marker, offset, value in ((b"PK\x03\x04", 8, rng.choice((99, 14, 95))),
                                      (b"PK\x01\x02", 10, None)):
            position = out.find(marker)
            if position >= 0 and value is not None:
                out[position + offset:position + offset + 2] = value.to_bytes(2, "little")
            elif position >= 0:
                out[position + 8] |= 1
    return bytes(out)


def app_integer(rng: random.Random, data: bytes) -> bytes:
    digits = rng.choice(("0", "-1", "1" * 20, "9" * 4301, "9" * 6000, "١٢", "2.5e3", ""))
    tag = rng.choice(("Pages", "Words", "Characters", "Lines"))
    app = (f'<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/'
           f'officeDocument/2006/extended-properties"><{tag}>{digits}</{tag}></Properties>')
    return rebuild_zip(data, {"docProps/app.xml": app.encode()})


def xml_depth(rng: random.Random, data: bytes) -> bytes:
    parts = _zip_parts(data)
    body = parts.get("word/document.xml", b"")
    depth = rng.choice((50, 255, 300, 5000))
    tag = rng.choice((b"w:sdt><w:sdtContent", b"w:tbl><w:tr><w:tc", b"w:hyperlink",
                      b"w:smartTag", b"w:r"))
    opens = b"".join(b"<" + t + b">" for t in tag.split(b"><"))
    closes = b"".join(b"</" + t.split()[0] + b">" for t in reversed(tag.split(b"><")))
    nest = opens * depth + b"<w:p><w:r><w:t>Kundenservice</w:t></w:r></w:p>" + closes * depth
    return rebuild_zip(data, {"word/document.xml": body.replace(b"<w:body>",
                                                                b"<w:body>" + nest, 1)})


def xml_size(rng: random.Random, data: bytes) -> bytes:
    parts = _zip_parts(data)
    body = parts.get("word/document.xml", b"")
    words = re.findall(rb"<w:t(?: [^>]*)?>([^<]{3,})</w:t>", body) or [b"Service"]
    count = rng.choice((1000, 10_000, 40_000))
    paragraphs = b"".join(b"<w:p><w:r><w:t>" + b" ".join(rng.choices(words, k=rng.randint(1, 8)))
                          + b"</w:t></w:r></w:p>" for _ in range(count))
    return rebuild_zip(data, {"word/document.xml": body.replace(b"</w:body>",
                                                                paragraphs + b"</w:body>", 1)})


def style_cycle(rng: random.Random, data: bytes) -> bytes:
    count = rng.choice((1, 2, 3, 30))
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="S{i}"><w:name w:val="heading {i % 9 + 1}x"/>'
        f'<w:basedOn w:val="S{(i + 1) % count}"/><w:pPr><w:numPr/></w:pPr><w:rPr><w:b/>'
        "</w:rPr></w:style>" for i in range(count))
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NS}">'
           '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
           f'<w:basedOn w:val="S0"/></w:style>{styles}</w:styles>').encode()
    parts = _zip_parts(data)
    body = re.sub(rb'<w:pStyle w:val="[^"]*"/>', b'<w:pStyle w:val="S0"/>',
                  parts.get("word/document.xml", b""))
    return rebuild_zip(data, {"word/styles.xml": xml, "word/document.xml": body})


RELATIONSHIP_TYPES = ("officeDocument", "styles", "numbering", "header", "footer", "image",
                      "hyperlink", "settings", "fontTable", "theme", "core-properties")


def _damage_relationship(rng: random.Random, element: str, ids: list[str],
                         targets: list[str]) -> str:
    """One ``<Relationship …/>`` with an attribute dropped, renamed, emptied or re-aimed."""
    attribute = rng.choice(("Id", "Type", "Target", "TargetMode"))
    match = re.search(rf'\s{attribute}="[^"]*"', element)
    if not match:
        return element[:-2] + f' {attribute}="{rng.choice(("External", "Internal", "x"))}"/>'
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    value = {
        "Id": lambda: rng.choice(ids + ["", "rId0", "1"]),
        "Type": lambda: rng.choice(("", base, "x")) or base + rng.choice(RELATIONSHIP_TYPES),
        "Target": lambda: rng.choice(targets + ["", "/", "../../../x.xml", "missing.xml",
                                                "http://example.invalid/a", "media/"]),
        "TargetMode": lambda: rng.choice(("External", "Internal", "", "x")),
    }[attribute]()
    replacement = rng.choice((
        "",  # dropped
        f" {attribute.lower()}x=\"{value}\"",  # renamed: a damaged name
        f' {attribute}="{value}"',  # re-aimed
    ))
    return element[:match.start()] + replacement + element[match.end():]


def rels_attributes(rng: random.Random, data: bytes) -> bytes:
    """Relationship parts with attributes missing or pointing elsewhere (python-docx reads a
    relationship without its Type and fails only when tailoring writes it back)."""
    parts = _zip_parts(data)
    member = rng.choice(sorted(name for name in parts if name.endswith(".rels")) or [""])
    if not member:
        return data
    xml = _text(parts[member])
    elements = re.findall(r"<Relationship\b[^>]*/>", xml)
    if not elements:
        return data
    ids = re.findall(r'\sId="([^"]*)"', xml)
    targets = re.findall(r'\sTarget="([^"]*)"', xml) + sorted(parts)
    for element in rng.sample(elements, min(len(elements), rng.choice((1, 1, 2, len(elements))))):
        xml = xml.replace(element, _damage_relationship(rng, element, ids, targets), 1)
    return rebuild_zip(data, {member: _bytes(xml)})


def docx_text(rng: random.Random, data: bytes) -> bytes:
    """The text mutators applied to the words inside the document's XML."""
    parts = _zip_parts(data)
    body = parts.get("word/document.xml", b"")
    mutate = rng.choice((long_word, repeat_line, separators))
    texts = re.findall(rb"<w:t(?: [^>]*)?>([^<]+)</w:t>", body)
    if not texts:
        return data
    target = rng.choice(texts)
    changed = mutate(rng, target).replace(b"&", b"&amp;").replace(b"<", b"&lt;")
    return rebuild_zip(data, {"word/document.xml": body.replace(target, changed, 1)})


# --- PDF --------------------------------------------------------------------------------------

def pdf_encryption(rng: random.Random, data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages:
        writer.add_page(page)
    writer.encrypt(user_password=rng.choice(("", "geheim")), owner_password="x",
                   algorithm=rng.choice(("RC4-40", "RC4-128", "AES-128", "AES-256")))
    buffer = io.BytesIO()
    writer.write(buffer)
    out = buffer.getvalue()
    handler = rng.choice((b"/FOPN_foweb", b"/Adobe.PubSec", b"/Standard", b"/X"))
    out = out.replace(b"/Filter /Standard", b"/Filter " + handler)
    if rng.random() < 0.5:
        out = re.sub(rb"/V \d+", b"/V " + rng.choice((b"0", b"3", b"9")), out)
        out = re.sub(rb"/R \d+", b"/R " + rng.choice((b"1", b"7", b"99")), out)
    return out


def pdf_stream(rng: random.Random, data: bytes) -> bytes:
    """A content stream replaced by a small compressed one that draws a lot."""
    from .hostile import _pdf_with_stream

    op = rng.choice((b"BT /F1 9 Tf 10 10 Td (Kundenservice Beratung) Tj ET\n", b"(a) Tj ",
                     b"q Q ", b"0 0 m 1 1 l S ", b"[(Service) -250 (team)] TJ ", b"BI ID x EI "))
    times = rng.choice((10, 1000, 50_000, 400_000))
    stream = b"BT /F1 1 Tf " + op * times + b" ET"
    if rng.random() < 0.7:
        return _pdf_with_stream(zlib.compress(stream, 9), b"/Filter /FlateDecode ")
    return _pdf_with_stream(stream, b"")


MUTATORS: dict[str, tuple[Mutator, tuple[str, ...]]] = {
    # class: (mutator, the formats it applies to; empty for every format)
    "bytes.flip": (flip, ()), "bytes.truncate": (truncate, ()),
    "bytes.duplicate": (duplicate, ()), "bytes.remove": (remove, ()),
    "bytes.splice": (splice, ()), "bytes.garbage": (garbage, ()),
    "text.encoding": (reencode, ("txt", "md", "json", "html")),
    "text.unicode": (unicode_oddities, ("txt", "md", "json", "html")),
    "text.repeat": (repeat_line, ("txt", "md", "html")),
    "text.long_word": (long_word, ("txt", "md", "html")),
    "text.separators": (separators, ("txt", "md")),
    "text.many_lines": (many_lines, ("txt", "md")),
    "json.nesting": (json_nesting, ("json",)), "json.values": (json_values, ("json",)),
    "html.nesting": (html_nesting, ("html",)), "html.comments": (html_comments, ("html",)),
    "zip.member": (zip_member, ("docx",)), "zip.drop": (zip_drop, ("docx",)),
    "zip.compression": (zip_compression, ("docx",)), "zip.app_integer": (app_integer, ("docx",)),
    "docx.xml_depth": (xml_depth, ("docx",)), "docx.xml_size": (xml_size, ("docx",)),
    "docx.style_cycle": (style_cycle, ("docx",)), "docx.text": (docx_text, ("docx",)),
    "docx.rels": (rels_attributes, ("docx",)),
    "pdf.encryption": (pdf_encryption, ("pdf",)), "pdf.stream": (pdf_stream, ("pdf",)),
}


def applicable(klass: str) -> list[tuple[str, str]]:
    """The seeds a mutation class applies to."""
    formats = MUTATORS[klass][1]
    return [(name, kind) for name, kind in SEEDS
            if not formats or name.rsplit(".", 1)[1] in formats]


def generate(rng: random.Random, klass: str | None = None) -> Fuzzed:
    """One mutated input: a class (given or drawn), a seed it applies to, the mutation."""
    klass = klass or rng.choice(sorted(MUTATORS))
    name, kind = rng.choice(applicable(klass))
    data = MUTATORS[klass][0](rng, fixture(name))
    return Fuzzed(klass=klass, seed=name, kind=kind, data=data or b" ")
