"""German. Decimal comma, grouping dot ("1.263 FDI-Projekte", "10,9 Milliarden"); "Billion" is
10^12; "23. Kongress" is an ordinal."""

from hoinhap.intake.lexicon import make_lexicon

_ORD = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4}

LEXICON = make_lexicon(
    "de",
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
)  # fmt: skip
