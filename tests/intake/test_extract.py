import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoinhap.intake.extract import extract_document
from hoinhap.intake.gazetteer import load_gazetteer
from hoinhap.intake.langs import SUPPORTED
from hoinhap.intake.subjects import places_from_matches


def facts_of(text: str, lang: str, published: dt.date | None = None) -> list[tuple[object, ...]]:
    extraction = extract_document(text, doc="d", lang=lang, published=published)
    return [(f.subject, f.metric, f.value, f.unit, f.period) for f in extraction.facts]


def test_partner_localities_and_their_countries() -> None:
    text = "In 2024, Da Nang has friendship relations with 60 localities in 24 countries."
    assert facts_of(text, "en") == [
        ("Da Nang", "partner_localities", 60, "count", "2024"),
        ("Da Nang", "partner_countries", 24, "count", "2024"),
    ]


def test_countries_before_localities_in_chinese() -> None:
    text = "岘港市已与22个国家和地区的48个地方建立了合作关系。"
    assert facts_of(text, "zh") == [
        ("Da Nang", "partner_countries", 22, "count", None),
        ("Da Nang", "partner_localities", 48, "count", None),
    ]


def test_capital_goes_with_the_projects_before_it() -> None:
    text = (
        "Kota Da Nang memberikan lisensi 288 proyek domestik dengan total modal lebih dari "
        "VND208 triliun dan 797 proyek investasi langsung asing dengan total modal lebih dari "
        "US$1,07 miliar."
    )
    assert [f[1:4] for f in facts_of(text, "id")] == [
        ("domestic_projects", 288, "count"),
        ("domestic_capital", 208e12, "VND"),
        ("fdi_projects", 797, "count"),
        ("fdi_capital", 1.07e9, "USD"),
    ]


def test_a_conjunction_separates_two_amounts() -> None:
    text = (
        "Da Nang menerima 14.800 miliar VND dalam bentuk modal ODA dan 1.432 miliar VND "
        "dalam bentuk bantuan nonpemerintah."
    )
    assert [f[1] for f in facts_of(text, "id")] == ["oda_capital", "ngo_aid"]


def test_the_verb_decides_what_delegations_did() -> None:
    text = "In 2024, Hue received 320 foreign delegations and sent 41 delegations abroad."
    assert [f[1:3] for f in facts_of(text, "en")] == [
        ("delegations_received", 320),
        ("delegations_sent", 41),
    ]


def test_delegates_who_attended_are_participants() -> None:
    text = "Acara tersebut di Da Nang mengumpulkan 200 delegasi."
    assert facts_of(text, "id") == [("Da Nang", "event_participants", 200, "count", None)]


def test_a_target_is_not_a_fact() -> None:
    text = "Khanh Hoa aims to welcome 15 million visitors by 2030."
    assert facts_of(text, "en") == []


def test_a_planned_period_drops_the_figure() -> None:
    text = "Năm 2028, Quảng Ninh đón 30 triệu lượt khách."
    assert facts_of(text, "vi", published=dt.date(2025, 5, 1)) == []


def test_percentages_and_other_currencies_are_not_facts() -> None:
    text = "In 2024, Hai Phong's trade turnover rose 12% and Japanese firms invested ¥45 billion."
    assert facts_of(text, "en") == []


def test_exports_alone_are_not_trade_turnover() -> None:
    text = "In 2024, Quang Ninh exports reached US$4.5 billion."
    assert facts_of(text, "en") == []


def test_the_period_comes_from_an_earlier_sentence() -> None:
    text = (
        "Năm 2024, tỉnh Quảng Ninh đón 215 đoàn khách quốc tế. "
        "Kim ngạch xuất nhập khẩu đạt 8,2 tỷ USD."
    )
    assert [f[4] for f in facts_of(text, "vi")] == ["2024", "2024"]


def test_a_compared_year_is_not_the_period() -> None:
    text = "In 2024, Quang Ninh licensed 41 FDI projects, up 18% compared with 2023."
    assert facts_of(text, "en") == [("Quang Ninh", "fdi_projects", 41, "count", "2024")]


def test_currently_means_no_period() -> None:
    text = "In 2024, Khanh Hoa grew fast. The province currently has 112 FDI projects."
    assert facts_of(text, "en") == [("Khanh Hoa", "fdi_projects", 112, "count", None)]


def test_the_past_years_are_read_against_the_publication_date() -> None:
    text = "Over the past five years, Da Nang signed 120 cooperation agreements."
    published = dt.date(2025, 9, 26)
    assert facts_of(text, "en", published) == [
        ("Da Nang", "agreements_signed", 120, "count", "2021-2025")
    ]


