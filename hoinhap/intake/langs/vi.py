"""Vietnamese. Decimal comma, grouping dot ("3.000", "1,07"); English-style "1.07 tỷ" is read
by shape (see numbers.py). "năm" (five) is left out of the number words: it is far more often
"year"."""

from hoinhap.intake.lexicon import make_lexicon

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}

LEXICON = make_lexicon(
    "vi",
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
        "6 tháng cuối năm": 2, "sáu tháng cuối năm": 2, "nửa cuối năm": 2, "nửa sau năm": 2,
    },
    quarters={f"quý {r}": n for r, n in _ROMAN.items()} | {f"quý {n}": n for n in range(1, 5)},
    past_years=(
        "{n} năm qua", "{n} năm vừa qua", "{n} năm gần đây", "{n} năm trở lại đây",
        "{n} năm gần nhất",
    ),
    last_year=("năm ngoái",),
    this_year=("năm nay",),
)  # fmt: skip
