"""Urdu. Decimal point or "٫", grouping comma or "٬", lakh grouping; لاکھ 10^5, کروڑ 10^7,
ارب 10^9. "سے زائد" (more than) follows the number. "اسی" (eighty, also "the same") is left
out of the number words."""

from hoinhap.intake.lexicon import make_lexicon

LEXICON = make_lexicon(
    "ur",
    indian_grouping=True,
    number_words={
        "ایک": 1, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "سات": 7, "آٹھ": 8,
        "دس": 10, "بیس": 20, "تیس": 30, "چالیس": 40, "پچاس": 50, "ساٹھ": 60, "ستر": 70,
        "نوے": 90, "سو": 100,
    },
    scales={
        "ہزار": 1e3, "لاکھ": 1e5, "کروڑ": 1e7, "ارب": 1e9, "کھرب": 1e11, "ملین": 1e6,
        "بلین": 1e9, "ٹریلین": 1e12,
    },
    approx_before={
        "تقریباً": "about", "تقریبا": "about", "لگ بھگ": "about", "قریب": "about",
        "قریباً": "about", "کم از کم": "over",
    },
    approx_after={"سے زائد": "over", "سے زیادہ": "over", "سے کم": "under"},
    currency_before={"$": "USD", "US$": "USD", "USD": "USD", "VND": "VND"},
    currency_after={
        "امریکی ڈالر": "USD", "ڈالر": "USD", "USD": "USD", "ویتنامی ڈونگ": "VND",
        "ڈونگ": "VND", "VND": "VND", "روپے": "PKR", "یورو": "EUR", "ین": "JPY",
    },
    percent_after=("%", "٪", "فیصد"),
    code_before=("نمبر", "قرارداد"),
    range_words=("سے", "تا", "-", "–", "—"),
    year_before=("سال", "سن"),
    halves={
        "پہلی ششماہی": 1, "پہلے چھ مہینوں": 1, "پہلے چھ ماہ": 1, "دوسری ششماہی": 2,
    },
    quarters={"پہلی سہ ماہی": 1, "دوسری سہ ماہی": 2, "تیسری سہ ماہی": 3, "چوتھی سہ ماہی": 4},
    past_years=(
        "گزشتہ {n} سالوں", "گزشتہ {n} سال", "پچھلے {n} سالوں", "پچھلے {n} سال",
        "گذشتہ {n} سال",
    ),
    last_year=("گزشتہ سال", "پچھلے سال"),
    this_year=("اس سال", "رواں سال"),
)  # fmt: skip
