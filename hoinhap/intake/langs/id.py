"""Indonesian. Decimal comma, grouping dot ("3.000 delegasi", "US$1,07 miliar",
"14.800 miliar")."""

from hoinhap.intake.lexicon import make_lexicon

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_ORD = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4}

# --- metric cues (see hoinhap/intake/cues.py) ---
_CUES: dict[str, tuple[str, ...]] = {
    "partner_localities": (
        "kota kembar", "kota bersaudara", "kota kembaran", "provinsi kembar", "kota mitra",
        "daerah mitra", "kota persahabatan",
    ),
    "agreements_signed": (
        "perjanjian", "nota kesepahaman", "MoU", "MOU", "memorandum", "kesepakatan",
        "dokumen kerja sama", "naskah kerja sama", "perjanjian kerja sama",
    ),
    "delegations_received": ("delegasi masuk",),
    "delegations_sent": ("delegasi keluar",),
    "events_hosted": ("acara internasional", "kegiatan internasional", "event internasional"),
    "promotion_events": (
        "konferensi promosi investasi", "kegiatan promosi investasi", "acara promosi investasi",
        "program promosi investasi", "konferensi promosi", "kegiatan promosi",
    ),
    "event_participants": ("peserta", "hadirin", "tamu undangan"),
    "fdi_projects": ("proyek PMA", "proyek FDI", "proyek investasi asing"),
    "fdi_capital": ("modal PMA", "modal FDI", "modal asing"),
    "domestic_projects": ("proyek PMDN",),
    "domestic_capital": ("modal PMDN",),
    "investment_commitments": (
        "sertifikat investasi", "sertifikat pendaftaran investasi", "izin investasi",
        "komitmen investasi", "keputusan kebijakan investasi",
    ),
    "oda_capital": ("ODA", "bantuan pembangunan resmi"),
    "ngo_aid": ("bantuan nonpemerintah", "bantuan non-pemerintah", "bantuan LSM"),
    "ngo_partners": (
        "organisasi nonpemerintah", "organisasi non-pemerintah", "LSM asing", "mitra LSM",
        "organisasi non pemerintah",
    ),
    "ngo_projects": ("proyek nonpemerintah", "proyek non-pemerintah", "proyek LSM"),
    "trade_turnover": (
        "omzet impor-ekspor", "omzet ekspor-impor", "nilai impor-ekspor", "nilai ekspor-impor",
        "omzet perdagangan", "nilai perdagangan", "volume perdagangan", "perdagangan bilateral",
        "total perdagangan", "ekspor-impor", "impor-ekspor", "ekspor dan impor",
        "impor dan ekspor", "omset impor-ekspor", "omset ekspor-impor",
        "perdagangan luar negeri",
    ),
    "visitors_total": (
        "pengunjung", "wisatawan", "turis", "kunjungan wisatawan", "kedatangan wisatawan",
        "kunjungan",
    ),
    "visitors_international": (
        "pengunjung internasional", "wisatawan internasional", "wisatawan mancanegara",
        "wisman", "turis asing", "pengunjung asing", "wisatawan asing", "turis internasional",
        "pengunjung mancanegara", "tamu asing", "tamu internasional", "tamu mancanegara",
        "kunjungan wisatawan mancanegara", "wisatawan luar negeri", "pengunjung luar negeri",
        "kedatangan internasional", "kedatangan wisatawan asing", "kedatangan wisman",
        "kedatangan wisatawan mancanegara", "kedatangan wisatawan internasional",
        "kunjungan wisman", "kunjungan turis asing",
    ),
    "awards_given": (
        "kolektif dan individu", "individu dan kolektif", "kolektif dan perorangan",
        "kelompok dan individu", "sertifikat penghargaan", "piagam penghargaan",
    ),
    "delegation": ("delegasi", "rombongan"),
    "locality": (
        "daerah", "wilayah", "kota", "provinsi", "lokalitas", "pemerintah daerah", "kabupaten",
        "prefektur", "negara bagian",
    ),
    "country": ("negara",),
    "project": ("proyek", "program dan proyek", "program serta proyek"),
    "conference": (
        "konferensi", "seminar", "lokakarya", "forum", "program", "pameran", "pertemuan",
        "dialog", "temu bisnis", "kegiatan", "roadshow",
    ),
    "organization": ("organisasi", "jaringan kota", "jaringan"),
    "partner": ("mitra",),
    "event": ("acara", "event", "ajang", "festival",),
    "fdi": (
        "investasi langsung asing", "penanaman modal asing", "PMA", "FDI", "investasi asing",
        "investor asing", "penanaman modal langsung asing",
    ),
    "domestic": ("domestik", "dalam negeri", "PMDN", "penanaman modal dalam negeri"),
    "ngo": ("nonpemerintah", "non-pemerintah", "non pemerintah", "LSM", "NGO"),
    "foreign": ("internasional", "asing", "mancanegara", "luar negeri"),
    "promotion": (
        "promosi", "mempromosikan investasi", "promosi investasi", "promosi perdagangan",
    ),
    "capital": (
        "modal", "total modal", "modal terdaftar", "total investasi", "nilai investasi",
        "senilai", "bernilai", "total nilai", "total komitmen",
        "nilai komitmen",
    ),
    "capital_added": (
        "menambah modal", "penambahan modal", "meningkatkan modal", "tambahan modal",
    ),
    "investment": ("investasi", "investor", "penanam modal",),
    "aid": ("bantuan", "hibah", "dukungan dana", "pendanaan"),
    "receive": (
        "menyambut", "menerima", "menjamu", "disambut", "diterima", "menyambut kedatangan",
    ),
    "send": (
        "mengirim", "mengirimkan", "mengutus", "memberangkatkan", "ke luar negeri",
    ),
    "attend": (
        "mengumpulkan", "dihadiri", "menghadiri", "diikuti", "berpartisipasi", "ikut serta",
        "hadir", "berkumpul", "menarik partisipasi", "mempertemukan",
    ),
    "sign": ("menandatangani", "ditandatangani", "meneken", "penandatanganan"),
    "join": ("bergabung", "menjadi anggota", "anggota", "keanggotaan"),
    "attract": ("menarik", "menghimpun", "memobilisasi", "mendatangkan", "menggaet", "meraup"),
    "host": (
        "menyelenggarakan", "menggelar", "mengadakan", "menjadi tuan rumah", "diselenggarakan",
    ),
    "relation": (
        "hubungan", "kerja sama dengan", "persahabatan", "bermitra", "menjalin", "kemitraan",
    ),
    "target": (
        "target", "menargetkan", "bertujuan", "berupaya", "sasaran", "direncanakan", "rencana",
        "diharapkan", "diperkirakan", "tujuan", "berambisi", "berencana", "pada tahun 2030",
        "hingga tahun 2030",
    ),
    "national": ("seluruh negeri", "secara nasional", "di seluruh negeri", "seluruh Indonesia"),
    "now": ("saat ini", "hingga kini", "sejauh ini", "sampai saat ini", "hingga saat ini"),
    "city": ("kota ini", "kota tersebut", "pemerintah kota"),
    "province": ("provinsi ini", "provinsi tersebut"),
    "compare": ("dibandingkan", "dibanding", "daripada", "periode yang sama",),
    "contrast": ("tetapi", "namun"),
    "and": ("dan", "serta", "sementara"),
    "none": ("ekspor", "impor", "PDRB", "GRDP", "pendapatan", "pencairan", "disalurkan"),
    "business": ("perusahaan", "unit usaha", "pelaku usaha", "pengusaha"),
    "counter": ("orang",),  # a classifier of people: "hampir 30.000 orang"
    "other": (
        "lapangan kerja", "pekerja", "hotel", "kamar", "hektar", "tahun", "bulan",
        "hari", "kali", "solusi", "terobosan", "persen", "tugas",
    ),
    "part": ("di antaranya", "diantaranya", "dari jumlah tersebut"),
    "equal": ("setara dengan", "setara", "atau"),
    "handover": (
        "menyerahkan", "diserahkan", "penyerahan", "pada kesempatan itu",
        "pada kesempatan tersebut", "pada upacara",
    ),
}  # fmt: skip
# --- end of metric cues ---

LEXICON = make_lexicon(
    "id",
    metric_cues=_CUES,
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
    year_ends=("akhir tahun {y}", "penghujung tahun {y}", "akhir {y}"),
    past_years=("{n} tahun terakhir", "{n} tahun belakangan", "{n} tahun ke belakang"),
    last_year=("tahun lalu", "tahun sebelumnya"),
    this_year=("tahun ini",),
    # "In this period": the last range of years named before it (periods.py).
    period_anaphors=(
        "periode ini",
        "periode tersebut",
        "kurun waktu tersebut",
        "kurun waktu ini",
    ),
    venue_words=("di",),
    with_words=("dengan",),
)  # fmt: skip
