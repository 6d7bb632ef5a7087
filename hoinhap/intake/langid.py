"""Language identification for the twenty supported languages.

The script decides where it is unambiguous: Thai, Lao, Khmer, Devanagari (Hindi), Cyrillic
(Russian), Hangul (Korean), kana (Japanese), Han alone (Chinese). Arabic-script text is
Urdu when it has Urdu's own letters (ے ں ٹ ڈ ڑ), Persian when the Persian letters
(پ چ ژ گ, and ی ک rather than ي ك) outnumber the Arabic-only ones (ي ك ة ى), Arabic
otherwise. Latin-script text goes to py3langid restricted to the Latin-script languages;
its byte automaton is walked a word at a time, each (state, word) once per process (the
same feature counts as py3langid's own walk, in the same order, without a Python step per
byte of every document).

Indonesian and Malay are close enough that the model confuses them on short text, so they
are decided by marker words: spellings and words one of them uses and the other does not
("bahawa", "iaitu", "kerana", "antarabangsa", "bilion" for Malay; "bahwa", "yaitu",
"karena", "internasional", "miliar" for Indonesian). The side with more marker
occurrences wins; on a tie the model's choice stands.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache
from typing import Any

from hoinhap.intake.langs import SUPPORTED

SUPPORTED_LANGUAGES = list(SUPPORTED)
LATIN_LANGUAGES = ("vi", "en", "fr", "de", "es", "pt", "it", "id", "ms")

_SCRIPT_RANGES = (
    ("th", 0x0E00, 0x0E7F),
    ("lo", 0x0E80, 0x0EFF),
    ("km", 0x1780, 0x17FF),
    ("hi", 0x0900, 0x097F),
    ("ru", 0x0400, 0x04FF),
    ("kana", 0x3040, 0x30FF),
    ("kana", 0x31F0, 0x31FF),
    ("kana", 0xFF66, 0xFF9F),
    ("hangul", 0xAC00, 0xD7AF),
    ("hangul", 0x1100, 0x11FF),
    ("hangul", 0x3130, 0x318F),
    ("han", 0x4E00, 0x9FFF),
    ("han", 0x3400, 0x4DBF),
    ("arabic", 0x0600, 0x06FF),
    ("arabic", 0x0750, 0x077F),
    ("arabic", 0xFB50, 0xFDFF),
    ("arabic", 0xFE70, 0xFEFF),
)
_URDU_LETTERS = frozenset("ےںٹڈڑ")
_PERSIAN_LETTERS = frozenset("پچژگیک")
_ARABIC_LETTERS = frozenset("يكةى")
_VIETNAMESE_LETTERS = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
# Vietnamese writes these on nearly every line; French and Portuguese have â ê ô too.
_VIETNAMESE_ONLY = re.compile(f"[{''.join(sorted(_VIETNAMESE_LETTERS - set('âêô')))}]")

_MALAY_MARKERS = frozenset(
    [
        "bahawa",
        "iaitu",
        "kerana",
        "antarabangsa",
        "bilion",
        "mahupun",
        "semasa",
        "selepas",
        "sahaja",
        "pelancong",
        "ialah",
        "kenderaan",
        "jepun",
        "syarikat",
        "wang",
        "boleh",
        "kerjasama",
        "dasar",
        "beliau",
    ]
)
_INDONESIAN_MARKERS = frozenset(
    [
        "bahwa",
        "yaitu",
        "karena",
        "internasional",
        "miliar",
        "maupun",
        "wisatawan",
        "tiongkok",
        "serikat",
        "bisa",
        "jepang",
        "kerja",
        "tersebut",
        "terhadap",
        "dilakukan",
    ]
)
_WORD = re.compile(r"\w+")
_WORD_BYTES = re.compile(rb"[^ ]* ?")  # a word and the space after it
_WORD_WALKS = 100_000
_SAMPLE = 3000
# Latin-script languages are told apart on fewer characters: ~330 words decide them as well
# (the same result on every test document), at two thirds of the cost.
_LATIN_SAMPLE = 2000


_LATIN_RANGES = (
    ("latin", 0x41, 0x5A),
    ("latin", 0x61, 0x7A),
    ("latin", 0xC0, 0x24F),
    ("latin", 0x1E00, 0x1EFF),
)
_ALL_RANGES = (*_SCRIPT_RANGES, *_LATIN_RANGES)
_SCRIPT_NAMES = tuple(dict.fromkeys(name for name, _, _ in _ALL_RANGES))


@cache
def _script_table() -> list[str | None]:
    """A str.translate table (a list indexed by code point: the fastest kind) that turns
    each letter of a script into its tag, chr(1 + index in _SCRIPT_NAMES), and deletes
    every other character below U+10000 (those above it stay and are never counted)."""
    table: list[str | None] = [None] * 0x10000
    for name, low, high in _ALL_RANGES:
        table[low : high + 1] = [chr(_SCRIPT_NAMES.index(name) + 1)] * (high - low + 1)
    return table


def count_scripts(text: str) -> Counter[str]:
    """How many letters of each script the text has (in _SCRIPT_NAMES order)."""
    tags = text.translate(_script_table())
    counts: Counter[str] = Counter()
    for number, name in enumerate(_SCRIPT_NAMES, 1):
        if found := tags.count(chr(number)):
            counts[name] = found
    return counts


def _arabic_script_language(text: str) -> str:
    letters = Counter(char for char in text if "\u0600" <= char <= "\u06ff")
    total = sum(letters.values()) or 1
    urdu = sum(letters[c] for c in _URDU_LETTERS)
    if urdu / total > 0.004:
        return "ur"
    persian = sum(letters[c] for c in _PERSIAN_LETTERS)
    arabic = sum(letters[c] for c in _ARABIC_LETTERS)
    return "fa" if persian > arabic else "ar"


def _cjk_language(counts: Counter[str]) -> str:
    if counts["hangul"] >= max(counts["kana"], 1) and counts["hangul"] >= counts["han"] / 4:
        return "ko"
    if counts["kana"] > 0 and counts["kana"] >= counts["han"] / 20:
        return "ja"
    return "zh"


def _script_language(counts: Counter[str], text: str) -> str | None:
    script, _ = counts.most_common(1)[0]
    if script in ("th", "lo", "km", "hi", "ru"):
        return script
    if script in ("hangul", "kana", "han"):
        return _cjk_language(counts)
    if script == "arabic":
        return _arabic_script_language(text)
    return None


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    class Identifier(LanguageIdentifier):  # type: ignore[misc]
        """py3langid's identifier, walking its feature automaton a word at a time."""

        __slots__ = ()

        def _raw_score(self, text: bytes) -> Any:
            visits = _visit_counts(text)
            if visits:
                return self._sparse_score(visits, self.nb_ptc)
            return super()._raw_score(text)

    identifier = Identifier.from_model_file(MODEL_FILE, norm_probs=False)
    identifier.set_languages(list(LATIN_LANGUAGES))
    return identifier


