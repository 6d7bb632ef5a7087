"""German. Decimal comma, grouping dot ("1.263 FDI-Projekte", "10,9 Milliarden"); "Billion" is
10^12; "23. Kongress" is an ordinal."""

from hoinhap.intake.lexicon import make_lexicon

_ORD = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4}

# --- metric cues (see hoinhap/intake/cues.py) ---
_CUES: dict[str, tuple[str, ...]] = {
    "partner_localities": (
        "Partnerstädte", "Partnerstädten", "Städtepartnerschaften", "Partnerprovinzen",
        "Partnerregionen", "Schwesterstädte", "Schwesterstädten", "Partnerkommunen",
        "Partnerorte",
    ),
    "agreements_signed": (
        "Abkommen", "Vereinbarungen", "Absichtserklärungen", "*abkommen", "*vereinbarungen",
        "Memoranden", "MoUs", "MoU", "Kooperationsdokumente", "Verträge",
    ),
    "delegations_received": ("eingehende Delegationen",),
    "delegations_sent": ("ausgehende Delegationen",),
    "events_hosted": ("internationale Veranstaltungen", "internationalen Veranstaltungen"),
    "promotion_events": (
        "Investitionsförderkonferenzen", "Investitionsförderungskonferenzen",
        "Investitionsförderveranstaltungen", "Förderkonferenzen", "Förderveranstaltungen",
        "Investitionsförderprogramme",
    ),
    "event_participants": (
        "Teilnehmer", "Teilnehmende", "Teilnehmern", "Delegierte", "Delegierten",
    ),
    "fdi_projects": (
        "FDI-Projekte", "FDI-Projekten", "Direktinvestitionsprojekte", "ADI-Projekte",
        "ADI-Projekten", "FDI-Investitionsprojekte",
    ),
    "fdi_capital": (
        "FDI-Kapital", "ausländisches Direktinvestitionskapital", "ADI-Kapital",
        "ausländischen Direktinvestitionskapital", "FDI-Kapitals",
    ),
    "fdi_source_countries": (
        "Investoren stammten aus", "Investoren stammen aus", "Investoren kommen aus",
        "Investoren kamen aus", "Investoren aus", "Herkunftsländer", "Investorenländer",
    ),
    "domestic_projects": ("inländische Projekte", "inländischen Projekten", "Inlandsprojekte"),
    "domestic_capital": ("inländisches Kapital", "Inlandskapital"),
    "investment_commitments": (
        "Investitionszertifikate", "Investitionsbescheinigungen", "Investitionslizenzen",
        "Investitionszusagen", "Investitionsgenehmigungen",
    ),
    "oda_capital": ("ODA", "öffentliche Entwicklungshilfe", "öffentlichen Entwicklungshilfe"),
    "ngo_aid": ("nichtstaatliche Hilfe", "NGO-Hilfe", "nichtstaatlicher Hilfe"),
    "ngo_partners": ("Nichtregierungsorganisationen", "NGOs", "NRO", "NGO-Partner"),
    "ngo_projects": ("NGO-Projekte", "nichtstaatliche Projekte"),
    "trade_turnover": (
        "Außenhandelsumsatz", "Handelsumsatz", "Import-Export-Umsatz", "Export-Import-Umsatz",
        "Handelsvolumen", "Außenhandelsvolumen", "Import- und Exportumsatz",
        "Export- und Importumsatz", "Ein- und Ausfuhren", "bilateraler Handel",
        "bilaterale Handel", "Handelswert", "Gesamthandelsvolumen", "Warenaustausch",
    ),
    "visitors_total": (
        "Besucher", "Touristen", "Gäste", "Besuchern", "Touristenankünfte", "Ankünfte",
        "Übernachtungsgäste", "Urlauber", "Besuche",
    ),
    "visitors_international": (
        "internationale Besucher", "ausländische Besucher", "internationale Touristen",
        "ausländische Touristen", "internationalen Besuchern", "ausländischen Touristen",
        "internationale Gäste", "ausländische Gäste", "internationalen Touristen",
        "ausländischen Besuchern", "ausländischen Gästen", "internationalen Gästen",
        "Ausländer",
    ),
    "awards_given": (
        "Kollektive und Einzelpersonen", "Kollektiven und Einzelpersonen",
        "Einzelpersonen und Kollektive", "Verdienstzertifikate", "Verdienstmedaillen",
        "Auszeichnungen", "Gruppen und Einzelpersonen", "Kollektive und Personen",
    ),
    "delegation": ("Delegationen", "Delegation", "*delegationen"),
    "locality": (
        "Orte", "Ortschaften", "Kommunen", "Städte", "Städten", "Provinzen", "Regionen",
        "Gemeinden", "Lokalitäten", "Gebietskörperschaften", "Präfekturen", "Bundesländer",
    ),
    "country": (
        "Ländern", "Länder", "Staaten", "Staat", "Land", "Ländern und Gebieten",
        "Länder und Gebiete", "Ländern und Territorien", "Länder und Territorien",
        "Ländern und Regionen", "Länder und Regionen",
    ),
    "project": ("Projekte", "Projekten", "*projekte", "*projekten", "Vorhaben", "Projekt"),
    "conference": (
        "Konferenzen", "Seminare", "Seminaren", "Foren", "Workshops", "Programme", "Gespräche",
        "Messen", "Roadshows", "Tagungen", "Arbeitsprogramme", "Treffen", "Dialoge",
        "*konferenzen",
    ),
    "organization": ("Organisationen", "Netzwerke", "Städtenetzwerke", "*organisationen"),
    "partner": ("Partner", "Partnern"),
    "event": (
        "Veranstaltungen", "Events", "Großveranstaltungen", "*veranstaltungen", "Festival",
        "Festivals", "Messe",
    ),
    "fdi": (
        "FDI", "ausländische Direktinvestitionen", "ausländischen Direktinvestitionen",
        "Direktinvestitionen", "ausländische Investition", "ausländischen Investition",
        "ausländisches Investitionskapital", "ausländische Investitionskapital",
        "ausländischen Investitionskapital",
        "ausländischem Kapital", "ausländische Investoren", "ausländischen Investoren",
        "Auslandsinvestitionen", "ausländischer Investoren", "ADI", "Auslandsdirektinvestitionen",
    ),
    "domestic": ("inländische", "inländischen", "heimische", "einheimische", "inländischer"),
    "ngo": ("NGO", "Nichtregierungs", "nichtstaatliche", "nichtstaatlichen"),
    "foreign": (
        "internationale", "internationalen", "ausländische", "ausländischen", "ausländischer",
    ),
    "promotion": (
        "Investitionsförderung", "*förderung", "Handelsförderung", "Promotion", "Förder",
    ),
    "capital": (
        "Kapital", "*kapital", "Gesamtinvestitionen", "im Wert von", "Wert von", "Gesamtwert",
        "Investitionssumme", "Gesamtinvestition",
    ),
    "capital_added": (
        "stockten", "aufgestockt", "Kapitalerhöhung", "Kapitalerhöhungen",
        "erhöhten ihr Kapital",
    ),
    "investment": ("Investitionen", "Investition", "Investoren",),
    # A disbursement is aid only where NGO aid is talked about (facts_money.py); elsewhere
    # it is FDI disbursed, which is no metric ("none" below).
    "aid": (
        "Hilfe", "Hilfsgelder", "Unterstützung", "Zuschüsse", "Fördermittel", "Hilfen",
        "Auszahlung",
    ),
    "receive": (
        "empfing", "empfangen", "begrüßte", "begrüßt", "empfängt", "willkommen geheißen",
    ),
    "send": ("entsandt", "entsandte", "schickte", "geschickt", "entsendet", "ins Ausland"),
    "attend": (
        "nahmen teil", "teilgenommen", "Teilnahme", "versammelt", "versammelte", "besucht von",
        "anwesend", "nahmen", "zusammengebracht", "kamen",
    ),
    "sign": (
        "unterzeichnet", "unterzeichnete", "unterschrieben", "abgeschlossen", "Unterzeichnung",
    ),
    "join": ("beigetreten", "trat", "Mitglied", "Mitgliedschaft", "beteiligt sich"),
    "attract": (
        "angezogen", "anzuziehen", "zog", "anziehen", "gewonnen", "eingeworben", "mobilisiert",
        "akquiriert", "zogen", "angelockt",
    ),
    "host": (
        "veranstaltet", "ausgerichtet", "organisiert", "abgehalten", "Gastgeber",
        "veranstaltete",
    ),
    "relation": (
        "Beziehungen", "Partnerschaft", "Partnerschaften", "Zusammenarbeit mit", "Freundschaft",
        "Städtepartnerschaft", "Kooperationsbeziehungen",
    ),
    "target": (
        "Ziel", "zielt", "strebt", "anstreben", "plant", "geplant", "soll", "sollen",
        "voraussichtlich", "erwartet", "angestrebt", "bis 2030", "bis zum Jahr 2030",
        "bis 2035", "bis 2045", "bis 2050",
    ),
    "national": ("landesweit", "im ganzen Land", "des ganzen Landes", "bundesweit"),
    "now": ("derzeit", "aktuell", "bisher", "bislang", "gegenwärtig", "zurzeit"),
    "city": ("die Stadt", "der Stadt"),
    "province": ("die Provinz", "der Provinz"),
    "compare": (
        "gegenüber", "im Vergleich zu", "mehr als", "weniger als", "als", "verglichen mit",
    ),
    "contrast": ("aber", "jedoch", "doch"),
    "and": ("und", "sowie", "während"),
    "none": (
        "Exporte", "Export", "Ausfuhren", "Importe", "Einfuhren", "BIP", "GRDP", "Einnahmen",
        "ausgezahlt", "Auszahlung ausländischer Direktinvestitionen", "pro Hektar", "je Hektar",
    ),
    "business": ("Unternehmen", "Firmen", "Betriebe"),
    "other": (
        # projects already licensed that add capital: not projects licensed nor the valid
        # stock (SCHEMA.md); their added capital still counts
        "bestehende Projekte", "bestehenden Projekte", "laufende Projekte",
        "laufenden Projekte",
        "Arbeitsplätze", "Hotels", "Jahre", "Jahren", "Monate", "Monaten",
        "Tage", "Tagen", "Mal", "Mitglieder", "Hektar", "Prozent", "Lösungen", "Durchbrüche",
        "Aufgaben", "landesweit Platz", "landesweit auf Platz", "landesweit den",
    ),
    "part": ("davon", "darunter", "wovon"),
    "equal": ("umgerechnet", "entspricht", "entsprechend"),
    "handover": (
        "überreicht", "überreichte", "überreichten", "übergab", "übergeben",
        "aus diesem Anlass", "bei der Zeremonie",
    ),
}  # fmt: skip
# --- end of metric cues ---

