"""More Word layouts people send: the files Google Docs and LibreOffice Writer write, and
Word's modern design templates, with the markup real editing leaves around skill words.

The people are the invented people of ``layouts.PEOPLE``; only the file around them changes.
Modelled on:

- ``google_docs``: a resume typed in Google Docs and downloaded as .docx: no paragraph
  styles but Heading 1, every run with its font, size and colour written out (direct
  formatting), a ``_heading=h.…`` bookmark on each heading, empty spacer paragraphs, one
  skill per bulleted paragraph (``w:numPr`` on a Normal paragraph), a product skill and the
  e-mail as hyperlinks with direct blue underline, dates after a right tab, the skills in a
  borderless two-column table;
  https://eatsip365.com/comparing-a-word-resume-template-to-google-docs (a clean one-column
  Google Docs resume) and https://crystalresumes.com/articles/art-ggoogledocs.html (Google
  Docs resumes converted to .docx).
- ``libreoffice_writer``: a tabellarischer Lebenslauf made in LibreOffice Writer: name and
  contact in a frame at the right (``w:framePr``), the time column before a tab with dot
  leaders, skills one per line with line breaks, a long word with a soft hyphen
  (``w:softHyphen``), non-breaking spaces, ``__DdeLink__`` bookmarks;
  https://karrierebibel.de/tabellarischer-lebenslauf/ (Zeitspalte links, Textspalte rechts)
  and https://www.cv.ee/content/index.php?id=674&gr=1 (Estonian CV parts: isikuandmed,
  haridus, töökogemus, keeleoskus, arvutioskus).
- ``modern_template``: a design template as Word's modern templates build it: the page a
  two-column layout table, the photo in the left cell, the skills heading in an anchored
  shape (``mc:AlternateContent`` with a VML fallback), skills as a bulleted list whose words
  are split by spell-check marks, a smart tag, custom XML and a bookmark, a comment anchored
  across two runs, each job's title and dates in a table nested in the right cell, a
  soft hyphen character (U+00AD) inside a word of a bullet tailoring edits, and a
  right-to-left languages paragraph;
  https://www.pro-org.dk/udvikling-og-karriere/karrierevaerktoejer/cv-og-ansoegning/cv/opbygning-af-cv
  (Danish CV: photo, profil, kompetencer) and https://www.freelancermap.de/blog/lebenslauf-vorlage-muster/
  (German Word templates with a photo in a table).
- ``marked_skills_line``: an older Word resume opened and saved again: the skills in one
  line separated by commas, the product a hyperlink to its site, words in smart tags and
  custom XML (Word 2003 and 2007 wrote them), a counselor's comment anchored across two
  skills; https://www.stepstone.dk/om-jobsoegning/karrierecenter/jobguide/cv/opbygning-af-cv
  (Danish kronologisk CV: faglige kvalifikationer and it-kundskaber as short lists) and
  https://capitale.ee/cv-koostamine/ (Estonian CV: oskused as a list).
"""

from __future__ import annotations

import io
import itertools
from typing import Any
from xml.sax.saxutils import escape

from .real_layouts import (
    _append,
    _Ids,
    _new,
    _p,
    _patch,
    _r,
    _save,
    _textbox_run,
)

MORE_LAYOUTS = ("google_docs", "libreoffice_writer", "modern_template", "marked_skills_line")
GOOGLE_FONT = ('<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
               '<w:color w:val="000000"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
               '<w:rtl w:val="0"/>')
GOOGLE_LINK = ('<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
               '<w:color w:val="1155CC"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
               '<w:u w:val="single"/><w:rtl w:val="0"/>')
GOOGLE_SPACING = '<w:spacing w:after="0" w:before="0" w:line="276" w:lineRule="auto"/>'
BULLET = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
RIGHT = '<w:jc w:val="right"/>'
# a soft hyphen typed (or pasted) inside a word of a bullet tailoring edits
SOFT_HYPHEN = {"en": ("escalated", "esca\u00adlated"),
               "de": ("Reklamationen", "Rekla\u00admationen"),
               "da": ("opkald", "op\u00adkald"), "et": ("kõnele", "kõ\u00adnele")}
