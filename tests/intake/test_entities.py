import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoinhap.intake.entities import Entity, find_entities, main_locality
from hoinhap.intake.gazetteer import load_gazetteer
from hoinhap.intake.langid import detect_language

FIXTURES = Path(__file__).parent.parent / "fixtures" / "intake"
DEV_CORPUS = Path(__file__).parents[3] / "shared" / "corpus" / "dev"


def names(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.type, e.name) for e in find_entities(text, lang)]


def people(text: str, lang: str) -> list[str]:
    return [e.name for e in find_entities(text, lang) if e.type == "person"]


def test_persian_name_followed_by_its_title() -> None:
    text = "هو کی مین، نایب رئیس دائمی کمیته خلق شهر دانانگ، گفت"
    assert people(text, "fa") == ["Ho Ky Minh"]


def test_persian_name_after_mister() -> None:
    assert people("آقای نگوین شوان بین، مدیر", "fa") == ["Nguyen Xuan Binh"]


def test_arabic_name_after_president() -> None:
    assert people("منح الرئيس فو فان ثونغ وسام العمل", "ar") == ["Vo Van Thuong"]


def test_arabic_syllables_without_a_title_are_not_a_person() -> None:
    assert people("بوي هانه المصدر", "ar") == []


def test_russian_name_in_the_instrumental_case() -> None:
    text = "во главе с председателем Народного комитета города Нгуен Ван Тунгом"
    assert people(text, "ru") == ["Nguyen Van Tung"]


def test_korean_name_with_the_title_after_it() -> None:
    assert people("응우옌 록 하 빈즈엉성 인민위원회 부위원장은", "ko") == ["Nguyen Loc Ha"]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("풍 반 하이 타이응우옌성 인민위원회 부위원장은", "ko", "Phung Van Hai"),
        ("sagte Herr Dao Minh Tuan, dass", "de", "Dao Minh Tuan"),
        ("ông Hứa Văn Tâm cho biết", "vi", "Hua Van Tam"),
    ],
)
def test_less_common_family_names_start_a_name(text: str, lang: str, person: str) -> None:
    assert people(text, lang) == [person]


def test_latin_name_needs_no_title() -> None:
    assert people("sagte Herr Le Minh Tuong, dass", "de") == ["Le Minh Tuong"]


def test_vietnamese_name_with_diacritics_loses_them() -> None:
    assert people("ông Nguyễn Văn Thắng cho biết", "vi") == ["Nguyen Van Thang"]


def test_place_name_starting_with_a_family_name_is_not_a_person() -> None:
    assert names("Ho Chi Minh City and Ha Nam", "en") == [
        ("locality", "Ho Chi Minh City"),
        ("locality", "Ha Nam"),
    ]


def test_body_takes_the_locality_written_after_it() -> None:
    text = "کمیته خلق شهر دانانگ"
    assert ("organization", "Da Nang City People's Committee") in names(text, "fa")


def test_body_takes_the_locality_written_before_it_in_english() -> None:
    text = "the Quang Ninh Provincial People's Committee said"
    assert ("organization", "Quang Ninh Provincial People's Committee") in names(text, "en")


def test_body_naming_only_the_city_takes_the_main_locality() -> None:
    text = "هاي فونغ تستقبل الوفود. قال نائب رئيس لجنة شعب المدينة إن هاي فونغ مستعدة."
    assert ("organization", "Hai Phong City People's Committee") in names(text, "ar")


def test_party_committee_coordinated_with_government_and_people() -> None:
    text = "منح وسام العمل للجنة الحزب والحكومة وشعب مدينة كان ثو"
    assert ("organization", "Can Tho City Party Committee") in names(text, "ar")


def test_foreign_province_party_committee() -> None:
    text = "وعمل مع لجنة الحزب بمقاطعة يوننان (الصين)"
    assert ("organization", "Yunnan Provincial Party Committee") in names(text, "ar")


