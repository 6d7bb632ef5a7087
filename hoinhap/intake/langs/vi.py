"""Vietnamese. Decimal comma, grouping dot ("3.000", "1,07"); English-style "1.07 tỷ" is read
by shape (see numbers.py). "năm" (five) is left out of the number words: it is far more often
"year"."""

from hoinhap.intake.lexicon import make_lexicon

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}

# --- metric cues (see hoinhap/intake/cues.py) ---
_CUES: dict[str, tuple[str, ...]] = {
    "partner_localities": (
        "địa phương kết nghĩa", "thành phố kết nghĩa", "tỉnh kết nghĩa", "địa phương đối tác",
        "thành phố đối tác", "thành phố anh em", "thành phố hữu nghị",
    ),
    "agreements_signed": (
        "thỏa thuận", "thoả thuận", "biên bản ghi nhớ", "văn kiện hợp tác", "văn bản hợp tác",
        "hiệp định", "bản ghi nhớ", "MOU", "MoU", "văn kiện", "thỏa thuận hợp tác",
        "văn bản thỏa thuận", "văn bản ký kết",
    ),
    "delegations_received": ("đoàn vào", "đoàn khách quốc tế", "đoàn khách nước ngoài"),
    "delegations_sent": ("đoàn ra", "đoàn đi công tác nước ngoài", "đoàn công tác nước ngoài"),
    "events_hosted": ("sự kiện quốc tế", "hội nghị quốc tế", "sự kiện đối ngoại"),
    "promotion_events": (
        "hội nghị xúc tiến đầu tư", "hội nghị xúc tiến", "hoạt động xúc tiến đầu tư",
        "chương trình xúc tiến đầu tư", "sự kiện xúc tiến", "hội thảo xúc tiến",
        "chương trình xúc tiến", "hoạt động xúc tiến", "hội nghị, hội thảo xúc tiến",
    ),
    "event_participants": ("đại biểu", "người tham dự", "khách mời"),
    "fdi_projects": (
        "dự án FDI", "dự án có vốn đầu tư nước ngoài", "dự án đầu tư nước ngoài",
        "dự án đầu tư trực tiếp nước ngoài", "dự án vốn FDI",
    ),
    "fdi_capital": (
        "vốn FDI", "vốn đầu tư nước ngoài", "vốn đầu tư trực tiếp nước ngoài", "vốn ngoại",
    ),
    "fdi_source_countries": ("quốc gia đầu tư",),
    "domestic_projects": (
        "dự án trong nước", "dự án đầu tư trong nước", "dự án DDI", "dự án vốn trong nước",
    ),
    "domestic_capital": ("vốn trong nước", "vốn đầu tư trong nước", "vốn DDI"),
    "investment_attracted": ("tổng vốn đầu tư thu hút", "vốn thu hút"),
    "investment_commitments": (
        "giấy chứng nhận đăng ký đầu tư", "giấy chứng nhận đầu tư", "chủ trương đầu tư",
        "quyết định chủ trương đầu tư", "cam kết đầu tư", "biên bản ghi nhớ đầu tư",
    ),
    "oda_capital": ("ODA", "vốn ODA", "hỗ trợ phát triển chính thức"),
    # "viện trợ phi chính phủ" is read as aid + NGO, so that a sentence naming it sets the NGO
    # topic for the figures of the next ones ("giá trị giải ngân đạt 5 triệu USD").
    "ngo_aid": ("vốn viện trợ phi chính phủ", "nguồn viện trợ phi chính phủ"),
    "ngo_partners": (
        "tổ chức phi chính phủ nước ngoài", "tổ chức phi chính phủ", "tổ chức PCPNN",
        "đối tác phi chính phủ", "tổ chức PCP",
    ),
    "ngo_projects": (
        "dự án phi chính phủ", "dự án viện trợ phi chính phủ", "dự án viện trợ", "khoản viện trợ",
        "chương trình, dự án viện trợ", "dự án, khoản viện trợ",
        # "phi dự án" (non-project aid) is the term of foreign NGO aid (Decree 80/2020).
        "chương trình, dự án, phi dự án", "chương trình, dự án và phi dự án", "dự án, phi dự án",
        "dự án và phi dự án",
    ),
    "trade_turnover": (
        "kim ngạch xuất nhập khẩu", "kim ngạch xuất, nhập khẩu",
        "tổng kim ngạch xuất nhập khẩu", "kim ngạch thương mại", "thương mại hai chiều",
        "kim ngạch thương mại hai chiều", "xuất nhập khẩu", "kim ngạch xuất - nhập khẩu",
        "kim ngạch xuất-nhập khẩu",
    ),
    "visitors_total": (
        "lượt khách", "du khách", "khách du lịch", "lượt du khách", "lượt khách du lịch",
        "khách tham quan", "lượt khách tham quan", "khách", "lượt",
    ),
    "visitors_international": (
        "khách quốc tế", "lượt khách quốc tế", "du khách quốc tế", "khách du lịch quốc tế",
        "du khách nước ngoài", "khách nước ngoài", "khách du lịch nước ngoài",
        "lượt khách nước ngoài", "lượt khách du lịch quốc tế", "khách ngoại",
    ),
    "awards_given": (
        "tập thể và cá nhân", "tập thể, cá nhân", "cá nhân và tập thể", "bằng khen",
        "giấy khen", "kỷ niệm chương", "tập thể, cá nhân trong và ngoài nước",
    ),
    "delegation": ("đoàn", "đoàn công tác", "đoàn khách", "đoàn đại biểu", "lượt đoàn"),
    "locality": (
        "địa phương", "tỉnh", "thành phố", "tỉnh, thành phố", "vùng", "bang", "tỉnh, thành",
        "chính quyền địa phương", "tỉnh thành",
    ),
    "country": (
        "quốc gia", "nước", "quốc gia và vùng lãnh thổ", "vùng lãnh thổ",
        "quốc gia, vùng lãnh thổ",
    ),
    # Reports count "chương trình, dự án" (programmes and projects) as one head noun.
    "project": ("dự án", "chương trình, dự án", "chương trình dự án"),
    "conference": (
        "hội nghị", "hội thảo", "diễn đàn", "tọa đàm", "toạ đàm", "chương trình", "hội chợ",
        "triển lãm", "buổi làm việc", "cuộc gặp", "hoạt động", "cuộc tiếp xúc",
    ),
    "organization": ("tổ chức", "tổ chức quốc tế", "mạng lưới"),
    "partner": ("đối tác",),
    "event": ("sự kiện", "lễ hội", "festival",),
    "fdi": (
        "FDI", "đầu tư trực tiếp nước ngoài", "đầu tư nước ngoài", "nhà đầu tư nước ngoài",
        "có vốn đầu tư nước ngoài",
    ),
    "domestic": ("trong nước", "DDI", "nội địa"),
    "ngo": ("phi chính phủ", "PCPNN", "NGO"),
    "foreign": ("quốc tế", "nước ngoài", "ngoại quốc"),
    "promotion": ("xúc tiến", "quảng bá"),
    "capital": (
        "vốn", "tổng vốn", "vốn đăng ký", "tổng vốn đầu tư", "vốn đầu tư", "tổng vốn đăng ký",
        "trị giá", "giá trị", "tổng giá trị", "quy mô", "tổng mức đầu tư",
    ),
    "capital_added": (
        "tăng vốn", "điều chỉnh tăng vốn", "điều chỉnh vốn", "bổ sung vốn",
    ),
    "investment": ("đầu tư", "nhà đầu tư",),
    "aid": (
        "viện trợ", "tài trợ", "hỗ trợ", "giải ngân viện trợ", "giá trị giải ngân viện trợ",
        "viện trợ giải ngân", "giá trị viện trợ", "giá trị giải ngân", "tổng giá trị giải ngân",
        "đã giải ngân",
    ),
    "receive": (
        "đón", "tiếp", "đón tiếp", "tiếp đón", "đón nhận", "tiếp và làm việc", "tiếp nhận",
    ),
    "send": ("cử", "tổ chức đoàn đi", "đi công tác", "đưa đoàn", "đoàn đi"),
    "attend": ("tham dự", "dự", "có mặt", "quy tụ", "thu hút sự tham gia", "có sự tham gia"),
    "sign": ("ký kết", "ký", "ký mới"),
    "join": ("tham gia", "gia nhập", "là thành viên", "thành viên"),
    "attract": ("thu hút", "huy động", "vận động"),
    "host": ("đăng cai", "tổ chức thành công", "chủ trì", "tổ chức nhiều"),
    "relation": (
        "quan hệ", "hợp tác với", "kết nghĩa", "hữu nghị", "thiết lập quan hệ",
        "quan hệ hợp tác",
    ),
    "target": (
        "mục tiêu", "phấn đấu", "chỉ tiêu", "kế hoạch", "dự kiến", "định hướng", "đến năm 2030",
        "tới năm 2030", "dự báo", "đến năm 2035", "đến năm 2045", "tầm nhìn", "sẽ",
    ),
    "achieved": (
        "vượt kế hoạch", "so với kế hoạch", "vượt chỉ tiêu", "đạt kế hoạch",
    ),
    "national": ("cả nước", "toàn quốc", "trên cả nước", "của cả nước", "toàn ngành"),
    "now": ("hiện nay", "hiện có", "đến nay", "hiện đang", "tính đến nay", "lũy kế", "luỹ kế"),
    "city": (
        "thành phố này", "Thành phố đã", "địa phương này", "thành phố đã",
        "trên địa bàn thành phố", "địa bàn thành phố", "toàn thành phố",
    ),
    "province": (
        "tỉnh này", "tỉnh đã", "Tỉnh đã", "trên địa bàn tỉnh", "địa bàn tỉnh", "toàn tỉnh",
    ),
    "compare": ("so với", "so cùng kỳ", "cùng kỳ", "so với cùng kỳ"),
    "contrast": ("nhưng", "tuy nhiên"),
    "and": ("và", "cùng với", "trong khi"),
    "none": (
        "xuất khẩu", "nhập khẩu", "GRDP", "GDP", "thu ngân sách", "giải ngân", "doanh thu",
        "ngân sách", "vốn giải ngân", "thành lập mới", "doanh nghiệp thành lập mới",
        "vốn thực hiện", "vốn FDI giải ngân", "vốn FDI thực hiện", "kim ngạch xuất khẩu",
        "kim ngạch nhập khẩu", "đầu tư công", "vốn đầu tư công",
    ),
    "business": ("doanh nghiệp", "lượt doanh nghiệp", "doanh nghiệp FDI", "DN"),
    "other": (
        "lượt người", "việc làm", "lao động", "khách sạn", "phòng", "ha",
        "héc-ta", "km", "năm", "tháng", "ngày", "lần", "phần trăm", "đoàn kết", "đoàn thể",
        "đoàn viên", "Đoàn Thanh niên", "Kế hoạch và Đầu tư", "Kế hoạch - Đầu tư",
        "Kế hoạch – Đầu tư", "Kế hoạch-Đầu tư", "Kế hoạch & Đầu tư", "khu công nghiệp", "giải pháp",
        "nhiệm vụ", "người", "đột phá", "cơ sở lưu trú", "buồng", "tiếp tục", "trực tiếp",
        "tiếp cận", "bầu cử", "cử tri", "thư ký", "đăng ký", "dự thảo", "tiếp thu",
        "khách nội địa", "lượt khách nội địa", "du khách nội địa", "khách trong nước",
        "lượt khách trong nước", "khách du lịch nội địa", "lượt khách du lịch nội địa",
        "khách du lịch trong nước", "du khách trong nước", "lượt khách du lịch trong nước",
        "lượt cán bộ", "lượt góp vốn", "góp vốn mua cổ phần", "lượt dự án",
    ),
    "part": ("trong đó", "trong số đó", "trong số này"),
    "equal": ("tương đương", "tương đương với", "tức là"),
    "handover": ("trao", "trao quyết định", "tại buổi lễ", "nhân dịp này", "tại lễ"),
}  # fmt: skip
# --- end of metric cues ---

