"""Rule-compliance as each language states it (issue 12, round 5b).

Ads and job descriptions say that work is done *according to* the rules as often as they say
"comply with": en "in accordance with legislation", "in line with regulations", "rules and
regulations are followed", "compliant with policies", "compliance issues"; de "gemäß den
Vorschriften", "im Einklang mit den Rechtsvorschriften"; da "i henhold til lovgivningen"; et
"vastavalt õigusaktidele", "eeskirjade kohaselt". The lines below are invented in the style of
these ads and descriptions (no sentence is copied):
- https://bossjob.tw/zh-tw/job/customer-service-representative-remote-370880 (en: "handled in
  accordance with the site's policies and regulations", "compliance with regulatory standards")
- https://jobo.world/job/exceptions-research-specialist-i-cb4198a9-ba26-46c1-9b8f-a9e6a49afb15
  (en: "ensures compliance with client, regulatory, and Association rules and regulations")
- https://www.riigiteataja.ee/akt/128122018029 (et duty lists: "andmekaitsenormide põhimõtete
  järgimiseks", "andmekaitsenõuetest kinnipidamist")
- https://www.kutseregister.ee/ctrl/et/Standardid/vaata/10988847 (et: "kooskõlas Euroopa Liidu
  õiguse ja valdkonna standarditega")
"""

from __future__ import annotations

import pytest

from resume_helper import extract_skills


def ids(text: str, lang: str) -> set[str]:
    return {s.id for s in extract_skills(text, lang=lang)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "according to the rules": a premodifier may stand before the rules' noun
        ("en", "Process refunds and cancellations in accordance with consumer legislation."),
        ("en", "Verify identity documents in line with regulations before activating an account."),
        ("en", "Make sure that anti-money laundering rules and regulations are followed."),
        ("en", "Keep customer records compliant with policies and data protection law."),
        ("en", "Escalate compliance issues to the team leader."),
        ("de", "Sie bearbeiten Reklamationen gemäß den gesetzlichen Vorschriften."),
        ("de", "Die Abrechnung erfolgt im Einklang mit den geltenden Rechtsvorschriften."),
        ("da", "Du behandler kundernes sager i henhold til lovgivningen."),
        ("et", "Käsitled klientide pöördumisi vastavalt kehtivatele õigusaktidele."),
        ("et", "Isikuandmeid töödeldakse andmekaitse eeskirjade kohaselt."),
        ("et", "Tagad klientide andmete töötlemisel seadusandluse järgimise."),
        ("en", "Serve customers in accordance with instructions from the shift leader."),
        ("da", "Du sørger for, at gældende regler og forskrifter følges i hele afdelingen."),
        ("da", "Du arbejder i henhold til gældende lovgivning og overholder lovkrav."),
        ("et", "Vastutad ohutuseeskirjade täitmise eest laos."),
        ("et", "Järgid töös tuleohutuse eeskirju."),
    ],
)
def test_working_by_the_rules_is_rule_compliance(lang: str, text: str) -> None:
    assert "rule-compliance" in ids(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a client's or a drawing's instructions and specifications are no rules
        ("en", "Ensure conformity to engineering specifications."),
        ("et", "Paigaldad seadmed vastavalt kliendi juhistele."),
        ("en", "Build the cabinets in accordance with the customer's drawings."),
    ],
)
def test_instructions_of_a_client_are_not_rule_compliance(lang: str, text: str) -> None:
    assert "rule-compliance" not in ids(text, lang)