def test_ministry_of_foreign_affairs_alone_is_the_ministry() -> None:
    text = "Da Nang koordiniert mit dem Außenministerium in Hanoi."
    assert ("organization", "Ministry of Foreign Affairs") in names(text, "de")


def test_foreign_ministry_with_a_director_is_the_city_department() -> None:
    text = (
        "Da Nang wächst. Laut dem Außenministerium ist Da Nang offen. "
        "Herr Le Minh Tuong, stellvertretender Direktor des Außenministeriums, sagte dies."
    )
    found = names(text, "de")
    assert ("organization", "Da Nang Department of Foreign Affairs") in found
    assert ("organization", "Ministry of Foreign Affairs") not in found


def test_foreign_ministry_followed_by_a_locality_is_its_department() -> None:
    text = "مدیر وزارت امور خارجه دانانگ گفت"
    assert ("organization", "Da Nang Department of Foreign Affairs") in names(text, "fa")


def test_country_inside_an_event_name_counts() -> None:
    assert ("country", "Japan") in names("Veranstaltungen wie Meet Japan usw.", "de")


def test_each_entity_once_with_its_first_quote_and_mentions() -> None:
    entities = find_entities("Đà Nẵng và Da Nang, rồi Đà Nẵng.", "vi")
    assert entities == [Entity("locality", "Da Nang", "Đà Nẵng", 0, 7, 3, "city")]


def test_main_locality_is_the_most_mentioned() -> None:
    text = "Hoi An y Da Nang. Da Nang crece. Da Nang firma acuerdos con Hoi An y Hue."
    assert main_locality(text, "es") == "Da Nang"


def test_main_locality_weights_the_title() -> None:
    text = "Can Tho se desarrolla\nHanoi y Hue firmaron. Hanoi también."
    assert main_locality(text, "es") == "Can Tho"


def test_main_locality_from_entities() -> None:
    entities = find_entities("Quảng Nam và Quảng Nam, Huế.", "vi")
    assert main_locality(entities) == "Quang Nam"


def test_no_vietnamese_locality_means_no_main_locality() -> None:
    assert main_locality("Tokyo and Osaka", "en") is None


@settings(max_examples=50)
@given(st.text(max_size=300))
def test_any_text_yields_entities_within_it(text: str) -> None:
    for entity in find_entities(text, "ar"):
        assert text[entity.start : entity.end] == entity.quote


def _f1(directory: Path) -> float:
    matched = gold_total = predicted_total = 0
    for path in sorted(directory.glob("*.txt")):
        text = path.read_text("utf-8")
        gold = json.loads(path.with_suffix(".gold.json").read_text("utf-8"))
        expected = {(e["type"], e["name"].casefold()) for e in gold["entities"]}
        predicted = {
            (e.type, e.name.casefold()) for e in find_entities(text, detect_language(text))
        }
        matched += len(expected & predicted)
        gold_total += len(expected)
        predicted_total += len(predicted)
    precision, recall = matched / predicted_total, matched / gold_total
    return 2 * precision * recall / (precision + recall)


def test_own_corpus_entities_f1_floor() -> None:
    assert _f1(FIXTURES) >= 0.95


def test_own_corpus_covers_at_least_eight_languages() -> None:
    langs = {json.loads(p.read_text("utf-8"))["lang"] for p in FIXTURES.glob("*.gold.json")}
    assert len(langs) >= 8


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="shared dev corpus not beside the checkout")
def test_dev_corpus_entities_f1_floor() -> None:
    assert _f1(DEV_CORPUS) >= 0.9


def test_a_city_stands_for_its_province_when_both_are_named() -> None:
    text = (
        "Nha Trang welcomes Russian tourists\n"
        "NHA TRANG — Nha Trang beaches were busy as Khanh Hoa province reported its figures."
    )
    assert main_locality(text, "en") == "Khanh Hoa"


