"""Chinese. Decimal point, grouping comma; 万 (10^4) and 亿 (10^8) scales, which combine
("1万2000", "3亿5000万"); 多/余 after a number mean "more than"."""

from hoinhap.intake.lexicon import make_lexicon

_Q = {"一": 1, "二": 2, "三": 3, "四": 4}

LEXICON = make_lexicon(
    "zh",
    bound_left=False,
    bound_right=False,
    words_need_counter=True,
    counters=(
        "个", "個", "家", "项", "項", "名", "位", "件", "批", "次", "场", "座", "国", "份", "人",
        "所", "种", "条", "届", "次", "年",
    ),
    scales={
        "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "万亿": 1e12, "千亿": 1e11, "百亿": 1e10,
        "十亿": 1e9, "千万": 1e7, "百万": 1e6, "千": 1e3,
    },
    compound_tail=True,
    approx_before={
        "超过": "over", "逾": "over", "超": "over", "多达": "over", "至少": "over",
        "约": "about", "大约": "about", "近": "about", "将近": "about", "接近": "about",
        "约合": "about", "不足": "under", "不到": "under",
    },
    approx_mid={"多": "over", "余": "over"},
    approx_after={"多": "over", "余": "over", "以上": "over", "左右": "about"},
    currency_before={"$": "USD", "US$": "USD", "USD": "USD", "VND": "VND"},
    currency_after={
        "美元": "USD", "美金": "USD", "USD": "USD", "越南盾": "VND", "越盾": "VND", "盾": "VND",
        "VND": "VND", "欧元": "EUR", "日元": "JPY", "韩元": "KRW", "人民币": "CNY", "元": "CNY",
    },
    percent_after=("%", "％"),
    percent_before=("百分之",),
    code_before=("第", "号", "編號"),
    ordinal_after=("月", "日", "号", "號"),
    months={f"{m}月": m for m in range(1, 13)},
    range_words=("至", "到", "-", "–", "—", "～", "~", "〜", "－"),
    range_before=("从",),
    year_after=("年度", "年"),
    year_first=True,
    halves={"上半年": 1, "前六个月": 1, "前6个月": 1, "前半年": 1, "下半年": 2},
    quarters={f"第{c}季度": n for c, n in _Q.items()}
    | {f"{c}季度": n for c, n in _Q.items()}
    | {f"第{n}季度": n for n in range(1, 5)}
    | {f"Q{n}": n for n in range(1, 5)},
    past_years=("过去{n}年", "近{n}年", "{n}年来", "过去的{n}年", "最近{n}年"),
    last_year=("去年",),
    this_year=("今年",),
)  # fmt: skip
