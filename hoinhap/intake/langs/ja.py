"""Japanese. Decimal point, grouping comma; 万 (10^4), 億 (10^8), 兆 (10^12) scales, which
combine ("1兆2000億円")."""

from hoinhap.intake.lexicon import make_lexicon

_Q = {"一": 1, "二": 2, "三": 3, "四": 4}

# --- metric cues (see hoinhap/intake/cues.py) ---
_CUES: dict[str, tuple[str, ...]] = {
    "partner_localities": (
        "姉妹都市", "友好都市", "姉妹提携", "友好提携", "パートナー都市", "姉妹・友好都市",
    ),
    "agreements_signed": (
        "協定", "覚書", "合意文書", "協力文書", "MOU", "協力協定", "取り決め", "合意",
    ),
    "events_hosted": ("国際イベント", "国際行事", "国際会議"),
    "promotion_events": (
        "投資促進会議", "投資セミナー", "投資誘致会議", "投資促進イベント", "投資促進活動",
        "貿易促進活動", "誘致活動", "投資説明会", "投資促進セミナー",
    ),
    "event_participants": (
        "参加者", "出席者", "代表者", "人が参加", "人が出席", "名が参加", "名が出席",
    ),
    "fdi_projects": (
        "FDI案件", "FDIプロジェクト", "外国投資案件", "外資案件", "外国直接投資案件",
        "外国投資プロジェクト", "外国直接投資プロジェクト", "外資系プロジェクト", "FDI事業",
        "外国直接投資(FDI)プロジェクト", "外国直接投資（FDI）プロジェクト",
        "外国直接投資(FDI)案件", "外国直接投資（FDI）案件", "外国直接投資(FDI)事業",
        "外国直接投資（FDI）事業", "海外直接投資プロジェクト", "海外直接投資案件",
    ),
    "fdi_capital": ("FDI", "外国直接投資", "外資", "海外直接投資"),
    "fdi_source_countries": ("投資国", "投資国・地域", "出資国", "投資元の国"),
    "domestic_projects": ("国内投資案件", "国内案件", "国内プロジェクト"),
    "domestic_capital": ("国内投資",),
    "investment_commitments": (
        "投資証明書", "投資登録証明書", "投資許可書", "投資ライセンス", "投資承認",
        "投資方針決定",
    ),
    "oda_capital": ("ODA", "政府開発援助"),
    "ngo_aid": ("非政府援助", "NGO援助", "NGO支援"),
    "ngo_partners": ("非政府組織", "NGO"),
    "ngo_projects": ("NGOプロジェクト", "NGO案件"),
    "trade_turnover": ("貿易額", "輸出入額", "貿易総額", "輸出入総額", "二国間貿易", "貿易高"),
    "visitors_total": (
        "観光客", "訪問者", "来訪者", "旅行者", "観光客数", "人の観光客", "来場者",
    ),
    "visitors_international": (
        "外国人観光客", "海外観光客", "国際観光客", "外国人旅行者", "外国人訪問者",
        "海外からの観光客", "インバウンド", "外国人客",
    ),
    "awards_given": (
        "団体・個人", "団体と個人", "集団と個人", "個人と団体", "表彰状", "感謝状",
    ),
    "delegation": ("代表団", "訪問団", "使節団", "視察団"),
    "locality": (
        "地方", "自治体", "都市", "地方自治体", "地域", "県", "州", "市町村", "省・市",
    ),
    "country": ("カ国", "か国", "ヵ国", "ヶ国", "国・地域", "国と地域", "国家"),
    "project": ("案件", "プロジェクト", "事業"),
    "conference": (
        "会議", "セミナー", "フォーラム", "会合", "展示会", "商談会", "ワークショップ",
        "プログラム", "対話",
    ),
    "organization": ("組織", "国際機関", "ネットワーク", "機関"),
    "partner": ("パートナー",),
    "event": ("イベント", "行事"),
    "fdi": ("外国投資", "外国企業", "外国投資家", "海外投資", "からの投資"),
    "domestic": ("国内",),
    "ngo": ("非政府",),
    "foreign": ("国際", "外国", "海外", "外国人"),
    "promotion": ("促進", "プロモーション"),
    "capital": (
        "資本", "資金", "登録資本", "総投資額", "投資総額", "総額", "規模", "金額", "登録額",
    ),
    "investment": ("投資",),
    "aid": ("援助", "支援", "資金援助"),
    "receive": ("受け入れ", "受入", "迎え", "接待", "歓迎", "出迎え", "接受", "接見"),
    "send": ("派遣", "送り出"),
    "attend": ("参加", "出席", "集ま", "参列"),
    "sign": ("締結", "署名", "調印", "結ん"),
    "join": ("加盟", "加入", "メンバー"),
    "attract": ("誘致", "呼び込", "引き付け", "集め"),
    "host": ("開催", "主催", "実施"),
    "relation": ("関係", "協力関係", "友好関係", "提携"),
    "target": (
        "目標", "目指", "計画", "見込み", "予定", "2030年までに", "方針", "見通し",
        # a list of projects offered to investors is a plan, not investment made
        "プロジェクトリスト", "プロジェクト一覧", "案件リスト", "誘致プロジェクト",
    ),
    # exceeding a target or plan states what was achieved
    "achieved": (
        "目標を上回", "目標を超え", "目標を超過", "目標を達成", "計画を上回", "計画を達成",
        "計画を超過", "計画比",
    ),
    "national": ("全国", "国全体"),
    "now": ("現在", "これまでに", "現時点", "今までに", "現在まで"),
    "city": ("同市", "市は"),
    "province": ("同省", "省は"),
    "compare": ("前年比", "前年同期比", "前年同期", "同期比", "と比べ", "に比べ", "より"),
    "counter": ("件", "回"),
    "and": ("及び", "および", "また"),
    "none": ("輸出", "輸入", "GRDP", "GDP", "歳入", "収入", "実行額", "支出"),
    "other": (
        "月", "日", "雇用", "企業", "社", "ホテル", "客室", "ヘクタール", "年", "カ月", "か月",
        "日間", "増資", "増資案件", "増資プロジェクト", "既存プロジェクト", "既存案件",
        "国内観光客", "国内旅行者", "国内客",
        # "N名からなる代表団": the people of a delegation; the Department of Planning and
        # Investment (計画投資局) is no plan
        "名からなる", "人からなる", "計画投資",
    ),
    "part": ("このうち", "そのうち"),
    "equal": ("相当",),
    "handover": ("交付", "授与", "手渡", "式典で"),
}  # fmt: skip
# --- end of metric cues ---

