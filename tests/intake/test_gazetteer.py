import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoinhap.intake.gazetteer import load_gazetteer
from hoinhap.intake.gazetteer_translit import reading_index, spell_name, split_syllable
from hoinhap.intake.textnorm import _extra_spaces_dropped, _table, normalize_name, normalize_text


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.entry.type, m.entry.name) for m in load_gazetteer().find(text, lang)]


def quotes(text: str, lang: str) -> list[str]:
    return [text[m.start : m.end] for m in load_gazetteer().find(text, lang)]


def test_normalized_text_folds_vietnamese_diacritics() -> None:
    assert normalize_text("Thành phố Đà Nẵng").text == "thanh pho da nang"


def test_normalized_text_unifies_arabic_and_persian_letters() -> None:
    assert normalize_name("كان ثو") == normalize_name("کان ثو")


def test_normalized_text_maps_persian_digits() -> None:
    assert normalize_text("۲۰۲۵ و ٢٠٢٤").text == "2025 و 2024"


def test_dropped_marks_keep_offsets_to_the_original() -> None:
    text = "مَدينة دا نانغ"
    norm = normalize_text(text)
    start = norm.text.index("دا")
    assert text[slice(*norm.original_span(start, start + 7))] == "دا نانغ"


def test_syllable_splits_into_onset_nucleus_coda() -> None:
    assert split_syllable("nguyên") == ("ng", "uyê", "n")


def test_hai_phong_is_spelled_in_arabic_as_the_press_does() -> None:
    assert "هاي فونغ" in spell_name("Hải Phòng", "arabic")


def test_quang_ninh_is_composed_in_hangul() -> None:
    assert "꽝닌" in spell_name("Quảng Ninh", "hangul")


def test_persian_tokens_read_back_as_vietnamese_syllables() -> None:
    index = reading_index("persian")
    assert [index[normalize_name(t)] for t in ("شوان", "بین")] == ["xuan", "binh"]


def test_family_reading_prefers_family_names() -> None:
    assert reading_index("arabic", family=True)[normalize_name("فو")] == "vo"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وصل الوفد إلى دا نانغ أمس", "ar"),
        ("سفر به دانانگ انجام شد", "fa"),
        ("代表团抵达岘港。", "zh"),
        ("代表団はダナンに到着した。", "ja"),
        ("대표단은 다낭에 도착했다.", "ko"),
        ("Делегация прибыла в Дананг.", "ru"),
        ("คณะผู้แทนเดินทางถึงดานัง", "th"),
        ("ຄະນະຜູ້ແທນໄດ້ມາຮອດ ດ່ານັງ", "lo"),
        ("គណៈប្រតិភូបានមកដល់ ដាណាំង", "km"),
        ("प्रतिनिधिमंडल दा नांग पहुंचा।", "hi"),
        ("وفد دا ننگ پہنچا۔", "ur"),
        ("The delegation arrived in Danang.", "en"),
        ("Đoàn công tác đến Đà Nẵng.", "vi"),
        ("Doan cong tac den Da Nang.", "vi"),
    ],
)
def test_da_nang_in_every_script(text: str, lang: str) -> None:
    assert ("locality", "Da Nang") in found(text, lang)


def test_english_joined_spelling_of_hai_phong() -> None:
    assert found("Haiphong port", "en") == [("locality", "Hai Phong")]


def test_longest_name_wins_thua_thien_hue_over_hue() -> None:
    assert found("Thừa Thiên Huế năm 2024", "vi") == [("locality", "Thua Thien Hue")]


def test_ho_chi_minh_city_exonym_in_french() -> None:
    assert found("à Hô Chi Minh-Ville", "fr") == [("locality", "Ho Chi Minh City")]


def test_place_name_inside_a_longer_word_is_not_matched() -> None:
    assert found("Namibian delegation", "en") == []


def test_persian_word_for_financial_is_not_mali() -> None:
    assert found("یک مرکز مالی بین‌المللی", "fa") == []


def test_vietnamese_word_for_south_is_not_a_place() -> None:
    assert found("miền Nam và Anh Tuấn", "vi") == []


def test_lowercase_latin_word_is_not_a_place() -> None:
    assert found("a hue of blue", "en") == []


def test_us_dollar_sign_is_not_the_united_states() -> None:
    assert found("worth US$1.07 billion", "en") == []


def test_meet_us_names_the_united_states() -> None:
    assert found("Meet US, Meet Korea", "de") == [
        ("country", "United States"),
        ("country", "South Korea"),
    ]


def test_arabic_clitic_before_a_country() -> None:
    assert found("بين فيتنام وكوريا", "ar") == [("country", "Vietnam"), ("country", "South Korea")]


def test_arabic_li_before_the_article() -> None:
    assert quotes("للمجلس الاستشاري للأعمال", "ar") == ["للمجلس الاستشاري للأعمال"]


def test_korean_particle_after_a_place() -> None:
    assert found("다낭시는 발표했다", "ko") == [("locality", "Da Nang")]


def test_russian_case_ending_after_a_place() -> None:
    assert found("департамента иностранных дел Хайфона", "ru")[-1] == ("locality", "Hai Phong")


def test_short_country_form_korea_is_south_korea() -> None:
    assert found("العلاقات مع كوريا", "ar") == [("country", "South Korea")]


def test_vietnamese_my_is_the_united_states() -> None:
    assert found("Đoàn doanh nghiệp Mỹ", "vi") == [("country", "United States")]


