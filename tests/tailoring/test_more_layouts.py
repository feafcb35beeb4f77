"""`tailor` on the files Google Docs, LibreOffice Writer and Word's design templates write
(tests/tailoring/more_layouts.py), in all four languages: what the tool did not edit is
byte for byte what the applicant wrote, the change list is the written difference, and a
skill keeps its own link, smart tag, comment and non-breaking spaces when it moves."""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from datetime import date
from functools import cache

import pytest
from lxml import etree

from resume_helper.documents import read_document
from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.tailoring import tailor

from .layouts import PEOPLE
from .real_layouts import REAL_LAYOUTS, build_any

TODAY = date(2026, 12, 2)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCUMENT_CHANGES = ("edited", "reordered", "added", "moved", "removed")


@cache
def _run(lang: str, layout: str, accept: str):
    person = PEOPLE[lang]
    source = build_any(lang, layout)
    return source, tailor(source, person["posting"].encode(), letter=person["letter"].encode(),
                          today=TODAY, accept=accept)


def _paragraphs(data: bytes, part: str = "word/document.xml") -> list[etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read(part))
    return list(root.iter(f"{W}p"))


def _xml(paragraph: etree._Element) -> bytes:
    """A paragraph's XML without the section break it ends: the break belongs to its place
    (the end of a two-column part) and stays there when the skills change order."""
    copy = etree.fromstring(etree.tostring(paragraph))
    for section in copy.findall(f"{W}pPr/{W}sectPr"):
        section.getparent().remove(section)
    return etree.tostring(copy)


def _text(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t")).replace(
        "\xa0", " ").replace("\xad", "")


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
@pytest.mark.parametrize("layout", REAL_LAYOUTS)
def test_what_tailor_did_not_edit_is_byte_identical(lang: str, layout: str) -> None:
    """Every paragraph whose text no change names comes back as the same XML (text, runs,
    formatting, marks; a section break stays with its place); the change list is exactly
    the difference of the read texts."""
    source, result = _run(lang, layout, "all")
    changes = [c for c in result.changes if c.kind in DOCUMENT_CHANGES]
    named = {text for c in changes for text in (c.before, c.after) if text}
    written = Counter(_xml(p) for p in _paragraphs(result.resume_docx))
    for paragraph in _paragraphs(source):
        xml = _xml(paragraph)
        if written[xml]:
            written[xml] -= 1
            continue
        text = _text(paragraph).strip()
        assert not text or any(text in name or name in text for name in named), text
    before = Counter(p.text for p in read_document(source, kind="resume").paragraphs)
    after = Counter(p.text for p in read_document(result.resume_docx,
                                                  kind="resume").paragraphs)
    for text in before - after:
        assert any(c.before == text for c in changes), text
    for text in after - before:
        assert any(c.after == text for c in changes), text


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_a_moved_skill_keeps_its_link_tags_and_comment(lang: str) -> None:
    """The skills line is reordered by moving each skill's runs: the hyperlink still says
    the product it links to, every smart tag and custom XML element holds one whole skill,
    and the comment still opens before it closes."""
    person = PEOPLE[lang]
    skills = set(person["skills"])
    source, result = _run(lang, "marked_skills_line", "safe")
    line = next(p for p in _paragraphs(result.resume_docx)
                if p.find(f".//{W}hyperlink") is not None)
    original = next(p for p in _paragraphs(source) if p.find(f".//{W}hyperlink") is not None)
    assert _text(line) != _text(original)  # the reorder was written
    assert [_text(link) for link in line.iter(f"{W}hyperlink")] == ["Salesforce"]
    for tag in ("smartTag", "customXml"):
        held = [_text(element) for element in line.iter(f"{W}{tag}")]
        assert held
        # one whole skill each, the posting's term added after it where it stood last
        assert all(text.split(" (")[0] in skills for text in held), held
    order = list(line.iter())
    start = next(line.iter(f"{W}commentRangeStart"))
    end = next(line.iter(f"{W}commentRangeEnd"))
    assert order.index(start) < order.index(end)


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_skills_on_lines_of_one_paragraph_take_the_new_order(lang: str) -> None:
    """LibreOffice users type the skills one per line (line breaks in one paragraph): the
    accepted reorder is written there, the non-breaking space of "MS Office" moves with it
    and no soft hyphen is left behind in a word it did not belong to."""
    source, result = _run(lang, "libreoffice_writer", "safe")
    reorder = next(s for s in result.plan.accepted() if s.kind == "reorder" and s.order
                   and s.proof.split(" · ")[0] == PEOPLE[lang]["skills"][0])
    written = [p.text for p in read_document(result.resume_docx, kind="resume").paragraphs]
    wanted = reorder.after.split(" · ")
    at = written.index(wanted[0])
    lines = written[at:at + len(wanted)]
    assert [line.split(" (")[0] for line in lines] == wanted  # a term may follow a skill
    line = next(p for p in _paragraphs(result.resume_docx) if p.find(f".//{W}br") is not None
                and _text(p).replace(" ", "").startswith(wanted[0].replace(" ", "")[:5]))
    texts = [t.text or "" for t in line.iter(f"{W}t")]
    if any("MS Office" in skill for skill in PEOPLE[lang]["skills"]):
        assert "MS\xa0Office" in texts
    for hyphen in line.iter(f"{W}softHyphen"):
        before, after = hyphen.getprevious(), hyphen.getnext()
        word = (before.text or "") + (after.text or "")
        assert word in PEOPLE[lang]["skills"], word


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_a_letter_with_its_letterhead_in_a_header_table_gives_the_same_letter(
        lang: str) -> None:
    """A Word letter template keeps the sender's name and address in a table in the page
    header: the tailored letter is the one the same letter as plain text gives (named
    greeting, sender, nothing from the letterhead lost or doubled)."""
    from docx import Document

    from .more_layouts import build_letter_header_table

    person = PEOPLE[lang]
    resume = build_any(lang, "plain")
    letters = [tailor(resume, person["posting"].encode(), letter=letter, today=TODAY)
               for letter in (person["letter"].encode(), build_letter_header_table(lang))]
    plain, templated = ([p.text for p in Document(io.BytesIO(r.letter_docx)).paragraphs]
                        for r in letters)
    assert templated == plain
    greeting = next(p.text for p in read_document(person["letter"].encode(),
                                                  kind="letter").paragraphs
                    if p.section == "greeting")
    assert greeting in templated


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
@pytest.mark.parametrize("layout", ["plain", "two_column", "google_docs", "libreoffice_writer",
                                    "modern_template", "marked_skills_line"])
