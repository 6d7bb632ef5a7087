"""Thai. Decimal point, grouping comma; Thai digits (๐-๙); years may be Buddhist era
(2568 = 2025). Words are not separated by spaces, so number words count only before a
classifier or scale word."""

from hoinhap.intake.lexicon import make_lexicon

LEXICON = make_lexicon(
    "th",
    bound_left=False,
    bound_right=False,
    number_words={
        "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8,
        "เก้า": 9, "สิบ": 10, "ยี่สิบ": 20, "สามสิบ": 30, "ร้อย": 100,
    },
    words_need_counter=True,
    counters=("ประเทศ", "แห่ง", "คน", "โครงการ", "ฉบับ", "ครั้ง", "คณะ", "เมือง", "องค์กร", "ปี"),
    scales={
        "ล้านล้าน": 1e12, "แสนล้าน": 1e11, "หมื่นล้าน": 1e10, "พันล้าน": 1e9,
        "ร้อยล้าน": 1e8, "ล้าน": 1e6, "แสน": 1e5, "หมื่น": 1e4, "พัน": 1e3,
    },
    approx_before={
        "มากกว่า": "over", "กว่า": "over", "เกินกว่า": "over", "อย่างน้อย": "over",
        "ประมาณ": "about", "ราว": "about", "ราวๆ": "about", "เกือบ": "about", "ร่วม": "about",
        "น้อยกว่า": "under",
    },
    approx_after={"กว่า": "over"},
    currency_before={"$": "USD", "US$": "USD", "USD": "USD", "VND": "VND"},
    currency_after={
        "ดอลลาร์สหรัฐฯ": "USD", "ดอลลาร์สหรัฐ": "USD", "ดอลลาร์": "USD", "เหรียญสหรัฐ": "USD",
        "USD": "USD", "ด่ง": "VND", "ดอง": "VND", "VND": "VND", "บาท": "THB", "เยน": "JPY",
        "วอน": "KRW", "หยวน": "CNY", "ยูโร": "EUR",
    },
    percent_after=("%", "เปอร์เซ็นต์"),
    percent_before=("ร้อยละ",),
    code_before=("ฉบับที่", "เลขที่", "วันที่"),
    ordinal_before=("ครั้งที่", "ที่"),
    range_words=("-", "–", "—", "ถึง"),
    range_before=("ช่วง", "ระหว่าง"),
    year_before=("ปี", "พ.ศ.", "ค.ศ.", "ปี พ.ศ.", "ปี ค.ศ."),
    year_offset=543,
    halves={
        "ครึ่งแรกของปี": 1, "ครึ่งปีแรก": 1, "6 เดือนแรก": 1, "หกเดือนแรก": 1,
        "ครึ่งหลังของปี": 2, "ครึ่งปีหลัง": 2,
    },
    quarters={"ไตรมาสแรก": 1, "ไตรมาสสุดท้าย": 4}
    | {f"ไตรมาสที่ {n}": n for n in range(1, 5)}
    | {f"ไตรมาส {n}": n for n in range(1, 5)}
    | {f"ไตรมาสที่{n}": n for n in range(1, 5)},
    past_years=("{n} ปีที่ผ่านมา", "ในรอบ {n} ปี"),
    last_year=("ปีที่แล้ว", "ปีก่อน"),
    this_year=("ปีนี้",),
)  # fmt: skip
