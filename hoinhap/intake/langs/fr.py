"""French. Decimal comma, grouping by (narrow) spaces: "3 000", "1,5 milliard"; "billion" is
10^12 in French."""

from hoinhap.intake.lexicon import make_lexicon

LEXICON = make_lexicon(
    "fr",
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
        "dong": "VND", "VND": "VND", "euros": "EUR", "euro": "EUR", "€": "EUR", "yens": "JPY",
        "yen": "JPY", "wons": "KRW", "yuans": "CNY",
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
)  # fmt: skip
