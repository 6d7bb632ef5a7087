"""Portuguese (Brazil and Portugal). Decimal comma, grouping dot; "bilhão" 10^9 (Brazil) and
"mil milhões" 10^9 (Portugal)."""

from hoinhap.intake.lexicon import make_lexicon

LEXICON = make_lexicon(
    "pt",
    number_words={
        "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5,
        "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12,
        "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60,
        "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100,
    },
    scales={
        "mil": 1e3, "milhão": 1e6, "milhões": 1e6, "mil milhões": 1e9, "bilhão": 1e9,
        "bilhões": 1e9, "trilhão": 1e12, "trilhões": 1e12,
    },
    bare_scales=("mil",),
    approx_before={
        "mais de": "over", "pelo menos": "over", "acima de": "over", "cerca de": "about",
        "quase": "about", "aproximadamente": "about", "por volta de": "about",
        "perto de": "about", "em torno de": "about", "menos de": "under", "até": "under",
    },
    currency_before={"US$": "USD", "$": "USD", "USD": "USD", "VND": "VND", "R$": "BRL", "€": "EUR"},
    currency_after={
        "dólares americanos": "USD", "dólares norte-americanos": "USD", "dólares": "USD",
        "dólar": "USD", "USD": "USD", "dongs": "VND", "dong": "VND", "VND": "VND",
        "euros": "EUR", "€": "EUR", "ienes": "JPY", "wons": "KRW", "iuanes": "CNY",
        "reais": "BRL",
    },
    currency_joiners=("de",),
    percent_after=("%", "por cento"),
    code_before=("nº", "n.º", "número", "Resolução", "Decreto", "Decisão", "Plano"),
    ordinal_after=("º", "ª", "°", ".º", ".ª"),
    range_words=("a", "até", "-", "–", "—"),
    range_before=("de",),
    between=(("entre", "e"),),
    year_before=("em", "ano", "no ano de", "do ano de"),
    halves={
        "primeiro semestre": 1, "primeiros seis meses": 1, "seis primeiros meses": 1,
        "primeira metade": 1, "segundo semestre": 2, "segunda metade": 2,
    },
    quarters={
        "primeiro trimestre": 1, "segundo trimestre": 2, "terceiro trimestre": 3,
        "quarto trimestre": 4,
    },
    past_years=("últimos {n} anos", "{n} anos passados"),
    last_year=("ano passado", "ano anterior"),
    this_year=("este ano", "neste ano", "deste ano"),
)  # fmt: skip
