"""Italian. Decimal comma, grouping dot; "mila" after a number is thousands ("3 mila")."""

from hoinhap.intake.lexicon import make_lexicon

# --- metric cues (see hoinhap/intake/cues.py) ---
_CUES: dict[str, tuple[str, ...]] = {
    "partner_localities": (
        "città gemellate", "città gemelle", "città partner", "città sorelle",
        "località gemellate", "province gemellate", "gemellaggi",
    ),
    "agreements_signed": (
        "accordi", "accordo", "memorandum", "memorandum d'intesa", "protocolli d'intesa",
        "protocolli", "documenti di cooperazione", "intese", "MoU",
    ),
    "events_hosted": ("eventi internazionali",),
    "promotion_events": (
        "conferenze di promozione degli investimenti", "eventi di promozione",
        "attività di promozione degli investimenti", "conferenze di promozione",
        "programmi di promozione", "attività di promozione",
    ),
    "event_participants": ("partecipanti", "delegati", "invitati"),
    "fdi_projects": (
        "progetti IDE", "progetti di IDE", "progetti FDI", "progetti di investimento estero",
        "progetti a capitale estero", "progetti di investimenti esteri",
        "progetti di investimento diretto estero",
    ),
    "fdi_capital": ("capitale IDE",),
    "domestic_projects": ("progetti nazionali", "progetti domestici"),
    "domestic_capital": ("capitale nazionale",),
    "investment_commitments": (
        "certificati di investimento", "certificati di registrazione degli investimenti",
        "licenze di investimento", "impegni di investimento",
    ),
    "oda_capital": (
        "APS", "ODA", "aiuto pubblico allo sviluppo", "assistenza ufficiale allo sviluppo",
    ),
    "ngo_aid": ("aiuti non governativi", "aiuto non governativo"),
    "ngo_partners": ("ONG", "organizzazioni non governative"),
    "ngo_projects": ("progetti di ONG", "progetti non governativi"),
    "trade_turnover": (
        "interscambio commerciale", "volume degli scambi", "scambi commerciali",
        "commercio bilaterale", "valore delle importazioni ed esportazioni",
        "valore dell'import-export", "fatturato import-export", "import-export", "interscambio",
    ),
    "visitors_total": ("visitatori", "turisti", "arrivi", "presenze", "visite", "viaggiatori"),
    "visitors_international": (
        "visitatori internazionali", "visitatori stranieri", "turisti internazionali",
        "turisti stranieri", "arrivi internazionali", "visitatori esteri", "turisti esteri",
    ),
    "awards_given": (
        "collettivi e individui", "collettivi e singoli", "certificati di merito",
        "attestati di merito", "collettivi e persone",
    ),
    "delegation": ("delegazioni", "delegazione"),
    "locality": (
        "località", "città", "province", "regioni", "comuni", "municipalità", "prefetture",
    ),
    "country": ("paesi", "paese", "territori", "nazioni"),
    "project": ("progetti", "progetto"),
    "conference": (
        "conferenze", "seminari", "workshop", "forum", "programmi", "fiere", "incontri",
        "dialoghi", "attività", "riunioni", "tavole rotonde",
    ),
    "organization": ("organizzazioni", "reti", "organismi"),
    "partner": ("partner",),
    "event": ("eventi", "festival", "fiera",),
    "fdi": (
        "IDE", "investimenti diretti esteri", "investimento diretto estero",
        "investimenti esteri", "capitale estero", "investitori stranieri", "investitori esteri",
        "FDI", "finanziamenti stranieri", "finanziamenti esteri", "capitali stranieri",
        "capitali esteri",
    ),
    "domestic": ("nazionali", "domestici", "interni"),
    "ngo": ("non governativ",),
    "foreign": (
        "internazionali", "internazionale", "stranieri", "straniere", "straniero", "estero",
        "esteri", "estere",
    ),
    "promotion": ("promozione", "promuovere gli investimenti"),
    "capital": (
        "capitale", "capitale registrato", "capitale totale", "investimento totale",
        "del valore di", "valore totale", "importo", "aggiuntivi", "aggiuntivo",
    ),
    "capital_added": (
        "aumentato il capitale", "aumento di capitale", "aumentato il proprio capitale",
    ),
    "investment": ("investimenti", "investimento", "investitori",),
    # A disbursement is aid only where NGO aid is talked about (facts_money.py); elsewhere
    # it is FDI disbursed, which is no metric ("none" below).
    "aid": ("aiuti", "aiuto", "assistenza", "finanziamenti", "sovvenzioni", "erogazione"),
    "receive": (
        "ricevuto", "accolto", "ricevendo", "accogliendo", "riceve", "accoglie", "ricevute",
        "ricevuti", "accolte", "accolti", "ricevere", "accogliere",
    ),
    "send": (
        "inviato", "inviando", "inviate", "inviati", "inviata", "inviare", "invia", "all'estero",
    ),
    "attend": ("partecipato", "hanno partecipato", "riunito", "presenza", "partecipazione"),
    "sign": ("firmato", "firmati", "sottoscritto", "sottoscritti", "siglato", "siglati"),
    "join": ("aderito", "entrata", "membro", "adesione", "entrato"),
    "attract": ("attratto", "attirato", "attirando", "attraendo", "mobilitato", "attrarre"),
    "host": ("organizzato", "ospitato", "tenuto", "ospitando", "organizzati"),
    "relation": (
        "relazioni", "rapporti", "legami", "cooperazione con", "gemellaggio", "amicizia",
        "partenariato",
    ),
    "target": (
        "obiettivo", "mira", "punta", "prevede", "previsto", "si impegna", "entro il 2030",
        "traguardo", "intende", "entro il 2035", "entro il 2045",
    ),
    "national": ("tutto il paese", "a livello nazionale", "in tutto il paese"),
    "now": ("attualmente", "finora", "ad oggi", "a oggi", "fino ad oggi"),
    "city": ("la città", "questa città", "la località"),
    "province": ("la provincia", "questa provincia"),
    "compare": ("rispetto al", "rispetto a", "in confronto a", "che nel"),
    "contrast": ("ma", "tuttavia", "però"),
    "and": ("e", "ed", "nonché", "mentre"),
    "none": (
        "esportazioni", "importazioni", "PIL", "GRDP", "entrate", "erogato",
        "per ettaro",
    ),
    "business": ("imprese", "aziende"),
    "other": (
        # projects already licensed that add capital: not projects licensed nor the valid
        # stock (SCHEMA.md); their added capital still counts
        "progetti esistenti", "progetti in corso", "progetti operativi",
        "posti di lavoro", "alberghi", "hotel", "camere", "ettari",
        "anni", "mesi", "giorni", "volte", "membri", "per cento", "soluzioni", "compiti",
    ),
    "part": ("di cui",),
    "equal": ("pari a", "equivalente a", "equivalenti a", "ossia", "cioè"),
    "handover": (
        "consegnato", "consegnati", "consegnate", "consegnò", "in questa occasione",
        "nell'occasione", "durante la cerimonia",
    ),
}  # fmt: skip
# --- end of metric cues ---

LEXICON = make_lexicon(
    "it",
    metric_cues=_CUES,
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
    # "In this period": the last range of years named before it (periods.py).
    period_anaphors=(
        "in questo periodo",
        "nel periodo",
        "in tale periodo",
    ),
    venue_words=("a", "in"),
    with_words=("con",),
)  # fmt: skip
