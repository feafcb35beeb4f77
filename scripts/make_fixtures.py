"""Regenerate the binary document fixtures in tests/fixtures/ (DOCX with python-docx, PDF
through LibreOffice).

    python scripts/make_fixtures.py            # DOCX and, when soffice is installed, PDF
    python scripts/make_fixtures.py --no-pdf   # DOCX only

The text fixtures beside them are written by hand. The generated files are committed, so
tests need neither this script nor LibreOffice. Every name, employer, address and number is
fictional.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.shared import OxmlElement
from docx.shared import Pt

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office"'
)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_hyperlink(paragraph, url: str, text: str) -> None:
    """A real w:hyperlink with an external relationship, as Word writes it."""
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def add_text_box(paragraph, lines: list[tuple[str, bool]], *, box_id: int) -> None:
    """A floating text box anchored in ``paragraph``: DrawingML with the VML fallback that
    Word also writes (readers must not read the text twice)."""
    paras = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}'
        f'<w:t xml:space="preserve">{_escape(text)}</w:t></w:r></w:p>'
        for text, bold in lines
    )
    xml = f"""<w:r {NAMESPACES}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0"
 relativeHeight="{251659264 + box_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3780000</wp:posOffset>
</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="2160000" cy="1440000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{box_id}" name="Textfeld {box_id}"/>
<wp:cNvGraphicFramePr/><a:graphic><a:graphicData
 uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2160000" cy="1440000"/>
</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720"
 anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>
</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="Textfeld{box_id}"
 o:spid="_x0000_s10{box_id}" type="#_x0000_t202"
 style="position:absolute;margin-left:297.6pt;margin-top:0;width:170pt;height:113pt" filled="f">
