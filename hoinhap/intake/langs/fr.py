"""French. Decimal comma, grouping by (narrow) spaces: "3 000", "1,5 milliard"; "billion" is
10^12 in French."""

from hoinhap.intake.lexicon import make_lexicon

# --- metric cues (see hoinhap/intake/cues.py) ---
_CUES: dict[str, tuple[str, ...]] = {
    "partner_localities": (
        "villes jumelées", "villes jumelles", "villes partenaires", "villes sœurs",
        "localités partenaires", "provinces jumelées", "jumelages", "villes amies",
        "localités jumelées",
    ),
    "agreements_signed": (
        # whole words: "accordé" (granted a licence) is no agreement
        "accords=", "accord=", "protocoles d'accord", "mémorandums", "mémorandums d'entente",
        "protocoles", "conventions", "documents de coopération", "MoU", "mémorandum",
        "protocole d'accord", "ententes",
    ),
    "delegations_received": ("délégations entrantes",),
    "delegations_sent": ("délégations sortantes",),
    "events_hosted": (
        "événements internationaux", "évènements internationaux",
        "manifestations internationales",
    ),
    "promotion_events": (
        "conférences de promotion de l'investissement",
        "conférences de promotion des investissements",
        "activités de promotion de l'investissement",
        "activités de promotion des investissements", "événements de promotion",
        "conférences de promotion", "programmes de promotion", "activités de promotion",
    ),
    "event_participants": (
        "participants", "délégués", "invités", "congressistes", "artistes", "exposants",
        "athlètes",
    ),
    "fdi_projects": (
        "projets d'IDE", "projets IDE", "projets FDI", "projets à capitaux étrangers",
        "projets d'investissement étranger", "projets d'investissement direct étranger",
        "projets d'investissements directs étrangers", "projets d'investissements étrangers",
    ),
    "fdi_capital": ("capitaux IDE", "IDE enregistrés", "capital IDE"),
    "fdi_source_countries": (
        "pays investisseurs", "pays et territoires investisseurs", "investisseurs viennent de",
        "investisseurs proviennent de", "investisseurs venant de",
    ),
    "domestic_projects": (
        "projets nationaux", "projets domestiques", "projets d'investissement national",
        "projets d'investissement domestique", "projets d'investissements nationaux",
    ),
    "domestic_capital": ("capitaux nationaux", "capital national"),
    "investment_commitments": (
        "certificats d'investissement", "certificats d'enregistrement d'investissement",
        "licences d'investissement", "engagements d'investissement", "décisions d'approbation",
        "certificats d'enregistrement des investissements", "promesses d'investissement",
        "licence d'investissement", "certificat d'investissement",
        "certificat d'enregistrement d'investissement", "mémorandums d'investissement",
        "protocoles d'accord d'investissement", "accords d'investissement",
        "décisions d'approbation de la politique d'investissement",
        "décisions d'approbation des orientations d'investissement",
    ),
    "oda_capital": ("APD", "ODA", "aide publique au développement"),
    "ngo_aid": ("aide non gouvernementale", "aides non gouvernementales", "aide des ONG"),
    "ngo_partners": ("ONG", "organisations non gouvernementales"),
    "ngo_projects": (
        "projets d'ONG", "projets non gouvernementaux", "programmes et projets d'ONG",
        "programmes et projets d'organisations non gouvernementales", "programmes ou projets",
        "projets d'organisations non gouvernementales",
    ),
    "trade_turnover": (
        "chiffre d'affaires import-export", "valeur des importations et exportations",
        "valeur des exportations et importations", "échanges commerciaux",
        "volume des échanges", "commerce bilatéral", "valeur commerciale",
        "chiffre d'affaires à l'import-export", "import-export", "valeur de l'import-export",
        "volume commercial", "commerce extérieur",
    ),
    "visitors_total": (
        "visiteurs", "touristes", "arrivées", "vacanciers", "visites", "voyageurs",
    ),
    "visitors_international": (
        "visiteurs internationaux", "visiteurs étrangers", "touristes internationaux",
        "touristes étrangers", "arrivées internationales", "vacanciers étrangers",
        "voyageurs étrangers",
    ),
    "awards_given": (
        "collectifs et individus", "collectifs et particuliers", "individus et collectifs",
        "certificats de mérite", "diplômes d'honneur", "collectifs et personnes",
        "collectifs et individuels",
    ),
    "delegation": ("délégations", "délégation"),
    "locality": (
        "localités", "localité", "villes", "provinces", "collectivités", "régions",
        "municipalités", "préfectures", "collectivités locales",
    ),
    "country": (
        "pays", "territoires", "nations", "pays et territoires", "nations et territoires",
        "pays et régions",
    ),
    "project": ("projets", "projet"),
    "conference": (
        "conférences", "séminaires", "ateliers", "forums", "colloques", "programmes", "salons",
        "rencontres", "dialogues", "activités", "réunions", "tables rondes",
    ),
    "organization": ("organisations", "réseaux", "organismes"),
    "partner": ("partenaires",),
    "event": ("événements", "évènements", "manifestations", "festival", "festivals", "foire",),
    "fdi": (
        "IDE", "investissement direct étranger", "investissements directs étrangers",
        "investissement étranger", "investissements étrangers", "capitaux étrangers",
        "investisseurs étrangers", "FDI",
    ),
    "domestic": ("nationaux", "domestiques", "intérieurs", "investisseurs nationaux"),
    "ngo": ("non gouvernementa", "non-gouvernementa"),
    "foreign": (
        "internationaux", "internationales", "international", "internationale", "étrangers",
        "étrangères", "étranger", "étrangère",
    ),
    "promotion": ("promotion", "promouvoir l'investissement", "promouvoir les investissements"),
    "capital": (
        "capital", "capitaux", "capital enregistré", "capital total", "investissement total",
        "d'une valeur de", "valeur totale", "montant", "capital social", "cumulant",
        "totalisant", "fonds enregistré", "fonds inscrit", "fonds d'investissement",
        "capitaux enregistrés",
    ),
    "capital_added": (
        "augmenté leur capital", "augmentation de capital", "augmentations de capital",
        "ajusté leur capital",
    ),
    "investment": ("investissements", "investissement", "investisseurs",),
    # A disbursement is aid only where NGO aid is talked about (facts_money.py); elsewhere
    # it is FDI disbursed, which is no metric ("none" below).
    "aid": ("aide", "aides", "assistance", "financements", "subventions", "décaissement"),
    "receive": (
        "accueilli", "accueille", "reçu", "accueillant", "recevant", "reçoit", "accueillir",
        "reçues", "reçus", "accueillies", "accueillis", "recevoir", "reçoivent",
    ),
    "send": (
        "envoyé", "dépêché", "envoyant", "envoyées", "envoyés", "envoyée", "envoyer", "envoie",
        "à l'étranger",
    ),
    "attend": (
        "participé", "assisté", "réuni", "rassemblé", "présence", "ont pris part",
        "ont participé", "a réuni",
    ),
    "sign": ("signé", "signés", "signées", "conclu", "paraphé", "signature"),
    "join": ("adhéré", "rejoint", "membre", "adhésion"),
    "attract": ("attiré", "attirant", "drainé", "mobilisé", "capté", "attirer"),
    "host": ("organisé", "tenu", "hébergé", "organisées", "organisés"),
    "relation": (
        "relations", "liens", "coopération avec", "jumelage", "amitié", "partenariat",
        "partenariats",
    ),
    "target": (
        "objectif", "vise", "viser", "ambitionne", "prévoit", "prévu", "s'efforce", "cible",
        "d'ici 2030", "d'ici à 2030", "devrait", "projette", "d'ici 2035", "d'ici 2045",
        "espère", "espèrent", "compte attirer", "entend", "d'ici 2025", "d'ici à 2025",
        "d'ici 2020", "d'ici à 2020", "d'ici 2050", "s'est fixé pour objectif",
    ),
    "national": (
        "l'ensemble du pays", "à l'échelle nationale", "tout le pays", "du pays entier",
        "le pays a accueilli", "le pays a attiré", "le pays a reçu", "le pays compte",
    ),
    "now": ("actuellement", "à ce jour", "jusqu'à présent", "à présent", "aujourd'hui"),
    "city": ("la ville", "la localité", "cette ville"),
    "province": ("la province", "cette province"),
    "compare": ("par rapport à", "qu'en", "comparé à", "que"),
    "contrast": ("mais", "cependant", "toutefois"),
    "and": ("et", "ainsi que", "tandis que", "alors que"),
    "none": (
        "exportations", "importations", "PIB", "GRDP", "recettes", "décaissé",
        "par hectare", "par ha",
        "décaissés", "d'IDE ont été décaissés", "IDE ont été décaissés", "d'IDE décaissés",
        "IDE décaissés", "décaissements d'IDE", "décaissement des IDE", "touristes nationaux",
        "touristes vietnamiens", "touristes domestiques", "visiteurs nationaux",
        "visiteurs vietnamiens", "visiteurs domestiques",
    ),
    "business": ("entreprises", "sociétés"),
    "other": (
        # projects already licensed that add capital: not projects licensed nor the valid
        # stock (SCHEMA.md); their added capital still counts
        "projets opérationnels", "projets existants", "projets en activité",
        "emplois", "hôtels", "chambres", "hectares", "ans", "années",
        "mois", "jours", "fois", "membres", "pour cent", "solutions", "percées", "tâches",
        "habitants",
    ),
    "part": ("dont", "parmi lesquels", "parmi lesquelles", "parmi eux"),
    "equal": ("soit", "équivalant à", "équivalent à", "l'équivalent de"),
    "handover": (
        "remis", "remet", "remettre", "remise", "décerné", "à cette occasion", "à l'occasion",
        "lors de la cérémonie",
    ),
}  # fmt: skip
# --- end of metric cues ---