def test_a_bare_year_is_the_period() -> None:
    text = "Die Provinz Quang Nam begrüßte 2024 insgesamt 8,3 Millionen Besucher."
    assert facts_of(text, "de") == [("Quang Nam", "visitors_total", 8.3e6, "count", "2024")]


def test_the_city_is_the_last_city_named() -> None:
    text = (
        "Hai Phong merged with Hai Duong province in 2025. "
        "The city currently has 1,730 FDI projects."
    )
    assert facts_of(text, "en")[0][:2] == ("Hai Phong", "fdi_projects")


def test_a_nationwide_figure_is_about_vietnam() -> None:
    text = (
        "In 2024, Bac Ninh attracted US$4.6 billion in FDI, "
        "while nationwide FDI reached US$38 billion."
    )
    assert [f[:2] for f in facts_of(text, "en")] == [
        ("Bac Ninh", "fdi_capital"),
        ("Vietnam", "fdi_capital"),
    ]


def test_a_rank_nationwide_does_not_make_the_next_figure_national() -> None:
    text = (
        "Năm 2024, Quảng Ninh thu hút 3,1 tỷ USD vốn FDI, đứng thứ 5 cả nước, với 24 dự án cấp mới."
    )
    assert [f[:3] for f in facts_of(text, "vi")] == [
        ("Quang Ninh", "fdi_capital", 3.1e9),
        ("Quang Ninh", "fdi_projects", 24),
    ]


def test_the_province_after_a_city_named_earlier_is_the_main_province() -> None:
    text = (
        "Binh Dinh province held its investment forum in Quy Nhon. The forum, in Quy Nhon "
        "city, drew investors, and in 2024 the province hosted 11 international events."
    )
    assert facts_of(text, "en") == [("Binh Dinh", "events_hosted", 11, "count", "2024")]


def test_a_province_word_beside_a_name_belongs_to_that_name() -> None:
    text = "Phu Quoc island in Kien Giang province welcomed 1.2 million foreign visitors in 2024."
    assert facts_of(text, "en")[0][:2] == ("Phu Quoc", "visitors_international")


def test_hue_before_its_renaming_is_thua_thien_hue() -> None:
    text = (
        "Thua Thien Hue province received 170 foreign delegations in 2024. "
        "Hue signed 8 international cooperation agreements in 2024."
    )
    subjects = [f[0] for f in facts_of(text, "en")]
    assert subjects == ["Thua Thien Hue", "Thua Thien Hue"]


def test_hue_after_its_renaming_keeps_its_new_name() -> None:
    text = (
        "Formerly Thua Thien Hue province, Hue signed 9 international cooperation "
        "agreements in 2025."
    )
    assert [f[0] for f in facts_of(text, "en")] == ["Hue"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vietnam welcomed 8.8 million international visitors in 2024.", "en"),
        ("ในปี 2024 เวียดนามต้อนรับนักท่องเที่ยวต่างชาติ 8.8 ล้านคน", "th"),
    ],
)
def test_a_sentence_naming_only_vietnam_is_national(text: str, lang: str) -> None:
    facts = facts_of(text, lang)
    assert [f[:3] for f in facts] == [("Vietnam", "visitors_international", 8.8e6)]


def test_vietnam_inside_an_organisation_name_is_not_national() -> None:
    text = (
        "The forum in Da Nang, co-chaired by the Vietnam Union of Friendship Organisations, "
        "was attended by more than 150 delegates in 2024."
    )
    assert [f[:2] for f in facts_of(text, "en")] == [("Da Nang", "event_participants")]


def test_vietnam_is_never_an_entity() -> None:
    extraction = extract_document("Vietnam and Japan: Da Nang signs.", doc="d", lang="en")
    assert [e.name for e in extraction.entities] == ["Japan", "Da Nang"]


def test_a_dateline_is_not_the_subject() -> None:
    text = "NHA TRANG — Khanh Hoa received 4.1 million international arrivals in 2024."
    assert facts_of(text, "en")[0][:2] == ("Khanh Hoa", "visitors_international")


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        (
            "[하노이=연합뉴스] 박닌성은 2024년 외국인 투자 프로젝트 120건을 유치했다.",
            "ko",
            "Bac Ninh",
        ),
        ("越通社河内6月29日电 北宁省2024年吸引外国直接投资项目120个。", "zh", "Bac Ninh"),
    ],
)
def test_a_dateline_with_a_date_or_an_agency_is_not_the_subject(
    text: str, lang: str, subject: str
) -> None:
    assert [f[:2] for f in facts_of(text, lang)] == [(subject, "fdi_projects")]


