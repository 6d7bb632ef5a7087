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

_LETTER = re.compile(r"[^\W\d_]")
# The words after a word and before it in its run (the latter matched in the reversed text).
_RUN_TAIL = re.compile(r"(?: [^\W\d_]++)+")
_RUN_HEAD_REVERSED = re.compile(r"(?: [^\W\d_]++)*+")
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


# The blocks of the scripts _script reads without case: Arabic, Cyrillic, Hangul.
_UNCASED_SCRIPTS = ((0x0400, 0x04FF), (0x0600, 0x06FF), (0xAC00, 0xD7AF))


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


def _read(word: str, first: bool) -> str | None:
    """The ASCII syllable a word renders (a family name if `first`), or None."""
    return _family_reading(word) if first else _given_reading(word)


def _reading(word: str, first: bool) -> str | None:
    script = _script(word)
    if script == "latin":
        return _read_latin(word, first)
    if script == "other":
        return None
    return _read_foreign(word, script, first)


# One cache per flag: a cache keyed on the word alone is looked up faster than on a pair.
@lru_cache(maxsize=100_000)
def _family_reading(word: str) -> str | None:
    return _reading(word, True)


@lru_cache(maxsize=100_000)
def _given_reading(word: str) -> str | None:
    return _reading(word, False)


Word = tuple[int, int, str]


def _runs(text: str) -> Iterator[list[Word]]:
    """Runs of words separated by single spaces with a family name before the last word,
    as (start, end, word). Found from their family names: the words that may be one are
    few in most texts and a regex finds them at C speed, where reading every run of
    words cost more than the rest of the entities together."""
    run_end = 0
    reversed_text = ""
    for candidate in _family_name_candidates().finditer(text):
        if candidate.start() < run_end or _family_reading(candidate.group()) is None:
            continue
        reversed_text = reversed_text or text[::-1]
        head = _RUN_HEAD_REVERSED.match(reversed_text, len(text) - candidate.start())
        tail = _RUN_TAIL.match(text, candidate.end())
        run_start = candidate.start() - (len(head.group()) if head else 0)
        run_end = tail.end() if tail else candidate.end()
        position = run_start
        words: list[Word] = []
        for word in text[run_start:run_end].split(" "):
            words.append((position, position + len(word), word))
            position += len(word) + 1
        yield words


@cache
def _family_name_candidates() -> re.Pattern[str]:
    """A whole word that `_read` may take for a family name, followed by a space and
    another word: a capital in Latin script (_read_latin), any letter in Arabic, Cyrillic
    and Hangul script (_read_foreign). It begins with a character class, not with the
    look-behind that sees it begins a word, so that the regex skips other characters at
    C speed."""
    latin = [*range(0x0250), *range(0x1E00, 0x1F00)]
    capitals = [chr(code) for code in latin if chr(code).isupper()]
    foreign = [chr(code) for low, high in _UNCASED_SCRIPTS for code in range(low, high + 1)]
    first = _char_class([c for c in (*capitals, *foreign) if _LETTER.fullmatch(c)])
    return re.compile(rf"{first}(?<![^\W\d_].)[^\W\d_]*+(?= [^\W\d_])")


def _char_class(chars: list[str]) -> str:
    """A regex character class of the characters (in code point order), as ranges."""
    ranges: list[list[int]] = []
    for code in map(ord, chars):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    parts = (
        re.escape(chr(low)) + ("-" + re.escape(chr(high)) if high > low else "")
        for low, high in ranges
    )
    return f"[{''.join(parts)}]"


# The language each spelled script is read in: a Japanese article names Vietnamese people
# in katakana, a Thai one in Thai letters; others are not scanned for them.
_SPELLED_LANGUAGES = {
    "katakana": "ja", "thai": "th", "lao": "lo", "khmer": "km", "devanagari": "hi",
}  # fmt: skip
# (a letter, the separator of two words)
_SPELLED_SCRIPTS = {
    "katakana": ("[\u30a1-\u30fa\u30fc]", "[・･]"),
    "thai": ("[\u0e01-\u0e4e]", " "),
    "lao": ("[\u0e81-\u0edf]", " "),
    "khmer": ("[\u1780-\u17dd]", " "),
    "devanagari": ("[\u0900-\u0963\u0971-\u097f]", " "),
}
# Marks that writers of one script put on a syllable or leave off: Thai and Lao tone
# marks and the short-vowel mark, the Khmer shortening sign, Devanagari nukta (Khmer
# register signs are kept: ហ៊ុង is Hung, ហុង Hong).
_VARIABLE_MARKS = re.compile("[\u0e47-\u0e4b\u0ec8-\u0ecb\u17cb\u093c]")
_THAI_NH = re.compile("[งน]ห์")
_SEPARATOR = re.compile("[ ・･]")  # between the words of a spelled run
_GLUED_TITLE_SCRIPTS = frozenset(("thai", "lao", "khmer"))


def _spelled_key(word: str) -> str:
    """The lookup form of a spelled syllable: variable marks dropped, Thai final "nh"
    written ญ whether the writer used ญ, งห์ or นห์."""
    return _marks_unified(normalize_name(word))


