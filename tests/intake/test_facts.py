"""Metric rules across a sentence: restated money, "of which", topics, handovers, the noun
a figure counts. Every text is written for the test, phrased as the press writes."""

import datetime as dt

import pytest

from hoinhap.intake.extract import extract_document

PUBLISHED = dt.date(2025, 1, 15)


def metrics_of(text: str, lang: str) -> list[tuple[str, float, str]]:
    extraction = extract_document(text, doc="d", lang=lang, published=PUBLISHED)
    return [(f.metric, f.value, f.unit) for f in extraction.facts]


# --- money restated in the other currency --------------------------------------------------


def test_french_dollars_in_brackets_restate_the_dong_commitments() -> None:
    text = (
        "À cette occasion, les autorités de Quang Binh ont remis des licences d'investissement "
        "à 9 projets d'énergie et de tourisme totalisant plus de 6.200 milliards de dôngs "
        "(244,5 millions de dollars)."
    )
    assert metrics_of(text, "fr") == [
        ("investment_commitments", 6.2e12, "VND"),
        ("investment_commitments", 244.5e6, "USD"),
    ]


def test_italian_pari_a_restates_the_investment_attracted() -> None:
    text = (
        "Nel 2024 la provincia di Khanh Hoa ha attratto capitali per complessivi 30.000 "
        "miliardi di dong, pari a circa 1,2 miliardi di dollari."
    )
    assert metrics_of(text, "it") == [
        ("investment_attracted", 30e12, "VND"),
        ("investment_attracted", 1.2e9, "USD"),
    ]


def test_russian_bracketed_dollars_after_a_dong_total() -> None:
    text = (
        "В 2024 году Дананг привлёк в экономику города инвестиции на общую сумму более "
        "15 трлн донгов (около 590 млн долларов США)."
    )
    assert metrics_of(text, "ru") == [
        ("investment_attracted", 15e12, "VND"),
        ("investment_attracted", 590e6, "USD"),
    ]


def test_arabic_i_e_equivalent_restates_the_ngo_aid() -> None:
    text = (
        "تلقت دا نانغ 30 مشروعا ممولا من منظمات غير حكومية أجنبية، بإجمالي تمويل ملتزم به "
        "يزيد على 3 ملايين دولار أمريكي، أي ما يعادل أكثر من 75 مليار دونغ."
    )
    assert metrics_of(text, "ar")[1:] == [("ngo_aid", 3e6, "USD"), ("ngo_aid", 75e9, "VND")]


# --- "of which" -----------------------------------------------------------------------------


def test_chinese_domestic_projects_after_qizhong_do_not_name_the_total() -> None:
    text = "2024年，广宁省吸引投资总额达到20万亿越南盾，其中国内投资项目50个。"
    assert metrics_of(text, "zh") == [
        ("investment_attracted", 20e12, "VND"),
        ("domestic_projects", 50, "count"),
    ]


# --- the noun a count counts -----------------------------------------------------------------


def test_korean_countries_noun_belongs_to_the_figure_before() -> None:
    text = "빈즈엉성은 지금까지 40개국으로부터 1,200건, 250억 달러의 외국인투자를 유치했다."
    assert metrics_of(text, "ko") == [
        ("fdi_source_countries", 40, "count"),
        ("fdi_projects", 1200, "count"),
        ("fdi_capital", 25e9, "USD"),
    ]


def test_korean_classifier_joined_to_foreign_investment_counts_fdi_projects() -> None:
    text = "빈즈엉성에는 현재 1,200건의 외국인투자가 유효하다."
    assert metrics_of(text, "ko") == [("fdi_projects", 1200, "count")]


def test_japanese_country_topic_takes_the_projects_of_the_sentence_before() -> None:
    text = "ビンズオン省で稼働中のFDI案件は4,000件に上る。韓国はそのうち900件を占めている。"
    assert metrics_of(text, "ja") == [
        ("fdi_projects", 4000, "count"),
        ("fdi_projects", 900, "count"),
    ]


def test_khmer_conjunction_right_after_a_figure_ends_its_phrase() -> None:
    text = (
        "ក្នុងឆ្នាំ២០២៤ ខេត្តក្វាងនិញបានចុះហត្ថលេខាលើកិច្ចព្រមព្រៀងសហប្រតិបត្តិការជាង ៤០ "
        "និងបានទទួលគណៈប្រតិភូអន្តរជាតិ ២០០ គណៈ។"
    )
    assert [m for m, _, _ in metrics_of(text, "km")] == [
        "agreements_signed",
        "delegations_received",
    ]