LEXICON = make_lexicon(
    "ja",
    metric_cues=_CUES,
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
        "米ドル": "USD", "ドル": "USD", "USD": "USD", "USドル": "USD", "ベトナムドン": "VND",
        "ベトナム・ドン": "VND", "ドン": "VND",
        "VND": "VND", "円": "JPY", "ユーロ": "EUR", "ウォン": "KRW", "元": "CNY",
    },
    percent_after=("%", "％", "パーセント"),
    code_before=("第", "号"),
    ordinal_after=("月", "日", "号", "位", "番目"),
    range_words=("～", "〜", "~", "から", "－", "-", "–", "—"),
    year_after=("年度", "年"),
    year_first=True,
    halves={
        "上半期": 1, "上期": 1, "1～6月": 1, "1〜6月": 1, "前半": 1, "1-6月": 1,
        "最初の6か月": 1, "最初の6カ月": 1, "最初の6ヶ月": 1, "最初の6ヵ月": 1,
        "年初6か月": 1, "年初6カ月": 1, "年初6ヶ月": 1, "年初6ヵ月": 1, "最初の半年": 1,
        "下半期": 2, "下期": 2, "7～12月": 2, "7〜12月": 2, "後半": 2,
    },
    quarters={f"第{c}四半期": n for c, n in _Q.items()}
    | {f"第{n}四半期": n for n in range(1, 5)}
    | {"1～3月期": 1, "4～6月期": 2, "7～9月期": 3, "10～12月期": 4},
    year_ends=("{y}年末", "{y}年の年末"),
    past_years=("過去{n}年", "この{n}年", "ここ{n}年", "{n}年間"),
    last_year=("昨年", "去年"),
    this_year=("今年", "本年"),
)  # fmt: skip


# "In this period": the last range of years named before (periods.py).
PERIOD_ANAPHORS = (
    "この期間",
    "同期間中",
)