SITES = {"Salesforce": "https://www.salesforce.com/"}


def build_more(lang: str, layout: str, person: dict[str, Any]) -> bytes:
    return BUILDERS[layout](lang, person)


def _link_rel(document: Any, url: str) -> str:
    from docx.opc.constants import RELATIONSHIP_TYPE

    return document.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)


# --- Google Docs -----------------------------------------------------------------------------


def _g(text: str, *, bold: bool = False, link: str = "") -> str:
    """A run as Google Docs writes it: every property spelled out."""
    rpr = GOOGLE_LINK if link else GOOGLE_FONT
    if bold:
        rpr = "<w:b/>" + rpr
    run = _r(text, rpr=rpr)
    return f'<w:hyperlink r:id="{link}">{run}</w:hyperlink>' if link else run


def _gp(runs: str, *, style: str | None = None, ppr: str = "") -> str:
    return _p(runs, style=style, ppr=ppr + GOOGLE_SPACING)


def _google_docs(lang: str, person: dict[str, Any]) -> bytes:
    document = _new(person)
    headings = person["headings"]
    marks = itertools.count(0)
    email = person["contact"][-1]
    mail = _link_rel(document, f"mailto:{email}")
    tabs = '<w:tabs><w:tab w:val="right" w:pos="9360"/></w:tabs>'

    def heading(text: str) -> str:
        number = next(marks)
        return _p(f'<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="_heading=h.{number:x}'
                  f'gjdgxs" w:id="{number}"/><w:bookmarkEnd w:id="{number}"/>'
                  + _g(text, bold=True), style="Heading1",
                  ppr='<w:keepNext w:val="0"/><w:keepLines w:val="0"/>'
                      '<w:spacing w:after="80" w:before="320" w:lineRule="auto"/>')

    spacer = _gp("")
    body = [_gp(_g(person["name"], bold=True), style="Title")]
    body += [_gp(_g(line)) for line in person["contact"][:-1] + person["personal"]]
    body.append(_gp(_g(email, link=mail)))
    body += [spacer, heading(headings["summary"]), _gp(_g(person["summary"])),
             heading(headings["experience"])]
    for title, employer, city, dates, bullets in person["jobs"]:
        body.append(_gp(_g(title, bold=True) + _g("\t" + dates), ppr=tabs))
        body.append(_gp(_g(f"{employer}, {city}")))
        body += [_gp(_g(line), ppr=BULLET) for line in bullets]
        body.append(spacer)
    body.append(heading(headings["education"]))
    body += [_gp(_g(line)) for line in person["education"]]
    body.append(heading(headings["skills"]))
    # the skills in a borderless two-column table, one bulleted skill per cell, as Google
    # Docs templates lay them out
    cells = []
    for skill in person["skills"]:
        if skill in SITES:
            runs = _g(skill, link=_link_rel(document, SITES[skill]))
        else:
            runs = _g(skill.replace("MS Office", "MS\u00a0Office"))
        cells.append(_cell(4680, _gp(runs, ppr=BULLET)))
    if len(cells) % 2:
        cells.append(_cell(4680, "<w:p/>"))
    rows = "".join(f"<w:tr>{cells[n]}{cells[n + 1]}</w:tr>" for n in range(0, len(cells), 2))
    borders = "".join(f'<w:{side} w:val="nil"/>' for side in
                      ("top", "left", "bottom", "right", "insideH", "insideV"))
    body.append('<w:tbl><w:tblPr><w:tblW w:w="9360" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
                f"<w:tblBorders>{borders}</w:tblBorders></w:tblPr><w:tblGrid>"
                f'<w:gridCol w:w="4680"/><w:gridCol w:w="4680"/></w:tblGrid>{rows}</w:tbl>')
    body.append(heading(headings["languages"]))
    body += [_gp(_g(line)) for line in person["languages"]]
    _append(document, body)
    return _save(document)


