"""`skills` and `parse`: what the checker reads in one document."""

from __future__ import annotations

import json
from typing import Any

import click

from resume_helper.cli.options import (
    FORMAT_OPTION,
    INPUT_FILE,
    LANG_OPTION,
    handle_user_errors,
    read_input,
)


@click.command()
@click.argument("file", type=INPUT_FILE)
@LANG_OPTION
@FORMAT_OPTION
@handle_user_errors
def skills(file: str, lang: str | None, output_format: str) -> None:
    """List the skills, tools, certifications, languages and education FILE evidences.

    FILE is a resume, cover letter or job posting (DOCX, PDF, text, Markdown, HTML or JSON
    Resume), or - for standard input.
    """
    from resume_helper.messages import Messages
    from resume_helper.nlp.langdetect import detect_language
    from resume_helper.skills import extract_skills

    text = read_input(file, lang=lang).text
    found = extract_skills(text, lang=lang)
    if output_format == "json":
        click.echo(json.dumps([_skill_json(s, text) for s in found], ensure_ascii=False, indent=2))
        return
    # Why the text's language: the labels are in it, so the rest of each line is too.
    messages = Messages(lang or detect_language(text))
    if not found:
        click.echo(messages.text("cli.no_skills"))
        return
    categories = {s.category: messages.text(f"category.{s.category}") for s in found}
    width = max(len(s.label) for s in found)
    category_width = max(len(name) for name in categories.values())
    for skill in found:
        level = f" [{messages.level(skill.level)}]" if skill.level else ""
        evidence = "; ".join(messages.quote(e) for e in skill.evidence(text))
        click.echo(f"{skill.label:<{width}}  {categories[skill.category]:<{category_width}} "
                   f"{evidence}{level}")


@click.command()
@click.argument("file", type=INPUT_FILE)
@click.option(
    "--kind",
    type=click.Choice(["resume", "letter", "posting"]),
    default=None,
    help="What FILE is; guessed from its content when left out.",
)
@LANG_OPTION
@FORMAT_OPTION
@handle_user_errors
def parse(file: str, kind: str | None, lang: str | None, output_format: str) -> None:
    """Show the structure read from FILE: a resume, cover letter or job posting.

    FILE may be DOCX, PDF (with a text layer), text, Markdown, HTML or JSON Resume; the
    format is told by content. Use - for standard input.
    """
    import dataclasses

    from resume_helper.documents import document_to_dict, format_document
    from resume_helper.messages import Messages
    from resume_helper.nlp.langdetect import detect_language

    doc = read_input(file, kind=kind, lang=lang)
    doc = dataclasses.replace(doc, lang=lang or detect_language(doc.text))
    if output_format == "json":
        click.echo(json.dumps(document_to_dict(doc), ensure_ascii=False, indent=2))
    else:
        click.echo(format_document(doc, Messages(doc.lang)))


def _skill_json(skill: Any, text: str) -> dict[str, Any]:
    return {
        "id": skill.id,
        "label": skill.label,
        "category": skill.category,
        "esco_uris": list(skill.esco_uris),
        "level": skill.level,
        "spans": [list(span) for span in skill.spans],
        "evidence": skill.evidence(text),
    }