def test_khmer_noun_before_the_number_of_word_is_the_head() -> None:
    text = "ក្នុងឆ្នាំ២០២៤ ខេត្តក្វាងនិញបានចុះហត្ថលេខាលើកិច្ចព្រមព្រៀងចំនួន ៩ ជាមួយខេត្តនានា។"
    assert metrics_of(text, "km") == [("agreements_signed", 9, "count")]


def test_urdu_noun_before_the_number_of_word_with_a_verb_after_the_figure() -> None:
    text = "2024 میں کوانگ نام آنے والے سیاحوں کی کل تعداد کا اندازہ 4.5 ملین سے زیادہ ہے۔"
    assert metrics_of(text, "ur") == [("visitors_total", 4.5e6, "count")]


def test_persian_modifier_is_not_taken_across_and() -> None:
    text = (
        "استان کوانگ تری در سال ۲۰۲۳ با ۲۵ سازمان غیردولتی خارجی و ۹ سازمان بین‌المللی همکاری کرد."
    )
    assert metrics_of(text, "fa") == [("ngo_partners", 25, "count")]


def test_indonesian_figure_before_a_bracket_ends_its_clause() -> None:
    text = (
        "Jumlah pengunjung internasional ke Da Nang pada Agustus 2024 mencapai 0,9 juta "
        "(naik 15 persen)."
    )
    assert metrics_of(text, "id") == [("visitors_international", 0.9e6, "count")]


def test_projects_named_far_before_the_figure_keep_their_family() -> None:
    text = (
        "The number of valid FDI projects in Hai Duong as of the end of 2024 reached 560 projects."
    )
    assert metrics_of(text, "en") == [("fdi_projects", 560, "count")]


def test_organisations_after_an_ngo_figure_are_its_partners() -> None:
    text = (
        "Over the period, Kon Tum received NGO aid worth about 12 million USD through 90 "
        "projects from 25 organisations."
    )
    assert metrics_of(text, "en") == [
        ("ngo_aid", 12e6, "USD"),
        ("ngo_projects", 90, "count"),
        ("ngo_partners", 25, "count"),
    ]


# --- the family a sentence talks about -------------------------------------------------------


def test_a_domestic_topic_beats_the_family_of_the_sentence_before() -> None:
    text = (
        "In 2024, Ha Tinh attracted 12 new FDI projects. For domestic investment, the "
        "province licensed 40 projects worth VND 9 trillion."
    )
    assert metrics_of(text, "en") == [
        ("fdi_projects", 12, "count"),
        ("domestic_projects", 40, "count"),
        ("domestic_capital", 9e12, "VND"),
    ]


def test_a_handover_in_the_sentence_beats_the_ngo_family_before() -> None:
    text = (
        "Da Nang erhielt 2024 Hilfe von 40 NGOs. Auf der Investitionskonferenz überreichte "
        "die Stadt Investitionsgenehmigungen für 12 Projekte mit einem Gesamtvolumen von "
        "rund 900 Millionen US-Dollar."
    )
    assert metrics_of(text, "de") == [
        ("ngo_partners", 40, "count"),
        ("investment_commitments", 900e6, "USD"),
    ]


def test_certificates_granted_outside_an_event_are_fdi_licensing() -> None:
    text = (
        "In 2024, Bac Giang granted investment registration certificates to 95 new projects "
        "with total registered capital of nearly US$2.1 billion."
    )
    assert metrics_of(text, "en") == [
        ("fdi_projects", 95, "count"),
        ("fdi_capital", 2.1e9, "USD"),
    ]


def test_certificates_handed_over_stay_commitments() -> None:
    granted = (
        "In 2024, Bac Giang granted investment certificates to 95 projects worth US$2 billion."
    )
    handed = "At the forum, Bac Giang handed over investment certificates worth US$2 billion."
    assert [m for m, _, _ in metrics_of(granted + " " + handed, "en")] == [
        "fdi_projects",
        "fdi_capital",
        "investment_commitments",
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Năm 2024, Đà Nẵng: khách du lịch nội địa ước đạt 10,3 triệu lượt.", "vi"),
        ("岘港2024年国内游客达570万人次。", "zh"),
    ],
)
def test_domestic_visitors_before_a_visitor_count_are_no_fact(text: str, lang: str) -> None:
    assert extract_document(text, doc="d", lang=lang).facts == []


def test_a_visitor_count_after_another_noun_is_still_counted() -> None:
    facts = extract_document("Năm 2024 Đà Nẵng đón 10,3 triệu lượt khách.", doc="d", lang="vi")
    assert [(f.metric, f.value) for f in facts.facts] == [("visitors_total", 10.3e6)]


