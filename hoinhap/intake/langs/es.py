"""Spanish. Decimal comma, grouping dot; "mil millones" is 10^9 and "billón" 10^12."""

from hoinhap.intake.lexicon import make_lexicon

# --- metric cues (see hoinhap/intake/cues.py) ---
_CUES: dict[str, tuple[str, ...]] = {
    "partner_localities": (
        "ciudades hermanas", "ciudades hermanadas", "ciudades socias", "localidades hermanadas",
        "provincias hermanas", "hermanamientos", "ciudades amigas",
    ),
    "agreements_signed": (
        "acuerdos", "acuerdo", "memorandos", "memorandos de entendimiento", "convenios",
        "documentos de cooperación", "MoU", "memorando",
    ),
    "events_hosted": ("eventos internacionales",),
    "promotion_events": (
        "conferencias de promoción de inversiones", "eventos de promoción",
        "actividades de promoción de inversiones", "conferencias de promoción",
        "programas de promoción", "actividades de promoción",
    ),
    "event_participants": ("participantes", "delegados", "asistentes", "invitados"),
    "fdi_projects": (
        "proyectos de IED", "proyectos IED", "proyectos FDI",
        "proyectos de inversión extranjera", "proyectos con capital extranjero",
        "proyectos de inversión extranjera directa",
    ),
    "fdi_capital": ("capital de IED", "IED registrada"),
    "domestic_projects": (
        "proyectos nacionales", "proyectos domésticos", "proyectos de inversión nacional",
    ),
    "domestic_capital": ("capital nacional",),
    "investment_commitments": (
        "certificados de inversión", "certificados de registro de inversión",
        "licencias de inversión", "compromisos de inversión",
    ),
    "oda_capital": (
        "AOD", "ODA", "asistencia oficial para el desarrollo", "ayuda oficial al desarrollo",
    ),
    "ngo_aid": ("ayuda no gubernamental", "ayudas no gubernamentales"),
    "ngo_partners": (
        "ONG", "organizaciones no gubernamentales", "organizaciones extranjeras no gubernamentales",
        "organizaciones no gubernamentales extranjeras", "instituciones no gubernamentales",
    ),
    "ngo_projects": (
        "proyectos de ONG", "proyectos no gubernamentales",
        "proyectos de las organizaciones extranjeras no gubernamentales",
        "proyectos de organizaciones no gubernamentales",
    ),
    "trade_turnover": (
        "intercambio comercial", "volumen comercial", "comercio bilateral",
        "valor de importación y exportación", "valor de exportación e importación",
        "facturación de importación y exportación", "valor comercial", "volumen de comercio",
        "importación y exportación", "exportación e importación", "comercio exterior",
    ),
    "visitors_total": ("visitantes", "turistas", "llegadas", "visitas", "viajeros"),
    "visitors_international": (
        "visitantes internacionales", "visitantes extranjeros", "turistas internacionales",
        "turistas extranjeros", "llegadas internacionales", "viajeros extranjeros",
        "son extranjeros", "eran extranjeros", "fueron extranjeros",
    ),
    "awards_given": (
        "colectivos e individuos", "colectivos y personas", "colectivos e individuales",
        "certificados de mérito", "diplomas de honor", "colectivos y particulares",
    ),
    "delegation": ("delegaciones", "delegación"),
    "locality": (
        "localidades", "localidad", "ciudades", "provincias", "regiones", "municipios",
        "prefecturas", "gobiernos locales",
    ),
    "country": ("países", "país", "territorios", "naciones"),
    "project": ("proyectos", "proyecto"),
    "conference": (
        "conferencias", "seminarios", "talleres", "foros", "programas", "ferias", "encuentros",
        "diálogos", "actividades", "reuniones", "mesas redondas",
    ),
    "organization": ("organizaciones", "redes", "organismos"),
    "partner": ("socios",),
    "event": ("eventos", "festival", "festivales", "feria",),
    "fdi": (
        "IED", "inversión extranjera directa", "inversión extranjera",
        "inversiones extranjeras", "capital extranjero", "inversionistas extranjeros",
        "inversores extranjeros", "FDI",
    ),
    "domestic": (
        "nacionales", "domésticos", "internos", "inversionistas nacionales", "inversión nacional",
        "inversión interna", "inversión doméstica",
    ),
    "ngo": ("no gubernamental", "no gubernamentales"),
    "foreign": (
        "internacionales", "internacional", "extranjeros", "extranjeras", "extranjero",
        "extranjera",
    ),
    "promotion": ("promoción", "promover la inversión"),
    "capital": (
        "capital", "capital registrado", "capital total", "inversión total", "por valor de",
        "por un valor de", "con un valor de", "por un monto de",
        "valor total", "monto", "valorados en", "valorado en", "adicionales", "adicional",
    ),
    "capital_added": (
        "aumentaron su capital", "ampliaron su capital", "ampliación de capital",
        "aumento de capital", "ajustaron su capital",
    ),
    "investment": ("inversión", "inversiones", "inversores", "inversionistas",),
    # A disbursement is aid only where NGO aid is talked about (facts_money.py); elsewhere
    # it is FDI disbursed, which is no metric ("none" below).
    "aid": ("ayuda", "ayudas", "asistencia", "financiación", "subvenciones", "desembolso"),
    "receive": (
        "recibió", "recibido", "acogió", "acogido", "dio la bienvenida", "recibe", "recibiendo",
        "recibieron", "acogieron", "recibir", "acoger", "ha recibido",
    ),
    "send": (
        "envió", "enviado", "enviando", "enviaron", "envía", "enviar", "enviadas", "enviados",
        "al extranjero", "al exterior",
    ),
    "attend": (
        "participaron", "asistieron", "reunió", "congregó", "participación", "asistencia de",
        "asistió", "participó", "acudieron",
    ),
    "sign": ("firmó", "firmado", "firmados", "suscrito", "rubricado", "firmaron", "suscribió"),
    "join": ("se unió", "adhirió", "miembro", "membresía", "se sumó", "ingresó"),
    "attract": ("atrajo", "atraído", "captó", "captado", "movilizó", "atrayendo", "atraer"),
    "host": ("organizó", "organizado", "celebró", "realizó", "organizaron"),
    "relation": (
        "relaciones", "vínculos", "lazos", "cooperación con", "hermanamiento", "amistad",
        "asociación",
    ),
    "target": (
        "meta", "objetivo", "aspira", "pretende", "prevé", "previsto", "se esfuerza",
        "para 2030", "planea", "espera", "para el 2030", "para 2035", "para 2045",
    ),
    "national": ("todo el país", "a nivel nacional", "en todo el país"),
    "now": ("actualmente", "hasta la fecha", "hasta ahora", "en la actualidad"),
    "city": ("la ciudad", "la localidad", "esta ciudad"),
    "province": ("la provincia", "esta provincia"),
    "compare": (
        "en comparación con", "respecto a", "respecto al", "frente a", "que en",
        "con respecto a", "mismo periodo", "mismo período", "mismo lapso", "interanual",
        "año anterior", "en términos interanuales",
    ),
    "contrast": ("pero", "sin embargo"),
    "and": ("y", "e", "así como", "mientras"),
    "none": (
        "exportaciones", "importaciones", "PIB", "GRDP", "ingresos", "desembolsado",
        "desembolso de IED", "desembolso de la IED", "IED desembolsada", "por hectárea", "por ha",
    ),
    "business": ("empresas", "compañías"),
    "other": (
        "de acuerdo con",  # "according to", not an agreement
        # projects already licensed that add capital: not projects licensed nor the valid
        # stock (SCHEMA.md); their added capital still counts
        "proyectos en funcionamiento", "proyectos en curso", "proyectos en marcha",
        "proyectos en operación", "proyectos existentes",
        "empleos", "hoteles", "habitaciones", "hectáreas", "años",
        "meses", "días", "veces", "miembros", "por ciento", "soluciones", "tareas",
    ),
    "part": ("de los cuales", "de las cuales", "entre ellos", "entre ellas"),
    "equal": ("equivalente a", "equivalentes a", "lo que equivale a", "o sea"),
    "handover": (
        "entregó", "entregaron", "entrega de", "en esta ocasión", "en la ocasión",
        "en la ceremonia",
    ),
}  # fmt: skip
# --- end of metric cues ---

LEXICON = make_lexicon(
    "es",
    metric_cues=_CUES,
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
    # "In this period": the last range of years named before it (periods.py).
    period_anaphors=(
        "en este periodo",
        "en ese periodo",
        "en este período",
        "en ese período",
        "durante este periodo",
        "durante ese periodo",
        "durante este período",
        "durante ese período",
        "en dicho periodo",
        "en dicho período",
    ),
    venue_words=("en",),
    with_words=("con",),
)  # fmt: skip
