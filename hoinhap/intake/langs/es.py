"""Spanish. Decimal comma, grouping dot; "mil millones" is 10^9 and "billón" 10^12."""

from hoinhap.intake.lexicon import make_lexicon

LEXICON = make_lexicon(
    "es",
    number_words={
        "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
        "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "veinte": 20,
        "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
        "ochenta": 80, "noventa": 90, "cien": 100,
    },
    scales={
        "mil": 1e3, "millón": 1e6, "millones": 1e6, "mil millones": 1e9, "millardo": 1e9,
        "millardos": 1e9, "billón": 1e12, "billones": 1e12,
    },
    bare_scales=("mil",),
    approx_before={
        "más de": "over", "al menos": "over", "por lo menos": "over", "superior a": "over",
        "cerca de": "about", "alrededor de": "about", "casi": "about", "aproximadamente": "about",
        "unos": "about", "unas": "about", "en torno a": "about", "aprox.": "about",
        "menos de": "under", "hasta": "under",
    },
    currency_before={"US$": "USD", "$": "USD", "USD": "USD", "VND": "VND", "€": "EUR"},
    currency_after={
        "dólares estadounidenses": "USD", "dólares americanos": "USD", "dólares": "USD",
        "dólar": "USD", "USD": "USD", "dongs": "VND", "dong": "VND", "VND": "VND",
        "euros": "EUR", "€": "EUR", "yenes": "JPY", "wones": "KRW", "yuanes": "CNY",
    },
    currency_joiners=("de",),
    percent_after=("%", "por ciento"),
    code_before=("nº", "n.º", "núm.", "número", "Resolución", "Decreto", "Decisión", "Plan"),
    ordinal_after=("º", "ª", "°", ".º", ".ª"),
    months={"sept": 9, "setiembre": 9},
    range_words=("a", "al", "hasta", "-", "–", "—"),
    range_before=("de", "del", "desde"),
    between=(("entre", "y"),),
    year_before=("en", "año", "el año", "en el año", "del año"),
    halves={
        "primer semestre": 1, "primeros seis meses": 1, "primeros 6 meses": 1,
        "primera mitad": 1, "segundo semestre": 2, "segunda mitad": 2,
    },
    quarters={
        "primer trimestre": 1, "segundo trimestre": 2, "tercer trimestre": 3,
        "cuarto trimestre": 4,
    },
    past_years=("últimos {n} años", "pasados {n} años"),
    last_year=("el año pasado", "año anterior"),
    this_year=("este año", "el presente año", "el año en curso"),
)  # fmt: skip