def test_a_sentence_naming_one_kind_of_investment_sets_the_topic_of_the_next() -> None:
    text = (
        "Dong Nai was the leading province in FDI attraction in the first quarter of 2024. "
        "The province attracted 26 new projects with total new capital of 398 million USD."
    )
    facts = extract_document(text, doc="d", lang="en").facts
    assert [(f.metric, f.value) for f in facts] == [("fdi_projects", 26), ("fdi_capital", 398e6)]


def test_a_sentence_naming_one_kind_of_aid_sets_the_topic_of_the_next() -> None:
    text = (
        "In 2024 Quang Nam stepped up the mobilisation of foreign NGO aid. "
        "The province approved 45 projects worth 107 billion VND."
    )
    facts = extract_document(text, doc="d", lang="en").facts
    assert [(f.metric, f.value) for f in facts] == [("ngo_projects", 45), ("ngo_aid", 107e9)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Binh Duong aims to attract 1 billion USD of FDI in 2024, but in the first half "
            "of 2024 it licensed 97 FDI projects.",
            "en",
        ),
        ("2024年平阳省力争吸引外资10亿美元，但今年上半年该省吸引外资项目97个。", "zh"),
    ],
)
def test_but_ends_the_reach_of_a_target(text: str, lang: str) -> None:
    facts = extract_document(text, doc="d", lang=lang).facts
    assert [(f.subject, f.metric, f.value) for f in facts] == [("Binh Duong", "fdi_projects", 97)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2024年，谅山省吸引外资项目27个。全省吸引投资总额达到18.6万亿越南盾。", "zh"),
        (
            "در سال ۲۰۲۴ استان لانگ سون ۲۷ پروژه سرمایه‌گذاری مستقیم خارجی جذب کرد. "
            "کل سرمایه جذب‌شده استان در این سال به حدود ۱۸ هزار میلیارد دانگ رسید.",
            "fa",
        ),
    ],
)
def test_total_investment_attracted_beats_the_family_carried_from_before(
    text: str, lang: str
) -> None:
    assert [m for m, _, unit in metrics_of(text, lang) if unit == "VND"] == ["investment_attracted"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Năm 2024, Đồng Nai đón tiếp 118 đoàn khách quốc tế với 1.450 lượt khách.", "vi"),
        ("In 2024 Dong Nai received 118 foreign delegations with 1,450 visitors.", "en"),
    ],
)
def test_the_people_of_the_delegations_are_not_visitors(text: str, lang: str) -> None:
    facts = extract_document(text, doc="d", lang=lang).facts
    assert [(f.metric, f.value) for f in facts] == [("delegations_received", 118)]


def test_visitors_named_beside_delegations_with_and_are_still_visitors() -> None:
    text = "Năm 2024, Đà Nẵng đón 118 đoàn khách quốc tế và 8,7 triệu lượt khách."
    facts = extract_document(text, doc="d", lang="vi").facts
    assert [f.metric for f in facts] == ["delegations_received", "visitors_total"]


def test_the_figure_a_comparison_is_made_with_is_not_stated() -> None:
    found = extract_document(
        "In 2024 Da Nang attracted US$1.2 billion of FDI, compared with US$800 million.",
        doc="t",
        lang="en",
    ).facts
    assert [f.value for f in found] == [1.2e9]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ダナン市の2024年の外国直接投資は前年比3倍の22億ドルに達した。", "ja"),
        ("다낭시의 2024년 외국인 직접투자는 전년 대비 3배인 22억 달러에 달했다.", "ko"),
    ],
)
def test_a_figure_after_a_multiple_of_the_baseline_is_the_new_figure(text: str, lang: str) -> None:
    found = extract_document(text, doc="t", lang=lang).facts
    assert [(f.metric, f.value) for f in found] == [("fdi_capital", 2.2e9)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "В 2024 году Хюэ принял 4,1 млн туристов, из них иностранных около 1,9 млн человек.",
            "ru",
        ),
        ("In 2024 Hue welcomed 4.1 million tourists, about 1.9 million of them foreign.", "en"),
    ],
)
def test_a_foreign_part_of_the_visitors_is_international(text: str, lang: str) -> None:
    found = extract_document(text, doc="t", lang=lang).facts
    assert [(f.metric, f.value) for f in found] == [
        ("visitors_total", 4.1e6),
        ("visitors_international", 1.9e6),
    ]


