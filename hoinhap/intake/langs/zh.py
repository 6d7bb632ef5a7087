"""Chinese. Decimal point, grouping comma; 万 (10^4) and 亿 (10^8) scales, which combine
("1万2000", "3亿5000万"); 多/余 after a number mean "more than"."""

from hoinhap.intake.lexicon import make_lexicon

_Q = {"一": 1, "二": 2, "三": 3, "四": 4}

# --- metric cues (see hoinhap/intake/cues.py) ---
_CUES: dict[str, tuple[str, ...]] = {
    "partner_localities": (
        "友好城市", "姐妹城市", "友城", "友好省", "友好省州", "友好地方", "伙伴城市",
        "友好合作城市", "友好县",
    ),
    "agreements_signed": (
        "协议", "協議", "合作协议", "谅解备忘录", "备忘录", "合作文件", "协定", "合作文书",
    ),
    "delegations_received": ("入境代表团", "来访代表团", "来访团组"),
    "delegations_sent": ("出访团组", "出访代表团", "出国团组"),
    "events_hosted": ("国际活动", "国际性活动", "涉外活动", "国际会议"),
    "promotion_events": (
        "投资促进会", "投资推介会", "招商引资会议", "投资促进会议", "推介会", "促进活动",
        "招商活动", "投资促进活动", "贸易促进活动", "招商会", "投资洽谈会",
    ),
    "event_participants": (
        "企业代表", "名代表", "位代表", "与会者", "参会者", "名嘉宾", "位嘉宾", "人参加",
        "人出席", "代表", "名与会", "人与会", "参加者",
    ),
    "fdi_projects": (
        "外资项目", "FDI项目", "外国直接投资项目", "外商投资项目", "外商直接投资项目",
        "外国直接投资(FDI)项目", "外国直接投资（FDI）项目", "外资新项目",
    ),
    # "来自43个国家和地区的投资商": the countries the investors come from
    "fdi_source_countries": (
        "个国家和地区的投资商", "个国家和地区的投资者",
        # "投资者来自45个国家和地区": the countries the investors come from
        "投资者来自", "投资商来自", "投资方来自",
    ),
    "fdi_capital": ("外资", "外国直接投资", "外商直接投资", "FDI", "外商投资"),
    "domestic_projects": ("国内项目", "内资项目", "国内投资项目"),
    "domestic_capital": ("内资", "国内投资"),
    "investment_commitments": (
        "投资证书", "投资许可证", "投资登记证", "投资许可", "投资承诺", "投资主张决定",
        "投资登记证书",
    ),
    "oda_capital": ("ODA", "官方发展援助", "政府开发援助"),
    "ngo_aid": ("非政府援助", "非政府组织援助"),
    "ngo_partners": ("非政府组织",),
    "ngo_projects": ("非政府项目", "非政府组织项目"),
    "investment_attracted": ("吸引投资总额", "引资总额"),
    "trade_turnover": (
        "进出口总额", "进出口额", "贸易额", "贸易总额", "双边贸易额", "进出口贸易额", "进出口",
        "贸易往来额", "双边贸易",
    ),
    "visitors_total": ("游客", "人次", "旅客", "访客", "游客量", "游客人次"),
    "visitors_international": (
        "国际游客", "外国游客", "境外游客", "国际旅客", "外国旅客", "入境游客", "国际访客",
        "外籍游客",
    ),
    "awards_given": ("集体和个人", "个人和集体", "奖状", "荣誉证书", "集体与个人"),
    "delegation": ("代表团", "团组", "工作团", "访问团", "考察团"),
    "locality": ("地方", "城市", "省份", "省市", "个省", "个地方", "个城市", "州", "地方政府"),
    "country": ("国家", "国家和地区", "个国家", "国家与地区"),
    "project": ("项目", "个项目"),
    "conference": (
        "会议", "研讨会", "论坛", "座谈会", "洽谈会", "展会", "博览会", "对接会", "交流会",
        "工作会议", "场会议",
    ),
    "organization": ("组织", "国际组织", "网络", "城市网络"),
    "partner": ("伙伴", "合作伙伴"),
    "event": ("活动", "项活动", "场活动", "赛事", "文化节", "艺术节", "旅游节", "音乐节",),
    "fdi": ("外国投资", "外商", "外国投资者"),
    "domestic": ("国内",),
    "ngo": ("非政府",),
    "foreign": ("国际", "境外", "海外", "涉外", "外国"),
    "promotion": ("促进", "推介", "招商", "推广"),
    "capital": (
        "资本", "资金", "注册资本", "总投资", "投资总额", "总额", "价值", "规模", "金额",
        "协议总投资", "协议资金", "协议投资",
    ),
    "capital_added": (
        "增资", "增加投资", "调整投资", "追加投资",
    ),
    "investment": ("投资",),
    "aid": ("援助", "资助"),
    "receive": ("接待", "迎接", "迎来", "接见", "欢迎"),
    "send": ("派出", "派遣", "出访", "率团"),
    "attend": ("出席", "参加", "参会", "与会", "汇聚"),
    "sign": ("签署", "签订", "签约", "缔结"),
    "join": ("加入", "成员", "会员"),
    "attract": ("吸引", "吸收", "引进", "招揽"),
    "host": ("举办", "主办", "承办", "组织了"),
    "relation": ("关系", "合作关系", "友好关系", "结好", "建立了"),
    "target": (
        "目标", "力争", "计划", "预计", "争取", "将达到", "到2030年", "至2030年", "规划",
        "旨在", "有望", "到2035年",
        # a list of projects offered to investors is a plan, not investment made
        "项目清单", "招商项目", "招商引资项目",
    ),
    # exceeding a target or plan states what was achieved
    "achieved": (
        "超额完成", "超过计划", "完成全年计划", "全年计划的", "超出计划", "超过既定目标",
        "超过全年既定目标", "超过全年目标", "超出既定目标", "超过目标",
    ),
    "national": ("全国", "全国范围"),
    "now": ("目前", "迄今", "截至目前", "现有", "至今"),
    "city": ("该市", "本市", "全市"),
    "province": ("该省", "全省"),
    "compare": ("同比", "比", "较", "相比", "同期",),
    "contrast": ("但", "但是", "然而"),
    "and": ("和", "及", "以及", "而"),
    "none": (
        "出口", "进口", "GRDP", "GDP", "地区生产总值", "财政收入", "收入", "到位资金",
        "实际到位", "实际使用", "已到位",
        # capital added to existing projects is not registered capital of the period
        "增资额", "增资总额", "增资金额", "增资资金", "追加资金", "追加投资额",
    ),
    "business": ("企业", "公司", "家企业"),
    "other": (
        "月", "日", "就业", "酒店", "客房", "公顷", "年", "个月",
        "天", "岗位", "工人", "百分点", "国内游客", "国内旅客", "国内游",
        "增资项目", "追加投资项目", "调整项目",
        # the Ministry / Department of Planning and Investment (计划与投资部) is no plan
        "计划与投资", "计划投资",
    ),
    "part": ("其中",),
    "equal": ("约合", "折合", "相当于"),
    "handover": ("颁发", "交付", "授予", "移交", "仪式上", "会上"),
}  # fmt: skip
# --- end of metric cues ---

