"""Italian. Decimal comma, grouping dot; "mila" after a number is thousands ("3 mila")."""

from hoinhap.intake.lexicon import make_lexicon

LEXICON = make_lexicon(
    "it",
    number_words={
        "un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
        "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12,
        "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60,
        "settanta": 70, "ottanta": 80, "novanta": 90, "cento": 100,
    },
    scales={
        "mila": 1e3, "mille": 1e3, "milione": 1e6, "milioni": 1e6, "mln": 1e6,
        "miliardo": 1e9, "miliardi": 1e9, "mld": 1e9, "mrd": 1e9,
    },
    bare_scales=("mille",),
    approx_before={
        "oltre": "over", "più di": "over", "poco più di": "over", "almeno": "over",
        "circa": "about", "quasi": "about", "intorno a": "about", "all'incirca": "about",
        "pressoché": "about", "meno di": "under", "fino a": "under",
    },
    currency_before={"US$": "USD", "$": "USD", "USD": "USD", "VND": "VND", "€": "EUR"},
    currency_after={
        "dollari statunitensi": "USD", "dollari USA": "USD", "dollari americani": "USD",
        "dollari": "USD", "dollaro": "USD", "USD": "USD", "dong": "VND", "VND": "VND",
        "euro": "EUR", "€": "EUR", "yen": "JPY", "won": "KRW", "yuan": "CNY",
    },
    currency_joiners=("di", "d'"),
    percent_after=("%", "per cento"),
    code_before=("n.", "numero", "Risoluzione", "Decreto", "Decisione", "Piano"),
    ordinal_after=("º", "ª", "°"),
    range_words=("al", "a", "-", "–", "—"),
    range_before=("dal", "da"),
    between=(("tra", "e"), ("fra", "e")),
    year_before=("nel", "anno", "nell'anno", "del"),
    halves={
        "primo semestre": 1, "primi sei mesi": 1, "primi 6 mesi": 1, "prima metà": 1,
        "secondo semestre": 2, "seconda metà": 2,
    },
    quarters={
        "primo trimestre": 1, "secondo trimestre": 2, "terzo trimestre": 3,
        "quarto trimestre": 4,
    },
    past_years=("ultimi {n} anni",),
    last_year=("l'anno scorso", "anno precedente", "l'anno passato"),
    this_year=("quest'anno", "l'anno in corso"),
)  # fmt: skip