LEXICON = make_lexicon(
    "de",
    metric_cues=_CUES,
    number_words={
        "ein": 1, "eine": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
        "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
        "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
        "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100, "einhundert": 100,
    },
    scales={
        "Tausend": 1e3, "Tsd.": 1e3, "Tsd": 1e3, "Million": 1e6, "Millionen": 1e6,
        "Mio.": 1e6, "Mio": 1e6, "Milliarde": 1e9, "Milliarden": 1e9, "Mrd.": 1e9, "Mrd": 1e9,
        "Billion": 1e12, "Billionen": 1e12, "Bio.": 1e12,
    },
    approx_before={
        "mehr als": "over", "über": "over", "gut": "over", "mindestens": "over",
        "rund": "about", "etwa": "about", "fast": "about", "knapp": "about", "nahezu": "about",
        "ungefähr": "about", "circa": "about", "ca.": "about", "zirka": "about",
        "annähernd": "about", "beinahe": "about", "weniger als": "under", "unter": "under",
        "bis zu": "under",
    },
    currency_before={
        "US$": "USD", "$": "USD", "USD": "USD", "VND": "VND", "€": "EUR", "EUR": "EUR",
    },
    currency_after={
        "US-Dollar": "USD", "US Dollar": "USD", "USD": "USD", "Dollar": "USD", "$": "USD",
        "VND": "VND", "Dong": "VND", "vietnamesische Dong": "VND", "Euro": "EUR", "EUR": "EUR",
        "€": "EUR", "Yen": "JPY", "Won": "KRW", "Yuan": "CNY",
    },
    percent_after=("%", "Prozent"),
    code_before=("Nr.", "Nummer", "Resolution", "Beschluss", "Dekret", "Plan", "Artikel"),
    dot_ordinals=True,
    months={"Sept": 9},
    range_words=("bis", "-", "–", "—"),
    range_before=("von",),
    between=(("zwischen", "und"),),
    year_before=("im Jahr", "im Jahre", "Jahr", "Jahres", "des Jahres"),
    halves={
        "ersten Halbjahr": 1, "erste Halbjahr": 1, "ersten Jahreshälfte": 1,
        "ersten sechs Monaten": 1, "ersten 6 Monaten": 1, "ersten Halbjahres": 1,
        "zweiten Halbjahr": 2, "zweite Halbjahr": 2, "zweiten Jahreshälfte": 2,
    },
    quarters={f"{word} Quartal": n for word, n in _ORD.items()}
    | {f"{n}. Quartal": n for n in range(1, 5)}
    | {f"Q{n}": n for n in range(1, 5)},
    past_years=(
        "letzten {n} Jahren", "vergangenen {n} Jahren", "letzten {n} Jahre",
        "vergangenen {n} Jahre",
    ),
    last_year=("letzten Jahr", "vergangenen Jahr", "Vorjahr", "letztes Jahr", "Vorjahres"),
    this_year=("dieses Jahr", "diesem Jahr", "laufenden Jahr", "dieses Jahres"),
    year_ends=("Ende {y}", "Ende des Jahres {y}", "zum Jahresende {y}", "Jahresende {y}"),
    # "In this period": the last range of years named before it (periods.py).
    period_anaphors=(
        "in diesem Zeitraum",
        "im diesem Zeitraum",
        "in dieser Periode",
        "im Zeitraum",
    ),
    venue_words=("in",),
    with_words=("mit",),
)  # fmt: skip
