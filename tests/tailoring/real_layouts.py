"""Resumes in the Word layouts applicants bring that the plain builders of ``layouts.py`` do
not make: the markup Word, LibreOffice and Google Docs write around the same text.

The people are the invented people of ``layouts.PEOPLE`` (with their postings and letters);
only the file around them changes. Each layout is modelled on real files and templates:

- ``europass``: the Europass CV, a two-column table (label column on the left, content on the
  right), every section a row, dates in the label column, language levels in a nested table;
  https://mobilecv.ai/europass-cv-template and the Europass instructions
  https://studylib.net/doc/8190410/instructions-in-english; the German tabellarischer
  Lebenslauf puts the time column left the same way (https://karrierebibel.de/tabellarischer-lebenslauf/).
- ``content_controls``: Word's own resume templates, every section in a content control
  (``w:sdt``), the name bound to the document's author, jobs and skills in repeating
  sections; http://office.microsoft.com/en-us/templates/submission-guidelines-for-microsoft-office-word-2010-templates-HA101998498.aspx
- ``textbox_fallback``: a sidebar text box as Word 2010 and later write it, a DrawingML shape
  in ``mc:Choice`` and the same text in a VML ``mc:Fallback`` for older readers;
  https://format539.rssing.com/chan-13148263/all_p19.html (Word 2007/2010/2013 text box XML).
- ``fields_and_links``: a Google Docs or LibreOffice export: the e-mail in a HYPERLINK field
  (``fldChar``), the employer and a product as ``w:hyperlink``, a product inside a
  ``fldSimple``, words split over runs by revision ids (rsid), spell-check marks and
  bookmarks, non-breaking spaces ("MS Office", "ca. 55");
  https://crystalresumes.com/articles/art-ggoogledocs.html (Google Docs resumes saved as .docx).
- ``tracked_comments``: a resume back from a counselor's review: insertions and deletions left
  tracked (``w:ins``/``w:del``, one deleted skill with a number), a tracked paragraph and
  formatting change, and comments; https://gantus.com/templates-help/ (templates shipped with
  comments and links in them).
- ``columns_numbered``: one-column top, the skills in a two-column section between
  continuous section breaks, bullets as Word's bullet button writes them (List Paragraph and
  ``numPr``), the dates in a right-aligned tab column; https://bbx.de/?p=12110 (zweispaltig,
  Zeitangaben), https://cv-skabelon.com/kompetence-cv/ (Danish kompetence-CV).
- ``header_footer_notes``: name and contact in a first-page header (a table), the name on
  later pages, the e-mail and a PAGE field in the footer, a footnote on an education line;
  https://www.tootukassa.ee/eng/node/81 (Estonian CV: contact at the top, two pages at most).
"""

from __future__ import annotations

import io
import itertools
import re
import zipfile
from typing import Any
from xml.sax.saxutils import escape

from .layouts import LAYOUTS, PEOPLE, build_resume

REAL_LAYOUTS = ("europass", "content_controls", "textbox_fallback", "fields_and_links",
                "tracked_comments", "columns_numbered", "header_footer_notes",
                # built in more_layouts.py: Google Docs, LibreOffice Writer, a design template
                "google_docs", "libreoffice_writer", "modern_template", "marked_skills_line")
ALL_LAYOUTS = LAYOUTS + REAL_LAYOUTS

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
}
DECLARATIONS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NS.items())
W = f"{{{NS['w']}}}"
AUTHOR = {"en": "J. Novak", "de": "J. Novak", "da": "J. Novak", "et": "J. Novak"}
DATE = "2026-11-20T09:30:00Z"
CONTACT_LABEL = {"en": "Personal information", "de": "Angaben zur Person",
                 "da": "Personlige oplysninger", "et": "Isikuandmed"}
PAGE_WORD = {"en": "Page", "de": "Seite", "da": "Side", "et": "Lk"}
FOOTNOTE = {"en": "Completed while working part-time in retail.",
            "de": "Abschlussnote: gut.", "da": "Afsluttet ved siden af studiejob.",
            "et": "Lõpetatud töö kõrvalt."}
