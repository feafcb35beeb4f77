"""What `tailor` gains a resume, and what it must never cost, over realistic pairs.

Pairs: the layout fixtures of tests/tailoring/layouts.py, real_layouts.py and
more_layouts.py (one person per language, each in sixteen Word layouts: plain, skills in a
table or text box, two columns, header contact, Europass, content controls, fields and links,
tracked changes, multi-column sections, Google Docs and LibreOffice Writer exports, a design
template with a photo and shapes, a skills line with links, smart tags and a comment, and
others, with a posting and a letter), the bundled samples (strong resumes), strong
applicants who describe the same work in their own words (tests/tailoring/own_words.py, four
layouts each), and thin generated resumes (weak: one job, one skill) as DOCX and text, in all
four languages. For each pair: the score before, after the safe suggestions, and after all
suggestions are accepted; the score after tailoring ignores the lines tailor writes itself (the
profile), so a weak resume cannot gain from our text.

Counted, with targets: invented facts (0: numbers, periods, names or skill concepts in the
outputs that no input has), lost sections (0), lost personal details (0), tracebacks (0);
median gain of strong resumes with all suggestions accepted (>= 8 points), over all strong
pairs and per kind. The "ceiling" column is the score the resume would get if every skill it
shows in other words were shown in the posting's words: the most a truthful rewording can
earn (skills it does not show, its titles, years and education stay as they are). With
--pages and LibreOffice installed, page counts before and after are compared too.

    python benchmarks/tailoring_benefit.py [--lang de] [--pages] [--limit N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import traceback
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the fixtures live with the tests

from resume_helper.documents import read_document  # noqa: E402
from resume_helper.languages import SUPPORTED_LANGUAGES  # noqa: E402
from resume_helper.tailoring import tailor  # noqa: E402
from resume_helper.workshop.demo import sample_paths  # noqa: E402
from tests.tailoring.facts import concepts_of, new_facts  # noqa: E402
from tests.tailoring.generated import as_docx, as_text, resume_lines  # noqa: E402
from tests.tailoring.layouts import PEOPLE, build_resume  # noqa: E402
from tests.tailoring.own_words import LAYOUTS as OWN_LAYOUTS  # noqa: E402
from tests.tailoring.own_words import OWN_WORDS  # noqa: E402
from tests.tailoring.real_layouts import ALL_LAYOUTS, build_any  # noqa: E402

TODAY = date(2026, 12, 2)
TARGET_GAIN = 8


@dataclass
class Pair:
    name: str
    lang: str
    strength: str  # "strong" or "weak"
    kind: str  # "layout", "sample", "own-words" or "thin"
    resume: bytes
    posting: str
    letter: str | None = None
    personal: list[str] = field(default_factory=list)


@dataclass
class Outcome:
    pair: Pair
    before: int = 0
    safe: int = 0
    everything: int = 0
    ceiling: int = 0
    invented: list[str] = field(default_factory=list)
    lost_sections: list[str] = field(default_factory=list)
    lost_personal: list[str] = field(default_factory=list)
    pages: tuple[int | None, int | None] = (None, None)
    error: str = ""


def pairs(langs: list[str]) -> list[Pair]:
    found = []
    for lang in langs:
        person = PEOPLE[lang]
        for layout in ALL_LAYOUTS:
            found.append(Pair(f"{lang}/{layout}", lang, "strong", "layout",
                              build_any(lang, layout), person["posting"], person["letter"],
                              person["personal"]))
        paths = sample_paths(lang)
        found.append(Pair(f"{lang}/sample", lang, "strong", "sample",
                          paths["resume"].read_bytes(),
                          paths["posting"].read_text(encoding="utf-8"),
                          paths["letter"].read_text(encoding="utf-8")))
        own = OWN_WORDS[lang]
        for layout in OWN_LAYOUTS:
            found.append(Pair(f"{lang}/own-{layout}", lang, "strong", "own-words",
                              build_resume(lang, layout, person=own), own["posting"],
                              own["letter"], own["personal"]))
        thin = resume_lines(lang, name=1, jobs=[2], bullets=[[]], skills=[0], summary=None)
        posting = person["posting"]
        found.append(Pair(f"{lang}/thin-docx", lang, "weak", "thin", as_docx(thin), posting))
        found.append(Pair(f"{lang}/thin-text", lang, "weak", "thin", as_text(thin).encode(),
                          posting))
    return found


def measure(pair: Pair, *, pages: bool) -> Outcome:
    outcome = Outcome(pair)
    letter = pair.letter.encode() if pair.letter else None
    try:
        safe = tailor(pair.resume, pair.posting.encode(), letter=letter, today=TODAY)
        full = tailor(pair.resume, pair.posting.encode(), letter=letter, today=TODAY,
                      accept="all")
    except Exception:  # noqa: BLE001 - a traceback is what this counts
        outcome.error = traceback.format_exc(limit=3).strip().splitlines()[-1]
        return outcome
    outcome.before, outcome.safe, outcome.everything = (
        full.report.score_before, safe.report.score, full.report.score)
    outcome.ceiling = ceiling(pair, letter)
    original = read_document(pair.resume, kind="resume")
    resume_in = original.text
    inputs = [resume_in, pair.posting] + ([pair.letter] if pair.letter else [])
    ad = read_document(pair.posting.encode(), kind="posting")
    named = " ".join(x for x in (ad.title, ad.company) if x)
    allowed = concepts_of([(resume_in, pair.lang), (named, pair.lang)])
    from resume_helper.tailoring.plan import broader

    allowed |= {broader()[c] for c in allowed if c in broader()}
    for result in (safe, full):
        written = read_document(result.resume_docx, kind="resume")
        outcome.invented += new_facts(inputs, written.text, lang=result.lang,
                                      allowed_concepts=allowed)
        kinds = {s.kind for s in original.sections}
        outcome.lost_sections += sorted(kinds - {s.kind for s in written.sections})
        contact = original.contact
        for value in (contact.name, contact.email, *pair.personal):
            if value and value not in written.text:
                outcome.lost_personal.append(value)
        letter_doc = read_document(result.letter_docx, kind="letter")
        body = "\n".join(p.text for p in letter_doc.paragraphs if p.section == "body")
        letter_allowed = allowed | (concepts_of([(pair.letter, pair.lang)]) if pair.letter
                                    else set())
        outcome.invented += [f"letter {p}" for p in new_facts(
            inputs, body, lang=result.lang, allowed_concepts=letter_allowed)]
    if pages:
        outcome.pages = (page_count(pair.resume), page_count(full.resume_docx))
    return outcome


def ceiling(pair: Pair, letter: bytes | None) -> int:
    """The score before tailoring with every skill shown in other words counted as shown in
    the posting's words: what a truthful rewording can earn at most."""
    from dataclasses import replace

    from resume_helper.analysis import analyse_application
    from resume_helper.checker import compare
    from resume_helper.matching.score import OWN_PARTS, combine, skills_part
    from resume_helper.messages import Messages

    resume, posting, letter_doc = analyse_application(pair.resume, pair.posting.encode(),
                                                      letter)
    report = compare(resume, posting, letter=letter_doc, today=TODAY)
    reworded = [replace(s, status="matched") if s.status == "partial"
                and s.category not in OWN_PARTS else s for s in report.skills]
    part = skills_part(reworded, Messages(report.lang))
    parts = [replace(p, value=part.value) if p.name == "skills" and part is not None else p
             for p in report.parts]  # the report's parts carry normalised weights
    return combine(parts)


