"""English. Decimal point, grouping comma; "1,07 billion" (translated from a decimal-comma
language) is read by shape as 1.07e9."""

from hoinhap.intake.lexicon import make_lexicon

_ORDINALS = ("first", "second", "third", "fourth")
_HALVES = {
    "first half": 1, "first six months": 1, "first 6 months": 1, "first-half": 1,
    "second half": 2, "last six months": 2, "second-half": 2,
}  # fmt: skip
_QUARTERS = {f"{word} quarter": n for n, word in enumerate(_ORDINALS, 1)}

# --- metric cues (see hoinhap/intake/cues.py) ---
_CUES: dict[str, tuple[str, ...]] = {
    "partner_localities": (
        "sister cities", "sister city", "twin cities", "twinned cities", "sister provinces",
        "friendship cities", "partner cities", "partner localities", "sister-city",
        "friendship localities", "twinned localities",
    ),
    "agreements_signed": (
        "agreements", "agreement", "MOUs", "MoUs", "MOU", "MoU", "memoranda", "memorandums",
        "cooperation documents", "cooperation deals", "accords", "documents of cooperation",
        "letters of intent",
    ),
    "delegations_received": (
        "inbound delegations", "incoming delegations", "visiting delegations",
    ),
    "delegations_sent": ("outbound delegations", "outgoing delegations"),
    "events_hosted": ("international events", "international conferences and events"),
    "promotion_events": (
        "investment promotion conferences", "investment promotion events",
        "investment promotion activities", "investment promotion programmes",
        "investment promotion programs", "trade promotion events", "promotion conferences",
        "promotion events", "promotion programmes", "promotion programs", "promotional events",
    ),
    "event_participants": ("participants", "attendees", "delegates"),
    "fdi_projects": (
        "FDI projects", "FDI project", "foreign direct investment projects",
        "foreign-invested projects", "foreign investment projects", "foreign-funded projects",
        "foreign direct investment (FDI) projects", "foreign direct investment (FDI) project",
    ),
    "fdi_capital": (
        "FDI capital", "registered FDI", "foreign direct investment capital",
        "FDI registered capital",
    ),
    "domestic_projects": (
        "domestic projects", "domestic investment projects", "domestically-invested projects",
        "domestic-invested projects",
    ),
    "domestic_capital": ("domestic investment capital", "domestic capital"),
    "investment_attracted": ("total investment attracted", "investment attraction"),
    "investment_commitments": (
        "investment certificates", "investment registration certificates",
        "investment licences", "investment licenses", "investment policy decisions",
        "investment pledges", "pledged investment", "investment commitments",
        "investment approvals", "pledged", "pledges",
    ),
    "oda_capital": ("ODA", "official development assistance"),
    "ngo_aid": (
        "non-governmental aid", "NGO aid", "NGO funding", "non-governmental assistance",
        "non-governmental funding", "NGO aid disbursed", "NGO aid disbursement",
        "non-governmental aid disbursed", "aid disbursed", "aid disbursement", "disbursed aid",
    ),
    "ngo_partners": (
        "NGOs", "non-governmental organisations", "non-governmental organizations",
        "NGO partners",
    ),
    "ngo_projects": ("NGO projects", "non-governmental projects"),
    "trade_turnover": (
        "import-export turnover", "import and export turnover", "export-import turnover",
        "export and import turnover", "trade turnover", "trade value", "two-way trade",
        "bilateral trade", "total trade", "trade volume", "import-export value",
        "import and export value", "export-import value", "foreign trade",
        "exports and imports", "imports and exports",
    ),
    "visitors_total": (
        "visitors", "tourists", "arrivals", "tourist arrivals", "visitor arrivals",
        "holidaymakers", "travellers", "travelers", "visits",
    ),
    "visitors_international": (
        "international visitors", "foreign visitors", "international tourists",
        "foreign tourists", "international arrivals", "foreign arrivals", "overseas visitors",
        "foreign tourist arrivals", "international tourist arrivals", "overseas tourists",
        "international holidaymakers", "foreign holidaymakers", "foreigners",
    ),
    "awards_given": (
        "collectives and individuals", "individuals and collectives", "groups and individuals",
        "certificates of merit", "collectives and persons",
    ),
    "delegation": ("delegations", "delegation"),
    "locality": (
        "localities", "locality", "cities", "provinces", "places", "regions", "municipalities",
        "prefectures", "local governments", "partners in",
    ),
    "country": ("countries", "country", "territories", "nations", "economies"),
    "project": ("projects", "project"),
    "conference": (
        "conferences", "seminars", "workshops", "forums", "talks", "programmes", "programs",
        "trade fairs", "roadshows", "dialogues", "meetings", "activities", "fairs",
    ),
    "organization": ("organisations", "organizations", "city networks", "networks"),
    "partner": ("partners",),
    "event": ("events", "festival", "festivals", "fair", "expo",),
    "fdi": (
        "FDI", "foreign direct investment", "foreign-invested", "foreign investment",
        "foreign investors", "foreign-funded", "foreign capital",
    ),
    "domestic": ("domestic", "domestically", "local investors"),
    "ngo": ("NGO", "non-governmental", "non-government", "nongovernmental"),
    "foreign": ("international", "foreign", "overseas"),
    "promotion": ("promotion", "promote investment", "promoting investment", "promotional"),
    "capital": (
        "capital", "registered capital", "total capital", "investment capital",
        "total investment", "total registered capital", "worth", "valued at", "value of",
        "combined capital", "totalling", "totaling", "total value",
        # a ranking continues the figure it ranks ("Quang Ninh ranked third with $1.36 billion")
        "first with", "second with", "third with", "fourth with", "fifth with",
    ),
    "capital_added": (
        "increased their capital", "increased capital", "added capital", "raised their capital",
        "expanded their capital", "capital increase", "capital increases",
        "adjusted their capital", "capital adjustment", "capital adjustments",
    ),
    "investment": ("investor", "investors", "investment", "investments"),
    # "disbursement" is aid only where NGO aid is talked about (facts_money.py); otherwise
    # the disbursement of FDI is no metric.
    "aid": ("aid", "assistance", "funding", "grants", "disbursement"),
    "receive": (
        "received", "welcomed", "receiving", "welcoming", "greeted", "welcomes", "receives",
        "from abroad",
    ),
    "send": ("sent", "dispatched", "sending", "outbound", "abroad"),
    "attend": (
        "attended", "attending", "participated", "took part", "gathered", "brought together",
        "drew", "joined by", "attendance",
    ),
    "sign": ("signed", "inked", "concluded", "signing"),
    "join": ("joined", "member of", "membership", "members of", "a member"),
    "attract": (
        "attracted", "attracting", "lured", "drew in", "mobilised", "mobilized", "poured",
        "drawing", "luring", "draws", "lures",
    ),
    "host": ("hosted", "organised", "organized", "held", "hosting", "organising", "organizing"),
    "relation": (
        "relations", "ties", "relationship", "cooperation with", "twinning", "friendship",
        "partnership", "partnerships", "cooperative", "co-operation with",
    ),
    "target": (
        "target", "targets", "aims to", "aim to", "aiming", "strives to", "strive to",
        "plans to", "plan to", "goal", "expected to", "is set to", "seeks to", "projected",
        "forecast", "striving", "targeting", "will attract", "will welcome", "will receive",
        "by 2030", "by 2035", "by 2045", "by 2050", "will award", "will grant",
        "will hand over", "will sign", "will host", "is expected to",
    ),
    "national": (
        "nationwide", "the whole country", "across the country", "national total",
        "the entire country", "the country's total", "the country was", "the country had",
        "the country has", "in the nation", "the country received", "the country welcomed",
    ),
    "now": ("currently", "so far", "to date", "at present", "as of now", "up to now"),
    "city": ("the city", "the locality", "this city", "the municipality"),
    "province": ("the province", "this province"),
    "compare": (
        "compared with", "compared to", "than in", "than", "versus", "same period",
        "up from", "down from", "year on year",
        "over the same period", "year-on-year", "a year earlier", "from a year earlier",
        "the previous year's", "percent from", "per cent from", "% from",
    ),
    "contrast": ("but", "however", "yet"),
    "and": ("and", "as well as", "while", "whereas"),
    "none": (
        "exports", "export", "imports", "import", "GRDP", "GDP", "budget revenue", "revenue",
        "disbursed", "disbursed FDI", "FDI disbursement", "disbursement of FDI",
        "disbursed foreign direct investment", "disbursed capital", "realised capital",
        "realized capital", "implemented capital", "implemented FDI", "realised FDI",
        "realized FDI", "earned", "per hectare", "per ha", "tax contribution", "taxes", "tax",
    ),
    "business": ("companies", "businesses", "enterprises", "firms"),
    "other": (
        # projects already licensed that add capital: not projects licensed nor the valid
        # stock (SCHEMA.md); their added capital still counts
        "existing", "operating", "projects in operation",
        "jobs", "workers", "hotels", "rooms",
        "hectares", "km", "kilometres", "members", "students", "households", "tonnes", "tons",
        "flights", "years", "months", "days", "times", "people's", "percent", "per cent",
        "solutions", "breakthroughs", "tasks", "goals", "booths", "ministries", "lanes",
        "storeys", "floors", "seats", "domestic tourists", "domestic visitors",
        "domestic travellers", "domestic travelers", "domestic holidaymakers",
        "domestic arrivals", "domestic guests", "local tourists", "local visitors",
        "ODA projects", "ODA project",
    ),
    "part": ("of which", "of these", "of them", "among them", "among which"),
    "equal": ("equivalent to", "the equivalent of", "equivalent of", "equal to", "or"),
    "handover": (
        "handed over", "hand over", "hands over", "handing over", "presented", "awarded",
        "at the ceremony", "on this occasion", "on the occasion",
    ),
}  # fmt: skip
# --- end of metric cues ---