def test_the_country_of_a_currency_is_not_an_entity() -> None:
    text = "ทัญฮว้ามีมูลค่าการค้ากว่า 2.1 พันล้านดอลลาร์สหรัฐ"
    amount = text.index("2.1")
    assert ("country", "United States") not in [
        (e.type, e.name) for e in find_entities(text, "th", [(amount, len(text))])
    ]


def test_a_country_named_through_an_adjective() -> None:
    assert ("country", "Italy") in names("Le imprese italiane investono a Da Nang.", "it")


def test_thai_final_nh_written_with_silent_h() -> None:
    assert ("locality", "Ninh Binh") in names("จังหวัดนิงห์บิ่งห์ต้อนรับนักท่องเที่ยว", "th")


def test_lao_province_name() -> None:
    assert ("locality", "Quang Tri") in names("ແຂວງກວາງຈິ ໄດ້ຕ້ອນຮັບຄະນະຜູ້ແທນ", "lo")


def test_khmer_province_name() -> None:
    assert ("locality", "Long An") in names("ខេត្តឡុងអាន បានទទួលគណៈប្រតិភូ", "km")


def test_urdu_investment_is_not_the_city_of_cary() -> None:
    text = "ہیو میں بیرونی سرمایہ کاری بڑھ رہی ہے۔"
    assert names(text, "ur") == [("locality", "Hue")]


def test_persian_cooperation_is_not_the_city_of_cary() -> None:
    text = "هم\u200cکاری شهر هوئه با ژاپن گسترش یافت."
    assert ("foreign_locality", "Cary") not in names(text, "fa")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("관광객들은 하롱베이에서 유람선을 탔다.", "ko"),
        ("Visitors took a cruise on Ha Long Bay.", "en"),
        ("Du khách đi thuyền trên vịnh Hạ Long.", "vi"),
        ("游客们在下龙湾乘坐游船。", "zh"),
        ("観光客はハロン湾でクルーズを楽しんだ。", "ja"),
    ],
)
def test_ha_long_bay_is_not_the_city(text: str, lang: str) -> None:
    assert names(text, lang) == []


def test_the_city_of_ha_long_is_still_the_city() -> None:
    assert names("Cruises leave from Ha Long for the islands.", "en") == [("locality", "Ha Long")]


def test_a_korean_city_before_a_particle_is_still_the_city() -> None:
    assert names("관광객들은 하롱에서 유람선을 탔다.", "ko") == [("locality", "Ha Long")]


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        ("Tỉnh Bà Rịa - Vũng Tàu thu hút thêm vốn.", "vi", "Bà Rịa - Vũng Tàu"),
        ("Ba Ria – Vung Tau province drew more investment.", "en", "Ba Ria – Vung Tau"),
        ("La province de Bà Rịa  –  Vũng Tàu attire.", "fr", "Bà Rịa  –  Vũng Tàu"),
        ("Провинция Бариа – Вунгтау привлекла инвесторов.", "ru", "Бариа – Вунгтау"),
        ("จังหวัดบ่าเสียะ - หวุงเต่าดึงดูดนักลงทุน", "th", "บ่าเสียะ - หวุงเต่า"),
    ],
)
def test_a_spaced_dash_inside_a_province_name_keeps_the_whole_name(
    text: str, lang: str, quote: str
) -> None:
    found = [(m.entry.name, text[m.start : m.end]) for m in load_gazetteer().find(text, lang)]
    assert found == [("Ba Ria-Vung Tau", quote)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hàng hóa qua cửa khẩu Lao Bảo tăng mạnh.", "vi"),
        ("Trade through the Lao Bao border gate grew.", "en"),
        ("ارتفعت التجارة عبر معبر لاو باو الحدودي.", "ar"),
        ("经芒街口岸的贸易额增长。", "zh"),
    ],
)
def test_a_place_named_with_a_border_gate_word_is_the_gate(text: str, lang: str) -> None:
    assert names(text, lang) == []


def test_the_town_of_lao_bao_is_still_the_town() -> None:
    assert names("Officials visited Lao Bao last week.", "en") == [("locality", "Lao Bao")]