COMMENT = {"en": "Maybe put the CRM first?", "de": "CRM-Kenntnisse nach oben?",
           "da": "Skal CRM stå først?", "et": "Kas CRM-i võiks ettepoole tõsta?"}
DELETED_SKILL = {"en": "typing 60 wpm", "de": "Zehnfingersystem 280 Anschläge",
                 "da": "touch 50 ord i minuttet", "et": "pimekiri 200 lööki"}
EMPLOYER_SITE = "https://www.example.com/"
LINK_STYLE = '<w:rStyle w:val="Hyperlink"/>'


def build_any(lang: str, layout: str, *, person: dict[str, Any] | None = None) -> bytes:
    """The resume of ``lang``'s person (or ``person``, with the same keys) in any layout of
    ``ALL_LAYOUTS``."""
    if layout in LAYOUTS:
        return build_resume(lang, layout, person=person)
    if layout not in BUILDERS:
        from .more_layouts import build_more

        return build_more(lang, layout, person or PEOPLE[lang])
    return BUILDERS[layout](lang, person or PEOPLE[lang])


# --- XML pieces ------------------------------------------------------------------------------


class _Ids:
    """Unique ids for content controls, revisions, bookmarks and drawings."""

    def __init__(self) -> None:
        self._next = itertools.count(101)

    def __call__(self) -> int:
        return next(self._next)


def _xml(fragment: str) -> Any:
    """An element from a fragment starting with an opening tag (namespaces declared here)."""
    from docx.oxml import parse_xml

    at = re.match(r"<[\w:]+", fragment)
    assert at is not None
    return parse_xml(fragment[:at.end()] + f" {DECLARATIONS}" + fragment[at.end():])


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def _r(text: str, *, rpr: str = "", rsid: str = "") -> str:
    attribute = f' w:rsidR="{rsid}"' if rsid else ""
    properties = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    pieces = text.split("\t")
    body = "<w:tab/>".join(_t(piece) if piece else "" for piece in pieces)
    return f"<w:r{attribute}>{properties}{body}</w:r>"


def _p(runs: str, *, style: str | None = None, ppr: str = "") -> str:
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f"<w:p><w:pPr>{style_xml}{ppr}</w:pPr>{runs}</w:p>"


def _append(document: Any, fragments: list[str]) -> None:
    """Body content before the document's final section properties."""
    body = document.element.body
    for fragment in fragments:
        body.sectPr.addprevious(_xml(fragment))