<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict>
</mc:Fallback></mc:AlternateContent></w:r>"""
    paragraph._p.append(parse_xml(xml))


def bullet(container, text: str) -> None:
    container.add_paragraph(text, style="List Bullet")


def heading(container, text: str, level: int = 2) -> None:
    if hasattr(container, "add_heading"):
        container.add_heading(text, level=level)
    else:
        container.add_paragraph(text, style=f"Heading {level}")


def bold_line(container, text: str) -> None:
    container.add_paragraph().add_run(text).bold = True


def resume_de_table(path: Path) -> None:
    """German resume: contact details only in the page header, two-column table layout."""
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    header = doc.sections[0].header.paragraphs[0]
    header.text = "Jürgen Weiß"
    line = doc.sections[0].header.add_paragraph(
        "Mühlenweg 7 · 22089 Hamburg · Tel.: 0151 2345 6789 · juergen.weiss@example.com · "
    )
    add_hyperlink(line, "https://www.linkedin.com/in/juergen-weiss-beispiel", "LinkedIn")
    doc.sections[0].footer.paragraphs[0].text = "Lebenslauf Jürgen Weiß – Seite 1"
    doc.add_paragraph("Lebenslauf", style="Title")
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = "Kenntnisse"
    left.paragraphs[0].style = doc.styles["Heading 2"]
    for item in ("Zendesk", "SAP", "MS Office", "Zehnfingersystem"):
        bullet(left, item)
    heading(left, "Sprachen")
    for item in ("Deutsch – Muttersprache", "Englisch – fließend (C1)",
                 "Türkisch – Grundkenntnisse"):
        left.add_paragraph(item)
    right.paragraphs[0].text = "Berufserfahrung"
    right.paragraphs[0].style = doc.styles["Heading 2"]
    right.add_paragraph("03/2021 – heute")
    bold_line(right, "Kundenberater")
    right.add_paragraph("NordWind Energie GmbH, Hamburg")
    bullet(right, "Beratung von Privatkunden zu Tarifen und Abschlagszahlungen")
    bullet(right, "Bearbeitung von Reklamationen in Zendesk")
    right.add_paragraph("01.2019 – 02.2021")
    bold_line(right, "Servicemitarbeiter im Kundendialog")
    right.add_paragraph("Hansa Mobil AG, Hamburg")
    bullet(right, "Annahme von Kundenanrufen im Inbound")
    heading(right, "Ausbildung")
    right.add_paragraph("2015–2018 Kaufmann für Büromanagement, Berufliche Schule Hamburg-Eilbek")
    doc.save(path)


def resume_da_textbox(path: Path) -> None:
    """Danish resume: contact details and languages in text boxes, bold lines as headings."""
    doc = Document()
    name = doc.add_paragraph()
    run = name.add_run("Søren Højgaard")
    run.bold = True
    run.font.size = Pt(20)
    run.font.name = "Georgia"
    add_text_box(name, [("Kontakt", True), ("Æblevej 14, 8000 Aarhus C", False),
                        ("Tlf. 23 45 67 89", False), ("soeren.hoejgaard@example.com", False)],
                 box_id=1)
    bold_line(doc, "Profil")
    doc.add_paragraph("Serviceminded kundeservicemedarbejder med erfaring fra forsikring og "
                      "telekommunikation.")
    bold_line(doc, "Erhvervserfaring")
    doc.add_paragraph("marts 2019 – nu")
    doc.add_paragraph("Kundeservicemedarbejder, Nordlys Forsikring A/S, Aarhus")
    bullet(doc, "Besvarelse af opkald og mails fra privatkunder om skader og policer")
    doc.add_paragraph("aug. 2016 – feb. 2019")
    doc.add_paragraph("Kundeservicemedarbejder, Havnens Telekom ApS, Aarhus")
    bullet(doc, "Support af kunder på telefon og chat")
    anchor = doc.add_paragraph()
    add_text_box(anchor, [("Sprog", True), ("Dansk: modersmål", False),
                          ("Engelsk: flydende", False)], box_id=2)
    bold_line(doc, "Uddannelse")
    doc.add_paragraph("2013–2016 Kontoruddannelse (EUD), Aarhus Business College")
    doc.save(path)


def resume_et(path: Path) -> None:
    """Estonian resume with Word heading styles, the source of the PDF fixture."""
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.add_heading("Mari Tamm", level=0)
    doc.add_paragraph("Pärnu mnt 22, 10141 Tallinn · Tel +372 5123 4567 · mari.tamm@example.com")
    heading(doc, "Minust", 1)
    doc.add_paragraph("Rõõmsameelne klienditeenindaja, kellel on kolm aastat kogemust.")
    heading(doc, "Töökogemus", 1)
    doc.add_paragraph("jaanuar 2020 – praegu")
    doc.add_paragraph("Klienditeenindaja, Läänemere Side OÜ, Tallinn")
    bullet(doc, "Klientide nõustamine telefoni, e-posti ja vestlusakna kaudu")
    bullet(doc, "Pretensioonide lahendamine ja arvete selgitamine")
    doc.add_paragraph("06.2018 – 12.2019")
    doc.add_paragraph("Müüja-klienditeenindaja, Põhjarannik AS, Tallinn")
    bullet(doc, "Klientide teenindamine kaupluses")
    heading(doc, "Haridus", 1)
    doc.add_paragraph("2015–2018 Tallinna Teeninduskool, klienditeeninduse eriala")
    heading(doc, "Keeled", 1)
    doc.add_paragraph("eesti keel – emakeel")
    doc.add_paragraph("inglise keel – B2")
    doc.add_paragraph("vene keel – suhtlustasandil")
    doc.save(path)


def resume_en(path: Path) -> None:
    """US resume with heading styles, list bullets, a hyperlink and a named font."""
    doc = Document()
    style = doc.styles.add_style("Contact Line", WD_STYLE_TYPE.PARAGRAPH)
    style.font.name = "Arial"
    doc.add_heading("Dana Morales", level=0)
    contact = doc.add_paragraph("Portland, OR 97214 | (503) 555-0142 | ", style="Contact Line")
    add_hyperlink(contact, "mailto:dana.morales@example.com", "dana.morales@example.com")
    heading(doc, "Summary", 1)
    doc.add_paragraph("Friendly customer service representative with four years of experience.")
    heading(doc, "Work History", 1)
    doc.add_paragraph("Customer Service Representative | Lakeside Outfitters Inc. | "
                      "Jan 2020 - Present")
    bullet(doc, "Answer 70+ calls and chats a day about orders and returns")
    doc.add_paragraph("Sales Associate | Brightline Telecom LLC | Jun 2017 - Dec 2019")
    bullet(doc, "Helped walk-in customers choose phone plans")
    heading(doc, "Skills", 1)
    doc.add_paragraph("Salesforce, Zendesk, conflict resolution")
    heading(doc, "Languages", 1)
    doc.add_paragraph("English (native), Spanish (fluent)")
    doc.save(path)


def letter_de(path: Path) -> None:
    """German cover letter (DIN 5008 layout without the address field frame)."""
    doc = Document()
    for line in ("Jürgen Weiß", "Mühlenweg 7, 22089 Hamburg",
                 "juergen.weiss@example.com · 0151 2345 6789", "",
                 "NordWind Energie GmbH", "Frau Anna Becker", "Alsterufer 3", "20354 Hamburg", "",
                 "Hamburg, 12. März 2024", ""):
        doc.add_paragraph(line)
    bold_line(doc, "Bewerbung als Kundenservicemitarbeiter (m/w/d)")
    doc.add_paragraph("Sehr geehrte Frau Becker,")
    doc.add_paragraph("mit großem Interesse habe ich Ihre Stellenanzeige gelesen und bewerbe mich "
                      "hiermit als Kundenservicemitarbeiter.")
    doc.add_paragraph("Seit drei Jahren berate ich Privatkunden am Telefon und im Chat.")
    closing = doc.add_paragraph("Mit freundlichen Grüßen")
    closing.add_run().add_break()
    closing.add_run("Jürgen Weiß")
    doc.save(path)


def posting_da(path: Path) -> None:
    """Danish Jobindex-style posting, the source of the posting PDF fixture."""
    doc = Document()
    doc.add_heading("Kundeservicemedarbejder til Nordlys Forsikring", level=1)
    doc.add_paragraph("Nordlys Forsikring A/S, Aarhus C")
    doc.add_paragraph("Vi søger en serviceminded kundeservicemedarbejder til vores skadeafdeling.")
    heading(doc, "Dine opgaver")
    bullet(doc, "Besvare opkald og mails fra privatkunder om skader og forsikringer")
    heading(doc, "Din profil")
    bullet(doc, "Du har min. 1 års erfaring med kundeservice")
    bullet(doc, "Du taler og skriver flydende dansk og engelsk")
    bullet(doc, "Erfaring fra forsikringsbranchen er en fordel")
    heading(doc, "Vi tilbyder")
    bullet(doc, "Frokostordning, pension og sundhedsforsikring")
    doc.add_paragraph("Kontaktperson: Mette Kjær, tlf. 86 12 34 56")
    doc.save(path)


def to_pdf(source: Path, target: Path) -> bool:
    """Convert with LibreOffice; False when soffice is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found; {target.name} not regenerated", file=sys.stderr)
        return False
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
             "--convert-to", "pdf", "--outdir", work, str(source)],
            check=True, capture_output=True, timeout=180,
        )
        shutil.move(Path(work) / f"{source.stem}.pdf", target)
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDFs")
    args = parser.parse_args()
    FIXTURES.mkdir(parents=True, exist_ok=True)
    builders = {"resume_de_table.docx": resume_de_table,
                "resume_da_textbox.docx": resume_da_textbox,
                "resume_et.docx": resume_et, "resume_en.docx": resume_en,
                "letter_de.docx": letter_de, "posting_da.docx": posting_da}
    for name, build in builders.items():
        build(FIXTURES / name)
        print(f"wrote {name}")
    if not args.no_pdf:
        for stem in ("resume_et", "posting_da"):
            if to_pdf(FIXTURES / f"{stem}.docx", FIXTURES / f"{stem}.pdf"):
                print(f"wrote {stem}.pdf")


if __name__ == "__main__":
    main()
