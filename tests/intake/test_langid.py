import pytest
from hypothesis import given
from hypothesis import strategies as st
from py3langid.langid import visit_counts

from hoinhap.intake.langid import (
    SUPPORTED_LANGUAGES,
    _identifier,
    _visit_counts,
    decide_malay_or_indonesian,
    detect_language,
)

SHORT = {
    "vi": "Đà Nẵng đón hơn 3.000 đoàn khách quốc tế trong năm qua.",
    "en": "The city welcomed more than 3,000 foreign delegations last year.",
    "fr": "La ville a accueilli plus de 3 000 délégations étrangères l'an dernier.",
    "de": "Die Stadt empfing im vergangenen Jahr mehr als 3.000 ausländische Delegationen.",
    "es": "La ciudad recibió más de 3.000 delegaciones extranjeras el año pasado.",
    "pt": "A cidade recebeu mais de 3.000 delegações estrangeiras no ano passado.",
    "it": "La città ha accolto oltre 3.000 delegazioni straniere lo scorso anno.",
    "ru": "В прошлом году город принял более 3000 иностранных делегаций.",
    "zh": "岘港市去年接待了三千多个外国代表团。",
    "ja": "ダナン市は昨年、3000以上の外国代表団を迎えた。",
    "ko": "다낭시는 지난해 3천 개 이상의 외국 대표단을 맞이했다.",
    "ar": "استقبلت المدينة أكثر من 3000 وفد أجنبي في العام الماضي.",
    "fa": "این شهر در سال گذشته بیش از ۳۰۰۰ هیئت خارجی را پذیرفت.",
    "id": "Kota ini menerima lebih dari 3.000 delegasi asing karena kerja sama yang baik.",
    "ms": "Bandar raya itu menerima lebih 3,000 delegasi asing kerana kerjasama antarabangsa.",
    "th": "เมืองนี้ต้อนรับคณะผู้แทนต่างประเทศกว่า 3,000 คณะในปีที่ผ่านมา",
    "lo": "ນະຄອນແຫ່ງນີ້ໄດ້ຕ້ອນຮັບຄະນະຜູ້ແທນຕ່າງປະເທດຫຼາຍກວ່າ 3.000 ຄະນະ",
    "km": "ទីក្រុងនេះបានទទួលគណៈប្រតិភូបរទេសជាង ៣០០០ ក្រុម",
    "hi": "शहर ने पिछले वर्ष 3,000 से अधिक विदेशी प्रतिनिधिमंडलों का स्वागत किया।",
    "ur": "شہر نے پچھلے سال 3,000 سے زیادہ غیر ملکی وفود کا استقبال کیا۔",
}

LONG_EXTRA = {
    "vi": " Thành phố đã ký kết 120 thỏa thuận hợp tác với các địa phương nước ngoài và thu hút"
    " thêm nhiều dự án đầu tư trực tiếp nước ngoài vào các khu công nghiệp.",
    "en": " It signed 120 cooperation agreements with foreign localities and attracted many new"
    " foreign direct investment projects to its industrial parks.",
    "fr": " Elle a signé 120 accords de coopération avec des collectivités étrangères et attiré"
    " de nombreux nouveaux projets d'investissement direct étranger.",
    "de": " Sie unterzeichnete 120 Kooperationsabkommen mit ausländischen Partnern und zog viele"
    " neue ausländische Direktinvestitionsprojekte an.",
    "es": " Firmó 120 acuerdos de cooperación con localidades extranjeras y atrajo muchos nuevos"
    " proyectos de inversión extranjera directa.",
    "pt": " Assinou 120 acordos de cooperação com localidades estrangeiras e atraiu muitos novos"
    " projetos de investimento estrangeiro direto.",
    "it": " Ha firmato 120 accordi di cooperazione con località straniere e attirato molti nuovi"
    " progetti di investimento diretto estero.",
    "id": " Kota ini juga menandatangani 120 perjanjian kerja sama dengan daerah di luar negeri"
    " yaitu di Jepang dan Korea, serta menarik banyak proyek investasi.",
    "ms": " Bandar raya ini juga menandatangani 120 perjanjian kerjasama dengan wilayah di luar"
    " negara iaitu di Jepun dan Korea, selepas lawatan rasmi.",
}


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_short_sentence_in_each_language(lang: str) -> None:
    assert detect_language(SHORT[lang]) == lang


@pytest.mark.parametrize("lang", sorted(LONG_EXTRA))
def test_longer_paragraph_in_latin_script_languages(lang: str) -> None:
    assert detect_language(SHORT[lang] + LONG_EXTRA[lang]) == lang


def test_persian_is_told_from_arabic_by_its_letters() -> None:
    assert detect_language("کمیته خلق شهر دانانگ گزارش داد که همکاری گسترش یافت") == "fa"


def test_urdu_is_told_from_persian_by_its_letters() -> None:
    assert detect_language("دا ننگ شہر کی عوامی کمیٹی نے بتایا ہے کہ تعاون بڑھ گیا ہے") == "ur"


def test_malay_marker_words_decide_against_indonesian() -> None:
    assert decide_malay_or_indonesian("kerajaan bahawa kerjasama antarabangsa", "id") == "ms"


def test_marker_tie_keeps_the_model_guess() -> None:
    assert decide_malay_or_indonesian("kota ini besar", "ms") == "ms"


def test_text_without_letters_defaults_to_english() -> None:
    assert detect_language("2021–2025: 1.263 / 10,9") == "en"


@given(st.text(max_size=200))
def test_any_text_gets_a_supported_language(text: str) -> None:
    assert detect_language(text) in SUPPORTED_LANGUAGES


def _own_counts(text: str) -> list[tuple[int, int]]:
    identifier = _identifier()
    counts = visit_counts(
        identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, text.encode()
    )
    return list(counts.items()) if counts else []


def _walked_counts(text: str) -> list[tuple[int, int]]:
    counts = _visit_counts(text.encode())
    return list(counts.items()) if counts else []


@pytest.mark.parametrize("lang", sorted(SHORT))
def test_word_walk_counts_the_features_py3langid_counts(lang: str) -> None:
    """The cached word-at-a-time walk relies on py3langid 0.4 internals: a new version that
    changes them must fail here, not shift the language of Latin-script documents."""
    text = f"{SHORT[lang]}  {SHORT[lang]} {LONG_EXTRA.get(lang, '')}\n  x"
    assert _walked_counts(text) == _own_counts(text)


@given(st.text(alphabet="ab éđ\n", max_size=80))
def test_word_walk_matches_on_any_spacing(text: str) -> None:
    assert _walked_counts(text) == _own_counts(text)