@pytest.mark.parametrize(
    "text",
    ["谅山省人民委员会主席黄德凯表示，", "黄德凯主席会见了代表团。", "省委副书记阮氏金英出席。"],
)
def test_a_vietnamese_name_in_chinese_characters_beside_a_title(text: str) -> None:
    expected = "Nguyen Thi Kim Anh" if "阮" in text else "Hoang Duc Khai"
    assert people(text, "zh") == [expected]


@pytest.mark.parametrize("text", ["黄德凯表示，", "主席李强会见了代表团。", "主席国越南表示支持。"])
def test_chinese_characters_without_a_title_or_too_short_are_no_name(text: str) -> None:
    assert people(text, "zh") == []


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        (
            "según informó el Departamento municipal de Turismo de Ciudad Ho Chi Minh",
            "es",
            "Ho Chi Minh City Department of Tourism",
        ),
        (
            "ハイズオン省の計画投資局によると",
            "ja",
            "Hai Duong Department of Planning and Investment",
        ),
        (
            "Binh Thuan. menurut Jabatan Kebudayaan, Sukan dan Pelancongan wilayah itu",
            "ms",
            "Binh Thuan Department of Culture, Sports and Tourism",
        ),
        ("របស់មន្ទីរការបរទេសខេត្តតៃនិញ ទំហំ", "km", "Tay Ninh Department of Foreign Affairs"),
    ],
)
def test_provincial_departments_take_their_locality(text: str, lang: str, body: str) -> None:
    assert ("organization", body) in names(text, lang)


def test_provincial_body_in_a_city_story_is_the_provinces() -> None:
    text = "Нячанг встречает туристов. Нячанг. Кханьхоа. Департамент туризма провинции сообщил."
    found = names(text, "ru")
    assert ("organization", "Khanh Hoa Department of Tourism") in found
    assert ("organization", "Nha Trang Department of Tourism") not in found


def test_korean_party_secretary_names_the_party_committee() -> None:
    text = "풍 반 하이 타이응우옌성 당서기는 지난해"
    assert ("organization", "Thai Nguyen Provincial Party Committee") in names(text, "ko")


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("ゴー・クオック・ティン省人民委員会委員長は", "ja", "Ngo Quoc Thinh"),
        ("นายห่า วัน เซิน รองประธานคณะกรรมการประชาชนจังหวัด กล่าวว่า", "th", "Ha Van Son"),
        ("ນຳໂດຍ ທ່ານ ຕົ່ງ ມິງ ຮຸ່ງ ປະທານຄະນະກຳມະການປະຊາຊົນ", "lo", "Tong Minh Hung"),
        ("លោក ឡាំ វ៉ាន់ ហ៊ុង ប្រធានគណៈកម្មាធិការប្រជាជន", "km", "Lam Van Hung"),
        ("जन समिति के उपाध्यक्ष होआंग वान लोक ने कहा", "hi", "Hoang Van Loc"),
    ],
)
def test_names_spelled_in_scripts_without_transliteration_rules(
    text: str, lang: str, person: str
) -> None:
    assert people(text, lang) == [person]


def test_spelled_syllables_without_a_title_are_not_a_person() -> None:
    assert people("ห่า วัน เซิน กล่าว", "th") == []


def test_urdu_name_after_chairman_stops_before_the_postposition() -> None:
    assert people("کے چیئرمین داؤ ہوانگ سون نے کہا", "ur") == ["Dao Hoang Son"]


@pytest.mark.parametrize(
    ("text", "lang", "entity"),
    [
        ("делегация из Москвы", "ru", ("foreign_locality", "Moscow")),
        ("नई दिल्ली में", "hi", ("foreign_locality", "New Delhi")),
        (
            "la Red de Ciudades Creativas de la UNESCO",
            "es",
            ("organization", "UNESCO Creative Cities Network"),
        ),
    ],
)
def test_names_as_the_languages_press_writes_them(
    text: str, lang: str, entity: tuple[str, str]
) -> None:
    assert entity in names(text, lang)
