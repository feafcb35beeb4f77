"""A list member written with a trailing hyphen borrows the next word's last parts, cut where
that word's own parts meet (coordination._at_seam, morphology `heads_at_parts`, Estonian).

Why: the member took the longest end of the next word that made known words, and that end
could begin inside one of its parts: "ohutus- ja tervishoiunõuete" (safety and health
requirements) read as ohutu + serv + hoid + nõue, "tervishoiu- ja ohutuseeskirjadele" as
tervishoid + eeskiri across the letters "-u|e-", so neither met "tervishoid ja ohutus" (health and
safety), which English says word for word. Duties modelled on the Labour Inspectorate's pages
https://issuu.com/tooinspektsioon/docs/t__elu ("Ehitus nõuab tööohutusnõuete järgimist",
"töökeskkonna ja tööohutuse nõudeid") and https://teabesalv.pikk.ee/maaettevotlus/tootervishoid-ja-ohutus/.
The other languages keep the longest end (their figures fell with the cut at parts): the
tests below pin their lists too.
"""

from __future__ import annotations

import pytest

from resume_helper import extract_skills


def ids(text: str, lang: str) -> set[str]:
    return {skill.id for skill in extract_skills(text, lang=lang)}


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("Tagad laos tervishoiu- ja ohutuseeskirjade järgimise.", "et", "health-and-safety"),
        ("Ohutus- ja tervishoiunõuete täitmine ehitusplatsil.", "et", "health-and-safety"),
        ("Tunned töötervishoiu- ja tööohutusnõudeid.", "et", "health-and-safety"),
        ("Kunden- und Lieferantenbetreuung am Telefon.", "de", "customer-service"),
        ("Cross- und Upselling im Kundengespräch.", "de", "cross-selling"),
        ("Erfaring med in- og outbound salg.", "da", "inbound-calls"),
    ],
)
def test_a_hyphened_member_borrows_the_next_words_head(text: str, lang: str,
                                                        concept: str) -> None:
    assert concept in ids(text, lang)


def test_the_member_keeps_its_own_parts() -> None:
    from resume_helper.nlp.pipeline import get_pipeline

    text = "tervishoiu- ja ohutuseeskirjadele"
    doc = get_pipeline("et")(text)
    first = [p.lemma for p in doc._.rh_pieces if p is not None and p.start == 0]
    assert first == ["tervis", "hoid", "eeskiri"]