def test_a_foreign_place_in_an_earlier_clause_does_not_take_the_figure() -> None:
    text = (
        "Quang Ninh is a gateway to the north. Business delegations from Fukuoka and Nagano "
        "came, and 54 foreign delegations were received in 2024."
    )
    assert facts_of(text, "en") == [("Quang Ninh", "delegations_received", 54, "count", "2024")]


def test_an_english_dateline_with_its_date_is_not_a_place_of_the_story() -> None:
    text = "Hanoi, June 29 (VNA) – The province licensed 120 projects."
    places = places_from_matches(text, load_gazetteer().find(text, "en"))
    assert [(p.name, p.dateline) for p in places] == [("Hanoi", True)]


def test_a_foreign_locality_is_not_a_subject() -> None:
    text = "Gyeongsangbuk-do has set up relations with 60 localities in 24 countries."
    assert facts_of(text, "en") == []


def test_the_same_figure_stated_twice_is_one_fact() -> None:
    text = "Da Nang welcomes 8.7 million visitors\nIn 2024, Da Nang welcomed 8.7 million visitors."
    assert facts_of(text, "en") == [("Da Nang", "visitors_total", 8.7e6, "count", "2024")]


def test_the_quote_is_the_figure_and_its_cue() -> None:
    text = "Da Nang signed more than 120 cooperation agreements."
    fact = extract_document(text, doc="d", lang="en").facts[0]
    assert (fact.quote, text[fact.start : fact.end]) == (
        "more than 120 cooperation agreements",
    ) * 2


def test_json_has_the_corpus_shape() -> None:
    text = "In 2024, Da Nang received 3,000 international delegations."
    assert extract_document(text, doc="a1", lang="en").to_json() == {
        "doc": "a1",
        "lang": "en",
        "facts": [
            {
                "subject": "Da Nang",
                "metric": "delegations_received",
                "value": 3000,
                "unit": "count",
                "approx": "exact",
                "period": "2024",
                "quote": "3,000 international delegations",
            }
        ],
        "entities": [{"type": "locality", "name": "Da Nang", "quote": "Da Nang"}],
    }


def test_the_language_is_detected_when_not_given() -> None:
    text = "Năm 2024, thành phố Đà Nẵng đã đón hơn 3.000 đoàn khách quốc tế đến thăm và làm việc."
    assert extract_document(text, doc="d").lang == "vi"


def test_empty_text_gives_an_empty_extraction() -> None:
    assert extract_document("  \n", doc="d").to_json() == {
        "doc": "d",
        "lang": None,
        "facts": [],
        "entities": [],
    }


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=300), lang=st.sampled_from(SUPPORTED))
def test_no_text_crashes_extraction(text: str, lang: str) -> None:
    extraction = extract_document(text, doc="d", lang=lang)
    assert all(text[f.start : f.end] == f.quote for f in extraction.facts)


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            ["Da Nang", "received", "3.000", "delegations", "in", "2024", "US$", "1,07",
             "billion", "FDI", "projects", ",", ".", "\n", "60", "localities", "24",
             "countries", "and", "target", "2030", "۶۰", "شهر", "代表团", "个"]
        ),
        max_size=40,
    ),
    lang=st.sampled_from(SUPPORTED),
)  # fmt: skip
def test_no_mix_of_figures_and_cues_crashes_extraction(words: list[str], lang: str) -> None:
    text = " ".join(words)
    extraction = extract_document(text, doc="d", lang=lang)
    assert all(text[f.start : f.end] == f.quote for f in extraction.facts)


def test_thai_figure_after_stands_at_keeps_its_metric() -> None:
    text = "ในปี 2023 มูลค่าการค้าระหว่างเว้กับลาวอยู่ที่ 120 ล้านดอลลาร์สหรัฐ"
    assert facts_of(text, "th") == [("Hue", "trade_turnover", 120e6, "USD", "2023")]


def test_japanese_count_with_a_classifier_takes_the_investment_before_it() -> None:
    text = "2023年、フエ市は外国直接投資315件を誘致した。"
    assert facts_of(text, "ja") == [("Hue", "fdi_projects", 315, "count", "2023")]


