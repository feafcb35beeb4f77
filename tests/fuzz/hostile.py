"""Hostile inputs, built from the fixtures: one builder per class of problem a fuzzer found.

Each builder is deterministic and returns the file's bytes; :data:`CASES` names them by class
so the regression test and ``benchmarks/fuzz.py`` run the same reproducers.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True)
class Case:
    """One hostile input: its class, a name, the bytes and the role it plays."""

    klass: str
    name: str
    data: bytes
    kind: str = "resume"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def rebuild_zip(data: bytes, replace: dict[str, bytes | None] | None = None, *,
                compression: int = zipfile.ZIP_DEFLATED,
                methods: dict[str, int] | None = None) -> bytes:
    """``data`` (a ZIP) rewritten: parts replaced or dropped (None), compression changed."""
    replace = replace or {}
    methods = methods or {}
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as out:
        for item in source.infolist():
            content = replace.get(item.filename, source.read(item.filename))
            if content is None:
                continue
            out.writestr(item.filename, content,
                         compress_type=methods.get(item.filename, compression))
        for extra, content in replace.items():
            if extra not in source.namelist() and content is not None:
                out.writestr(extra, content)
    return buffer.getvalue()


def _member_offset(data: bytes, member: str) -> tuple[int, int]:
    """Where ``member``'s compressed bytes start in ``data``, and how many there are."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    start = info.header_offset
    name_len = int.from_bytes(data[start + 26:start + 28], "little")
    extra_len = int.from_bytes(data[start + 28:start + 30], "little")
    return start + 30 + name_len + extra_len, info.compress_size


# --- zip layer ------------------------------------------------------------------------------

def docx_deflate_garbage() -> bytes:
    """Garbage inside word/document.xml's deflate stream: zlib.error while decompressing."""
    data = bytearray(fixture("resume_en.docx"))
    start, size = _member_offset(bytes(data), "word/document.xml")
    for offset in range(start + 2, start + size - 2, 7):
        data[offset] ^= 0xA5
    return bytes(data)


def docx_bzip2_corrupt() -> bytes:
    """A bzip2-compressed part whose stream is broken."""
    data = bytearray(rebuild_zip(fixture("resume_en.docx"),
                                 methods={"word/document.xml": zipfile.ZIP_BZIP2}))
    start, size = _member_offset(bytes(data), "word/document.xml")
    for offset in range(start + 10, start + size - 2, 5):
        data[offset] ^= 0x5A
    return bytes(data)


def docx_bzip2_entries() -> bytes:
    """Every part bzip2-compressed: legal ZIP, unusual for Word."""
    return rebuild_zip(fixture("resume_en.docx"), compression=zipfile.ZIP_BZIP2)


def docx_unknown_method() -> bytes:
    """A part whose compression method number (99, AES) zipfile cannot read."""
    data = bytearray(fixture("resume_en.docx"))
    for marker, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        position = data.find(marker)
        while position != -1:
            data[position + offset:position + offset + 2] = (99).to_bytes(2, "little")
            position = data.find(marker, position + 4)
    return bytes(data)


def docx_encrypted_flag() -> bytes:
    """Every part flagged as encrypted (general purpose bit 0): zipfile wants a password."""
    data = bytearray(fixture("resume_en.docx"))
    for marker, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        position = data.find(marker)
        while position != -1:
            data[position + offset] |= 1
            position = data.find(marker, position + 4)
    return bytes(data)


def docx_absurd_pages() -> bytes:
    """docProps/app.xml with a 5,000-digit page count."""
    app = (b'<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/'
           b'officeDocument/2006/extended-properties"><Pages>' + b"9" * 5000 +
           b"</Pages></Properties>")
    return rebuild_zip(fixture("resume_en.docx"), {"docProps/app.xml": app})


def docx_absurd_columns() -> bytes:
    body = zipfile.ZipFile(io.BytesIO(fixture("resume_en.docx"))).read("word/document.xml")
    body = body.replace(b"</w:body>", b'<w:sectPr><w:cols w:num="' + b"7" * 5000 +
                        b'"/></w:sectPr></w:body>', 1)
    return rebuild_zip(fixture("resume_en.docx"), {"word/document.xml": body})


def docx_no_rels() -> bytes:
    """The package relationships gone: python-docx's package reader fails in odd ways."""
    return rebuild_zip(fixture("resume_en.docx"), {"_rels/.rels": None})


def docx_rels_garbage() -> bytes:
    rels = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            b'openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
            b"</Relationships>")
    return rebuild_zip(fixture("resume_en.docx"), {"_rels/.rels": rels})


