"""Japanese. Decimal point, grouping comma; 万 (10^4), 億 (10^8), 兆 (10^12) scales, which
combine ("1兆2000億円")."""

from hoinhap.intake.lexicon import make_lexicon

_Q = {"一": 1, "二": 2, "三": 3, "四": 4}

LEXICON = make_lexicon(
    "ja",
    bound_left=False,
    bound_right=False,
    words_need_counter=True,
    counters=(
        "件", "社", "カ国", "か国", "ヶ国", "ケ国", "カ所", "か所", "人", "回", "つ", "名", "団",
        "都市", "国", "地域", "プロジェクト",
    ),
    scales={"万": 1e4, "億": 1e8, "兆": 1e12, "千万": 1e7, "百万": 1e6, "千": 1e3},
    compound_tail=True,
    approx_before={"約": "about", "およそ": "about", "ほぼ": "about"},
    approx_mid={"余": "over"},
    approx_after={
        "以上": "over", "超": "over", "余り": "over", "あまり": "over", "強": "over",
        "程度": "about", "前後": "about", "近く": "about", "弱": "under", "未満": "under",
        "以下": "under",
    },
    currency_before={"$": "USD", "US$": "USD", "USD": "USD"},
    currency_after={
        "米ドル": "USD", "ドル": "USD", "USD": "USD", "ベトナムドン": "VND", "ドン": "VND",
        "VND": "VND", "円": "JPY", "ユーロ": "EUR", "ウォン": "KRW", "元": "CNY",
    },
    percent_after=("%", "％", "パーセント"),
    code_before=("第", "号"),
    ordinal_after=("月", "日", "号"),
    range_words=("～", "〜", "~", "から", "－", "-", "–", "—"),
    year_after=("年度", "年"),
    year_first=True,
    halves={
        "上半期": 1, "上期": 1, "1～6月": 1, "1〜6月": 1, "前半": 1,
        "下半期": 2, "下期": 2, "7～12月": 2, "7〜12月": 2, "後半": 2,
    },
    quarters={f"第{c}四半期": n for c, n in _Q.items()}
    | {f"第{n}四半期": n for n in range(1, 5)}
    | {"1～3月期": 1, "4～6月期": 2, "7～9月期": 3, "10～12月期": 4},
    past_years=("過去{n}年", "この{n}年", "ここ{n}年", "{n}年間"),
    last_year=("昨年", "去年", "前年"),
    this_year=("今年", "本年"),
)  # fmt: skip