LEXICON = make_lexicon(
    "zh",
    metric_cues=_CUES,
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
    # "3倍": a multiple ("增长3倍"), never a count
    ordinal_after=("月", "日", "号", "號", "倍"),
    months={f"{m}月": m for m in range(1, 13)},
    range_words=("至", "到", "-", "–", "—", "～", "~", "〜", "－"),
    range_before=("从",),
    year_after=("年度", "年"),
    year_first=True,
    halves={
        "上半年": 1, "前六个月": 1, "前6个月": 1, "前半年": 1, "头6个月": 1, "头六个月": 1,
        "1-6月": 1, "1至6月": 1, "1～6月": 1, "下半年": 2,
    },
    quarters={f"第{c}季度": n for c, n in _Q.items()}
    | {f"{c}季度": n for c, n in _Q.items()}
    | {f"第{n}季度": n for n in range(1, 5)}
    | {f"Q{n}": n for n in range(1, 5)},
    year_ends=("{y}年底", "{y}年末", "{y}年年底", "{y}年年末"),
    past_years=("过去{n}年", "近{n}年", "{n}年来", "过去的{n}年", "最近{n}年"),
    last_year=("去年",),
    this_year=("今年",),
    # "In this period": the last range of years named before it (periods.py).
    period_anaphors=(
        "在此期间",
        "此期间",
        "这一时期",
        "这一期间",
    ),
)  # fmt: skip