def docx_style_cycle() -> bytes:
    """Two styles based on each other, used by the body: an endless walk up the chain."""
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NS}">'
        '<w:style w:type="paragraph" w:styleId="A"><w:name w:val="Alpha"/>'
        '<w:basedOn w:val="B"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="B"><w:name w:val="Beta"/>'
        '<w:basedOn w:val="A"/></w:style>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '<w:basedOn w:val="Normal"/></w:style></w:styles>').encode()
    body = zipfile.ZipFile(io.BytesIO(fixture("resume_en.docx"))).read("word/document.xml")
    body = re.sub(rb'<w:pStyle w:val="[^"]*"/>', b'<w:pStyle w:val="A"/>', body)
    body = body.replace(b"<w:p>", b'<w:p><w:pPr><w:pStyle w:val="B"/></w:pPr>')
    return rebuild_zip(fixture("resume_en.docx"), {"word/styles.xml": styles,
                                                   "word/document.xml": body})


def docx_deep_xml(depth: int = 5000) -> bytes:
    """A body nested ``depth`` content controls deep."""
    body = zipfile.ZipFile(io.BytesIO(fixture("resume_en.docx"))).read("word/document.xml")
    inner = b"<w:p><w:r><w:t>Customer service</w:t></w:r></w:p>"
    nested = b"<w:sdt><w:sdtContent>" * depth + inner + b"</w:sdtContent></w:sdt>" * depth
    body = body.replace(b"<w:body>", b"<w:body>" + nested, 1)
    return rebuild_zip(fixture("resume_en.docx"), {"word/document.xml": body})


def docx_control_chars() -> bytes:
    """Control characters written as XML character references (invalid XML 1.0)."""
    body = zipfile.ZipFile(io.BytesIO(fixture("resume_en.docx"))).read("word/document.xml")
    body = body.replace(b"<w:t>", b"<w:t>&#1;&#x1b;", 3)
    return rebuild_zip(fixture("resume_en.docx"), {"word/document.xml": body})


def docx_element_bomb(count: int = 150_000) -> bytes:
    """150,000 empty paragraphs: under the zip ratio check, costly once parsed (found by the
    fuzzer: 120 MB before the text limit could see it)."""
    body = zipfile.ZipFile(io.BytesIO(fixture("resume_en.docx"))).read("word/document.xml")
    return rebuild_zip(fixture("resume_en.docx"), {"word/document.xml": body.replace(
        b"<w:body>", b"<w:body>" + b"<w:p/>" * count, 1)})


def docx_many_paragraphs(count: int = 40_000) -> bytes:
    body = zipfile.ZipFile(io.BytesIO(fixture("resume_en.docx"))).read("word/document.xml")
    para = b"<w:p><w:r><w:t>Handled customer complaints by phone and e-mail.</w:t></w:r></w:p>"
    body = body.replace(b"<w:body>", b"<w:body>" + para * count, 1)
    return rebuild_zip(fixture("resume_en.docx"), {"word/document.xml": body})


# --- text -----------------------------------------------------------------------------------

def text_nul_and_controls() -> bytes:
    """A few NUL and other control characters in an otherwise normal resume."""
    text = fixture("resume_en.txt").decode()
    lines = text.split("\n")
    lines[1] += "\x00"
    lines[4] = "\x01" + lines[4]
    lines[8] = lines[8] + "\x0b\x7f"
    return "\n".join(lines).encode()


def text_lone_surrogates() -> bytes:
    """Bytes that decode with surrogateescape to lone surrogates: invalid UTF-8 sprinkled in."""
    return fixture("resume_de.txt").replace("ä".encode(), b"\xed\xa0\x80", 3)