LEXICON = make_lexicon(
    "vi",
    metric_cues=_CUES,
    number_words={
        "một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "bẩy": 7,
        "tám": 8, "chín": 9, "mười": 10, "mười hai": 12, "hai mươi": 20, "ba mươi": 30,
        "bốn mươi": 40, "năm mươi": 50, "sáu mươi": 60, "bảy mươi": 70, "tám mươi": 80,
        "chín mươi": 90, "một trăm": 100, "hai trăm": 200, "ba trăm": 300,
    },
    scales={
        "tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3, "nghìn tỷ": 1e12,
        "ngàn tỷ": 1e12, "nghìn tỉ": 1e12, "ngàn tỉ": 1e12, "trăm": 100, "vạn": 1e4,
    },
    approx_before={
        "hơn": "over", "trên": "over", "vượt": "over", "ít nhất": "over", "tối thiểu": "over",
        "khoảng": "about", "gần": "about", "gần như": "about", "xấp xỉ": "about",
        "chừng": "about", "ước khoảng": "about", "trên dưới": "about", "khoảng gần": "about",
        "dưới": "under", "chưa đến": "under", "chưa tới": "under", "không tới": "under",
    },
    approx_after={"trở lên": "over"},
    currency_before={"US$": "USD", "USD": "USD", "$": "USD", "VND": "VND", "€": "EUR"},
    currency_after={
        "USD": "USD", "đô la Mỹ": "USD", "đô la": "USD", "đô-la": "USD", "đôla": "USD",
        "Đô la Mỹ": "USD", "US$": "USD", "$": "USD", "đồng": "VND", "VND": "VND", "VNĐ": "VND",
        "euro": "EUR", "EUR": "EUR", "yên": "JPY", "Yên Nhật": "JPY", "won": "KRW",
        "nhân dân tệ": "CNY", "bảng Anh": "GBP", "bath": "THB", "baht": "THB",
    },
    percent_after=("%", "phần trăm"),
    code_before=(
        "số", "Nghị quyết", "Quyết định", "Nghị định", "Thông tư", "Chỉ thị", "Kế hoạch",
        "Công văn", "Luật", "Kết luận", "Văn bản", "Quy định", "Điều", "Khoản", "Quốc lộ",
        "ngày", "tháng", "No.",
    ),
    ordinal_before=("thứ", "lần thứ", "khóa", "khoá"),
    months={f"tháng {m:02d}": m for m in range(1, 10)}
    | {"tháng Giêng": 1, "tháng Chạp": 12},
    range_words=("đến", "tới", "-", "–", "—"),
    range_before=("từ",),
    between=(("giữa", "và"),),
    year_before=("năm", "cuối năm", "đầu năm"),
    halves={
        "6 tháng đầu năm": 1, "sáu tháng đầu năm": 1, "nửa đầu năm": 1, "6 tháng đầu": 1,
        # "6 tháng năm 2024": the press often drops "đầu" (and "9 tháng năm 2024" is a span).
        "6 tháng năm": 1, "sáu tháng năm": 1,
        # "Trong 6 tháng, ...": a report's first six months; "trong 9 tháng" is a span.
        "trong 6 tháng": 1, "trong sáu tháng": 1,
        "6 tháng cuối năm": 2, "sáu tháng cuối năm": 2, "nửa cuối năm": 2, "nửa sau năm": 2,
    },
    # "qúy" (the accent on the wrong letter) is a frequent misspelling of "quý" in the press.
    quarters={f"{q} {r}": n for q in ("quý", "qúy") for r, n in _ROMAN.items()}
    | {f"{q} {n}": n for q in ("quý", "qúy") for n in range(1, 5)},
    year_ends=("cuối năm {y}", "cuối {y}"),
    past_years=(
        "{n} năm qua", "{n} năm vừa qua", "{n} năm gần đây", "{n} năm trở lại đây",
        "{n} năm gần nhất",
    ),
    last_year=("năm ngoái",),
    this_year=("năm nay",),
    # "In this period": the last range of years named before it (periods.py).
    period_anaphors=(
        "giai đoạn này",
        "giai đoạn trên",
        "thời kỳ này",
    ),
    venue_words=("tại", "ở"),
    with_words=("với", "gồm"),
)  # fmt: skip
