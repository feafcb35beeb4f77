"""Read Word documents (.docx, .docm, .dotx) in the order a reader sees them.

Why our own walk over the body XML instead of ``document.paragraphs``: python-docx lists
body paragraphs only, skipping tables, text boxes and content controls, and would list a
text box twice (Word stores a modern and a fallback copy). Resumes put a lot of text there.
"""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from resume_helper.documents.errors import DocumentError
from resume_helper.documents.model import Block, Extracted, Source
from resume_helper.documents.safety import check_xml, open_zip, read_member
from resume_helper.documents.text import split_bullet
from resume_helper.documents.visibility import (
    cell_fill,
    page_background,
    run_hidden,
    style_chain,
    switched_on,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
CONTENT_TYPE_REWRITES = (
    (b"application/vnd.ms-word.document.macroEnabled.main+xml",
     b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
    (b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
     b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
    (b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
     b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
)
HEADING_STYLE = re.compile(r"^(?:heading|überschrift|overskrift|pealkiri|rubrik)\s*(\d)$", re.I)
CONTAINERS = {f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}smartTag", f"{W}ins",
              f"{W}moveTo", f"{W}fldSimple", f"{W}dir", f"{W}bdo"}
HYPERLINK_FIELD = re.compile(r'HYPERLINK\s+"([^"]+)"')
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg")
# Why at most 4 digits: no document has more pages or columns, and int() of a forged
# 5,000-digit number fails (Python's int-from-text limit).
COLUMNS = re.compile(rb"<w:cols\b[^>]*\bw:num=\"(\d{1,4})\"")
PAGES = re.compile(rb"<(?:\w+:)?Pages>\s*(\d{1,4})\s*</")


@dataclass
class _Context:
    """What the walk needs from the document, and the fonts it has seen."""

    styles: dict[str, Any]
    rels: dict[str, str]
    fonts: set[str] = field(default_factory=set)
    origins: list[Any] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    hidden: list[tuple[str, str]] = field(default_factory=list)
    defaults: Any = None  # the document's default run properties
    fill: str | None = None  # the colour behind the text: a cell's shading or the page's
    paragraph_style: Any = None
    chains: dict[int, tuple[Any, ...]] = field(default_factory=dict)  # see _chain


def read_docx(data: bytes, name: str) -> Extracted:
    """Blocks of a Word document: headers, body (tables, text boxes) and footers, in order."""
    return open_docx(data, name)[1]


def open_docx(data: bytes, name: str) -> tuple[Any, Extracted, list[Any]]:
    """The python-docx document, its blocks, and for each block the ``w:p`` it came from.

    Why the elements: tailoring edits the user's own document in place, so it must know
    which paragraph of the file each read paragraph is.
    """
    archive = open_zip(data, name)
    notes: list[str] = []
    parts: dict[str, bytes] = {}
    for info in archive.infolist():
        if info.is_dir():
            continue
        content = read_member(archive, info.filename, name)
        if info.filename.lower().endswith((".xml", ".rels")) or _looks_like_xml(content):
            check_xml(content, info.filename, name)
        parts[info.filename] = content
    if any("vbaproject" in member.lower() for member in parts):
        notes.append("macros")  # said by parse.notes.macros in messages/<lang>.yaml
    types = parts.get("[Content_Types].xml", b"")
    rewritten = types
    for old, new in CONTENT_TYPE_REWRITES:
        rewritten = rewritten.replace(old, new)
    if rewritten != types:
        data = _repack(parts, {"[Content_Types].xml": rewritten})
    document = _open(data, name)
    extracted, origins = _extract(document, notes)
    return document, dataclasses.replace(extracted, layout=_layout(parts),
                                         pages=_pages(parts)), origins


def _layout(parts: dict[str, bytes]) -> tuple[str, ...]:
    """What the file holds that applicant tracking systems read badly: images, columns."""
    found = []
    if any(member.startswith("word/media/") and member.lower().endswith(IMAGE_SUFFIXES)
           for member in parts):
        found.append("images")
    body = parts.get("word/document.xml", b"")
    if any(int(n) > 1 for n in COLUMNS.findall(body)):
        found.append("columns")
    return tuple(found)


def _pages(parts: dict[str, bytes]) -> int | None:
    """The page count Word saved in docProps/app.xml (absent when another program wrote it)."""
    match = PAGES.search(parts.get("docProps/app.xml", b""))
    return int(match.group(1)) if match and int(match.group(1)) > 0 else None


def _looks_like_xml(content: bytes) -> bool:
    head = content[:64].lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    return head.startswith((b"<", b"<\x00"))


def _repack(parts: dict[str, bytes], replace: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for member, content in parts.items():
            out.writestr(member, replace.get(member, content))
    return buffer.getvalue()


def _open(data: bytes, name: str) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        document.styles  # noqa: B018 - a styles relationship aimed at another part fails here
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, SyntaxError) as exc:
        raise DocumentError(key="word_damaged", name=name, detail=type(exc).__name__) from exc
    except Exception as exc:
        # Why so broad: python-docx trusts the package it reads; a part missing or of the
        # wrong type ends in AttributeError or TypeError deep inside it. The archive was
        # already checked for bombs, so any failure here is a damaged file.
        if type(exc).__module__.startswith("lxml"):
            raise DocumentError(key="word_invalid_xml", name=name) from exc
        raise DocumentError(key="word_damaged", name=name, detail=type(exc).__name__) from exc
    if not _relationships_complete(document.part.package) or not _parts_are_xml(document.part):
        raise DocumentError(key="word_invalid_xml", name=name)
    if getattr(document.element, "body", None) is None:
        # the main part holds another part's XML (a styles or settings root) or no body
        raise DocumentError(key="word_damaged", name=name, detail="no w:body")
    return document


def _parts_are_xml(main: Any) -> bool:
    """Whether every header and footer the document names was read as a Word XML part.

    Why: a part whose content type is missing from ``[Content_Types].xml`` loads as a bare
    binary part; reading or tailoring its text would then fail deep inside python-docx.
    """
    return all(hasattr(rel.target_part, "element") for rel in main.rels.values()
               if not rel.is_external and rel.reltype.rsplit("/", 1)[-1] in ("header", "footer"))


def _relationships_complete(package: Any) -> bool:
    """Whether every relationship the document reaches has its Id, Type and Target.

    Why: python-docx reads a relationship without its Type (or Id) and only fails when it
    writes the package back, so a damaged file would be checked and then break tailoring.
    The schema requires all three; Word refuses such a file too.
    """
    sources: list[Any] = [package]
    seen: set[int] = set()
    while sources:
        for rel in sources.pop().rels.values():
            if not all(isinstance(value, str) and value
                       for value in (rel.rId, rel.reltype, rel.target_ref)):
                return False
            if not rel.is_external and id(rel.target_part) not in seen:
                seen.add(id(rel.target_part))
                sources.append(rel.target_part)
    return True


def _extract(document: Any, notes: list[str]) -> tuple[Extracted, list[Any]]:
    styles = {style.style_id: style for style in document.styles}
    main = _Context(styles=styles, rels=_rels(document.part),
                    defaults=document.styles.element.find(
                        f"{W}docDefaults/{W}rPrDefault/{W}rPr"),
                    fill=page_background(document.element.body))
    blocks: list[Block] = []
    headers, footers = _header_footer_parts(document)
    for part in headers:
        blocks += _walk(part.element, "header",
                        _Context(styles, _rels(part), main.fonts, main.origins, main.used,
                                 main.hidden, main.defaults, main.fill))
    blocks += _walk(document.element.body, "body", main)
    for part in footers:
        blocks += _walk(part.element, "footer",
                        _Context(styles, _rels(part), main.fonts, main.origins, main.used,
                                 main.hidden, main.defaults, main.fill))
    # Why only the styles in use: Word's template defines dozens (Courier for "Macro Text")
    # that no paragraph of the resume uses; their fonts are not the resume's.
    main.fonts |= _style_fonts(document, {k: v for k, v in styles.items() if k in main.used})
    return Extracted(blocks=tuple(blocks), file_format="docx", fonts=tuple(sorted(main.fonts)),
                     notes=tuple(notes), hidden_text=tuple(main.hidden)), main.origins


def _rels(part: Any) -> dict[str, str]:
    return {rid: rel.target_ref for rid, rel in part.rels.items() if rel.is_external}


def _header_footer_parts(document: Any) -> tuple[list[Any], list[Any]]:
    """Header and footer parts of every section, each once, first page and even pages too."""
    headers: dict[str, Any] = {}
    footers: dict[str, Any] = {}
    related = document.part.related_parts
    for sect_pr in document.element.body.iter(f"{W}sectPr"):
        for ref in sect_pr:
            rid = ref.get(R_ID)
            if rid not in related:
                continue
            part = related[rid]
            if ref.tag == f"{W}headerReference":
                headers.setdefault(str(part.partname), part)
            elif ref.tag == f"{W}footerReference":
                footers.setdefault(str(part.partname), part)
    return list(headers.values()), list(footers.values())


def _walk(container: Any, source: Source, ctx: _Context) -> Iterator[Block]:
    """Blocks of a body, cell, header, footer or text box, in document order."""
    for child in container:
        tag = child.tag
        if tag == f"{W}p":
            yield from _paragraph(child, source, ctx)
        elif tag == f"{W}tbl":
            inner: Source = "table" if source == "body" else source
            for row in _children(child, f"{W}tr"):
                yield from _row(row, inner, ctx)
        elif tag in CONTAINERS:
            yield from _walk(child, source, ctx)
        elif tag == f"{MC}AlternateContent":
            choice = child.find(f"{MC}Choice")
            if choice is not None:
                yield from _walk(choice, source, ctx)


def _row(row: Any, source: Source, ctx: _Context) -> Iterator[Block]:
    """A table row's blocks, cell by cell; a cell holding only a period comes first.

    Why: "Kundenberater | 03/2021 – heute" is the same job as "03/2021 – heute |
    Kundenberater"; read with the period first, the dates open the job's entry instead of
    trailing after its bullet points.
    """
    start = len(ctx.origins)
    cells: list[tuple[list[Block], list[Any]]] = []
    page = ctx.fill
    for cell in _children(row, f"{W}tc"):
        before = len(ctx.origins)
        ctx.fill = cell_fill(cell) or page
        blocks = list(_walk(cell, source, ctx))
        ctx.fill = page
        cells.append((blocks, ctx.origins[before:]))
    dated = [n for n, (blocks, _) in enumerate(cells) if n and _only_period(blocks)]
    for number in dated[:1]:
        cells.insert(0, cells.pop(number))
    # The paragraph elements stay in step with the blocks: tailoring edits them by index.
    ctx.origins[start:] = [origin for _, origins in cells for origin in origins]
    for blocks, _ in cells:
        yield from blocks


def _only_period(blocks: list[Block]) -> bool:
    from resume_helper.documents.dates import find_date_range

    text = " ".join(b.text for b in blocks).strip()
    found = find_date_range(text) if 0 < len(text) <= 60 else None
    return found is not None and found[1][1] - found[1][0] >= len(text) - 2


def _children(element: Any, tag: str) -> Iterator[Any]:
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in CONTAINERS:
            yield from _children(child, tag)


@dataclass
class _Runs:
    """Text of one paragraph as it is collected: lines, boldness, links, text boxes."""

    lines: list[list[str]] = field(default_factory=lambda: [[]])
    bold: list[bool] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    boxes: list[Any] = field(default_factory=list)
    visible: int = 0
    # runs no reader sees, (why, text); adjacent runs hidden for the same reason joined
    hidden: list[tuple[str, str]] = field(default_factory=list)
    hidden_open: bool = False
    hiding: bool = False  # the run being collected is hidden
    sizes: list[float | None] = field(default_factory=list)  # visible runs' own sizes, pt


def _paragraph(p: Any, source: Source, ctx: _Context) -> Iterator[Block]:
    runs = _Runs()
    ppr = p.find(f"{W}pPr")
    style = _paragraph_style(ppr, ctx)
    ctx.paragraph_style = style
    _collect(p, runs, ctx, bold=False)
    ctx.hidden += [(why, " ".join(text.split())) for why, text in runs.hidden if text.strip()]
    chain = _chain(style, ctx)
    ctx.used.update(s.style_id for s in chain)
    style_name = style.name if style is not None else None
    level = _heading_level(chain, ppr) or _set_large(runs, ctx)
    numbered = _has(ppr, "numPr") or (style is not None and _style_numbered(chain))
    listy = numbered or bool(style_name and "list" in style_name.lower())
    bold = bool(runs.bold) and all(runs.bold) or _style_bold(chain)
    for pieces in runs.lines:
        text = "".join(pieces).replace("\xa0", " ").strip()
        if not text:
            continue
        content, bulleted = split_bullet(text)
        ctx.origins.append(p)
        yield Block(text=content, source=source, style=style_name, heading_level=level,
                    bold=bold, list_item=listy or bulleted, links=tuple(dict.fromkeys(runs.links)))
    box_source: Source = source if source in ("header", "footer") else "textbox"
    for box in runs.boxes:
        yield from _walk(box, box_source, ctx)


def _collect(element: Any, runs: _Runs, ctx: _Context, *, bold: bool) -> None:
    """Gather the text under ``element`` in order, noting text boxes instead of entering them."""
    for child in element:
        tag = child.tag
        if tag == f"{W}r":
            run_bold = _run_bold(child, ctx)
            before = runs.visible
            # Why hidden runs are left out of the text: no reader of the page sees them, so
            # they are no evidence; the finding names them from ``ctx.hidden``.
            runs.hiding = _note_hidden(child, runs, ctx)
            _collect(child, runs, ctx, bold=run_bold)
            runs.hiding = False
            if runs.visible > before:
                runs.bold.append(run_bold)
                runs.sizes.append(_run_size(child))
        elif tag == f"{W}t":
            if runs.hiding:
                continue
            runs.lines[-1].append(child.text or "")
            runs.visible += len((child.text or "").strip())
        elif tag in (f"{W}tab", f"{W}ptab"):
            runs.lines[-1].append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            runs.lines.append([])
        elif tag == f"{W}noBreakHyphen":
            runs.lines[-1].append("-")
        elif tag == f"{W}rPr":
            _note_fonts(child, ctx)
        elif tag == f"{W}txbxContent":
            runs.boxes.append(child)
        elif tag == f"{W}instrText":
            match = HYPERLINK_FIELD.search(child.text or "")
            if match:
                runs.links.append(match.group(1))
        elif tag == f"{MC}AlternateContent":
            choice = child.find(f"{MC}Choice")
            if choice is not None:
                _collect(choice, runs, ctx, bold=bold)
        elif tag in (f"{W}pPr", f"{W}delText", f"{MC}Fallback", f"{W}del", f"{W}moveFrom"):
            continue
        else:
            if tag == f"{W}hyperlink" and child.get(R_ID) in ctx.rels:
                runs.links.append(ctx.rels[child.get(R_ID)])
            _collect(child, runs, ctx, bold=bold)


def _note_hidden(run: Any, runs: _Runs, ctx: _Context) -> bool:
    """Note the text of a run no reader sees (white, tiny, hidden), joined with the run
    before it when that was hidden for the same reason; whether the run is hidden."""
    text = "".join(t.text or "" for t in run.iter(f"{W}t"))
    if not text.strip():
        return False
    why = run_hidden(run, ctx.paragraph_style, ctx.styles, ctx.defaults, ctx.fill,
                     chain_of=lambda style: _chain(style, ctx))
    if why is None:
        runs.hidden_open = False
        return False
    if runs.hidden_open and runs.hidden[-1][0] == why:
        runs.hidden[-1] = (why, runs.hidden[-1][1] + text)
    else:
        runs.hidden.append((why, text))
    runs.hidden_open = True
    return True


LARGE_TYPE = 1.6  # of the body size: a short paragraph set this large by hand is a title
MAX_TITLE_WORDS = 6


def _run_size(run: Any) -> float | None:
    """The size a run sets itself (w:sz, half-points), or None."""
    rpr = run.find(f"{W}rPr")
    size = rpr.find(f"{W}sz") if rpr is not None else None
    value = size.get(f"{W}val") if size is not None else None
    return int(value) / 2 if value and value.isdigit() else None


def _set_large(runs: _Runs, ctx: _Context) -> int | None:
    """1 for a short paragraph whose every run is set large by hand (a template's name,
    24 pt beside 10 pt text), as a PDF's large line is read; else None."""
    if not runs.sizes or any(size is None for size in runs.sizes):
        return None
    words = sum(len("".join(line).split()) for line in runs.lines)
    normal = ctx.styles.get("Normal")
    body = getattr(getattr(getattr(normal, "font", None), "size", None), "pt", None) or 11.0
    large = min(size for size in runs.sizes if size is not None) >= LARGE_TYPE * body
    return 1 if large and words <= MAX_TITLE_WORDS else None


def _has(ppr: Any, name: str) -> bool:
    return ppr is not None and ppr.find(f"{W}{name}") is not None


def _run_bold(run: Any, ctx: _Context) -> bool:
    rpr = run.find(f"{W}rPr")
    if rpr is None:
        return False
    if rpr.find(f"{W}b") is not None:
        return switched_on(rpr.find(f"{W}b"))
    rstyle = rpr.find(f"{W}rStyle")
    if rstyle is not None:
        style = ctx.styles.get(rstyle.get(f"{W}val"))
        return _style_bold(_chain(style, ctx)) or (style is not None and style.name == "Strong")
    return False


def _note_fonts(rpr: Any, ctx: _Context) -> None:
    fonts = rpr.find(f"{W}rFonts")
    if fonts is not None:
        for attribute in ("ascii", "hAnsi"):
            value = fonts.get(f"{W}{attribute}")
            if value:
                ctx.fonts.add(value)


def _paragraph_style(ppr: Any, ctx: _Context) -> Any:
    pstyle = ppr.find(f"{W}pStyle") if ppr is not None else None
    if pstyle is None:
        return ctx.styles.get("Normal")
    return ctx.styles.get(pstyle.get(f"{W}val"))


def _heading_level(chain: tuple[Any, ...], ppr: Any) -> int | None:
    outline = ppr.find(f"{W}outlineLvl") if ppr is not None else None
    if outline is not None and (outline.get(f"{W}val") or "").isdigit():
        value = int(outline.get(f"{W}val"))
        return value + 1 if value < 9 else None
    for item in chain:
        match = HEADING_STYLE.match(item.name or "")
        if match:
            return int(match.group(1))
    return None


def _chain(style: Any, ctx: _Context) -> tuple[Any, ...]:
    """``style`` and the styles it is based on, nearest first.

    Why cached per style: each step is python-docx's ``base_style``, an XPath search of
    styles.xml, and every paragraph and styled run asked for its chain up to four times.
    """
    chain = ctx.chains.get(id(style))  # the styles of ctx.styles live as long as ctx
    if chain is None:
        chain = ctx.chains[id(style)] = tuple(style_chain(style))
    return chain


def _style_bold(chain: tuple[Any, ...]) -> bool:
    for item in chain:
        bold = item.font.bold if hasattr(item, "font") else None
        if bold is not None:
            return bool(bold)
    return False


def _style_numbered(chain: tuple[Any, ...]) -> bool:
    for item in chain:
        ppr = item.element.find(f"{W}pPr")
        if _has(ppr, "numPr"):
            return True
    return False


def _style_fonts(document: Any, styles: dict[str, Any]) -> set[str]:
    """Fonts named by styles, and the document's default font (resolved through its theme)."""
    fonts = {s.font.name for s in styles.values() if hasattr(s, "font") and s.font.name}
    defaults = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    if defaults is not None:
        if defaults.get(f"{W}ascii"):
            fonts.add(defaults.get(f"{W}ascii"))
        elif defaults.get(f"{W}asciiTheme"):
            theme = _theme_fonts(document)
            major = "major" in defaults.get(f"{W}asciiTheme", "").lower()
            chosen = theme.get("major" if major else "minor")
            if chosen:
                fonts.add(chosen)
    return fonts


def _theme_fonts(document: Any) -> dict[str, str]:
    from defusedxml import ElementTree

    for part in document.part.package.iter_parts():
        if str(part.partname).startswith("/word/theme/"):
            try:
                root = ElementTree.fromstring(part.blob)
            except Exception:  # a broken theme only costs us the default font's name
                return {}
            found = {}
            for kind in ("major", "minor"):
                latin = root.find(f".//{A}{kind}Font/{A}latin")
                if latin is not None and latin.get("typeface"):
                    found[kind] = latin.get("typeface")
            return found
    return {}