def _marks_unified(name: str) -> str:
    return _THAI_NH.sub("ญ", _VARIABLE_MARKS.sub("", name))


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
    """Runs of two or more words of each script, begun only where a word begins and
    taking whole words: otherwise a long line without spaces (Thai, Lao and Khmer put
    few in a line) is tried again from each of its characters."""
    return {
        script: re.compile(f"(?<!{letter}){letter}++(?:{separator}{letter}++)+")
        for script, (letter, separator) in _SPELLED_SCRIPTS.items()
    }


@cache
def _titles_by_first_letter() -> dict[str, tuple[str, ...]]:
    """The titles by their first letter, longest first."""
    by_letter: dict[str, list[str]] = {}
    for title in sorted(_titles(), key=len, reverse=True):
        by_letter.setdefault(title[0], []).append(title)
    return {letter: tuple(titles) for letter, titles in by_letter.items()}


def _glued_title(word: str) -> int:
    """The length of a title written glued to the front of a word ("นายห่า"), else 0."""
    for title in _titles_by_first_letter().get(word[:1], ()):
        if word.startswith(title) and len(word) > len(title):
            return len(title)
    return 0


# A spelled word -> its normalised form and its lookup key (_spelled_key), for the words
# of one run, normalised together.
Forms = dict[str, tuple[str, str]]


def _forms_of(word: str, forms: Forms) -> tuple[str, str]:
    known = forms.get(word)
    if known is None:
        name = normalize_name(word)
        return name, _marks_unified(name)
    return known


def _spelled_name(script: str, words: list[Word], text: str, forms: Forms) -> Person | None:
    """A name at the start of `words`: a family name, then given names, 2-4 in all."""
    first_start, first_end, first = words[0]
    name, key = _forms_of(first, forms)
    skip = _glued_title(name) if script in _GLUED_TITLE_SCRIPTS else 0
    if not skip and key not in _spelled_index(script, True):
        return None  # as _read_name would find, but most words are no family name
    if skip and len(name) == len(first):
        words = [(first_start + skip, first_end, first[skip:]), *words[1:]]
    person = _read_name(
        words, lambda word, family: _spelled_index(script, family).get(_forms_of(word, forms)[1])
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
        for run, forms in _runs_naming_someone(script, list(pattern.finditer(text))):
            words = [
                (m.start(), m.end(), m.group())
                for m in _word_re(script).finditer(text, run.start(), run.end())
            ]
            name_at = partial(_spelled_name, script, text=text, forms=forms)
            for part in _free(words, spans):
                people += _people_in(part, name_at)
    return people


def _runs_naming_someone(
    script: str, runs: list[re.Match[str]]
) -> list[tuple[re.Match[str], Forms]]:
    """The spelled runs that may start a name (a word of theirs, the last apart, reads as
    a family name or starts with a glued title), each with the forms of its words. All
    runs are normalised at once, joined by a character that normalising keeps, then
    split: normalising each word, or each run, cost most of the time of a Thai or Hindi
    text, whose runs hardly name anyone."""
    names = normalize_name("|".join(run.group() for run in runs)).split("|")
    if len(names) != len(runs):
        return [(run, {}) for run in runs]  # never seen; read every word on its own
    keys = _marks_unified("|".join(names)).split("|")
    family = _spelled_index(script, True).keys()
    glued = script in _GLUED_TITLE_SCRIPTS
    kept: list[tuple[re.Match[str], Forms]] = []
    for run, run_names, run_keys in zip(runs, names, keys, strict=True):
        words, word_names = _split_words(script, run.group()), _split_words(script, run_names)
        word_keys = _split_words(script, run_keys)
        if len(word_names) != len(words):
            # A word normalised away with its space: read every word on its own.
            kept.append((run, {}))
        elif not family.isdisjoint(word_keys[:-1]) or (
            glued and any(map(_glued_title, word_names[:-1]))
        ):
            kept.append(
                (run, dict(zip(words, zip(word_names, word_keys, strict=True), strict=True)))
            )
    return kept


def _split_words(script: str, run: str) -> list[str]:
    """The words of a spelled run, or of its normalised form."""
    if _SPELLED_SCRIPTS[script][1] == " ":
        return run.split(" ")  # a regex split costs twice as much
    return _SEPARATOR.split(run)


@cache
def _word_re(script: str) -> re.Pattern[str]:
    return re.compile(_SPELLED_SCRIPTS[script][0] + "+")


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
    if _family_reading(words[0][2]) is None:
        return None  # as _read_name would find, but most words are no family name
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
    """Three or more name characters. Written as one character then two or more, as the
    regex engine skips ahead at C speed to a pattern's first character only when the
    pattern begins with a character class, not with a repeat of one."""
    character = f"[{''.join(sorted(han_readings()[1]))}]"
    return re.compile(f"{character}{character}{{2,}}")


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
        person = name_at(words[position : position + 4])  # a name has 4 words at most
        if person is None:
            position += 1
            continue
        people.append(person)
        position += len(person.name.split())
    return people