def test_a_million_projects_is_an_amount_without_its_currency_not_a_count() -> None:
    text = (
        "En 2024, Hai Phong a attiré 50 projets d'IDE pour un capital de 1,2 milliard de "
        "dollars, dont 679,19 millions pour des projets nouveaux. La ville a accueilli "
        "11 millions de visiteurs."
    )
    facts = extract_document(text, doc="d", lang="fr").facts
    assert [(f.metric, f.value) for f in facts] == [
        ("fdi_projects", 50),
        ("fdi_capital", 1.2e9),
        ("visitors_total", 11e6),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Bei dem Investorentag von Hai Phong in München nahmen etwa 140 deutsche Firmen teil.",
            "de",
        ),
        ("Seminar promosi investasi Hai Phong di Surabaya dihadiri 140 perusahaan.", "id"),
        ("하이퐁시가 부산에서 연 투자설명회에는 한국 기업 140곳이 참석했다.", "ko"),
        ("งานส่งเสริมการลงทุนของไฮฟองที่เชียงใหม่มีผู้ประกอบการเข้าร่วม 140 ราย", "th"),
    ],
)
def test_companies_that_attended_an_event_abroad_are_its_participants(text: str, lang: str) -> None:
    found = extract_document(text, doc="t", lang=lang).facts
    assert [(f.subject, f.metric, f.value) for f in found] == [
        ("Hai Phong", "event_participants", 140)
    ]


def test_companies_counted_without_an_event_are_no_figure() -> None:
    text = "In 2024 Hai Phong was home to 3,200 foreign companies."
    assert extract_document(text, doc="t", lang="en").facts == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2024, investors from 38 countries and territories were present in Hai Phong.", "en"),
        ("Pada 2024, para investor di Hai Phong berasal dari 38 negara dan wilayah.", "id"),
        ("Năm 2024, có 38 quốc gia và vùng lãnh thổ đầu tư vào Hải Phòng.", "vi"),
        ("En 2024, los inversores presentes en Hai Phong procedían de 38 países.", "es"),
        ("2024年末現在、38の国と地域がハイフォン市で投資を行っている。", "ja"),
    ],
)
def test_countries_the_investors_come_from_are_fdi_source_countries(text: str, lang: str) -> None:
    found = extract_document(text, doc="t", lang=lang).facts
    assert [(f.metric, f.value) for f in found] == [("fdi_source_countries", 38)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2024, Hai Phong's goods were exported to 38 countries, drawing new investment.",
        "Hai Phong, a magnet for investment, has relations with 38 countries.",
        "In 2024, firms from 38 countries attended the Hai Phong investment forum.",
    ],
)
def test_countries_of_exports_or_relations_are_not_investors_countries(text: str) -> None:
    found = extract_document(text, doc="t", lang="en").facts
    assert "fdi_source_countries" not in [f.metric for f in found]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Năm 2024, Nghệ An cấp mới 31 dự án FDI và điều chỉnh tăng vốn cho 12 dự án.", "vi"),
        (
            "Im Jahr 2024 erhielten in Nghe An 31 neue FDI-Projekte eine Lizenz, 12 Projekte "
            "stockten ihr Kapital auf.",
            "de",
        ),
        (
            "Pada 2024, Nghe An melisensikan 31 proyek FDI baru, sementara 12 proyek "
            "menambah modal.",
            "id",
        ),
        (
            "In 2024 Nghe An licensed 31 new FDI projects, and 12 projects increased their "
            "capital.",
            "en",
        ),
    ],
)
def test_projects_that_added_capital_are_not_projects_licensed(text: str, lang: str) -> None:
    found = extract_document(text, doc="t", lang=lang).facts
    assert [(f.metric, f.value) for f in found] == [("fdi_projects", 31)]


def test_the_capital_added_is_still_fdi_capital() -> None:
    text = "In 2024, 12 FDI projects in Nghe An added capital of US$150 million."
    found = extract_document(text, doc="t", lang="en").facts
    assert [(f.metric, f.value) for f in found] == [("fdi_capital", 150e6)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pada 2024, jumlah pelawat dari Malaysia ke Binh Thuan mencapai 30,000 orang.", "ms"),
        ("Pada 2024, wisatawan dari Malaysia ke Binh Thuan mencapai 30.000 orang.", "id"),
        ("In 2024, visitors from Malaysia to Binh Thuan numbered 30,000.", "en"),
    ],
)
def test_visitors_from_a_country_counted_in_people_are_international(text: str, lang: str) -> None:
    found = extract_document(text, doc="t", lang=lang).facts
    assert [(f.metric, f.value) for f in found] == [("visitors_international", 30000)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Hai Phong handed over investment certificates and memoranda of understanding "
            "worth a combined US$3.2 billion to 26 domestic and foreign investors.",
            "en",
        ),
        (
            "Hải Phòng trao giấy chứng nhận đầu tư và biên bản ghi nhớ hợp tác đầu tư với "
            "tổng giá trị 3,2 tỷ USD cho 26 nhà đầu tư trong nước và nước ngoài.",
            "vi",
        ),
    ],
)
def test_domestic_and_foreign_investors_together_do_not_make_money_domestic(
    text: str, lang: str
) -> None:
    found = extract_document(text, doc="t", lang=lang).facts
    assert [(f.metric, f.value) for f in found] == [("investment_commitments", 3.2e9)]