LEXICON = make_lexicon(
    "fr",
    metric_cues=_CUES,
    space_grouping=True,
    number_words={
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
        "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "une douzaine": 12,
        "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
        "soixante-dix": 70, "quatre-vingts": 80, "quatre-vingt-dix": 90, "cent": 100,
    },
    scales={
        "mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
        "Md": 1e9, "Mds": 1e9, "Mrd": 1e9, "billion": 1e12, "billions": 1e12,
    },
    bare_scales=("mille",),
    approx_before={
        "plus de": "over", "plus d'": "over", "au moins": "over", "au-delà de": "over",
        "près de": "about", "près d'": "about", "environ": "about", "quelque": "about",
        "presque": "about", "autour de": "about", "quasi": "about", "approximativement": "about",
        "moins de": "under", "moins d'": "under", "jusqu'à": "under",
    },
    approx_after={"environ": "about"},
    currency_before={"US$": "USD", "$": "USD", "USD": "USD", "VND": "VND", "€": "EUR"},
    currency_after={
        "dollars américains": "USD", "dollars US": "USD", "dollars des États-Unis": "USD",
        "dollars": "USD", "dollar": "USD", "USD": "USD", "$": "USD", "dongs": "VND",
        "dong": "VND", "dôngs": "VND", "dông": "VND", "đồng": "VND", "VND": "VND",
        "euros": "EUR", "euro": "EUR", "€": "EUR", "yens": "JPY", "yen": "JPY", "wons": "KRW",
        "yuans": "CNY",
    },
    currency_joiners=("de", "d'"),
    percent_after=("%", "pour cent", "pourcent"),
    code_before=("n°", "no", "numéro", "résolution", "décret", "décision", "plan", "article"),
    ordinal_after=("e", "er", "re", "ère", "ème", "eme", "ᵉ", "ᵉʳ"),
    months={"sept": 9},
    range_words=("à", "au", "-", "–", "—"),
    range_before=("de", "du"),
    between=(("entre", "et"),),
    year_before=("en", "année", "l'année", "de l'année"),
    halves={
        "premier semestre": 1, "six premiers mois": 1, "6 premiers mois": 1,
        "première moitié": 1, "second semestre": 2, "deuxième semestre": 2,
        "six derniers mois": 2, "seconde moitié": 2,
    },
    quarters={
        "premier trimestre": 1, "1er trimestre": 1, "T1": 1, "deuxième trimestre": 2,
        "second trimestre": 2, "2e trimestre": 2, "T2": 2, "troisième trimestre": 3,
        "3e trimestre": 3, "T3": 3, "quatrième trimestre": 4, "4e trimestre": 4, "T4": 4,
    },
    past_years=("{n} dernières années", "{n} années écoulées", "{n} ans écoulés"),
    last_year=("l'année dernière", "l'an dernier", "l'année passée", "l'an passé"),
    this_year=("cette année", "l'année en cours"),
    # "In this period": the last range of years named before it (periods.py).
    period_anaphors=(
        "au cours de cette période",
        "sur cette période",
        "pendant cette période",
        "durant cette période",
        "sur la période",
    ),
    venue_words=("à", "au", "en"),
    with_words=("avec",),
)  # fmt: skip
