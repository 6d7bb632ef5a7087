"""Portuguese (Brazil and Portugal). Decimal comma, grouping dot; "bilhão" 10^9 (Brazil) and
"mil milhões" 10^9 (Portugal)."""

from hoinhap.intake.lexicon import make_lexicon

# --- metric cues (see hoinhap/intake/cues.py) ---
_CUES: dict[str, tuple[str, ...]] = {
    "partner_localities": (
        "cidades-irmãs", "cidades irmãs", "cidades geminadas", "cidades parceiras",
        "localidades geminadas", "províncias irmãs", "geminações",
    ),
    "agreements_signed": (
        "acordos", "acordo", "memorandos", "memorandos de entendimento", "convênios",
        "documentos de cooperação", "MoU", "memorando",
    ),
    "events_hosted": ("eventos internacionais",),
    "promotion_events": (
        "conferências de promoção de investimentos", "eventos de promoção",
        "atividades de promoção de investimentos", "conferências de promoção",
        "programas de promoção", "atividades de promoção",
    ),
    "event_participants": ("participantes", "delegados", "convidados"),
    "fdi_projects": (
        "projetos de IDE", "projetos IDE", "projetos FDI",
        "projetos de investimento estrangeiro", "projetos com capital estrangeiro",
        "projetos de investimento estrangeiro direto",
    ),
    "fdi_capital": ("capital de IDE",),
    "domestic_projects": ("projetos nacionais", "projetos domésticos"),
    "domestic_capital": ("capital nacional",),
    "investment_commitments": (
        "certificados de investimento", "certificados de registro de investimento",
        "licenças de investimento", "compromissos de investimento",
    ),
    "oda_capital": (
        "APD", "ODA", "assistência oficial ao desenvolvimento",
        "ajuda oficial ao desenvolvimento",
    ),
    "ngo_aid": ("ajuda não governamental",),
    "ngo_partners": ("ONGs", "ONG", "organizações não governamentais"),
    "ngo_projects": ("projetos de ONG", "projetos não governamentais"),
    "trade_turnover": (
        "intercâmbio comercial", "volume de comércio", "comércio bilateral",
        "valor de importação e exportação", "volume de importação e exportação",
        "faturamento de importação e exportação", "importação e exportação",
        "exportação e importação", "corrente de comércio", "volume comercial",
    ),
    "visitors_total": ("visitantes", "turistas", "chegadas", "visitas", "viajantes"),
    "visitors_international": (
        "visitantes internacionais", "visitantes estrangeiros", "turistas internacionais",
        "turistas estrangeiros", "chegadas internacionais", "são estrangeiros",
        "eram estrangeiros", "foram estrangeiros",
    ),
    "awards_given": (
        "coletivos e indivíduos", "coletivos e pessoas", "certificados de mérito",
        "diplomas de honra", "coletivos e individuais",
    ),
    "delegation": ("delegações", "delegação"),
    "locality": (
        "localidades", "localidade", "cidades", "províncias", "regiões", "municípios",
        "prefeituras",
    ),
    "country": ("países", "país", "territórios", "nações"),
    "project": ("projetos", "projeto", "projectos"),
    "conference": (
        "conferências", "seminários", "oficinas", "fóruns", "programas", "feiras", "encontros",
        "diálogos", "atividades", "reuniões", "workshops",
    ),
    "organization": ("organizações", "redes", "organismos"),
    "partner": ("parceiros",),
    "event": ("eventos", "festival", "festivais", "feira",),
    "fdi": (
        "IDE", "investimento estrangeiro direto", "investimento direto estrangeiro",
        "investimento estrangeiro", "investimentos estrangeiros", "capital estrangeiro",
        "investidores estrangeiros", "FDI",
    ),
    "domestic": (
        "nacionais", "domésticos", "internos", "investimento nacional", "investimentos nacionais",
        "investimento doméstico", "investidores nacionais", "nacional",
    ),
    "ngo": ("não governamental", "não governamentais"),
    "foreign": (
        "internacionais", "internacional", "estrangeiros", "estrangeiras", "estrangeiro",
        "estrangeira",
    ),
    "promotion": ("promoção", "promover o investimento"),
    "capital": (
        "capital", "capital registrado", "capital registado", "capital total",
        "investimento total", "no valor de", "valor total", "montante", "adicionais",
        "adicional",
    ),
    "capital_added": (
        "aumentaram o capital", "aumentaram seu capital", "aumento de capital",
        "ampliaram o capital",
    ),
    "investment": ("investimento", "investimentos", "investidores",),
    # A disbursement is aid only where NGO aid is talked about (facts_money.py); elsewhere
    # it is FDI disbursed, which is no metric ("none" below).
    "aid": ("ajuda", "assistência", "financiamento", "subsídios", "desembolso"),
    "receive": (
        "recebeu", "recebido", "acolheu", "acolhido", "deu as boas-vindas", "recebe", "recebendo",
        "receberam", "acolheram", "receber", "recebidas", "recebidos",
    ),
    "send": (
        "enviou", "enviado", "enviando", "enviaram", "enviar", "enviadas", "enviados", "envia",
        "ao exterior", "ao estrangeiro",
    ),
    "attend": (
        "participaram", "compareceram", "reuniu", "presença", "participação", "participou",
        "compareceu",
    ),
    "sign": ("assinou", "assinados", "assinado", "firmou", "firmados", "assinaram"),
    "join": ("aderiu", "juntou-se", "membro", "adesão", "ingressou"),
    "attract": ("atraiu", "atraído", "captou", "mobilizou", "atraindo", "atrair"),
    "host": ("organizou", "organizado", "realizou", "sediou", "organizaram"),
    "relation": (
        "relações", "laços", "vínculos", "cooperação com", "geminação", "amizade", "parceria",
    ),
    "target": (
        # whole words: "Planejamento" (the planning ministry) and "metade" (half) are no plans
        "meta=", "metas=", "objetivo", "visa=", "pretende", "prevê", "previsto", "se esforça",
        "até 2030", "planeja=", "planejam=", "espera", "até 2035", "até 2045",
    ),
    "national": ("todo o país", "em nível nacional", "a nível nacional"),
    "now": ("atualmente", "até o momento", "até agora", "até à data", "até hoje"),
    "city": ("a cidade", "esta cidade", "a localidade"),
    "province": ("a província", "esta província"),
    "compare": (
        "em comparação com", "em relação a", "face a", "do que em", "que em", "mesmo período",
        "mesmo mês", "o dobro do", "em termos anuais", "ano anterior", "mês anterior",
    ),
    "contrast": ("mas", "porém", "contudo"),
    "and": ("e", "bem como", "enquanto"),
    "none": (
        "exportações", "importações", "PIB", "GRDP", "receitas", "desembolsado",
        "desembolso de IDE", "IDE desembolsado", "por hectare", "por ha",
    ),
    "business": ("empresas", "companhias"),
    "other": (
        "de acordo com",  # "according to", not an agreement
        # projects already licensed that add capital: not projects licensed nor the valid
        # stock (SCHEMA.md); their added capital still counts
        "projetos em funcionamento", "projetos em andamento", "projetos existentes",
        "projetos em operação",
        "empregos", "hotéis", "quartos", "hectares", "anos", "meses", "dias",
        "vezes", "membros", "por cento", "soluções", "tarefas",
    ),
    "part": ("dos quais", "das quais", "entre eles", "entre os quais"),
    "equal": ("equivalente a", "equivalentes a", "o equivalente a", "ou seja"),
    "handover": (
        "entregou", "entregaram", "entrega de", "nesta ocasião", "na ocasião", "na cerimônia",
    ),
}  # fmt: skip
# --- end of metric cues ---

LEXICON = make_lexicon(
    "pt",
    metric_cues=_CUES,
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
    # "In this period": the last range of years named before it (periods.py).
    period_anaphors=(
        "neste período",
        "nesse período",
        "durante este período",
        "durante esse período",
        "no período",
    ),
    venue_words=("em", "no", "na"),
    with_words=("com",),
)  # fmt: skip