def text_long_compound(letters: int = 3900) -> bytes:
    word = ("Kundendienst" + "mitarbeiter" + "schulung" + "beauftragte") * (letters // 42 + 1)
    return (fixture("resume_de.txt").decode() + "\n" + word[:letters].capitalize() + "\n").encode()


def text_long_word_in_entry(letters: int = 20_000) -> bytes:
    """A 20,000-letter compound in a job's period line, where the reader asks whether the
    line names a school ("Berufsschule"): 42 s to read, a regular expression tried at every
    letter (found by the fuzzer, text.long_word)."""
    word = ("Servicemitarbeiter" + "dienst" + "beschwerde" + "schulung") * (letters // 40 + 1)
    data = fixture("resume_et.txt").decode()
    at = data.index("jaanuar 2020 – ") + len("jaanuar 2020 – ")
    return (data[:at] + word[:letters] + " " + data[at:]).encode()


def text_comma_skills(count: int = 90_000) -> bytes:
    return (fixture("resume_en.txt").decode() + "\nSKILLS\n" + "," * count + "\n").encode()


def text_skill_list(count: int = 20_000) -> bytes:
    skills = ["Salesforce", "Zendesk", "conflict resolution", "active listening", "CRM"]
    line = ", ".join(skills[i % len(skills)] for i in range(count))
    return (fixture("resume_en.txt").decode() + "\nSKILLS\n" + line + "\n").encode()


def text_huge_resume(chars: int = 975_000) -> bytes:
    base = fixture("resume_en.txt").decode()
    return (base * (chars // len(base) + 1))[:chars].encode()


def text_one_long_line(chars: int = 900_000) -> bytes:
    words = "customer service complaints Zendesk phone chat "
    return (fixture("resume_en.txt").decode() + "\n" + words * (chars // len(words))).encode()


def text_semicolon_skills(count: int = 100_000) -> bytes:
    """A skills line of semicolons: tailoring split it with a quadratic lookahead (found by
    the fuzzer)."""
    return (fixture("resume_en.txt").decode() + "\nSKILLS\n" + ";" * count + "\n").encode()


def reproducer(name: str) -> bytes:
    """An input the fuzzer found, kept as it was (tests/fuzz/reproducers)."""
    return (Path(__file__).resolve().parent / "reproducers" / name).read_bytes()


def posting_language_line() -> bytes:
    """A requirement line of one phrase repeated, naming languages and levels hundreds of
    times: each was compared with every other (found by the fuzzer: a minute per read)."""
    return reproducer("posting-repeated-language-line.md")


def resume_language_line() -> bytes:
    """The same in a resume's language table: a minute in tailoring (found by the fuzzer);
    later 25 s per extraction, each mention's level compared with every level found before
    (found by the fuzzer again, seed 113)."""
    return reproducer("resume-repeated-language-line.md")


def posting_hyphen_run() -> bytes:
    """A line of 10,000 hyphens: the "years of experience" patterns opening with "[\\w-]*"
    were tried from every hyphen (found by the fuzzer: 5 s per read)."""
    return reproducer("posting-hyphen-run.txt")


def docx_capitalised_run() -> bytes:
    """A text box of "Kontakt" 5,000 times: the "City, ST" pattern retried an unbounded run of
    capitalised words from every word (found by the fuzzer: 9 s per check)."""
    return reproducer("resume-contact-line-run.docx")


def posting_repeated_clauses() -> bytes:
    """A requirement line pasted many times: every skill in it looked back over every clause
    and bracket of the line (found by the fuzzer: 22 s per check)."""
    return reproducer("posting-repeated-clauses.md")


def posting_long_requirement_line() -> bytes:
    """A Word posting whose requirement line holds many skills and clauses: each skill's
    clause was found by scanning the whole line (found by the fuzzer: 11 s per check)."""
    return reproducer("posting-long-requirement-line.docx")


def posting_blank_run() -> bytes:
    """A Danish posting whose requirement line holds a run of 1,000 blanks: the "years of
    experience" pattern had three blank runs in a row to share them out (found by the fuzzer:
    72 s per read)."""
    return reproducer("posting-blank-run.txt")


def docx_relationship_without_type() -> bytes:
    """A Word resume whose relationships lost their Type attribute ("Dype", "Txpe"): read,
    checked, then tailoring failed writing it back (found by the fuzzer: TypeError from
    python-docx)."""
    return reproducer("resume-relationship-without-type.docx")


def docx_styles_relationship_elsewhere() -> bytes:
    """A Word resume whose styles relationship points at a part that holds no styles: read
    failed with AttributeError (found by the fuzzer)."""
    return reproducer("resume-styles-relationship-elsewhere.docx")


def docx_footer_without_content_type() -> bytes:
    """A Word resume whose footer lost its entry in [Content_Types].xml: python-docx loads it
    as a bare binary part, and reading its text failed with AttributeError (found by the
    fuzzer, seed 107)."""
    return reproducer("resume-footer-without-content-type.docx")


def posting_blank_title_line() -> bytes:
    """A Danish Word posting whose first lines were mutated into long runs of blanks: each
    title candidate's dangling-word pattern tried its blank run from every blank (found by
    the fuzzer, seed 163: 22 s per read)."""
    return reproducer("posting-blank-title-line.docx")


def docx_main_part_without_body() -> bytes:
    """A Word resume whose main part holds XML with no w:body (another part's root): reading
    failed with AttributeError on ``document.element.body`` (found by the fuzzer, seed 163)."""
    return reproducer("resume-main-part-without-body.docx")


def resume_repeated_table_rows() -> bytes:
    """An Estonian Markdown resume whose table rows were pasted thousands of times: the
    keyword-stuffing finding compared every paragraph with every mention of a skill (found by
    the fuzzer, seed 113: 6.7 s per check)."""
    return reproducer("resume-repeated-table-rows.md")


def json_long_name() -> bytes:
    """A JSON Resume whose values are thousands of digits, the name among them: tailoring
    wrote it into the new document's title property, which holds 255 characters (found by
    the fuzzer: ValueError)."""
    return reproducer("resume-long-name.json")


def posting_unbroken_requirement_line() -> bytes:
    """An Estonian posting whose requirement "• keskharidus" was pasted 5,000 times into one
    line without a comma: every skill in it searched the whole line for "kasuks"-like
    qualifiers, every education word was tested against all the others (found by the
    fuzzer: 14 s per check, a minute on a loaded machine)."""
    return reproducer("posting-unbroken-requirement-line.txt")


def posting_long_bullet_run() -> bytes:
    """The same class in a Danish Word posting: one text run repeated into a long line
    (found by the fuzzer: 11 s per check)."""
    return reproducer("posting-long-bullet-run.docx")


def resume_repeated_job_line() -> bytes:
    """A German resume with its profile line repeated 5,000 times: every line was read as a
    job title against every occupation label of every language, and stripped of "Lebenslauf"
    with patterns built anew (found by the fuzzer: 7 s per check)."""
    return reproducer("resume-repeated-job-line.txt")


def resume_many_word_lines() -> bytes:
    """A German resume followed by 1,000 lines of its own words shuffled: every topical
    skill found asked spaCy for the document's text, which it joins anew from every token
    (found by the fuzzer: 7 s per check, quadratic)."""
    return reproducer("resume-many-word-lines.txt")


def resume_word_lines(lang: str, count: int = 1000) -> bytes:
    """The same for each language: ``count`` lines of one to twelve of the resume's words."""
    import random

    text = fixture(f"resume_{lang}.txt").decode()
    rng = random.Random(f"word-lines-{lang}")
    words = text.split()
    lines = [" ".join(rng.choices(words, k=rng.randint(1, 12))) for _ in range(count)]
    return (text + "\n" + "\n".join(lines)).encode()


UNBROKEN_LINES = {  # a requirement line of each language's posting, free of clause breaks
    "en": ("posting_en.md", "High school diploma or GED"),
    "de": ("posting_de.html", "Abgeschlossene kaufmännische Ausbildung"),
    "da": ("posting_da.txt", "Du taler og skriver flydende dansk og engelsk"),
    "et": ("posting_et.txt", "keskharidus"),
}
JOB_LINES = {  # a job line of each language's resume
    "en": ("resume_en.txt", "Customer Service Representative | Lakeside Outfitters Inc. | "
                            "Portland, OR | Jan 2020 - Present"),
    "de": ("resume_de_labels.txt", "Praktikantin im Kundenservice\t04.01.2016 – 08.01.2016"),
    "da": ("resume_da.txt", "Kundeservicemedarbejder, Havnens Telekom ApS, Aarhus"),
    "et": ("resume_et.txt", "Klienditeenindaja, Läänemere Side OÜ, Tallinn"),
}
FILL_CHARS = 70_000  # under the 100,000-character limit, so the whole pipeline runs


def posting_unbroken_line(lang: str) -> bytes:
    """A requirement line pasted into itself with bullets and no clause break, ~70,000
    characters: one clause holding thousands of skills."""
    name, line = UNBROKEN_LINES[lang]
    text = fixture(name).decode()
    assert line in text, (name, line)
    chunk = line + " • "
    return text.replace(line, chunk * (FILL_CHARS // len(chunk)), 1).encode()


def resume_job_lines(lang: str) -> bytes:
    """A job line repeated on its own lines, ~70,000 characters: thousands of job titles."""
    name, line = JOB_LINES[lang]
    text = fixture(name).decode()
    assert line in text, (name, line)
    return text.replace(line, "\n".join([line] * (FILL_CHARS // (len(line) + 1))), 1).encode()


def text_spaced_underscores(pairs: int = 45_000) -> bytes:
    """A rule typed as "_ _ _ …": joined back as letter-spacing into one 45,000-character
    token, which spaCy's tokenizer took apart in quadratic time; the rule stripper was
    quadratic in the line too."""
    return ("Dana Morales\nErfahrung" + " _" * pairs + "\nKundenservice, Excel\n").encode()


def letter_unsafe_char_line() -> bytes:
    """A letter with U+FFFE alone on a line: the cleaner kept a blank-after-cleaning line as
    written, so tailoring wrote a character XML cannot hold (found by the fuzzer)."""
    return reproducer("letter-unsafe-char-line.txt")


def resume_unsafe_char_line() -> bytes:
    """The same in a resume, with NUL and U+0001 beside it (found by the fuzzer)."""
    return reproducer("resume-unsafe-char-line.txt")


def letter_repeated_chunk(times: int = 1000) -> bytes:
    chunk = "I handled customer complaints with empathy. "
    return ("Dear hiring team,\n\n" + chunk * times + "\n\nKind regards,\nDana Morales\n").encode()


def text_no_spaces(chars: int = 500_000) -> bytes:
    return (fixture("resume_en.txt").decode() + "\n" + "a" * chars + "\n").encode()


def text_utf16_no_bom() -> bytes:
    return fixture("resume_de.txt").decode().encode("utf-16-le")


def text_cp1257() -> bytes:
    return fixture("resume_et.txt").decode().encode("cp1257", errors="replace")


# --- JSON Resume ----------------------------------------------------------------------------

def json_nested_array(depth: int = 100_000) -> bytes:
    return b'{"basics": {"name": "Dana"}, "work": ' + b"[" * depth + b"]" * depth + b"}"


def json_nested_object(depth: int = 50_000) -> bytes:
    return b'{"basics": ' + b'{"a": ' * depth + b"1" + b"}" * depth + b"}"


def json_nested_shallow(depth: int = 900) -> bytes:
    """Nesting the parser accepts, but str() of it would recurse."""
    return b'{"basics": {"name": ' + b"[" * depth + b"]" * depth + b'}, "work": []}'


def json_superscript_dates() -> bytes:
    data = json.loads(fixture("resume_en.json"))
    for item in data.get("work", []):
        item["startDate"] = "²⁰²⁰-⁰¹"
        item["endDate"] = "٢٠٢١-١٣"
    return json.dumps(data, ensure_ascii=False).encode()


def json_odd_types() -> bytes:
    data = json.loads(fixture("resume_en.json"))
    data["work"] = [{"startDate": ["2020"], "highlights": "not a list", "name": {"x": 1}}, 7]
    data["skills"] = [{"keywords": [None, 1e308, True]}]
    data["basics"]["location"] = ["Tallinn"]
    return json.dumps(data).encode()


def json_control_chars() -> bytes:
    data = json.loads(fixture("resume_en.json"))
    data["basics"]["name"] = "Dana\u0000 Morales\u001b"
    data["basics"]["summary"] = "Friendly\ud800 customer service\udfff representative."
    return json.dumps(data).encode()


def json_huge_month() -> bytes:
    data = json.loads(fixture("resume_en.json"))
    for item in data.get("work", []):
        item["startDate"] = "2020-" + "9" * 5000
        item["endDate"] = "9" * 5000
    return json.dumps(data).encode()


# --- HTML -----------------------------------------------------------------------------------

def html_deep(depth: int = 20_000) -> bytes:
    return ("<!DOCTYPE html><html><body>" + "<div>" * depth + "Kundenservice (m/w/d)"
            + "</div>" * depth + fixture("posting_de.html").decode() + "</body></html>").encode()


def html_unclosed(depth: int = 20_000) -> bytes:
    return ("<!DOCTYPE html><html><body>" + "<span><b>" * depth + "Kundenservice"
            + fixture("posting_de.html").decode()).encode()


def html_comments(count: int = 50_000) -> bytes:
    page = fixture("posting_de.html").decode()
    return page.replace("<body>", "<body>" + "<!-- x -->" * count, 1).encode()


def html_leading_comments(count: int = 50_000) -> bytes:
    return ("<!-- c -->" * count + fixture("posting_de.html").decode()).encode()


def html_unclosed_comment() -> bytes:
    return (fixture("posting_de.html").decode().replace("<body>", "<body><!--", 1)
            + "<p>" * 20_000).encode()


def html_many_tags(count: int = 100_000) -> bytes:
    return ("<!DOCTYPE html><html><body>" + "<p>Kunden</p><br>" * count
            + "</body></html>").encode()


def html_charrefs() -> bytes:
    return fixture("posting_de.html").decode().replace(
        "<h1>", "<h1>&#0;&#1;&#xD800;&#x110000;&#99999999999;", 1).encode()


# --- PDF ------------------------------------------------------------------------------------

def pdf_unsupported_encryption() -> bytes:
    """Encrypted with a security handler pypdf does not implement (/Filter /FOPN_foweb)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(FIXTURES / "resume_et.pdf").pages:
        writer.add_page(page)
    writer.encrypt(user_password="", owner_password="x", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue().replace(b"/Filter /Standard", b"/Filter /FOPN_foweb")


def pdf_encrypted_v5() -> bytes:
    """An encryption dictionary with a revision pypdf does not know (/V 9 /R 9)."""
    data = pdf_unsupported_encryption().replace(b"/FOPN_foweb", b"/Standard")
    return re.sub(rb"/V \d+", b"/V 9", re.sub(rb"/R \d+", b"/R 9", data))


def pdf_text_bomb(repeat: int = 200_000) -> bytes:
    """A small, compressed content stream that draws megabytes of text."""
    import zlib

    line = b"BT /F1 1 Tf 10 10 Td (Kundenservice Beratung Telefon) Tj ET\n"
    stream = zlib.compress(line * repeat, 9)
    return _pdf_with_stream(stream, b"/Filter /FlateDecode ")


def pdf_many_ops(repeat: int = 300_000) -> bytes:
    """Hundreds of thousands of tiny show-text operators (one character each)."""
    import zlib

    stream = zlib.compress(b"BT /F1 1 Tf " + b"(a) Tj " * repeat + b"ET\n", 9)
    return _pdf_with_stream(stream, b"/Filter /FlateDecode ")


def _pdf_with_stream(stream: bytes, filters: bytes, *, lead: bytes = b"",
                     led: int = 0) -> bytes:
    """A one-page PDF drawing ``stream``; with ``lead``, those bytes stand before object
    ``led`` and the xref points at them (an offset that missed its object)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< " + filters + b"/Length " + str(len(stream)).encode() + b" >>\nstream\n"
        + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        if number == led:
            out.write(lead)
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def pdf_one_line_of_glyphs(repeat: int = 4000) -> bytes:
    """Thousands of glyphs on one line: a quadratic search for spaces between them (found
    by the fuzzer)."""
    import zlib

    stream = b"BT /F1 1 Tf " + b"[(Service) -250 (team)] TJ " * repeat + b" ET"
    return _pdf_with_stream(zlib.compress(stream, 9), b"/Filter /FlateDecode ")


def pdf_cheap_operators(repeat: int = 470_000) -> bytes:
    """Instructions that draw nothing ("q Q"), a million of them: time without output."""
    import zlib

    return _pdf_with_stream(zlib.compress(b"q Q\n" * repeat, 9), b"/Filter /FlateDecode ")


def pdf_flate_bomb(megabytes: int = 200) -> bytes:
    """A 200 kB content stream that inflates to 200 MB: refused before pdfminer inflates it."""
    import zlib

    deflate = zlib.compressobj(9)
    parts = [deflate.compress(b"q Q ")]
    parts += [deflate.compress(b" " * 1_000_000) for _ in range(megabytes)]
    parts.append(deflate.flush())
    return _pdf_with_stream(b"".join(parts), b"/Filter /FlateDecode ")


def pdf_glyph_crowd(repeat: int = 20_000) -> bytes:
    """20,000 one-letter show-text operators, inside every limit: read, each glyph an object
    of pdfminer's (about 1 kB each: 45 MB for the 50,000 the limits let through, found by
    the fuzzer as a 305 MB worker)."""
    import zlib

    stream = zlib.compress(b"BT /F1 1 Tf " + b"(a) Tj " * repeat + b"ET\n", 9)
    return _pdf_with_stream(stream, b"/Filter /FlateDecode ")


def pdf_unclosed_object(tokens: int = 300_000) -> bytes:
    """A trailer dictionary that runs on for 300,000 tokens, as a duplicated chunk made one
    (found by the fuzzer: a 4 MB PDF whose object never closed held a million tokens, 120 MB
    and 3 s in pdfminer's parser before it gave up at the end of the file)."""
    data = fixture("resume_de_gdocs.pdf")
    at = data.index(b"trailer\n<<") + len(b"trailer\n<<")
    return data[:at] + b" 0" * tokens + data[at:]


def pdf_offset_into_tokens(tokens: int = 300_000) -> bytes:
    """The font's offset points 300,000 tokens before its object: pdfminer searches token by
    token for the "obj" keyword of an offset that missed (found by the fuzzer: offsets moved
    into a duplicated chunk of a font, each of 13 lookups reading on to the end of a 4 MB
    file, 1.2 million tokens and 5 s)."""
    return _pdf_with_stream(b"BT /F1 12 Tf 72 720 Td (Kundenservice) Tj ET", b"",
                            lead=b" 0" * tokens, led=5)


def pdf_unclosed_string(brackets: int = 100_000) -> bytes:
    """A trailer string whose bracket never closes, with 100,000 brackets inside: pdfminer
    copies the growing string at each one (found by the fuzzer: 31 s for a 4 MB PDF whose
    duplicated chunk of a font opened a string)."""
    data = fixture("resume_de_gdocs.pdf")
    at = data.index(b"trailer\n<<") + len(b"trailer\n<<")
    return data[:at] + b" /Title (" + b"a(" * brackets + data[at:]


def pdf_repaired_objects(copies: int = 700) -> bytes:
    """A file without its xref, holding 70,000 small objects: pdfminer's repair reads every
    object it finds, 560,000 tokens (found by the fuzzer: 1,000 copies of a chunk of objects,
    400,000 tokens and 4 s)."""
    data = fixture("resume_de_gdocs.pdf").replace(b"startxref", b"startxrex")
    chunk = b"".join(b"%d 0 obj [0 0] endobj\n" % (100_000 + i) for i in range(100))
    at = data.index(b"\n") + 1
    return data[:at] + chunk * copies + data[at:]


def pdf_blank_table_rows() -> bytes:
    """A page of two columns (dates, then what happened) ending in rows of spaces only, as a
    real PDF's empty table rows are (a UML data model's revision history in pypdf's sample
    PDFs): the rows of no pieces ended in an IndexError."""
    ops = [b"BT /F1 10 Tf"]
    for row in range(8):
        y = 760 - 18 * row
        ops.append(b"1 0 0 1 77 %d Tm (March 20%02d) Tj" % (y, row))
        ops.append(b"1 0 0 1 221 %d Tm (Draft version after review number %d) Tj" % (y, row))
    ops += [b"1 0 0 1 77 616 Tm (   ) Tj", b"1 0 0 1 77 598 Tm (   ) Tj", b"ET"]
    return _pdf_with_stream(b"\n".join(ops), b"")


def pdf_deep_objects(depth: int = 50_000) -> bytes:
    return _pdf_with_stream(b"BT (x) Tj ET", b"/Deep " + b"[" * depth + b"]" * depth + b" ")


Builder = Callable[[], bytes]
CASES: dict[str, tuple[str, str, Builder]] = {
    # name: (class, role, builder)
    "docx_deflate_garbage": ("zip", "resume", docx_deflate_garbage),
    "docx_bzip2_corrupt": ("zip", "resume", docx_bzip2_corrupt),
    "docx_bzip2_entries": ("zip", "resume", docx_bzip2_entries),
    "docx_unknown_method": ("zip", "resume", docx_unknown_method),
    "docx_encrypted_flag": ("zip", "resume", docx_encrypted_flag),
    "docx_absurd_pages": ("docx", "resume", docx_absurd_pages),
    "docx_absurd_columns": ("docx", "resume", docx_absurd_columns),
    "docx_no_rels": ("docx", "resume", docx_no_rels),
    "docx_rels_garbage": ("docx", "resume", docx_rels_garbage),
    "docx_style_cycle": ("docx", "resume", docx_style_cycle),
    "docx_deep_xml": ("docx", "resume", docx_deep_xml),
    "docx_control_chars": ("docx", "resume", docx_control_chars),
    "docx_many_paragraphs": ("docx", "resume", docx_many_paragraphs),
    "docx_element_bomb": ("docx", "resume", docx_element_bomb),
    "docx_relationship_without_type": ("docx", "resume", docx_relationship_without_type),
    "docx_styles_relationship_elsewhere": ("docx", "resume", docx_styles_relationship_elsewhere),
    "docx_footer_without_content_type": ("docx", "resume", docx_footer_without_content_type),
    "docx_main_part_without_body": ("docx", "resume", docx_main_part_without_body),
    "posting_blank_title_line": ("docx", "posting", posting_blank_title_line),
    "text_nul_and_controls": ("unicode", "resume", text_nul_and_controls),
    "text_lone_surrogates": ("unicode", "resume", text_lone_surrogates),
    "text_utf16_no_bom": ("unicode", "resume", text_utf16_no_bom),
    "text_cp1257": ("unicode", "resume", text_cp1257),
    "letter_unsafe_char_line": ("unicode", "letter", letter_unsafe_char_line),
    "resume_unsafe_char_line": ("unicode", "resume", resume_unsafe_char_line),
    "text_long_compound": ("size", "resume", text_long_compound),
    "text_long_word_in_entry": ("size", "resume", text_long_word_in_entry),
    "text_comma_skills": ("size", "resume", text_comma_skills),
    "text_skill_list": ("size", "resume", text_skill_list),
    "text_semicolon_skills": ("size", "resume", text_semicolon_skills),
    "text_huge_resume": ("size", "resume", text_huge_resume),
    "text_one_long_line": ("size", "resume", text_one_long_line),
    "text_no_spaces": ("size", "resume", text_no_spaces),
    "letter_repeated_chunk": ("size", "letter", letter_repeated_chunk),
    "posting_language_line": ("size", "posting", posting_language_line),
    "posting_hyphen_run": ("size", "posting", posting_hyphen_run),
    "posting_blank_run": ("size", "posting", posting_blank_run),
    "text_spaced_underscores": ("size", "resume", text_spaced_underscores),
    "posting_repeated_clauses": ("size", "posting", posting_repeated_clauses),
    "posting_long_requirement_line": ("size", "posting", posting_long_requirement_line),
    "docx_capitalised_run": ("size", "resume", docx_capitalised_run),
    "resume_language_line": ("size", "resume", resume_language_line),
    "resume_repeated_table_rows": ("size", "resume", resume_repeated_table_rows),
    "posting_unbroken_requirement_line": ("size", "posting", posting_unbroken_requirement_line),
    "posting_long_bullet_run": ("size", "posting", posting_long_bullet_run),
    "resume_repeated_job_line": ("size", "resume", resume_repeated_job_line),
    "resume_many_word_lines": ("size", "resume", resume_many_word_lines),
    **{f"resume_word_lines_{lang}": ("size", "resume", partial(resume_word_lines, lang))
       for lang in ("en", "de", "da", "et")},
    **{f"posting_unbroken_line_{lang}": ("size", "posting", partial(posting_unbroken_line, lang))
       for lang in UNBROKEN_LINES},
    **{f"resume_job_lines_{lang}": ("size", "resume", partial(resume_job_lines, lang))
       for lang in JOB_LINES},
    "json_nested_array": ("json", "resume", json_nested_array),
    "json_nested_object": ("json", "resume", json_nested_object),
    "json_nested_shallow": ("json", "resume", json_nested_shallow),
    "json_superscript_dates": ("json", "resume", json_superscript_dates),
    "json_odd_types": ("json", "resume", json_odd_types),
    "json_control_chars": ("json", "resume", json_control_chars),
    "json_huge_month": ("json", "resume", json_huge_month),
    "json_long_name": ("json", "resume", json_long_name),
    "html_deep": ("html", "posting", html_deep),
    "html_unclosed": ("html", "posting", html_unclosed),
    "html_comments": ("html", "posting", html_comments),
    "html_leading_comments": ("html", "posting", html_leading_comments),
    "html_unclosed_comment": ("html", "posting", html_unclosed_comment),
    "html_many_tags": ("html", "posting", html_many_tags),
    "html_charrefs": ("html", "posting", html_charrefs),
    "pdf_unsupported_encryption": ("pdf", "resume", pdf_unsupported_encryption),
    "pdf_encrypted_v5": ("pdf", "resume", pdf_encrypted_v5),
    "pdf_text_bomb": ("pdf", "resume", pdf_text_bomb),
    "pdf_many_ops": ("pdf", "resume", pdf_many_ops),
    "pdf_deep_objects": ("pdf", "resume", pdf_deep_objects),
    "pdf_unclosed_object": ("pdf", "resume", pdf_unclosed_object),
    "pdf_offset_into_tokens": ("pdf", "resume", pdf_offset_into_tokens),
    "pdf_unclosed_string": ("pdf", "resume", pdf_unclosed_string),
    "pdf_repaired_objects": ("pdf", "resume", pdf_repaired_objects),
    "pdf_blank_table_rows": ("pdf", "resume", pdf_blank_table_rows),
    "pdf_glyph_crowd": ("pdf", "resume", pdf_glyph_crowd),
    "pdf_one_line_of_glyphs": ("pdf", "resume", pdf_one_line_of_glyphs),
    "pdf_cheap_operators": ("pdf", "resume", pdf_cheap_operators),
    "pdf_flate_bomb": ("pdf", "resume", pdf_flate_bomb),
}


def case(name: str) -> Case:
    klass, kind, builder = CASES[name]
    return Case(klass=klass, name=name, data=builder(), kind=kind)