def _visit_counts(text: bytes) -> Counter[int] | None:
    """py3langid's `visit_counts` (how often each feature of its byte automaton is met, in
    order of first meeting), walked a word at a time: a word met before in the same state
    leaves the same state and features, so each (state, word) is walked once."""
    state = 0
    features: list[int] = []
    for word in _WORD_BYTES.findall(text):
        state, found = _walk(state, word)
        features.extend(found)
    return Counter(features) if features else None


@lru_cache(maxsize=_WORD_WALKS)
def _walk(state: int, word: bytes) -> tuple[int, tuple[int, ...]]:
    """The state after walking ``word`` from ``state``, and the features met on the way."""
    identifier = _identifier()
    nextmove, rowbase, output = identifier.tk_nextmove, identifier._rowbase, identifier.tk_output
    features: list[int] = []
    for byte in word:
        state = nextmove[rowbase[state] + byte]
        if output[state] >= 0:
            features.append(output[state])
    return state, tuple(features)


def decide_malay_or_indonesian(text: str, guess: str) -> str:
    """Indonesian or Malay by marker words; `guess` stands on a tie."""
    words = Counter(word.casefold() for word in _WORD.findall(text))
    malay = sum(words[w] for w in _MALAY_MARKERS)
    indonesian = sum(words[w] for w in _INDONESIAN_MARKERS)
    if malay == indonesian:
        return guess
    return "ms" if malay > indonesian else "id"


def _latin_language(text: str) -> str:
    folded = unicodedata.normalize("NFC", text.casefold())
    if _VIETNAMESE_ONLY.search(folded):  # no share to count in a text without one
        letters = sum(map(str.isalpha, folded))
        vietnamese = sum(map(_VIETNAMESE_LETTERS.__contains__, folded))  # all are letters
        if letters and vietnamese / letters > 0.04:
            return "vi"
    language: str = _identifier().classify(text)[0]
    if language in ("id", "ms"):
        return decide_malay_or_indonesian(text, language)
    return language


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language, one of SUPPORTED_LANGUAGES ("en" if unsure)."""
    sample = text[:_SAMPLE]
    counts = count_scripts(sample)
    if not counts:
        return "en"
    return _script_language(counts, sample) or _latin_language(sample[:_LATIN_SAMPLE])
