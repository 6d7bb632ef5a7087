"""Vietnamese officials named in a text, as "Given Family" in Vietnamese order ("Ho Ky Minh").

A name is a run of 2-4 words separated by single spaces, each a Vietnamese syllable, the
first a family name (data/gazetteer/syllables.yaml), overlapping no gazetteer name.
In Latin script the words must be capitalised and need no cue. In Arabic, Persian,
Cyrillic and Hangul script each word is read back through the per-script syllable
spellings (gazetteer_translit.py), and the run must stand shortly after a title
(data/gazetteer/titles.yaml: "آقای", "السيد", "председатель" ...) or just after a comma
that a title follows ("هو کی مین، نایب رئیس ...").
In Chinese characters a name is three or four characters read by their Sino-Vietnamese
readings (translit.yaml `han`: "黄德凯" Hoang Duc Khai), the first a family name, written
right after or right before a title ("主席黄德凯", "黄德凯主席"): Chinese names of two
characters and names without a title are left alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from itertools import repeat

from hoinhap.intake.gazetteer import Match
from hoinhap.intake.gazetteer_sources import load_data
from hoinhap.intake.gazetteer_translit import (
    ascii_syllable,
    han_readings,
    load_syllables,
    reading_index,
    split_syllable,
    toneless,
)
from hoinhap.intake.textnorm import normalize_name, normalize_text

_RUN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)+")
_CUE_BEFORE = 90
_CUE_AFTER = 40
_HANGUL_PARTICLES = (
    "에게서",
    "에게",
    "에서",
    "으로",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "과",
    "와",
    "도",
    "로",
)
_CYRILLIC_ENDINGS = ("ом", "ем", "у", "а", "е", "ю", "я")
# Urdu postpositions written as words after a name ("... سون نے کہا"): never a syllable.
# "کی" is not among them: it is also how Persian and Urdu write the syllable Ky.
_URDU_PARTICLES = frozenset(("نے", "کے", "سے", "کا", "کو", "میں"))


@dataclass(frozen=True, slots=True)
class Person:
    """A person's name found in a text."""

    name: str
    start: int
    end: int


def _script(word: str) -> str:
    code = ord(word[0])
    if 0x0600 <= code <= 0x06FF:
        return "arabic"
    if 0x0400 <= code <= 0x04FF:
        return "cyrillic"
    if 0xAC00 <= code <= 0xD7AF:
        return "hangul"
    return "latin" if code < 0x0250 or 0x1E00 <= code <= 0x1EFF else "other"


@cache
def _families() -> frozenset[str]:
    return frozenset(ascii_syllable(s) for s in load_syllables()["family"])


@cache
def _titles() -> tuple[str, ...]:
    titles: dict[str, list[str]] = load_data("titles")
    return tuple({normalize_name(t) for words in titles.values() for t in words})


def _read_latin(word: str, first: bool) -> str | None:
    if not word[0].isupper() or len(word) > 7:
        return None
    syllable = toneless(word)
    if split_syllable(syllable) is None:
        return None
    reading = ascii_syllable(syllable)
    return None if first and reading not in _families() else reading


def _read_foreign(word: str, script: str, first: bool) -> str | None:
    if word in _URDU_PARTICLES:
        return None
    key = normalize_name(word)
    index = reading_index(script, family=first)
    if key in index:
        return index[key]
    endings: tuple[str, ...] = ()
    if script in ("hangul", "cyrillic"):
        endings = _HANGUL_PARTICLES if script == "hangul" else _CYRILLIC_ENDINGS
    for ending in endings:
        if key.endswith(ending) and key[: -len(ending)] in index:
            return index[key[: -len(ending)]]
    return None


@lru_cache(maxsize=200_000)
def _read(word: str, first: bool) -> str | None:
    """The ASCII syllable a word renders (a family name if `first`), or None."""
    script = _script(word)
    if script == "latin":
        return _read_latin(word, first)
    if script == "other":
        return None
    return _read_foreign(word, script, first)


Word = tuple[int, int, str]


