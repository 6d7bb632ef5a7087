"""French phrasings of the Vietnamese press in French (VNA, Le Courrier du Vietnam)."""

import datetime as dt

from hoinhap.intake.extract import extract_document
from hoinhap.intake.quantities import find_quantities


def facts(text: str) -> list[tuple[str, str, float, str]]:
    found = extract_document(text, doc="t", lang="fr", published=dt.date(2014, 11, 14)).facts
    return [(f.subject, f.metric, f.value, f.unit) for f in found]


def test_dongs_with_a_circumflex_are_vnd() -> None:
    found = find_quantities("8.500 milliards de dôngs", "fr")
    assert [(q.value, q.unit) for q in found] == [(8_500_000_000_000, "VND")]


def test_an_investment_licence_handed_over_is_a_commitment() -> None:
    text = (
        "À Quang Binh, les autorités ont remis la licence d'investissement à 13 projets "
        "cumulant plus de 8.500 milliards de dôngs."
    )
    assert facts(text) == [("Quang Binh", "investment_commitments", 8_500_000_000_000, "VND")]


def test_investment_memoranda_are_commitments_not_international_agreements() -> None:
    text = (
        "Quang Binh a signé 8 mémorandums d'investissement d'une valeur de 10.800 milliards "
        "de dôngs."
    )
    assert facts(text) == [("Quang Binh", "investment_commitments", 10_800_000_000_000, "VND")]


def test_disbursed_fdi_is_not_registered_capital() -> None:
    text = "À Dông Nai, environ 120 millions de dollars d'IDE ont été décaissés depuis janvier."
    assert facts(text) == []


def test_a_breakdown_cumulating_capital_keeps_the_fdi_family() -> None:
    text = (
        "Le Japon est en tête à Dông Nai avec 167 projets d'IDE cumulant 3,1 milliards de dollars."
    )
    assert facts(text) == [
        ("Dong Nai", "fdi_projects", 167, "count"),
        ("Dong Nai", "fdi_capital", 3_100_000_000, "USD"),
    ]


def test_what_a_province_hopes_to_attract_is_a_target() -> None:
    text = "La province de Quang Binh espère attirer 1 milliard de dollars d'ici 2020."
    assert facts(text) == []


def test_programmes_and_projects_of_ngos_are_ngo_projects() -> None:
    text = "La province de Quang Tri a autorisé 120 programmes et projets d'ONG étrangères."
    assert facts(text) == [("Quang Tri", "ngo_projects", 120, "count")]


def test_vietnamese_tourists_are_domestic_and_not_a_fact() -> None:
    text = (
        "Au premier trimestre, Hue a accueilli 200.000 touristes étrangers et 500.000 "
        "touristes vietnamiens."
    )
    assert facts(text) == [("Hue", "visitors_international", 200000, "count")]


def test_the_country_welcoming_visitors_is_vietnam() -> None:
    text = "Cette année, le pays a accueilli environ 15,6 millions de visiteurs internationaux."
    assert facts(text) == [("Vietnam", "visitors_international", 15_600_000, "count")]


def test_money_per_hectare_is_no_metric() -> None:
    text = (
        "Hai Phong a attiré 647 millions de dollars d'IDE. La densité moyenne d'investissement "
        "y est d'environ 12 millions de dollars par hectare."
    )
    assert [v for _, _, v, _ in facts(text)] == [647_000_000]


def test_delegations_sent_abroad_are_sent() -> None:
    text = "Les dirigeants de Hai Phong ont conduit 12 délégations à l'étranger."
    assert facts(text) == [("Hai Phong", "delegations_sent", 12, "count")]


def test_a_disbursement_is_ngo_aid_where_ngo_aid_is_told() -> None:
    text = (
        "An Giang coopère avec 22 ONG étrangères. Le décaissement a atteint 3,1 millions de "
        "dollars."
    )
    assert facts(text)[-1] == ("An Giang", "ngo_aid", 3_100_000, "USD")


def test_operating_projects_adding_capital_are_not_projects_licensed() -> None:
    text = (
        "Hai Phong a attiré 48 projets d'IDE. En outre, 29 projets opérationnels ont augmenté "
        "leur capital."
    )
    assert [v for _, _, v, _ in facts(text)] == [48]


def test_granting_money_is_no_agreement() -> None:
    assert facts("Da Nang a accordé 44 millions de dollars aux entreprises sinistrées.") == []