@pytest.mark.parametrize(
    ("text", "lang", "metric"),
    [
        (
            "O intercâmbio comercial através das passagens fronteiriças internacionais de An "
            "Giang e das províncias vizinhas do Camboja atingiu cerca de 1,03 bilhão de dólares "
            "em 2024.",
            "pt",
            "trade_turnover",
        ),
        (
            "Foreign direct investment registered in new projects and added to the projects "
            "already running in Nghe An across the whole year topped US$1.6 billion in 2023.",
            "en",
            "fdi_capital",
        ),
    ],
)
def test_a_money_figure_far_from_its_cue_states_what_the_sentence_opens_with(
    text: str, lang: str, metric: str
) -> None:
    found = extract_document(text, doc="t", lang=lang).facts
    assert [f.metric for f in found] == [metric]


def test_the_noun_a_sentence_opens_with_is_what_the_number_of_counts() -> None:
    text = "ភ្ញៀវទេសចរសរុបដែលបានមកលេងខេត្តតៃនិញ ក្នុងឆ្នាំ២០២៣ មានចំនួនប្រមាណ ៤,៨ លាននាក់។"
    found = extract_document(text, doc="t", lang="km").facts
    assert [(f.subject, f.metric, f.value) for f in found] == [
        ("Tay Ninh", "visitors_total", 4.8e6)
    ]


def test_localities_of_one_country_after_of_which_are_a_part_not_the_partners() -> None:
    text = (
        "Nghe An currently has cooperation relations with 21 localities in 9 countries, "
        "of which 6 are provinces of Laos."
    )
    found = extract_document(text, doc="t", lang="en").facts
    assert [(f.metric, f.value) for f in found] == [
        ("partner_localities", 21),
        ("partner_countries", 9),
    ]


def test_investors_who_attended_are_the_participants() -> None:
    text = (
        "In May, Dong Nai held an investment promotion conference in Osaka. 120 investors "
        "from Osaka, Kobe and Kyoto attended the conference."
    )
    found = extract_document(text, doc="t", lang="en").facts
    assert [(f.subject, f.metric, f.value) for f in found] == [
        ("Dong Nai", "event_participants", 120)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "ในปี 2024 จังหวัดกว๋างนิญต้อนรับนักท่องเที่ยวต่างชาติกว่า 3.1 ล้านคน "
            "สูงกว่าช่วงเวลาเดียวกันในปี 2023 ถึง 2 เท่า",
            "th",
        ),
        ("2024年广宁省接待国际游客310万人次，是2023年同期的2倍。", "zh"),
    ],
)
def test_the_year_of_the_same_period_compared_with_is_not_the_figures(text: str, lang: str) -> None:
    found = extract_document(text, doc="t", lang=lang).facts
    assert [(f.metric, f.value, f.period) for f in found] == [
        ("visitors_international", 3.1e6, "2024")
    ]


def test_people_counted_at_the_end_of_a_sentence_opening_with_visitors_are_visitors() -> None:
    text = (
        "В 2024 году общий поток иностранных туристов, посетивших провинцию Куангнинь за "
        "год, составил около 3,1 миллиона человек."
    )
    found = extract_document(text, doc="t", lang="ru").facts
    assert [(f.subject, f.metric, f.value) for f in found] == [
        ("Quang Ninh", "visitors_international", 3.1e6)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Festival Huế 2024 đã thu hút khoảng 180.000 lượt khách đến tham quan.", "vi"),
        ("The Hue Festival 2024 drew about 180,000 visitors to Hue.", "en"),
    ],
)
def test_visitors_a_festival_drew_are_its_participants(text: str, lang: str) -> None:
    found = extract_document(text, doc="t", lang=lang).facts
    assert [(f.metric, f.value) for f in found] == [("event_participants", 180000)]


def test_visitors_of_a_sentence_about_tourism_that_names_a_festival_are_visitors() -> None:
    text = (
        "Religious tourism in An Giang, with Sam mountain and the Ba Chua Xu festival, "
        "attracted 9.6 million visitors in 2024."
    )
    found = extract_document(text, doc="t", lang="en").facts
    assert [(f.metric, f.value) for f in found] == [("visitors_total", 9.6e6)]