def page_count(data: bytes) -> int | None:
    """Pages of a DOCX as LibreOffice lays it out (None without LibreOffice)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    from pypdf import PdfReader

    with tempfile.TemporaryDirectory() as folder:
        docx = Path(folder) / "cv.docx"
        docx.write_bytes(data)
        subprocess.run([soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", folder, str(docx)],
                       check=True, capture_output=True, timeout=180)
        return len(PdfReader(Path(folder) / "cv.pdf").pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, action="append")
    parser.add_argument("--pages", action="store_true", help="compare LibreOffice page counts")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pairs")
    args = parser.parse_args()
    chosen = pairs(args.lang or list(SUPPORTED_LANGUAGES))
    if args.limit:
        chosen = chosen[:args.limit]
    outcomes = [measure(pair, pages=args.pages) for pair in chosen]
    print(f"{'pair':24} {'before':>6} {'safe':>5} {'all':>5} {'gain':>5} {'ceiling':>7}  "
          "problems")
    for o in outcomes:
        problems = o.error or "; ".join(
            [*(f"invented {x}" for x in o.invented), *(f"lost section {x}" for x in
                                                      o.lost_sections),
             *(f"lost {x}" for x in o.lost_personal)])
        if o.pages[0] is not None and o.pages[1] != o.pages[0]:
            problems = f"pages {o.pages[0]} -> {o.pages[1]}; {problems}"
        print(f"{o.pair.name:24} {o.before:>6} {o.safe:>5} {o.everything:>5} "
              f"{o.everything - o.before:>+5} {o.ceiling:>7}  {problems}")
    done = [o for o in outcomes if not o.error]
    groups = {"strong (all)": lambda p: p.strength == "strong",
              "strong, posting's words (layouts, samples)":
                  lambda p: p.strength == "strong" and p.kind != "own-words",
              "strong, own words": lambda p: p.kind == "own-words",
              "weak": lambda p: p.strength == "weak"}
    for label, wanted in groups.items():
        group = [o for o in done if wanted(o.pair)]
        if group:
            gains = [o.everything - o.before for o in group]
            safe_gains = [o.safe - o.before for o in group]
            room = [o.ceiling - o.before for o in group]
            print(f"{label}: {len(group)} pairs, median gain with all suggestions "
                  f"{statistics.median(gains):+.1f} "
                  f"(safe only {statistics.median(safe_gains):+.1f}; truthful ceiling "
                  f"{statistics.median(room):+.1f})")
    changed_pages = [o for o in done if o.pages[0] is not None and o.pages[1] != o.pages[0]]
    print(f"invented facts: {sum(len(o.invented) for o in done)} (target 0)")
    print(f"lost sections: {sum(len(o.lost_sections) for o in done)} (target 0)")
    print(f"lost personal details: {sum(len(o.lost_personal) for o in done)} (target 0)")
    print(f"tracebacks: {len(outcomes) - len(done)} (target 0)")
    if args.pages:
        print(f"page count changed: {len(changed_pages)} of {len(done)}")
    strong = [o.everything - o.before for o in done if o.pair.strength == "strong"]
    if strong:
        print(f"strong median gain {statistics.median(strong):+.1f} (target >= {TARGET_GAIN})")


if __name__ == "__main__":
    main()
