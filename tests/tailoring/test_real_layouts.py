"""`tailor` on the Word layouts applicants bring (tests/tailoring/real_layouts.py), in all
four languages: the markup around the text (tables, content controls, text boxes and their
VML copies, hyperlinks and fields, tracked changes and comments, section breaks and
columns, headers, footers and footnotes) comes back as it was; every accepted edit lands
where its text sits; LibreOffice opens the result and counts its pages."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections import Counter
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from resume_helper.documents import read_document
from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.tailoring import tailor
from resume_helper.tailoring.core import _applied

from .layouts import PEOPLE
from .real_layouts import REAL_LAYOUTS, build_any

TODAY = date(2026, 12, 2)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
CASES = [(lang, layout) for lang in SUPPORTED_LANGUAGES for layout in REAL_LAYOUTS]
# The markup tailoring must leave as it found it, whatever it edits.
KEPT = ("tbl", "tr", "tc", "sdt", "dataBinding", "hyperlink", "fldSimple", "fldChar",
        "instrText", "ins", "del", "delText", "pPrChange", "commentRangeStart",
        "commentRangeEnd", "commentReference", "footnoteReference", "sectPr", "cols", "numPr",
        "bookmarkStart", "proofErr", "txbxContent", "drawing", "pict", "tab", "pStyle",
        "rStyle")
OTHER_PARTS = re.compile(r"word/(header|footer)\d*\.xml|word/(footnotes|comments)\.xml")


@cache
def _run(lang: str, layout: str, accept: str):
    person = PEOPLE[lang]
    source = build_any(lang, layout)
    result = tailor(source, person["posting"].encode(), letter=person["letter"].encode(),
                    today=TODAY, accept=accept)
    return source, result


def _tailor_without_summary(lang: str, layout: str):
    """``layout`` built without a summary, and ``tailor`` on it with every suggestion
    accepted: a profile is written (asserted), so it must find a place of its own."""
    person = dict(PEOPLE[lang], summary="")
    source = build_any(lang, layout, person=person)
    result = tailor(source, person["posting"].encode(), today=TODAY, accept="all")
    assert result.plan.profile
    return source, result


def _parts(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: etree.fromstring(archive.read(name)) for name in archive.namelist()
                if name == "word/document.xml" or OTHER_PARTS.fullmatch(name)}


def _count(root: etree._Element) -> Counter:
    found = Counter()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith(W):
            name = element.tag[len(W):]
            if name in KEPT:
                found[name] += 1
        elif element.tag == f"{MC}AlternateContent":
            found["AlternateContent"] += 1
    return found


def _texts(root: etree._Element) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p")]


@pytest.mark.parametrize(("lang", "layout"), CASES)
@pytest.mark.parametrize("accept", ["safe", "all"])
def test_the_markup_around_the_text_is_kept(lang: str, layout: str, accept: str) -> None:
    source, result = _run(lang, layout, accept)
    before, after = _parts(source), _parts(result.resume_docx)
    assert set(before) == set(after)
    added = 2 if accept == "all" else 0  # a new profile may bring its heading
    for name, root in before.items():
        kept, now = _count(root), _count(after[name])
        if added:  # a copied paragraph style or run style for the new paragraphs
            now["pStyle"] = min(now["pStyle"], kept["pStyle"])
            now["rStyle"] = min(now["rStyle"], kept["rStyle"])
        assert now == kept, name
        if name != "word/document.xml":  # headers, footers, comments, footnotes: untouched
            assert _texts(after[name]) == _texts(root), name


@pytest.mark.parametrize(("lang", "layout"), CASES)
def test_every_accepted_edit_lands_where_its_text_sits(lang: str, layout: str) -> None:
    source, result = _run(lang, layout, "all")
    original = read_document(source, kind="resume")
    written = read_document(result.resume_docx, kind="resume")
    texts = [p.text for p in written.paragraphs]
    accepted = result.plan.accepted()
    assert accepted
    for suggestion in accepted:
        assert _applied(suggestion, result.plan, original, texts), suggestion
    for paragraph in original.paragraphs:
        assert result.plan.text_of(paragraph) in texts, paragraph.text
    # every section and heading of the original is still there, in its order
    assert [(s.kind, s.heading) for s in original.sections] == \
        [(s.kind, s.heading) for s in written.sections]
    assert written.fonts == original.fonts
    assert {p.style for p in original.paragraphs} <= {p.style for p in written.paragraphs}


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_both_copies_of_a_text_box_say_the_same(lang: str) -> None:
    for accept in ("safe", "all"):
        source, result = _run(lang, "textbox_fallback", accept)
        root = _parts(result.resume_docx)["word/document.xml"]
        boxes = list(root.iter(f"{MC}AlternateContent"))
        assert boxes
        for box in boxes:
            choice = _texts(box.find(f"{MC}Choice"))
            assert choice == _texts(box.find(f"{MC}Fallback"))
        edited = _texts(boxes[0].find(f"{MC}Choice"))
        original = _texts(_parts(source)["word/document.xml"].find(f".//{MC}Choice"))
        assert edited != original  # the sidebar's skills were reordered


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_section_breaks_stay_where_the_columns_change(lang: str) -> None:
    """The skills fill the two-column section before and after their reorder."""
    for accept in ("safe", "all"):
        source, result = _run(lang, "columns_numbered", accept)
        sections = []
        for data in (source, result.resume_docx):
            root = _parts(data)["word/document.xml"]
            parts, current = [], []
            for paragraph in root.iter(f"{W}p"):
                current.append("".join(t.text or "" for t in paragraph.iter(f"{W}t")))
                if paragraph.find(f"{W}pPr/{W}sectPr") is not None:
                    parts.append(current)
                    current = []
            sections.append(parts + [current])
        old, new = sections
        assert len(old) == len(new) == 3
        assert len(new[1]) == len(old[1])  # the columns hold the skills, every one
        skills = PEOPLE[lang]["skills"]
        assert all(any(text.startswith(skill) for text in new[1]) for skill in skills)
        assert new[2] == old[2]


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_text_the_reviewer_deleted_stays_deleted(lang: str) -> None:
    from .real_layouts import DELETED_SKILL

    _, result = _run(lang, "tracked_comments", "all")
    assert DELETED_SKILL[lang] not in read_document(result.resume_docx).text
    root = _parts(result.resume_docx)["word/document.xml"]
    deleted = "".join(t.text or "" for t in root.iter(f"{W}delText"))
    assert DELETED_SKILL[lang] in deleted


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_a_bound_name_stays_bound_and_edited_controls_do_not(lang: str) -> None:
    _, result = _run(lang, "content_controls", "all")
    root = _parts(result.resume_docx)["word/document.xml"]
    bound = [sdt for sdt in root.iter(f"{W}sdt")
             if sdt.find(f"{W}sdtPr/{W}dataBinding") is not None]
    assert len(bound) == 1
    assert "".join(t.text for t in bound[0].iter(f"{W}t")) == PEOPLE[lang]["name"]


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_a_europass_profile_gets_a_row_of_its_own(lang: str) -> None:
    """Without a personal statement, the profile is a new row: the heading in the label
    column, the text in the content column, as every other section of the CV."""
    from resume_helper.tailoring.language import tailor_data

    source, result = _tailor_without_summary(lang, "europass")
    rows = {}
    for name, data in (("before", source), ("after", result.resume_docx)):
        table = _parts(data)["word/document.xml"].find(f".//{W}tbl")
        rows[name] = [[_texts(cell) for cell in row.findall(f"{W}tc")]
                      for row in table.findall(f"{W}tr")]
    assert len(rows["after"]) == len(rows["before"]) + 1
    new = next(row for row in rows["after"] if row not in rows["before"])
    assert new[0] == [tailor_data(lang)["headings"]["summary"]]
    assert new[-1] == [result.plan.profile]
    written = read_document(result.resume_docx, kind="resume")
    assert [p.text for s in written.sections_of("summary") for p in s.content] == \
        [result.plan.profile]


@pytest.mark.parametrize("lang", ["de", "et"])
def test_a_non_breaking_space_moves_with_its_words(lang: str) -> None:
    """"MS<NBSP>Office" in a reordered skills line stays unbroken where it lands."""
    _, result = _run(lang, "fields_and_links", "safe")
    assert any(c.kind == "reordered" and "MS Office" in c.after for c in result.changes)
    root = _parts(result.resume_docx)["word/document.xml"]
    assert any("MS\u00a0Office" in text for text in _texts(root))


def test_an_edit_across_a_tab_and_a_non_breaking_space_lands() -> None:
    """The reader sees a tab as "\\t" and a non-breaking space as a space; the edit is found
    in that text and written back with the tab element and the space kept."""
    from docx.oxml import parse_xml

    from resume_helper.tailoring.docx_edit import paragraph_text, replace_text

    paragraph = parse_xml(
        f'<w:p xmlns:w="{W[1:-1]}"><w:r><w:t>Kundenberaterin</w:t><w:tab/>'
        '<w:t>04/2020 – heute</w:t></w:r><w:r><w:t>MS\u00a0Of</w:t></w:r><w:r><w:rPr>'
        '<w:b/></w:rPr><w:t>fice</w:t></w:r></w:p>')
    assert replace_text(paragraph, "MS Office", "MS Office (Office-Anwendungen)")
    assert paragraph_text(paragraph) == \
        "Kundenberaterin\t04/2020 – heuteMS Office (Office-Anwendungen)"
    assert "MS\u00a0Of" in "".join(t.text for t in paragraph.iter(f"{W}t"))
    assert replace_text(paragraph, "Kundenberaterin\t04/2020", "04/2020\tKundenberaterin")
    assert paragraph_text(paragraph).startswith("04/2020\tKundenberaterin – heute")
    assert len(paragraph.findall(f".//{W}tab")) == 1


def _pdf_texts(documents: list[bytes]) -> list[str]:
    """The text LibreOffice lays out for each document, converted in one start."""
    from pypdf import PdfReader

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice (soffice) is not installed; scripts/check.sh installs "
                    "libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / f"cv-{n}.docx" for n in range(len(documents))]
        for path, data in zip(paths, documents, strict=True):
            path.write_bytes(data)
        subprocess.run([soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", folder, *map(str, paths)],
                       check=True, capture_output=True, timeout=300)
        texts = []
        for path in paths:
            pdf = path.with_suffix(".pdf")
            assert pdf.is_file(), f"LibreOffice wrote no PDF for {path.name}"
            text = "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
            texts.append(" ".join(text.replace("-\n", "-").split()))
        return texts


@pytest.mark.libreoffice
@pytest.mark.parametrize("layout", REAL_LAYOUTS)
def test_libreoffice_opens_every_tailored_layout(layout: str) -> None:
    results = [_run(lang, layout, "all")[1] for lang in SUPPORTED_LANGUAGES]
    texts = _pdf_texts([r.resume_docx for r in results])
    for result, text in zip(results, texts, strict=True):
        edited = [c.after for c in result.changes if c.kind in ("edited", "reordered",
                                                                 "added")]
        assert edited
        for change in edited:
            # words, not punctuation: a tracked deletion LibreOffice shows struck through
            # may stand between a word and its comma
            assert all(word.strip(",.;:") in text for word in change.split()), change


@pytest.mark.libreoffice
@pytest.mark.parametrize("layout", REAL_LAYOUTS)
def test_the_page_count_note_reads_every_layout(layout: str) -> None:
    """LibreOffice counts the pages of the original and the tailored file; the note says
    so exactly when the tailored one is longer."""
    from resume_helper.tailoring.pages import page_counts

    lang = SUPPORTED_LANGUAGES[REAL_LAYOUTS.index(layout) % len(SUPPORTED_LANGUAGES)]
    person = PEOPLE[lang]
    source = build_any(lang, layout)
    result = tailor(source, person["posting"].encode(), today=TODAY, accept="all",
                    count_pages=True)
    before, after = page_counts(source, result.resume_docx)
    assert before is not None
    assert after is not None
    noted = [c for c in result.changes if c.kind == "page_longer"]
    assert bool(noted) == (after > before)


@pytest.mark.libreoffice
def test_libreoffice_lays_out_a_new_europass_row() -> None:
    results = [_tailor_without_summary(lang, "europass")[1] for lang in SUPPORTED_LANGUAGES]
    for result, text in zip(results, _pdf_texts([r.resume_docx for r in results]),
                            strict=True):
        assert all(word in text for word in result.plan.profile.split())


def test_the_edited_box_of_a_group_gets_its_fallback_copy() -> None:
    """A designer's sidebar is a group of text boxes (one VML shape each in the fallback):
    the copy of the box that was edited follows it, the other box stays as it was."""
    from docx.oxml import parse_xml

    from resume_helper.tailoring.docx_edit import replace_text
    from resume_helper.tailoring.resume_docx import _sync_fallbacks, _text_boxes

    def box(text: str) -> str:
        return f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"

    paragraph = parse_xml(
        f'<w:p xmlns:w="{W[1:-1]}" xmlns:mc="{MC[1:-1]}"><w:r><mc:AlternateContent>'
        f'<mc:Choice Requires="wpg"><w:drawing><group>{box("Kontakt")}{box("SAP, Zendesk")}'
        f"</group></w:drawing></mc:Choice><mc:Fallback><w:pict><group>"
        f'<shape><textbox>{box("Kontakt")}</textbox></shape><shape><textbox>'
        f'{box("SAP, Zendesk")}</textbox></shape></group></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r></w:p>")
    boxes = _text_boxes([paragraph])
    choice = paragraph.find(f".//{MC}Choice")
    edited = list(choice.iter(f"{W}p"))[1]
    assert replace_text(edited, "SAP, Zendesk", "Zendesk, SAP")
    _sync_fallbacks(boxes)
    fallback = paragraph.find(f".//{MC}Fallback")
    assert _texts(fallback) == ["Kontakt", "Zendesk, SAP"]
    assert _texts(choice) == _texts(fallback)


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_a_new_profile_stands_before_a_section_control_not_in_it(lang: str) -> None:
    """In a template whose sections are content controls, a new profile section is no
    part of the experience control it is placed before."""
    source, result = _tailor_without_summary(lang, "content_controls")
    controls = {}
    for name, data in (("before", source), ("after", result.resume_docx)):
        body = _parts(data)["word/document.xml"].find(f"{W}body")
        controls[name] = [_texts(sdt) for sdt in body.findall(f"{W}sdt")]
        if name == "after":
            texts = [_texts(child) for child in body]
            assert [result.plan.profile] in texts  # a paragraph of the body itself
    assert len(controls["after"]) == len(controls["before"])
    assert all(result.plan.profile not in texts for texts in controls["after"])


@pytest.mark.parametrize("field", ["hyperlink", "simple", "complex"])
def test_the_posting_term_after_a_linked_word_is_no_part_of_the_link(field: str) -> None:
    """"Salesforce" is a link (a hyperlink, a simple or a complex HYPERLINK field) at the
    end of a bullet: "(CRM)" is written after the link, in the bullet's own formatting."""
    from docx.oxml import parse_xml

    from resume_helper.tailoring.docx_edit import paragraph_text, replace_text

    word = '<w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>Salesforce</w:t></w:r>'
    link = {"hyperlink": f'<w:hyperlink w:anchor="x">{word}</w:hyperlink>',
            "simple": f'<w:fldSimple w:instr=" HYPERLINK &quot;https://x.example&quot; ">'
                      f"{word}</w:fldSimple>",
            "complex": '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> '
                       'HYPERLINK "https://x.example" </w:instrText></w:r><w:r><w:fldChar '
                       f'w:fldCharType="separate"/></w:r>{word}<w:r><w:fldChar '
                       'w:fldCharType="end"/></w:r>'}[field]
    paragraph = parse_xml(f'<w:p xmlns:w="{W[1:-1]}"><w:r><w:t xml:space="preserve">Logged '
                          f"every case in </w:t></w:r>{link}</w:p>")
    assert replace_text(paragraph, "Salesforce", "Salesforce (CRM)")
    assert paragraph_text(paragraph) == "Logged every case in Salesforce (CRM)"
    linked = [t.text for t in paragraph.iter(f"{W}t")
              if t.getparent().find(f"{W}rPr/{W}rStyle") is not None]
    assert linked == ["Salesforce"]
    assert paragraph[-1].tag == f"{W}r"  # after the link (and the field's end), not in it