def _runs(text: str) -> Iterator[list[Word]]:
    """Runs of words separated by single spaces with a family name before the last word,
    as (start, end, word)."""
    for run in _RUN.finditer(text):
        names = run.group().split(" ")
        if not any(map(_read, names[:-1], repeat(True))):
            continue
        position = run.start()
        words: list[Word] = []
        for word in names:
            words.append((position, position + len(word), word))
            position += len(word) + 1
        yield words


# The language each spelled script is read in: a Japanese article names Vietnamese people
# in katakana, a Thai one in Thai letters; others are not scanned for them.
_SPELLED_LANGUAGES = {
    "katakana": "ja", "thai": "th", "lao": "lo", "khmer": "km", "devanagari": "hi",
}  # fmt: skip
_SPELLED_SCRIPTS = {
    "katakana": ("[\u30a1-\u30fa\u30fc]+", "[・･]"),
    "thai": ("[\u0e01-\u0e4e]+", " "),
    "lao": ("[\u0e81-\u0edf]+", " "),
    "khmer": ("[\u1780-\u17dd]+", " "),
    "devanagari": ("[\u0900-\u0963\u0971-\u097f]+", " "),
}
# Marks that writers of one script put on a syllable or leave off: Thai and Lao tone
# marks and the short-vowel mark, the Khmer shortening sign, Devanagari nukta (Khmer
# register signs are kept: ហ៊ុង is Hung, ហុង Hong).
_VARIABLE_MARKS = re.compile("[\u0e47-\u0e4b\u0ec8-\u0ecb\u17cb\u093c]")
_THAI_NH = re.compile("[งน]ห์")


def _spelled_key(word: str) -> str:
    """The lookup form of a spelled syllable: variable marks dropped, Thai final "nh"
    written ญ whether the writer used ญ, งห์ or นห์."""
    return _THAI_NH.sub("ญ", _VARIABLE_MARKS.sub("", normalize_name(word)))


@cache
def _spelled_index(script: str, family: bool) -> dict[str, str]:
    """Spelled syllable (lookup form) -> ASCII syllable, family names only if `family`;
    the first syllable listed for a spelling wins."""
    spellings: dict[str, dict[str, list[str]]] = load_data("syllables")["spellings"]
    families = _families()
    index: dict[str, str] = {}
    for syllable, forms in spellings[script].items():
        reading = ascii_syllable(syllable)
        if family and reading not in families:
            continue
        for form in forms:
            index.setdefault(_spelled_key(form), reading)
    return index


@cache
def _spelled_runs() -> dict[str, re.Pattern[str]]:
    return {
        script: re.compile(f"{word}(?:{separator}{word})+")
        for script, (word, separator) in _SPELLED_SCRIPTS.items()
    }


@cache
def _titles_longest_first() -> tuple[str, ...]:
    return tuple(sorted(_titles(), key=len, reverse=True))


def _glued_title(word: str) -> int:
    """The length of a title written glued to the front of a word ("นายห่า"), else 0."""
    if not word.startswith(_titles()):
        return 0
    for title in _titles_longest_first():
        if word.startswith(title) and len(word) > len(title):
            return len(title)
    return 0


def _spelled_name(script: str, words: list[Word], text: str) -> Person | None:
    """A name at the start of `words`: a family name, then given names, 2-4 in all."""
    first_start, first_end, first = words[0]
    skip = _glued_title(normalize_name(first)) if script in ("thai", "lao", "khmer") else 0
    if skip and len(normalize_name(first)) == len(first):
        words = [(first_start + skip, first_end, first[skip:]), *words[1:]]
    person = _read_name(
        words, lambda word, family: _spelled_index(script, family).get(_spelled_key(word))
    )
    if person is None or skip or _has_cue(text, person.start, person.end, title_follows=True):
        return person
    return None


def _spelled_people(text: str, spans: list[tuple[int, int]], lang: str) -> list[Person]:
    """Names in the scripts read through syllables.yaml `spellings`: the script of the
    text's language, or every one when it is not known."""
    people: list[Person] = []
    for script, pattern in _spelled_runs().items():
        if lang and _SPELLED_LANGUAGES[script] != lang:
            continue
        for run in pattern.finditer(text):
            words = [
                (m.start(), m.end(), m.group())
                for m in _word_re(script).finditer(text, run.start(), run.end())
            ]
            for part in _free(words, spans):
                people += _people_in(part, partial(_spelled_name, script, text=text))
    return people