def _save(document: Any) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _patch(data: bytes, *, add: dict[str, bytes] | None = None,
           edit: dict[str, Any] | None = None) -> bytes:
    """The package with members added or rewritten (``edit``: member → function of text)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if edit and info.filename in edit:
                content = edit[info.filename](content.decode("utf-8")).encode("utf-8")
            target.writestr(info.filename, content)
        for name, content in (add or {}).items():
            target.writestr(name, content)
    return out.getvalue()


def _new(person: dict[str, Any]) -> Any:
    from docx import Document

    document = Document()
    document.core_properties.author = person["name"]
    document.core_properties.title = ""
    return document


def _split_level(line: str) -> tuple[str, str]:
    """ "Englisch – gut (B2)" → ("Englisch", "gut (B2)"); "English (native)" → ("English",
    "native")."""
    if " – " in line:
        name, level = line.split(" – ", 1)
        return name, level
    if " (" in line:
        name, level = line.split(" (", 1)
        return name, level.rstrip(")")
    return line, ""


def _job_line(title: str, dates: str) -> str:
    return f"{title}\t{dates}"


# --- europass --------------------------------------------------------------------------------


def _europass(lang: str, person: dict[str, Any]) -> bytes:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    document = _new(person)
    styles = document.styles
    for name, size, bold, right in (("ECV Left Heading", 10, True, True),
                                    ("ECV Name Field", 14, False, False),
                                    ("ECV Date", 9, False, True),
                                    ("ECV Subsection Heading", 11, True, False),
                                    ("ECV Section Details", 9, False, False)):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.name = "Arial"
        style.font.size = Pt(size)
        style.font.bold = bold or None
        if name == "ECV Left Heading":
            style.font.all_caps = True
            style.font.color.rgb = RGBColor(0x0E, 0x41, 0x94)
        if right:
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    headings = person["headings"]

    def row(left: list[str], right: list[str]) -> str:
        def cell(width: int, paragraphs: list[str]) -> str:
            return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                    f'{"".join(paragraphs) or "<w:p/>"}</w:tc>')
        return f"<w:tr>{cell(2835, left)}{cell(7655, right)}</w:tr>"

    def label(text: str) -> list[str]:
        return [_p(_r(text), style="ECVLeftHeading")]

    def details(text: str) -> str:
        return _p(_r(text), style="ECVSectionDetails")

    rows = [row(label(CONTACT_LABEL[lang]), [_p(_r(person["name"]), style="ECVNameField")]),
            row([], [details(line) for line in person["contact"] + person["personal"]])]
    if person["summary"]:  # the personal statement is optional in Europass
        rows.append(row(label(headings["summary"]), [details(person["summary"])]))
    rows.append(row(label(headings["experience"]), []))
    for title, employer, city, dates, bullets in person["jobs"]:
        rows.append(row([_p(_r(dates), style="ECVDate")],
                        [_p(_r(title), style="ECVSubsectionHeading"),
                         details(f"{employer}, {city}"),
                         *(_p(_r(b), style="ListBullet") for b in bullets)]))
    rows.append(row(label(headings["education"]), [details(x) for x in person["education"]]))
    levels = "".join(
        "<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
                           f"{details(text)}</w:tc>"
                           for w, text in zip((2500, 5000), _split_level(line), strict=True))
        + "</w:tr>" for line in person["languages"])
    nested = (f'<w:tbl><w:tblPr><w:tblW w:w="7500" w:type="dxa"/></w:tblPr><w:tblGrid>'
              f'<w:gridCol w:w="2500"/><w:gridCol w:w="5000"/></w:tblGrid>{levels}</w:tbl><w:p/>')
    rows.append(row(label(headings["languages"]), [nested]))
    rows.append(row(label(headings["skills"]), [details(", ".join(person["skills"]))]))
    borders = "".join(f'<w:{side} w:val="nil"/>' for side in
                      ("top", "left", "bottom", "right", "insideH", "insideV"))
    _append(document, [
        f'<w:tbl><w:tblPr><w:tblW w:w="10490" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        f'<w:tblBorders>{borders}</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="2835"/>'
        f'<w:gridCol w:w="7655"/></w:tblGrid>{"".join(rows)}</w:tbl>'])
    return _save(document)


# --- content controls ------------------------------------------------------------------------

CORE = ("xmlns:ns0='http://purl.org/dc/elements/1.1/' "
        "xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties' ")


def _sdt(ids: _Ids, content: str, *, alias: str, extra: str = "") -> str:
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
            f'<w:id w:val="{ids()}"/>{extra}</w:sdtPr><w:sdtContent>{content}</w:sdtContent>'
            "</w:sdt>")


def _content_controls(lang: str, person: dict[str, Any]) -> bytes:
    ids = _Ids()
    document = _new(person)
    headings = person["headings"]
    bound = (f'<w:dataBinding w:prefixMappings="{CORE}" '
             'w:xpath="/ns1:coreProperties[1]/ns0:creator[1]" '
             'w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/><w:text/>')
    body = [_p(_sdt(ids, _r(person["name"]), alias="Author", extra=bound), style="Title")]
    for n, line in enumerate(person["contact"]):
        body.append(_p(_sdt(ids, _r(line), alias=f"Contact {n + 1}", extra="<w:text/>")))
    body += [_p(_r(line)) for line in person["personal"]]
    if person["summary"]:
        body.append(_sdt(ids, _p(_r(headings["summary"]), style="Heading1")
                         + _p(_r(person["summary"])), alias="Objective"))
    jobs = ""
    for title, employer, city, dates, bullets in person["jobs"]:
        entry = (_p(_r(_job_line(title, dates)))
                 + _p(_r(f"{employer}, {city}"))
                 + "".join(_p(_r(b), style="ListBullet") for b in bullets))
        jobs += _sdt(ids, entry, alias="Job", extra="<w15:repeatingSectionItem/>")
    body.append(_sdt(ids, _p(_r(headings["experience"]), style="Heading1")
                     + _sdt(ids, jobs, alias="Jobs", extra="<w15:repeatingSection/>"),
                     alias="Experience"))
    body.append(_sdt(ids, _p(_r(headings["education"]), style="Heading1")
                     + "".join(_p(_r(x)) for x in person["education"]), alias="Education"))
    skills = "".join(_sdt(ids, _p(_r(s), style="ListBullet"), alias="Skill",
                          extra="<w15:repeatingSectionItem/>") for s in person["skills"])
    body.append(_sdt(ids, _p(_r(headings["skills"]), style="Heading1")
                     + _sdt(ids, skills, alias="Skills list",
                            extra="<w15:repeatingSection/>"), alias="Skills"))
    body.append(_sdt(ids, _p(_r(headings["languages"]), style="Heading1")
                     + "".join(_p(_r(x)) for x in person["languages"]), alias="Languages"))
    _append(document, body)
    return _patch(_save(document), edit={"word/document.xml": _declare_w15})


def _declare_w15(xml: str) -> str:
    """Word 2013's namespace on the root, ignorable for readers that do not know it."""
    xml = xml.replace("<w:document ", f'<w:document xmlns:w15="{NS["w15"]}" ', 1)
    return xml.replace('mc:Ignorable="w14 wp14"', 'mc:Ignorable="w14 wp14 w15"', 1)


