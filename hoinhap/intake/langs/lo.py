"""Lao. Decimal comma, grouping dot (Babel); Lao digits (໐-໙). No spaces between words."""

from hoinhap.intake.lexicon import make_lexicon

LEXICON = make_lexicon(
    "lo",
    bound_left=False,
    bound_right=False,
    scales={"ພັນຕື້": 1e12, "ຕື້": 1e9, "ລ້ານ": 1e6, "ແສນ": 1e5, "ໝື່ນ": 1e4, "ພັນ": 1e3},
    approx_before={"ຫຼາຍກວ່າ": "over", "ກວ່າ": "over", "ປະມານ": "about", "ເກືອບ": "about"},
    approx_after={"ກວ່າ": "over"},
    currency_before={"$": "USD", "US$": "USD", "USD": "USD", "VND": "VND"},
    currency_after={
        "ໂດລາສະຫະລັດ": "USD", "ໂດລາ": "USD", "USD": "USD", "ດົ່ງ": "VND", "ດ່ົງ": "VND",
        "VND": "VND", "ກີບ": "LAK", "ບາດ": "THB", "ຢວນ": "CNY", "ເຢນ": "JPY",
    },
    percent_after=("%", "ສ່ວນຮ້ອຍ"),
    percent_before=("ສ່ວນຮ້ອຍ",),
    code_before=("ເລກທີ", "ສະບັບເລກທີ", "ວັນທີ"),
    ordinal_before=("ຄັ້ງທີ", "ທີ"),
    range_words=("-", "–", "—", "ຫາ", "ເຖິງ"),
    year_before=("ປີ", "ສົກປີ"),
    halves={
        "6 ເດືອນຕົ້ນປີ": 1, "ຫົກເດືອນຕົ້ນປີ": 1, "6 ເດືອນຕົ້ນ": 1, "ເຄິ່ງປີທຳອິດ": 1,
        "6 ເດືອນທ້າຍປີ": 2, "ເຄິ່ງປີຫຼັງ": 2,
    },
    quarters={f"ໄຕມາດ {n}": n for n in range(1, 5)} | {f"ໄຕມາດທີ {n}": n for n in range(1, 5)},
    past_years=("{n} ປີຜ່ານມາ", "{n} ປີທີ່ຜ່ານມາ"),
    last_year=("ປີກາຍ",),
    this_year=("ປີນີ້",),
)  # fmt: skip
