"""Korean. Decimal point, grouping comma; 만 (10^4), 억 (10^8), 조 (10^12) scales written
against the number ("3억", "1조 2000억원"); 여/이상 after a number mean "more than"."""

from hoinhap.intake.lexicon import make_lexicon

LEXICON = make_lexicon(
    "ko",
    bound_right=False,
    scales={
        "만": 1e4, "억": 1e8, "조": 1e12, "천": 1e3, "천만": 1e7, "백만": 1e6, "십억": 1e9,
        "백억": 1e10, "천억": 1e11,
    },
    compound_tail=True,
    approx_before={"약": "about", "거의": "about", "대략": "about", "무려": "over"},
    approx_mid={"여": "over"},
    counters=("개국", "개사", "개", "건", "명", "곳", "차례", "회"),
    approx_after={
        "이상": "over", "여": "over", "남짓": "over", "가량": "about", "정도": "about",
        "미만": "under", "이하": "under",
    },
    currency_before={"$": "USD", "US$": "USD", "USD": "USD", "VND": "VND"},
    currency_after={
        "미국 달러": "USD", "미 달러": "USD", "달러": "USD", "USD": "USD", "베트남 동": "VND",
        "동": "VND", "VND": "VND", "원": "KRW", "엔": "JPY", "유로": "EUR", "위안": "CNY",
    },
    percent_after=("%", "％", "퍼센트"),
    code_before=("제", "호"),
    ordinal_after=("번째", "월", "일", "차", "호"),
    range_words=("~", "～", "-", "–", "—", "부터"),
    year_after=("년도", "년"),
    year_first=True,
    halves={"상반기": 1, "하반기": 2},
    quarters={f"{n}분기": n for n in range(1, 5)} | {f"{n}/4분기": n for n in range(1, 5)},
    past_years=("지난 {n}년", "최근 {n}년", "과거 {n}년"),
    last_year=("지난해", "작년"),
    this_year=("올해", "금년"),
)  # fmt: skip