# --- LibreOffice Writer ----------------------------------------------------------------------

FRAME = ('<w:framePr w:w="3969" w:hSpace="142" w:wrap="around" w:vAnchor="text" '
         'w:hAnchor="margin" w:xAlign="right" w:y="1"/>')
LEADER = '<w:tabs><w:tab w:val="left" w:leader="dot" w:pos="2835"/></w:tabs>' \
         '<w:ind w:left="2835" w:hanging="2835"/>'
# where a hyphenation program (or the writer) would break the longest skill word
HYPHEN_AT = {"Reklamationsbearbeitung": 12, "klagehåndtering": 5, "conflict resolution": 0,
             "meeskonnatöö": 8, "pretensioonide käsitlemine": 0, "active listening": 0}


def _soft_hyphened(word: str) -> str:
    """A run as LibreOffice writes a word with a soft hyphen: two texts and a
    ``w:softHyphen`` between them."""
    at = HYPHEN_AT.get(word, 0)
    if not at:
        return f'<w:t xml:space="preserve">{escape(word)}</w:t>'
    return (f'<w:t xml:space="preserve">{escape(word[:at])}</w:t><w:softHyphen/>'
            f'<w:t xml:space="preserve">{escape(word[at:])}</w:t>')


def _libreoffice_writer(lang: str, person: dict[str, Any]) -> bytes:
    document = _new(person)
    headings = person["headings"]
    dde = itertools.count(0)

    def lo_p(runs: str, *, style: str | None = "BodyText", ppr: str = "") -> str:
        number = next(dde)
        return _p(f'<w:bookmarkStart w:id="{number}" w:name="__DdeLink__{number}_1811"/>'
                  f'{runs}<w:bookmarkEnd w:id="{number}"/>', style=style, ppr=ppr)

    body = [_p(_r(person["name"]), style="Title", ppr=FRAME)]
    body += [_p(_r(line.replace("Tel. ", "Tel.\u00a0").replace("Tlf. ", "Tlf.\u00a0")),
                ppr=FRAME) for line in person["contact"] + person["personal"]]
    body += [_p(_r(headings["summary"]), style="Heading1"), lo_p(_r(person["summary"])),
             _p(_r(headings["experience"]), style="Heading1")]
    for title, employer, city, dates, bullets in person["jobs"]:
        body.append(lo_p(_r(dates + "\t") + _r(title, rpr="<w:b/>"), style=None, ppr=LEADER))
        body.append(lo_p(_r(f"\t{employer}, {city}", rpr="<w:i/>"), style=None, ppr=LEADER))
        body += [_p(_r(line.replace("ca. ", "ca.\u00a0")), style="ListBullet")
                 for line in bullets]
    body.append(_p(_r(headings["education"]), style="Heading1"))
    body += [lo_p(_r(line)) for line in person["education"]]
    body.append(_p(_r(headings["skills"]), style="Heading1"))
    lines = "<w:br/>".join(_soft_hyphened(skill.replace("MS Office", "MS\u00a0Office"))
                           for skill in person["skills"])
    body.append(lo_p(f"<w:r>{lines}</w:r>"))
    body.append(_p(_r(headings["languages"]), style="Heading1"))
    body += [lo_p(_r(line)) for line in person["languages"]]
    _append(document, body)
    return _save(document)


# --- Word's modern design template -----------------------------------------------------------


def _photo() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (60, 80), (120, 140, 170)).save(out, format="PNG")
    return out.getvalue()


def _marked_word(word: str, how: str, ids: _Ids) -> str:
    """``word`` cut in two runs with the markup ``how`` between or around them, as Word
    leaves a word after spell check, smart tags, XML mapping or a jump-back bookmark."""
    if len(word) < 6:
        return _r(word)
    cut = len(word) // 2
    one, two = _r(word[:cut], rsid="00B1C2D3"), _r(word[cut:], rsid="00E4F5A6")
    if how == "proof":
        return (f'<w:proofErr w:type="spellStart"/>{one}{two}'
                '<w:proofErr w:type="spellEnd"/>')
    if how == "smart":
        return ('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
                f'w:element="PersonName">{one}{two}</w:smartTag>')
    if how == "custom":
        return f'<w:customXml w:element="skill">{one}{two}</w:customXml>'
    number = ids()
    return f'{one}<w:bookmarkStart w:id="{number}" w:name="_GoBack"/>' \
           f'<w:bookmarkEnd w:id="{number}"/>{two}'


