"""Malay. Decimal point, grouping comma ("RM1.5 bilion", "3,000 orang")."""

from hoinhap.intake.lexicon import make_lexicon

_ORD = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4}

# --- metric cues (see hoinhap/intake/cues.py) ---
_CUES: dict[str, tuple[str, ...]] = {
    "partner_localities": (
        "bandar kembar", "bandar berkembar", "bandar saudara", "negeri berkembar",
        "bandar rakan",
    ),
    "agreements_signed": (
        "perjanjian", "memorandum persefahaman", "MoU", "MOU", "memorandum",
        "dokumen kerjasama", "persetujuan",
    ),
    "events_hosted": ("acara antarabangsa", "majlis antarabangsa", "program antarabangsa"),
    "promotion_events": (
        "persidangan promosi pelaburan", "acara promosi pelaburan", "program promosi pelaburan",
        "aktiviti promosi pelaburan", "aktiviti promosi",
    ),
    "event_participants": ("peserta", "hadirin", "perwakilan", "wakil"),
    "fdi_projects": (
        "projek FDI", "projek PLA", "projek pelaburan asing", "projek pelaburan langsung asing",
    ),
    "fdi_capital": ("modal FDI", "modal asing"),
    "domestic_projects": ("projek domestik", "projek tempatan", "projek pelaburan domestik"),
    "domestic_capital": ("modal domestik", "modal tempatan"),
    "investment_commitments": (
        "sijil pelaburan", "sijil pendaftaran pelaburan", "lesen pelaburan",
        "komitmen pelaburan",
    ),
    "oda_capital": ("ODA", "bantuan pembangunan rasmi"),
    "ngo_aid": ("bantuan bukan kerajaan", "bantuan NGO"),
    "ngo_partners": ("pertubuhan bukan kerajaan", "NGO", "badan bukan kerajaan"),
    "ngo_projects": ("projek bukan kerajaan", "projek NGO"),
    "trade_turnover": (
        "perolehan import-eksport", "perolehan eksport-import", "nilai import-eksport",
        "nilai eksport-import", "nilai dagangan", "jumlah dagangan", "perdagangan dua hala",
        "dagangan dua hala", "eksport dan import", "import dan eksport",
        "perolehan perdagangan", "import-eksport", "eksport-import", "perdagangan luar",
    ),
    "visitors_total": (
        "pengunjung", "pelancong", "ketibaan pelancong", "kunjungan", "pelawat", "ketibaan",
    ),
    "visitors_international": (
        "pengunjung antarabangsa", "pelancong antarabangsa", "pelancong asing",
        "pengunjung asing", "pelawat asing", "ketibaan antarabangsa", "pelawat antarabangsa",
        "pelancong luar negara", "ketibaan pelancong asing", "ketibaan pelancong antarabangsa",
    ),
    "awards_given": (
        "kolektif dan individu", "individu dan kolektif", "sijil penghargaan", "sijil merit",
        "kumpulan dan individu",
    ),
    "delegation": ("delegasi", "rombongan"),
    "locality": (
        "wilayah", "bandar", "daerah", "kawasan", "negeri", "lokaliti", "kerajaan tempatan",
    ),
    "country": ("negara",),
    "project": ("projek", "program dan projek"),
    "conference": (
        "persidangan", "seminar", "bengkel", "forum", "program", "pameran", "pertemuan",
        "dialog", "aktiviti", "mesyuarat",
    ),
    "organization": ("organisasi", "pertubuhan", "rangkaian"),
    "partner": ("rakan kongsi", "rakan"),
    "event": ("acara", "majlis", "festival", "pesta",),
    "fdi": ("pelaburan langsung asing", "FDI", "pelaburan asing", "pelabur asing", "PLA"),
    "domestic": ("domestik", "tempatan", "dalam negeri"),
    "ngo": ("bukan kerajaan",),
    "foreign": ("antarabangsa", "asing", "luar negara"),
    "promotion": ("promosi", "mempromosikan pelaburan"),
    "capital": (
        "modal", "jumlah modal", "modal berdaftar", "jumlah pelaburan", "bernilai",
        "nilai pelaburan", "jumlah nilai", "jumlah komitmen",
    ),
    "capital_added": (
        "menambah modal", "penambahan modal", "pertambahan modal",
    ),
    "investment": ("pelaburan", "pelabur",),
    "aid": ("bantuan", "geran", "pembiayaan"),
    "receive": ("menerima", "menyambut", "menyambut kedatangan", "menerima kunjungan"),
    "send": ("menghantar", "mengutus", "ke luar negara"),
    "attend": ("dihadiri", "menghadiri", "mengumpulkan", "berhimpun", "hadir", "melibatkan"),
    "sign": ("menandatangani", "ditandatangani", "memeterai", "dimeterai"),
    "join": ("menyertai", "menjadi ahli", "keahlian", "ahli", "bergabung"),
    "attract": ("menarik", "menggembleng", "meraih"),
    "host": ("menganjurkan", "mengadakan", "menjadi tuan rumah", "dianjurkan"),
    "relation": ("hubungan", "kerjasama dengan", "persahabatan", "menjalin", "perkongsian"),
    "target": (
        "sasaran", "menyasarkan", "bertujuan", "berusaha", "dijangka", "merancang", "matlamat",
        "menjelang 2030", "menjelang tahun 2030",
    ),
    "national": ("seluruh negara", "peringkat nasional", "di seluruh negara"),
    "now": ("kini", "setakat ini", "pada masa ini", "sehingga kini", "buat masa ini"),
    "city": ("bandar raya ini", "bandar ini", "bandar tersebut"),
    "province": ("wilayah ini", "wilayah tersebut"),
    "compare": ("berbanding", "daripada", "tempoh yang sama", "tempoh sama",),
    "contrast": ("tetapi", "namun"),
    "and": ("dan", "serta", "manakala", "sementara"),
    "none": ("eksport", "import", "KDNK", "GRDP", "hasil", "pendapatan", "disalurkan"),
    "business": ("syarikat", "perniagaan", "usahawan"),
    "counter": ("orang",),  # a classifier of people: "hampir 30.000 orang"
    "other": (
        "peluang pekerjaan", "pekerjaan", "pekerja", "hotel", "bilik",
        "hektar", "tahun", "bulan", "hari", "kali", "peratus", "penyelesaian",
    ),
    "part": ("daripadanya", "antaranya", "daripada jumlah itu"),
    "equal": ("bersamaan dengan", "bersamaan", "setara dengan", "atau"),
    "handover": (
        "menyerahkan", "diserahkan", "penyerahan", "pada majlis itu", "pada majlis tersebut",
    ),
}  # fmt: skip
# --- end of metric cues ---

LEXICON = make_lexicon(
    "ms",
    metric_cues=_CUES,
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
    year_ends=("akhir tahun {y}", "hujung tahun {y}", "penghujung tahun {y}", "akhir {y}"),
    past_years=(
        "{n} tahun kebelakangan", "{n} tahun lepas", "{n} tahun yang lepas",
        "{n} tahun terakhir",
    ),
    last_year=("tahun lepas", "tahun lalu"),
    this_year=("tahun ini",),
    # "In this period": the last range of years named before it (periods.py).
    period_anaphors=(
        "tempoh ini",
        "tempoh tersebut",
        "dalam tempoh itu",
    ),
    venue_words=("di",),
    with_words=("dengan",),
)  # fmt: skip
