"""Indonesian. Decimal comma, grouping dot ("3.000 delegasi", "US$1,07 miliar",
"14.800 miliar")."""

from hoinhap.intake.lexicon import make_lexicon

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_ORD = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4}

LEXICON = make_lexicon(
    "id",
    number_words={
        "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
        "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12,
        "dua puluh": 20, "tiga puluh": 30, "empat puluh": 40, "lima puluh": 50,
        "enam puluh": 60, "tujuh puluh": 70, "delapan puluh": 80, "sembilan puluh": 90,
        "seratus": 100, "seribu": 1e3, "sejuta": 1e6, "semiliar": 1e9,
    },
    scales={
        "ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9,
        "triliun": 1e12, "trilyun": 1e12,
    },
    approx_before={
        "lebih dari": "over", "lebih daripada": "over", "lebih": "over", "di atas": "over",
        "setidaknya": "over", "sedikitnya": "over", "paling sedikit": "over",
        "sekitar": "about", "hampir": "about", "kurang lebih": "about", "kira-kira": "about",
        "mendekati": "about", "sekira": "about", "kurang dari": "under",
    },
    currency_before={
        "US$": "USD", "USD": "USD", "$": "USD", "VND": "VND", "Rp": "IDR", "Rp.": "IDR",
        "€": "EUR",
    },
    currency_after={
        "USD": "USD", "dolar AS": "USD", "dolar Amerika Serikat": "USD", "dolar Amerika": "USD",
        "dolar": "USD", "VND": "VND", "dong": "VND", "rupiah": "IDR", "euro": "EUR",
        "yen": "JPY", "won": "KRW", "yuan": "CNY",
    },
    percent_after=("%", "persen"),
    code_before=(
        "No.", "Nomor", "Resolusi", "Keputusan", "Peraturan", "Rencana", "Dekrit", "Pasal",
        "tanggal",
    ),
    ordinal_before=("ke-",),
    range_words=("hingga", "sampai", "sampai dengan", "s.d.", "s/d", "-", "–", "—"),
    range_before=("dari",),
    between=(("antara", "dan"),),
    year_before=("tahun", "pada tahun"),
    halves={
        "semester pertama": 1, "semester I": 1, "semester 1": 1, "enam bulan pertama": 1,
        "6 bulan pertama": 1, "paruh pertama": 1, "semester kedua": 2, "semester II": 2,
        "semester 2": 2, "paruh kedua": 2,
    },
    quarters={f"kuartal {w}": n for w, n in _ORD.items()}
    | {f"kuartal {r}": n for r, n in _ROMAN.items()}
    | {f"triwulan {r}": n for r, n in _ROMAN.items()}
    | {f"triwulan {w}": n for w, n in _ORD.items()}
    | {f"Q{n}": n for n in range(1, 5)},
    past_years=("{n} tahun terakhir", "{n} tahun belakangan", "{n} tahun ke belakang"),
    last_year=("tahun lalu", "tahun sebelumnya"),
    this_year=("tahun ini",),
)  # fmt: skip