def _cell(width: int, content: str, *, fill: str = "") -> str:
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
            f"{content}</w:tc>")


def _modern_template(lang: str, person: dict[str, Any]) -> bytes:
    from docx.text.paragraph import Paragraph

    ids = _Ids()
    document = _new(person)
    headings = person["headings"]
    photo_paragraph = document.add_paragraph()
    photo_paragraph.add_run().add_picture(io.BytesIO(_photo()))
    photo = photo_paragraph._p
    photo.getparent().remove(photo)
    kinds = itertools.cycle(["proof", "smart", "custom", "bookmark"])
    left = [_p(_r(line)) for line in person["contact"] + person["personal"]]
    left.append(_p(_textbox_run(ids, _p(_r(headings["skills"]), style="Heading1"))))
    for skill in person["skills"]:
        words = skill.replace("MS Office", "MS\u00a0Office").split(" ")
        runs = _r(" ").join(_marked_word(word, next(kinds), ids) for word in words)
        left.append(_p(runs, style="ListParagraph", ppr=BULLET))
    left.append(_p(_r(headings["languages"]), style="Heading1"))
    left += [_p(_r(line), ppr="<w:bidi/>") for line in person["languages"]]
    right = [_p(_r(person["name"]), style="Title"),
             _p(_r(headings["summary"]), style="Heading1"), _p(_r(person["summary"])),
             _p(_r(headings["experience"]), style="Heading1")]
    for title, employer, city, dates, bullets in person["jobs"]:
        right.append(
            '<w:tbl><w:tblPr><w:tblW w:w="5600" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            '</w:tblPr><w:tblGrid><w:gridCol w:w="3700"/><w:gridCol w:w="1900"/></w:tblGrid>'
            f'<w:tr>{_cell(3700, _p(_r(title, rpr="<w:b/>")))}'
            f"{_cell(1900, _p(_r(dates), ppr=RIGHT))}</w:tr></w:tbl>")
        right.append(_p(_r(f"{employer}, {city}", rpr="<w:i/>")))
        right += [_p(_r(line.replace(*SOFT_HYPHEN[lang])), style="ListBullet")
                  for line in bullets]
    right.append(_p(_r(headings["education"]), style="Heading1"))
    right += [_p(_r(line)) for line in person["education"]]
    borders = "".join(f'<w:{side} w:val="nil"/>' for side in
                      ("top", "left", "bottom", "right", "insideH", "insideV"))
    _append(document, [
        '<w:tbl><w:tblPr><w:tblW w:w="9900" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        f'<w:tblBorders>{borders}</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3900"/>'
        f'<w:gridCol w:w="6000"/></w:tblGrid><w:tr>'
        f'{_cell(3900, "".join(left), fill="E8EEF4")}{_cell(6000, "".join(right))}'
        "</w:tr></w:tbl>"])
    first_cell = next(document.element.body.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tc"))
    first_cell.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tcPr").addnext(photo)
    # a comment anchored across the two runs of the summary's first skill word
    paragraphs = [Paragraph(p, document._body) for p in document.element.body.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")]
    skill = next(p for p in paragraphs if p.text.replace("\u00a0", " ") == person["skills"][0])
    if len(skill.runs) > 1:
        document.add_comment(skill.runs[:2], text=COMMENT[lang], author="A. Berg",
                             initials="AB")
    return _save(document)


COMMENT = {"en": "Name the CRM version?", "de": "Welche Salesforce-Version?",
           "da": "Hvilken version?", "et": "Milline versioon?"}



# --- a skills line with markup around its words ----------------------------------------------


def _skills_line(lang: str, person: dict[str, Any], document: Any, ids: _Ids) -> str:
    """The skills in one line separated by commas: the product a hyperlink to its site, one
    word in a smart tag, one in custom XML, a comment across two skills."""
    parts = []
    for n, skill in enumerate(person["skills"]):
        text = skill.replace("MS Office", "MS\u00a0Office")
        if skill in SITES:
            rid = _link_rel(document, SITES[skill])
            run = _r(text, rpr='<w:rStyle w:val="Hyperlink"/>')
            parts.append(f'<w:hyperlink r:id="{rid}" w:history="1">{run}</w:hyperlink>')
        elif n % 3 == 1:
            parts.append(_marked_word(text, "smart", ids))
        elif n % 3 == 2:
            parts.append(_marked_word(text, "custom", ids))
        else:
            parts.append(_r(text))
    comma = _r(", ")
    middle = len(parts) // 2
    parts[middle - 1] = '<w:commentRangeStart w:id="0"/>' + parts[middle - 1]
    parts[middle] += ('<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle '
                      'w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>')
    return comma.join(parts)


def _marked_skills_line(lang: str, person: dict[str, Any]) -> bytes:
    from .real_layouts import _main

    ids = _Ids()
    document = _new(person)
    headings = person["headings"]
    body = [_p(_r(person["name"]), style="Title")]
    body += [_p(_r(line)) for line in person["contact"] + person["personal"]]
    body += _main(person)
    body += [_p(_r(headings["skills"]), style="Heading1"),
             _p(_skills_line(lang, person, document, ids)),
             _p(_r(headings["languages"]), style="Heading1")]
    body += [_p(_r(line)) for line in person["languages"]]
    _append(document, body)
    return _patch(_save(document), add={"word/comments.xml": COMMENTS.format(
        text=escape(COMMENT[lang])).encode()}, edit={
        "[Content_Types].xml": lambda xml: xml.replace(
            "</Types>", f'<Override PartName="/word/comments.xml" ContentType="{COMMENTS_TYPE}"/>'
            "</Types>"),
        "word/_rels/document.xml.rels": lambda xml: xml.replace(
            "</Relationships>", f'<Relationship Id="rIdComments1" Type="{COMMENTS_REL}" '
            'Target="comments.xml"/></Relationships>')})


COMMENTS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:comment w:id="0" w:author="A. Berg" w:date="2026-11-20T09:30:00Z" w:initials="AB">'
    '<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:comment></w:comments>')
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"

BUILDERS = {"google_docs": _google_docs, "libreoffice_writer": _libreoffice_writer,
            "modern_template": _modern_template, "marked_skills_line": _marked_skills_line}


# --- a letter whose letterhead is a table in the page header ---------------------------------


def build_letter_header_table(lang: str, person: dict[str, Any] | None = None) -> bytes:
    """``lang``'s cover letter as a Word letter template writes it: the sender's name on
    the left and address and contact on the right of a borderless table in the page header
    (the letterhead repeats on every page), the rest of the letter in the body, one
    paragraph per paragraph; modelled on https://anschreibenmuster.de/anschreiben-briefkopf
    (Absenderangaben at the top: name, address, phone, e-mail)."""
    from resume_helper.documents import read_document

    person = person or _people()[lang]
    # the paragraphs the applicant typed: those the plain-text letter reads as paragraphs
    paragraphs = [p.text for p in read_document(person["letter"].encode(),
                                                kind="letter").paragraphs]
    sender = person["letter"].strip().split("\n\n")[0].splitlines()
    document = _new(person)
    section = document.sections[0]
    table = section.header.add_table(rows=1, cols=2, width=section.page_width
                                     - section.left_margin - section.right_margin)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = sender[0]
    right.paragraphs[0].text = sender[1]
    for line in sender[2:]:
        right.add_paragraph(line)
    for text in paragraphs[len(sender):]:
        document.add_paragraph(text)
    return _save(document)


def _people() -> dict[str, dict[str, Any]]:
    from .layouts import PEOPLE

    return PEOPLE
