"""Malay. Decimal point, grouping comma ("RM1.5 bilion", "3,000 orang")."""

from hoinhap.intake.lexicon import make_lexicon

_ORD = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4}

LEXICON = make_lexicon(
    "ms",
    number_words={
        "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
        "lapan": 8, "sembilan": 9, "sepuluh": 10, "dua puluh": 20, "tiga puluh": 30,
        "empat puluh": 40, "lima puluh": 50, "seratus": 100, "seribu": 1e3, "sejuta": 1e6,
    },
    scales={"ribu": 1e3, "juta": 1e6, "bilion": 1e9, "billion": 1e9, "trilion": 1e12},
    approx_before={
        "lebih daripada": "over", "lebih dari": "over", "melebihi": "over", "lebih": "over",
        "sekurang-kurangnya": "over", "kira-kira": "about", "sekitar": "about",
        "hampir": "about", "lebih kurang": "about", "kurang daripada": "under",
    },
    currency_before={
        "US$": "USD", "USD": "USD", "AS$": "USD", "$": "USD", "RM": "MYR", "VND": "VND",
    },
    currency_after={
        "dolar AS": "USD", "dolar Amerika": "USD", "USD": "USD", "dolar": "USD",
        "ringgit": "MYR", "dong": "VND", "VND": "VND", "euro": "EUR", "yen": "JPY",
    },
    percent_after=("%", "peratus"),
    code_before=("No.", "Nombor", "Resolusi", "Keputusan", "Pelan", "Perkara", "tarikh"),
    ordinal_before=("ke-",),
    range_words=("hingga", "sehingga", "-", "–", "—"),
    range_before=("dari", "dari tahun"),
    between=(("antara", "dan"),),
    year_before=("tahun", "pada tahun"),
    halves={
        "separuh pertama": 1, "enam bulan pertama": 1, "6 bulan pertama": 1,
        "setengah tahun pertama": 1, "separuh kedua": 2, "enam bulan kedua": 2,
    },
    quarters={f"suku {w}": n for w, n in _ORD.items()}
    | {f"suku tahun {w}": n for w, n in _ORD.items()}
    | {f"Q{n}": n for n in range(1, 5)},
    past_years=(
        "{n} tahun kebelakangan", "{n} tahun lepas", "{n} tahun yang lepas",
        "{n} tahun terakhir",
    ),
    last_year=("tahun lepas", "tahun lalu"),
    this_year=("tahun ini",),
)  # fmt: skip
