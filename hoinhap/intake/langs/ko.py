"""Korean. Decimal point, grouping comma; 만 (10^4), 억 (10^8), 조 (10^12) scales written
against the number ("3억", "1조 2000억원"); 여/이상 after a number mean "more than"."""

from hoinhap.intake.lexicon import make_lexicon

# --- metric cues (see hoinhap/intake/cues.py) ---
_CUES: dict[str, tuple[str, ...]] = {
    "partner_localities": (
        "자매도시", "우호도시", "자매결연", "우호협력도시", "파트너 도시", "자매 도시",
        "우호 도시",
    ),
    "agreements_signed": (
        "협정", "양해각서", "MOU", "협약", "합의서", "협력 문서", "협력문서", "협력 문건",
        "협력문건", "문건", "합의문", "각서",
    ),
    "events_hosted": ("국제 행사", "국제행사", "국제 이벤트"),
    "promotion_events": (
        "투자 촉진 회의", "투자촉진회의", "투자설명회", "투자 설명회", "투자 유치 행사",
        "투자유치 행사", "투자 촉진 행사", "무역 촉진 행사", "투자 유치 컨퍼런스",
        "투자 촉진 프로그램", "투자유치 설명회", "투자 촉진 활동",
    ),
    "event_participants": ("참가자", "참석자", "명이 참석", "명이 참가", "명의 대표", "대표"),
    "fdi_projects": (
        "FDI 프로젝트", "외국인직접투자 프로젝트", "외국인 투자 프로젝트",
        "외국인투자 프로젝트", "FDI 사업", "외자 프로젝트", "외국인 직접투자 프로젝트",
    ),
    "fdi_capital": (
        "FDI", "외국인직접투자", "외국인 직접 투자", "외국인 직접투자", "외국인투자",
        "외국인 투자", "외자",
    ),
    "domestic_projects": ("국내 프로젝트", "국내 투자 프로젝트", "국내 사업"),
    "domestic_capital": ("국내 투자", "국내투자"),
    "investment_commitments": (
        "투자증명서", "투자 증명서", "투자등록증", "투자 등록증", "투자 허가서", "투자허가서",
        "투자 승인", "투자 약정", "투자 허가증",
    ),
    "oda_capital": ("ODA", "공적개발원조", "공적 개발 원조"),
    "ngo_aid": ("비정부 원조", "NGO 원조", "비정부 지원"),
    "ngo_partners": ("비정부기구", "비정부 기구", "NGO"),
    "ngo_projects": ("NGO 프로젝트", "비정부 프로젝트"),
    "trade_turnover": (
        "교역액", "무역액", "교역 규모", "무역 규모", "수출입액", "수출입 규모", "교역량",
        "무역 거래액", "양국 교역", "수출입 총액", "무역 총액", "교역 총액",
    ),
    "visitors_total": (
        "관광객", "방문객", "여행객", "방문자", "명의 방문객", "관광객 수",
    ),
    "visitors_international": (
        "외국인 관광객", "해외 관광객", "국제 관광객", "외국 관광객", "외래 관광객",
        "외국인 방문객", "해외 방문객", "국제 방문객", "외래 방문객", "외국 방문객", "외래객",
    ),
    "awards_given": ("단체와 개인", "단체 및 개인", "개인과 단체", "표창장", "공로장"),
    "delegation": ("대표단", "방문단", "사절단", "시찰단"),
    "locality": (
        "지방", "지역", "도시", "지자체", "지방자치단체", "개 지역", "개 도시", "곳의 지역",
        "개 성", "개 지방",
    ),
    "country": ("개국", "국가", "개 국가", "나라"),
    "project": ("프로젝트", "사업"),
    "conference": (
        "회의", "세미나", "포럼", "컨퍼런스", "설명회", "박람회", "상담회", "워크숍",
        "프로그램", "간담회",
    ),
    "organization": ("기구", "국제기구", "조직", "네트워크"),
    "partner": ("파트너",),
    "event": ("행사", "이벤트", "축제", "페스티벌",),
    "fdi": ("외국인 투자자", "외국 투자", "해외 투자"),
    "domestic": ("국내",),
    "ngo": ("비정부",),
    "foreign": ("국제", "외국", "해외", "외국인"),
    "promotion": ("촉진", "홍보"),
    "capital": (
        "자본", "자금", "등록 자본", "등록자본", "총투자액", "총 투자액", "투자액", "규모",
        "금액", "총액", "투자금",
    ),
    "capital_added": (
        "증액", "증자", "투자를 늘린", "자본금을 늘린",
    ),
    "investment": ("투자",),
    "aid": ("원조", "지원", "지원금"),
    "receive": ("맞이", "영접", "접견", "환영", "받아들"),
    "send": ("파견", "보냈", "보내"),
    "attend": ("참석", "참가", "참여", "모였", "모여"),
    "sign": ("체결", "서명", "조인"),
    "join": ("가입", "회원", "가맹"),
    "attract": ("유치", "끌어들", "끌어모"),
    "host": ("개최", "주최", "열렸", "열린"),
    "relation": ("관계", "협력 관계", "우호 관계", "교류", "우호협력"),
    "target": (
        "목표", "계획", "예정", "전망", "2030년까지", "하기로", "추진할", "잠재 프로젝트",
        "잠재 사업",
        # a list of projects offered to investors is a plan, not investment made
        "프로젝트 목록", "투자 유치 프로젝트", "투자유치 프로젝트", "투자유치사업",
    ),
    # exceeding a target or plan states what was achieved
    "achieved": (
        "목표를 초과", "목표를 넘어", "목표액을 넘어", "목표액을 초과", "목표치를 넘어",
        "목표를 달성", "목표액을 달성", "계획을 초과", "목표 대비",
    ),
    "national": ("전국", "전국적으로", "나라 전체"),
    "now": ("현재", "지금까지", "현재까지"),
    "city": ("시는", "이 도시", "해당 도시"),
    "province": ("성은",),
    "compare": ("대비", "보다", "비해", "에 비해", "전년 동기", "같은 기간",),
    "counter": ("건", "차례"),
    "contrast": ("하지만", "그러나", "그런데"),
    "and": ("및", "그리고"),
    "none": ("수출", "수입", "GRDP", "GDP", "세수", "재정 수입", "집행"),
    "business": ("기업", "업체"),
    "other": (
        "월", "일자리", "회사", "호텔", "객실", "헥타르", "년", "개월", "일", "회",
        "국내 관광객", "국내관광객", "내국인 관광객", "국내 방문객", "내국인 방문객",
        "기존 프로젝트", "증자 프로젝트", "증액 프로젝트",
        # the Ministry / Department of Planning and Investment (계획투자부) is no plan
        "계획투자",
    ),
    "part": ("이 가운데", "그 가운데", "이 중", "그중"),
    "equal": ("에 해당하는", "상당의"),
    "handover": ("전달", "수여", "교부", "이 자리에서"),
}  # fmt: skip
# --- end of metric cues ---