def test_vietnam_is_matched_so_that_a_figure_can_be_national() -> None:
    assert found("Vietnam and Japan", "en") == [("country", "Vietnam"), ("country", "Japan")]


def test_major_foreign_city_in_arabic() -> None:
    assert found("مدينة كونمينغ", "ar") == [("foreign_locality", "Kunming")]


def test_chinese_city_without_its_shi_suffix() -> None:
    assert found("与横滨合作", "zh") == [("foreign_locality", "Yokohama")]


def test_partner_province_from_pycountry() -> None:
    assert ("foreign_locality", "Queensland") in found("the state of Queensland", "en")


def test_organisation_acronym_needs_its_case() -> None:
    assert found("un projet de l'UNESCO", "fr") == [("organization", "UNESCO")]


def test_organisation_name_in_arabic() -> None:
    assert found("منتدى التعاون الاقتصادي لدول آسيا والمحيط الهادئ", "ar") == [
        ("organization", "APEC")
    ]


@given(st.text(max_size=300))
def test_any_text_is_scanned_without_error(text: str) -> None:
    for match in load_gazetteer().find(text, "en"):
        assert 0 <= match.start < match.end <= len(text)


def test_vietnamese_country_name_needs_its_tones() -> None:
    assert quotes("Bí thư gặp Đại sứ Bỉ", "vi") == ["Bỉ"]


def test_non_country_territory_codes_are_skipped() -> None:
    assert found("la Unión Europea", "es") == [("organization", "EU")]


@pytest.mark.parametrize(
    ("text", "lang", "company"),
    [
        ("삼성전자는 박닌성에 투자했다", "ko", "Samsung Electronics"),
        ("ブリヂストンはハイフォンに工場を持つ", "ja", "Bridgestone"),
        ("Samsung invested in Thai Nguyen", "en", "Samsung"),
        ("和硕在海防投资", "zh", "Pegatron"),
    ],
)
def test_investor_companies_in_their_press_names(text: str, lang: str, company: str) -> None:
    found = [m.entry.name for m in load_gazetteer().find(text, lang)]
    assert found[0] == company


def test_a_brand_name_in_lower_case_is_an_ordinary_word() -> None:
    assert load_gazetteer().find("the canon of international law", "en") == []


def test_a_three_star_hotel_is_not_samsung() -> None:
    assert load_gazetteer().find("三星级酒店", "zh") == []


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("ព្រៃវែង និង ត្បូងឃ្មុំ", "km", ["Prey Veng", "Tboung Khmum"]),
        ("谅山省与崇左市、凭祥市签署", "zh", ["Lang Son", "Chongzuo", "Pingxiang"]),
        ("Tay Ninh and Kampong Cham signed", "en", ["Tay Ninh", "Kampong Cham"]),
    ],
)
def test_border_provinces_of_laos_cambodia_and_china(
    text: str, lang: str, names: list[str]
) -> None:
    assert [m.entry.name for m in load_gazetteer().find(text, lang)] == names


def test_a_river_mouth_in_chinese_is_not_hekou() -> None:
    assert load_gazetteer().find("湄公河河口", "zh") == []


def test_lao_am_vowel_spelled_either_way_is_the_same_name() -> None:
    assert normalize_name("ຫຼວງນໍ້າທາ") == normalize_name("ຫລວງນ້ຳທາ")
    found = load_gazetteer().find("ແຂວງຫຼວງນໍ້າທາ", "lo")
    assert [m.entry.name for m in found] == ["Luang Namtha"]


def test_thai_am_vowel_spelled_either_way_is_the_same() -> None:
    assert normalize_name("น้ำ") == normalize_name("นํ้า")
    assert normalize_name("น้ำ") != normalize_name("นา")


def test_a_chinese_city_in_vietnamese_spelling_is_read_in_vietnamese_only() -> None:
    found = load_gazetteer().find("thành phố Ngọc Lâm, Quảng Tây", "vi")
    assert [m.entry.name for m in found] == ["Yulin", "Guangxi"]
    assert load_gazetteer().find("sagte Herr Dao Ngoc Lam, dass", "de") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Chu Lai Open Economic Zone drew 12 new projects.", "en"),
        ("Khu kinh tế Dung Quất thu hút 5 dự án mới.", "vi"),
        ("นิคมอุตสาหกรรมญาจางดึงดูด 5 โครงการ", "th"),
        ("芽庄工业园吸引了5个项目", "zh"),
    ],
)
def test_a_zone_named_after_a_town_is_not_the_town(text: str, lang: str) -> None:
    assert [t for t, _ in found(text, lang) if t == "locality"] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Hai Phong Economic Zone Authority said 20 projects were licensed.", "en"),
        ("Ban Quản lý Khu kinh tế Hải Phòng cho biết.", "vi"),
    ],
)
def test_a_province_named_with_a_zone_word_stays_the_province(text: str, lang: str) -> None:
    assert ("locality", "Hai Phong") in found(text, lang)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab  Đàạ\u0301\u064e\u200b\u0640ي۱"), max_size=40))
def test_normalised_positions_map_back_to_the_characters_kept(text: str) -> None:
    norm = normalize_text(text)
    folded = _extra_spaces_dropped(text.translate(_table()))
    kept = [i for i, char in enumerate(folded) if char != "\x00"] + [len(folded)]
    assert [norm.original(p) for p in range(len(norm.text) + 1)] == kept