LEXICON = make_lexicon(
    "en",
    metric_cues=_CUES,
    number_words={
        "one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100,
    },
    scales={
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9,
        "mn": 1e6, "mln": 1e6, "tn": 1e12, "hundred": 100,
    },
    approx_before={
        "over": "over", "more than": "over", "above": "over", "in excess of": "over",
        "upwards of": "over", "at least": "over", "exceeding": "over", "nearly": "about",
        "almost": "about", "around": "about", "about": "about", "approximately": "about",
        "roughly": "about", "some": "about", "close to": "about", "an estimated": "about",
        "less than": "under", "fewer than": "under", "under": "under",
        "below": "under", "up to": "under",
    },
    approx_after={"or more": "over", "plus": "over"},
    currency_before={
        "US$": "USD", "USD": "USD", "$": "USD", "VND": "VND", "VNĐ": "VND", "€": "EUR",
        "EUR": "EUR", "£": "GBP", "¥": "JPY", "S$": "SGD", "A$": "AUD", "HK$": "HKD",
    },
    currency_after={
        "USD": "USD", "US dollars": "USD", "U.S. dollars": "USD", "dollars": "USD",
        "dollar": "USD", "US$": "USD", "VND": "VND", "Vietnamese dong": "VND", "dong": "VND",
        "đồng": "VND",
        "euros": "EUR", "euro": "EUR", "EUR": "EUR", "yen": "JPY", "won": "KRW", "yuan": "CNY",
        "baht": "THB", "JPY": "JPY", "KRW": "KRW", "CNY": "CNY",
    },
    currency_joiners=("of",),
    percent_after=("%", "percent", "per cent", "pct"),
    code_before=(
        "No.", "No", "Number", "Resolution", "Decree", "Decision", "Plan", "Directive",
        "Circular", "Conclusion", "Law", "Article", "Clause", "Route", "Highway", "Room",
        "Official Letter", "Dispatch", "top",
    ),
    ordinal_after=("st", "nd", "rd", "th"),
    months={"Sept": 9},
    range_words=("to", "through", "until", "-", "–", "—"),
    range_before=("from",),
    between=(("between", "and"),),
    year_before=("in", "year", "during", "of", "for", "in the year"),
    # "the first six months of this year" is one period: the half of the publication year,
    # not a half followed by "this year" (which would date the figures after it as the year).
    halves=_HALVES | {"H1": 1, "H2": 2} | {f"{p} of this year": n for p, n in _HALVES.items()},
    quarters=_QUARTERS
    | {f"{p} of this year": n for p, n in _QUARTERS.items()}
    | {f"Q{n}": n for n in range(1, 5)}
    | {f"quarter {r}": n for n, r in enumerate(("I", "II", "III", "IV"), 1)}
    | {f"quarter {n}": n for n in range(1, 5)},
    year_ends=("end of {y}", "end-{y}", "year-end {y}"),
    past_years=("past {n} years", "last {n} years", "previous {n} years", "{n} years past"),
    last_year=("last year", "the previous year"),
    this_year=("this year", "the current year"),
    # "In this period": the last range of years named before it (periods.py).
    period_anaphors=(
        "during this period",
        "in this period",
        "over this period",
        "during that period",
        "in that period",
        "during the period",
        "in the period",
        "over the period",
    ),
    venue_words=("in", "at"),
    with_words=("with", "comprising"),
)  # fmt: skip