# --- text box with a VML fallback ------------------------------------------------------------


def _textbox_run(ids: _Ids, paragraphs: str) -> str:
    number = ids()
    box = f"<w:txbxContent>{paragraphs}</w:txbxContent>"
    return (
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0'
        '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
        '</wp:posOffset></wp:positionV><wp:extent cx="5486400" cy="1371600"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{number}" name="Text Box {number}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm>'
        '<a:off x="0" y="0"/><a:ext cx="5486400" cy="1371600"/></a:xfrm><a:prstGeom '
        'prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="EEF2F7"/>'
        f'</a:solidFill></wps:spPr><wps:txbx>{box}</wps:txbx><wps:bodyPr rot="0" vert="horz" '
        'wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">'
        '<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        "</w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path '
        'gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Text Box {number}" o:spid="_x0000_s{1024 + number}" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:6in;height:108pt;'
        'z-index:251659264;mso-wrap-style:square" fillcolor="#eef2f7" stroked="f">'
        f'<v:textbox style="mso-fit-shape-to-text:t">{box}</v:textbox>'
        '<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r>")


def _textbox_fallback(lang: str, person: dict[str, Any]) -> bytes:
    ids = _Ids()
    document = _new(person)
    headings = person["headings"]
    body = [_p(_r(person["name"]), style="Title")]
    body += [_p(_r(line)) for line in person["contact"] + person["personal"]]
    sidebar = (_p(_r(headings["skills"]), style="Heading1")
               + _p(_r(", ".join(person["skills"])))
               + _p(_r(headings["languages"]), style="Heading1")
               + "".join(_p(_r(x)) for x in person["languages"]))
    body.append(_p(_textbox_run(ids, sidebar)))
    body += _main(person)
    _append(document, body)
    return _save(document)


def _main(person: dict[str, Any], *, bullet: str | None = None) -> list[str]:
    """Summary, experience and education as plain paragraphs (``bullet``: the bullet
    paragraphs' extra properties instead of the List Bullet style)."""
    headings = person["headings"]
    tabs = '<w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs>'
    body = [_p(_r(headings["summary"]), style="Heading1"), _p(_r(person["summary"])),
            _p(_r(headings["experience"]), style="Heading1")]
    for title, employer, city, dates, bullets in person["jobs"]:
        body.append(_p(_r(_job_line(title, dates), rpr="<w:b/>"), ppr=tabs))
        body.append(_p(_r(f"{employer}, {city}", rpr="<w:i/>")))
        for line in bullets:
            if bullet is None:
                body.append(_p(_r(line), style="ListBullet"))
            else:
                body.append(_p(_r(line), style="ListParagraph", ppr=bullet))
    body.append(_p(_r(headings["education"]), style="Heading1"))
    body += [_p(_r(x)) for x in person["education"]]
    return body


# --- fields, links and split runs ------------------------------------------------------------


def _split_runs(text: str, rsids: itertools.cycle) -> str:
    """``text`` as Word leaves it after editing: words cut into runs by revision ids, a
    spell-check mark and a bookmark in between, non-breaking spaces inside product names."""
    runs = []
    for word in re.split(r"(?<=\s)", text):
        if len(word) > 5:
            runs.append(_r(word[:3], rsid=next(rsids)))
            runs.append('<w:proofErr w:type="spellStart"/>')
            runs.append(_r(word[3:], rsid=next(rsids)))
            runs.append('<w:proofErr w:type="spellEnd"/>')
        else:
            runs.append(_r(word, rsid=next(rsids)))
    return "".join(runs)


def _linked(text: str, word: str, link: str) -> str:
    """``text`` with ``word`` inside ``link`` (a ``w:hyperlink`` or field markup)."""
    if word not in text:
        return _r(text)
    before, after = text.split(word, 1)
    return (_r(before) if before else "") + link.format(run=_r(word, rpr='<w:rStyle '
                                                                   'w:val="Hyperlink"/>')) \
        + (_r(after) if after else "")


def _fields_and_links(lang: str, person: dict[str, Any]) -> bytes:
    from docx.opc.constants import RELATIONSHIP_TYPE

    document = _new(person)
    styles = document.styles
    if "Hyperlink" not in [s.name for s in styles]:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import RGBColor

        link_style = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        link_style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        link_style.font.underline = True
    rid = document.part.relate_to(EMPLOYER_SITE, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    rsids = itertools.cycle(["00A1B2C3", "00D4E5F6", "0047A9E1"])
    headings = person["headings"]
    email = person["contact"][-1]
    body = [_p(_r(person["name"]), style="Title")]
    body += [_p(_r(line)) for line in person["contact"][:-1] + person["personal"]]
    body.append(_p(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:{email}" </w:instrText>'
        '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + _r(email, rpr=LINK_STYLE) +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    body += [_p(_r(headings["summary"]), style="Heading1"),
             _p('<w:bookmarkStart w:id="0" w:name="_Hlk1"/>'
                + _split_runs(person["summary"], rsids) + '<w:bookmarkEnd w:id="0"/>'),
             _p(_r(headings["experience"]), style="Heading1")]
    for title, employer, city, dates, bullets in person["jobs"]:
        body.append(_p(_r(_job_line(title, dates), rpr="<w:b/>"),
                       ppr='<w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs>'))
        body.append(_p(_linked(f"{employer}, {city}", employer,
                               f'<w:hyperlink r:id="{rid}" w:history="1">{{run}}</w:hyperlink>')))
        for line in bullets:
            line = line.replace("ca. ", "ca.\u00a0")
            if "Salesforce" in line:
                runs = _linked(line, "Salesforce", "<w:fldSimple w:instr=' HYPERLINK "
                               "\"https://www.salesforce.com/\" '>{run}</w:fldSimple>")
            else:
                runs = _split_runs(line, rsids)
            body.append(_p(runs, style="ListBullet"))
    body.append(_p(_r(headings["education"]), style="Heading1"))
    body += [_p(_split_runs(x, rsids)) for x in person["education"]]
    body.append(_p(_r(headings["skills"]), style="Heading1"))
    skills = ", ".join(s.replace("MS Office", "MS\u00a0Office") for s in person["skills"])
    body.append(_p('<w:bookmarkStart w:id="1" w:name="_Hlk2"/>' + _split_runs(skills, rsids)
                   + '<w:bookmarkEnd w:id="1"/>'))
    body.append(_p(_r(headings["languages"]), style="Heading1"))
    body += [_p(_r(x)) for x in person["languages"]]
    _append(document, body)
    return _save(document)


# --- tracked changes and comments ------------------------------------------------------------


def _tracked_comments(lang: str, person: dict[str, Any]) -> bytes:
    from docx.text.paragraph import Paragraph

    ids = _Ids()
    document = _new(person)
    author = AUTHOR[lang]
    mark = f'w:author="{author}" w:date="{DATE}"'
    headings = person["headings"]

    def inserted(text: str) -> str:
        return f'<w:ins w:id="{ids()}" {mark}>{_r(text)}</w:ins>'

    def deleted(text: str) -> str:
        return (f'<w:del w:id="{ids()}" {mark}><w:r><w:delText xml:space="preserve">'
                f"{escape(text)}</w:delText></w:r></w:del>")

    body = [_p(_r(person["name"]), style="Title")]
    body += [_p(_r(line)) for line in person["contact"] + person["personal"]]
    body.append(_p(_r(headings["summary"]), style="Heading1",
                   ppr=f'<w:pPrChange w:id="{ids()}" {mark}><w:pPr><w:pStyle w:val="Heading2"/>'
                       "</w:pPr></w:pPrChange>"))
    body.append(_p(_r(person["summary"])))
    body.append(_p(_r(headings["experience"]), style="Heading1"))
    for number, (title, employer, city, dates, bullets) in enumerate(person["jobs"]):
        body.append(_p(_r(_job_line(title, dates), rpr="<w:b/>")))
        body.append(_p(_r(f"{employer}, {city}")))
        for n, line in enumerate(bullets):
            words = line.split(" ")
            if n == 0 and len(words) > 3:  # the counselor inserted a word and deleted one
                runs = (_r(" ".join(words[:2]) + " ") + inserted(words[2] + " ")
                        + deleted("täglich " if lang == "de" else "— ")
                        + _r(" ".join(words[3:])))
            elif number == 0 and n == len(bullets) - 1:  # a bullet the counselor added
                body.append(
                    f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:rPr><w:ins w:id="{ids()}" '
                    f"{mark}/></w:rPr></w:pPr>{inserted(line)}</w:p>")
                continue
            else:
                runs = _r(line)
            body.append(_p(runs, style="ListBullet"))
    body.append(_p(_r(headings["education"]), style="Heading1"))
    body += [_p(_r(x)) for x in person["education"]]
    body.append(_p(_r(headings["skills"]), style="Heading1"))
    skills = person["skills"]
    body.append(_p(_r(", ".join(skills[:2]) + ", ") + deleted(DELETED_SKILL[lang] + ", ")
                   + _r(", ".join(skills[2:-1]) + ", ") + inserted(skills[-1])))
    body.append(_p(_r(headings["languages"]), style="Heading1"))
    body += [_p(_r(x)) for x in person["languages"]]
    _append(document, body)
    paragraphs = [Paragraph(p, document._body) for p in document.element.body.iter(f"{W}p")]
    summary = next(p for p in paragraphs if p.text == person["summary"])
    document.add_comment(summary.runs, text=COMMENT[lang], author=author, initials="JN")
    skills_line = next(p for p in paragraphs if p.text.startswith(skills[0]))
    document.add_comment(skills_line.runs[0], text=COMMENT[lang], author=author,
                         initials="JN")
    return _save(document)


# --- columns, section breaks, numbering -----------------------------------------------------


def _section(columns: int) -> str:
    return (f'<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
            f'<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
            f'w:header="567" w:footer="567" w:gutter="0"/>'
            f'<w:cols w:num="{columns}" w:space="567"/></w:sectPr>')


def _columns_numbered(lang: str, person: dict[str, Any]) -> bytes:
    document = _new(person)
    headings = person["headings"]
    bullet = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    body = [_p(_r(person["name"]), style="Title")]
    body += [_p(_r(line)) for line in person["contact"] + person["personal"]]
    body += _main(person, bullet=bullet)
    # the skills heading closes the one-column section; the skills fill two columns
    body.append(_p(_r(headings["skills"]), style="Heading1", ppr=_section(1)))
    skills = person["skills"]
    for n, skill in enumerate(skills):
        last = n == len(skills) - 1
        body.append(_p(_r(skill), style="ListParagraph",
                       ppr=bullet + (_section(2) if last else "")))
    body.append(_p(_r(headings["languages"]), style="Heading1"))
    body += [_p(_r(x)) for x in person["languages"]]
    _append(document, body)
    section = document.sections[-1]
    from docx.enum.section import WD_SECTION

    section.start_type = WD_SECTION.CONTINUOUS
    return _save(document)


# --- header, footer, footnotes ---------------------------------------------------------------

FOOTNOTES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:footnotes xmlns:w="{NS["w"]}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>"
    '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
    '<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>{text}</w:p></w:footnote>'
    "</w:footnotes>")
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def _header_footer_notes(lang: str, person: dict[str, Any]) -> bytes:
    document = _new(person)
    section = document.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.paragraphs[0].text = person["name"]
    first.paragraphs[0].style = document.styles["Title"]
    table = first.add_table(rows=1, cols=2, width=section.page_width - section.left_margin
                            - section.right_margin)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = person["contact"][0]
    right.paragraphs[0].text = person["contact"][1]
    right.add_paragraph(person["contact"][2])
    section.header.paragraphs[0].text = person["name"]
    for footer in (section.footer, section.first_page_footer):
        footer.paragraphs[0].text = ""
        footer.paragraphs[0]._p.append(_xml(
            f'<w:r><w:t xml:space="preserve">{escape(person["contact"][2])} · '
            f"{PAGE_WORD[lang]} </w:t></w:r>"))
        footer.paragraphs[0]._p.append(_xml('<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t>'
                                            "</w:r></w:fldSimple>"))
    body = [_p(_r(line)) for line in person["personal"]]
    body += _main(person)
    body.append(_p(_r(person["headings"]["skills"]), style="Heading1"))
    body.append(_p(_r(", ".join(person["skills"]))))
    body.append(_p(_r(person["headings"]["languages"]), style="Heading1"))
    body += [_p(_r(x)) for x in person["languages"]]
    _append(document, body)
    education = person["education"][0]
    for p in document.element.body.iter(f"{W}p"):
        if "".join(t.text or "" for t in p.iter(f"{W}t")) == education:
            p.append(_xml('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                          '<w:footnoteReference w:id="1"/></w:r>'))
    data = _save(document)
    note = f"{_r(' ' + FOOTNOTE[lang])}"
    return _patch(data, add={"word/footnotes.xml": FOOTNOTES.format(text=note).encode()},
                  edit={"[Content_Types].xml": lambda xml: xml.replace(
                      "</Types>", f'<Override PartName="/word/footnotes.xml" '
                      f'ContentType="{FOOTNOTES_TYPE}"/></Types>'),
                      "word/_rels/document.xml.rels": lambda xml: xml.replace(
                      "</Relationships>", f'<Relationship Id="rIdFootnotes1" '
                      f'Type="{FOOTNOTES_REL}" Target="footnotes.xml"/></Relationships>')})


BUILDERS = {"europass": _europass, "content_controls": _content_controls,
            "textbox_fallback": _textbox_fallback, "fields_and_links": _fields_and_links,
            "tracked_comments": _tracked_comments, "columns_numbered": _columns_numbered,
            "header_footer_notes": _header_footer_notes}