LEXICON = make_lexicon(
    "ko",
    metric_cues=_CUES,
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
        "불": "USD", "미불": "USD",
    },
    percent_after=("%", "％", "퍼센트"),
    code_before=("제", "호"),
    # "1위": a rank, with the particles written against it ("1위를 차지")
    ordinal_after=(
        "번째", "월", "일", "차", "호", "위", "위를", "위로", "위다", "위에", "위의", "위는",
        "위가", "위인", "위였", "위권",
        # "3배": a multiple ("3배 증가"), never a count
        "배",
    ),
    range_words=("~", "～", "-", "–", "—", "부터"),
    year_after=("년도", "년"),
    year_first=True,
    halves={"상반기": 1, "하반기": 2},
    quarters={f"{n}분기": n for n in range(1, 5)} | {f"{n}/4분기": n for n in range(1, 5)},
    # "말" is followed by a space or a particle: "2023년 말레이시아" is Malaysia, not year end
    year_ends=(
        "{y}년 말 ", "{y}년 말,", "{y}년 말에", "{y}년 말까지", "{y}년 말의", "{y}년 말 현재",
        "{y}년말 ", "{y}년말에", "{y}년말까지", "{y}년말 기준", "{y}년 연말",
    ),
    past_years=("지난 {n}년", "최근 {n}년", "과거 {n}년"),
    last_year=("지난해", "작년"),
    this_year=("올해", "금년"),
    # "In this period": the last range of years named before it (periods.py).
    period_anaphors=(
        "이 기간",
        "해당 기간",
    ),
    topic_particles="는은이가",
)  # fmt: skip