def test_korean_count_with_a_classifier_takes_the_investment_before_it() -> None:
    text = "2023년 후에시는 외국인직접투자 315건을 유치했다."
    assert facts_of(text, "ko") == [("Hue", "fdi_projects", 315, "count", "2023")]


def test_korean_classifier_joined_to_the_noun_after_it() -> None:
    text = "2023년 후에시에는 315건의 FDI 프로젝트가 있다."
    assert facts_of(text, "ko") == [("Hue", "fdi_projects", 315, "count", "2023")]


def test_japanese_classifier_joined_to_the_noun_after_it() -> None:
    text = "フエ市は2023年にフランスの自治体と12件の協力協定を締結した。"
    assert facts_of(text, "ja") == [("Hue", "agreements_signed", 12, "count", "2023")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("截至2023年底，顺化市共有外国直接投资项目150个。", "zh"),
        ("2023年末時点で、フエ市の外国直接投資案件は150件だった。", "ja"),
        ("2023년 말 기준 후에시의 FDI 프로젝트는 150건이다.", "ko"),
        ("Tính đến cuối năm 2023, Huế có 150 dự án FDI.", "vi"),
        ("By the end of 2023, Hue had 150 FDI projects.", "en"),
    ],
)
def test_a_stock_at_the_end_of_a_year_is_its_december(text: str, lang: str) -> None:
    assert facts_of(text, lang) == [("Hue", "fdi_projects", 150, "count", "2023-12")]


def test_a_target_for_the_end_of_a_year_is_no_fact() -> None:
    assert facts_of("Hue aims to have 400 FDI projects by the end of 2030.", "en") == []


def test_japanese_seminars_counted_in_times_are_promotion_events() -> None:
    text = "フエ市は2023年、ソウルで投資促進セミナーを計3回開催した。"
    assert facts_of(text, "ja") == [("Hue", "promotion_events", 3, "count", "2023")]


def test_japanese_investor_countries_are_fdi_source_countries() -> None:
    text = "2023年、フエ市への投資国・地域は18か国・地域となった。"
    assert facts_of(text, "ja") == [("Hue", "fdi_source_countries", 18, "count", "2023")]


def test_russian_foreigners_after_a_visitor_figure_are_international() -> None:
    text = "В 2023 году Хюэ принял 3 млн туристов, из них 1,1 млн составили иностранцы."
    assert facts_of(text, "ru") == [
        ("Hue", "visitors_total", 3e6, "count", "2023"),
        ("Hue", "visitors_international", 1.1e6, "count", "2023"),
    ]


def test_russian_attracted_investment_is_not_the_fdi_before_it() -> None:
    text = (
        "В 2023 году Хюэ выдал лицензии 9 проектам с иностранными инвестициями. "
        "Объём привлечённых инвестиций в город составил 20 трлн донгов."
    )
    assert [f[1:4] for f in facts_of(text, "ru")] == [
        ("fdi_projects", 9, "count"),
        ("investment_attracted", 20e12, "VND"),
    ]


def test_russian_partner_locality_in_the_singular_instrumental() -> None:
    text = "Хюэ поддерживает дружественные связи с 21 зарубежным населённым пунктом в 9 странах."
    assert [f[1:3] for f in facts_of(text, "ru")] == [
        ("partner_localities", 21),
        ("partner_countries", 9),
    ]


def test_french_artists_at_a_festival_are_participants() -> None:
    text = "En 2023, le festival de Hué a réuni 250 artistes venus de 12 pays."
    assert [f[1:3] for f in facts_of(text, "fr")] == [("event_participants", 250)]


def test_vietnamese_international_visitors_named_before_their_arrivals() -> None:
    text = "Năm 2023, Huế đón 3 triệu lượt khách, trong đó khách quốc tế đạt 1,2 triệu lượt."
    assert [f[1:3] for f in facts_of(text, "vi")] == [
        ("visitors_total", 3e6),
        ("visitors_international", 1.2e6),
    ]


def test_new_projects_after_an_fdi_sentence_are_fdi_projects() -> None:
    text = "2023年、フエ市の外国直接投資は5億ドルに達した。新規案件は20件だった。"
    assert [f[1:4] for f in facts_of(text, "ja")] == [
        ("fdi_capital", 5e8, "USD"),
        ("fdi_projects", 20, "count"),
    ]


def test_japanese_capital_increases_are_not_new_projects() -> None:
    text = "2023年、フエ市の外国直接投資は5億ドルに達した。既存案件の増資は11件だった。"
    assert [f[1] for f in facts_of(text, "ja")] == ["fdi_capital"]
