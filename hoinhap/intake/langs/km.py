"""Khmer. Decimal and grouping symbols from Babel; Khmer digits (០-៩). No spaces between
words."""

from hoinhap.intake.lexicon import make_lexicon

LEXICON = make_lexicon(
    "km",
    bound_left=False,
    bound_right=False,
    scales={
        "ពាន់លាន": 1e9, "ប៊ីលាន": 1e9, "លាន": 1e6, "សែន": 1e5, "ម៉ឺន": 1e4, "ពាន់": 1e3,
    },
    approx_before={
        "ច្រើនជាង": "over", "ជាង": "over", "ប្រហែល": "about", "ប្រមាណ": "about",
        "ជិត": "about",
    },
    approx_after={"ជាង": "over"},
    currency_before={"$": "USD", "US$": "USD", "USD": "USD", "VND": "VND"},
    currency_after={
        "ដុល្លារអាមេរិក": "USD", "ដុល្លារ": "USD", "USD": "USD", "ដុង": "VND", "VND": "VND",
        "រៀល": "KHR", "បាត": "THB", "យ៉េន": "JPY",
    },
    percent_after=("%", "ភាគរយ"),
    code_before=("លេខ", "ថ្ងៃទី"),
    ordinal_before=("ទី",),
    range_words=("-", "–", "—", "ដល់", "ទៅ"),
    year_before=("ឆ្នាំ",),
    halves={
        "ឆមាសទី១": 1, "ឆមាសទី 1": 1, "ឆមាសដំបូង": 1, "៦ខែដើមឆ្នាំ": 1, "6 ខែដើមឆ្នាំ": 1,
        "ឆមាសទី២": 2, "ឆមាសទី 2": 2,
    },
    quarters={f"ត្រីមាសទី{d}": n for n, d in enumerate("១២៣៤", 1)}
    | {f"ត្រីមាសទី {n}": n for n in range(1, 5)},
    past_years=("{n} ឆ្នាំចុងក្រោយ", "{n} ឆ្នាំកន្លងមក"),
    last_year=("ឆ្នាំមុន", "ឆ្នាំកន្លងទៅ"),
    this_year=("ឆ្នាំនេះ",),
)  # fmt: skip