@cache
def _word_re(script: str) -> re.Pattern[str]:
    return re.compile(_SPELLED_SCRIPTS[script][0])


def _has_cue(text: str, start: int, end: int, title_follows: bool = False) -> bool:
    """A title shortly before the name; or after it, following a comma (or anywhere near
    when ``title_follows``, as in Hangul: "응우옌 록 하 ... 부위원장은")."""
    before = normalize_text(text[max(0, start - _CUE_BEFORE) : start]).text
    after = text[end : end + _CUE_AFTER].lstrip()
    titles = _titles()
    if any(t in before for t in titles):
        return True
    if title_follows:
        return any(t in after for t in titles)
    after = normalize_text(after[1:]).text.lstrip() if after[:1] in ",،" else ""
    return any(after.startswith(t) for t in titles)


def _read_name(words: list[Word], read: Callable[[str, bool], str | None]) -> Person | None:
    """The name the first 2-4 words spell, family name first (``read`` gives a word's
    ASCII syllable, a family name when its flag is set), or None."""
    readings: list[str] = []
    for index, (_, _, word) in enumerate(words[:4]):
        reading = read(word, index == 0)
        if reading is None:
            break
        readings.append(reading)
    if len(readings) < 2:
        return None
    start, end = words[0][0], words[len(readings) - 1][1]
    return Person(" ".join(r.capitalize() for r in readings), start, end)


def _name_at(words: list[Word], text: str) -> Person | None:
    person = _read_name(words, _read)
    if person is None:
        return None
    script = _script(words[0][2])
    if script == "latin" or _has_cue(text, person.start, person.end, script == "hangul"):
        return person
    return None


def _free(words: list[Word], taken: list[tuple[int, int]]) -> Iterator[list[Word]]:
    """The parts of a run that no gazetteer match overlaps."""
    part: list[Word] = []
    for word in words:
        index = bisect.bisect_right(taken, (word[1],)) - 1
        if index >= 0 and taken[index][1] > word[0]:
            yield part
            part = []
        else:
            part.append(word)
    yield part


def find_people(text: str, taken: list[Match], lang: str = "") -> list[Person]:
    """People named in the text, outside the spans already taken by gazetteer matches
    (``lang``, when known, saves looking for names spelled in other scripts)."""
    spans = sorted((match.start, match.end) for match in taken)
    people: list[Person] = []
    for run in _runs(text):
        for words in _free(run, spans):
            people += _people_in(words, lambda rest: _name_at(rest, text))
    people += _han_people(text, spans) + _spelled_people(text, spans, lang)
    return sorted(people, key=lambda person: person.start)


@cache
def _han_run() -> re.Pattern[str]:
    return re.compile(f"[{''.join(sorted(han_readings()[1]))}]{{3,}}")


@cache
def _han_titles() -> tuple[str, ...]:
    titles: dict[str, list[str]] = load_data("titles")
    return tuple(titles.get("zh", []) + titles.get("ja", []))


def _han_people(text: str, spans: list[tuple[int, int]]) -> list[Person]:
    """Names in Chinese characters with a title right beside them ("主席黄德凯")."""
    family, characters = han_readings()
    people: list[Person] = []
    for run in _han_run().finditer(text):
        start, end = run.span()
        if len(run.group()) > 4 or run.group()[0] not in family:
            continue
        titled = text.endswith(_han_titles(), 0, start) or text.startswith(_han_titles(), end)
        if titled and not any(s < end and start < e for s, e in spans):
            name = " ".join(characters[char].capitalize() for char in run.group())
            people.append(Person(name, start, end))
    return people


def _people_in(words: list[Word], name_at: Callable[[list[Word]], Person | None]) -> list[Person]:
    """The names ``name_at`` reads along a run of words, each starting where the last ended."""
    people: list[Person] = []
    position = 0
    while position < len(words) - 1:
        person = name_at(words[position:])
        if person is None:
            position += 1
            continue
        people.append(person)
        position += len(person.name.split())
    return people