def test_a_profile_fills_an_empty_summary_heading(lang: str, layout: str) -> None:
    """A template's Profile heading over nothing gets the profile under it: no second
    summary heading above it, and nothing written into the sidebar's heading shape."""
    person = dict(PEOPLE[lang], summary="")
    source = build_any(lang, layout, person=person)
    result = tailor(source, person["posting"].encode(), today=TODAY, accept="all")
    assert result.plan.profile
    summaries = read_document(result.resume_docx, kind="resume").sections_of("summary")
    assert [s.heading for s in summaries] == [person["headings"]["summary"]]
    assert [p.text for p in summaries[0].content] == [result.plan.profile]
    with zipfile.ZipFile(io.BytesIO(result.resume_docx)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    for box in root.iter(f"{W}txbxContent"):
        assert result.plan.profile not in _text(box)


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_a_linked_skill_in_a_table_cell_takes_its_link_along(lang: str) -> None:
    """Skills one per cell (a Google Docs template's table) change places with their runs:
    the link to the product's site still says the product, and the reorder was written."""
    source, result = _run(lang, "google_docs", "safe")
    links = [_text(link) for p in _paragraphs(result.resume_docx)
             for link in p.iter(f"{W}hyperlink")]
    assert links == [PEOPLE[lang]["contact"][-1], "Salesforce"]
    assert any(c.kind == "moved" and c.after in PEOPLE[lang]["skills"]
               for c in result.changes)


@pytest.mark.parametrize("seed", range(40))
def test_moving_items_writes_the_new_order_or_leaves_the_line_alone(seed: int) -> None:
    """Skills lines cut into runs at random places, with a link, a smart tag and marks
    around random items: moving the items writes exactly the new order, each container
    still holds one whole item, or the line is left untouched for the text rewrite."""
    import random

    from docx.oxml import parse_xml

    from resume_helper.tailoring.docx_edit import paragraph_text
    from resume_helper.tailoring.docx_items import move_items

    chance = random.Random(seed)
    items = chance.sample(["Salesforce", "SAP", "MS Office", "Zendesk", "Excel (advanced)",
                           "conflict resolution", "empathy", "data entry"], 5)
    separator = chance.choice([", ", " · ", "; "])
    line = separator.join(items)
    cuts = sorted(chance.sample(range(1, len(line)), 6))
    pieces = [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
    runs = "".join(f'<w:r><w:t xml:space="preserve">{piece}</w:t></w:r>'
                   + ('<w:proofErr w:type="spellEnd"/>' if chance.random() < 0.3 else "")
                   for piece in pieces)
    wrapped = chance.choice(items)
    if chance.random() < 0.25:  # a link around two items: they cannot move apart
        at = chance.randrange(len(items) - 1)
        wrapped = items[at] + separator + items[at + 1]
    if chance.random() < 0.75:  # the link: rebuild the line around it
        before, after = line.split(wrapped, 1)
        runs = (f'<w:r><w:t xml:space="preserve">{before}</w:t></w:r>' if before else "") + (
            f'<w:hyperlink w:history="1"><w:r><w:t>{wrapped}</w:t></w:r></w:hyperlink>') + (
            f'<w:r><w:t xml:space="preserve">{after}</w:t></w:r>' if after else "")
    paragraph = parse_xml(f'<w:p xmlns:w="{W[1:-1]}">{runs}</w:p>')
    original = etree.tostring(paragraph)
    order = chance.sample(items, len(items))
    moved = move_items(paragraph, line, separator.join(order))
    if separator in wrapped and '<w:hyperlink' in runs:
        assert not moved  # the link would have to be cut
    if not moved:
        assert etree.tostring(paragraph) == original
        return
    assert paragraph_text(paragraph) == separator.join(order)
    for link in paragraph.iter(f"{W}hyperlink"):
        assert _text(link) == wrapped


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_a_bullet_with_a_soft_hyphen_is_edited_and_keeps_it(lang: str) -> None:
    """A soft hyphen typed inside a word (U+00AD) is no letter to the reader: the bullet is
    found and edited as planned, and the word keeps its soft hyphen."""
    from .more_layouts import SOFT_HYPHEN

    plain, hyphenated = SOFT_HYPHEN[lang]
    source, result = _run(lang, "modern_template", "all")
    edited = [c.after for c in result.changes if c.kind == "edited" and plain in c.before]
    assert edited
    written = read_document(result.resume_docx, kind="resume")
    assert all(text in [p.text for p in written.paragraphs] for text in edited)
    with zipfile.ZipFile(io.BytesIO(result.resume_docx)) as archive:
        assert hyphenated in archive.read("word/document.xml").decode()
