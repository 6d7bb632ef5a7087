"""Vietnamese syllables in other scripts: spell them forward, read them back.

Rules live in data/gazetteer/translit.yaml (per script: onsets, nuclei, codas, whole
rimes and whole syllables). Forward spelling gives the usual renderings of a place name
("Hải Phòng" -> "هاي فونغ", "Хайфонг", "하이퐁"); reading back maps a token of a
translated text to the Vietnamese syllable it most likely renders ("نگوین" -> "nguyen").
"""

from __future__ import annotations

import itertools
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

import yaml

from hoinhap.intake.textnorm import normalize_name

SCRIPTS = ("arabic", "persian", "cyrillic", "hangul")
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_ONSETS = sorted(
    [
        "ngh",
        "ng",
        "nh",
        "ch",
        "gh",
        "gi",
        "kh",
        "ph",
        "th",
        "tr",
        "qu",
        "b",
        "c",
        "d",
        "đ",
        "g",
        "h",
        "k",
        "l",
        "m",
        "n",
        "p",
        "r",
        "s",
        "t",
        "v",
        "x",
    ],
    key=len,
    reverse=True,
)
_CONSONANT_CODAS = ("ch", "ng", "nh", "c", "m", "n", "p", "t")
_VOWEL_CODAS = ("i", "y", "o", "u")
_NUCLEI = frozenset(
    [
        "a",
        "ă",
        "â",
        "e",
        "ê",
        "i",
        "y",
        "o",
        "ô",
        "ơ",
        "u",
        "ư",
        "ia",
        "iê",
        "yê",
        "ua",
        "uô",
        "ưa",
        "ươ",
        "oa",
        "oă",
        "oe",
        "uâ",
        "uê",
        "uy",
        "uya",
        "uyê",
    ]
)
_ASCII_NUCLEI = frozenset(["ie", "ye", "uo", "ue", "uye"])
_LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_TAILS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
_Y_VOWELS = {"ㅏ": "ㅑ", "ㅓ": "ㅕ", "ㅗ": "ㅛ", "ㅜ": "ㅠ", "ㅔ": "ㅖ", "ㅐ": "ㅒ"}
Parts = tuple[str, str, str]


@cache
def load_rules() -> dict[str, Any]:
    """The per-script spelling rules."""
    text = resources.files("hoinhap.data").joinpath("gazetteer/translit.yaml").read_text("utf-8")
    rules: dict[str, Any] = yaml.safe_load(text)
    return rules


def toneless(word: str) -> str:
    """A Vietnamese word in lower case without tone marks, vowel quality and đ kept."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    kept = "".join(char for char in decomposed if char not in _TONE_MARKS)
    return unicodedata.normalize("NFC", kept)


def split_syllable(syllable: str) -> Parts | None:
    """(onset, nucleus, coda) of a toneless syllable, or None if it is not Vietnamese."""
    onset = next((o for o in _ONSETS if syllable.startswith(o)), "")
    rest = syllable[len(onset) :]
    if onset == "gi" and not any(rest.startswith(v) for v in "aăâeêoôơuư"):
        onset, rest = "g", syllable[1:]
    for coda in (*_CONSONANT_CODAS, "", *_VOWEL_CODAS):
        nucleus = rest[: len(rest) - len(coda)]
        if rest.endswith(coda) and (nucleus in _NUCLEI or nucleus in _ASCII_NUCLEI):
            return onset, nucleus, coda
    return None


def _spell_parts(parts: Parts, rules: dict[str, Any]) -> list[str]:
    onset, nucleus, coda = parts
    rime = rules.get("rimes", {}).get(nucleus + coda)
    onsets: list[str] = rules["onsets"][onset]
    if rime is None:
        rime = [n + c for n in rules["nuclei"][nucleus] for c in rules["codas"][coda]]
    forms = []
    for head, tail in itertools.product(onsets, rime):
        if head == "ا" and tail.startswith("ا"):
            head = ""
        forms.append(head + tail)
    return list(dict.fromkeys(forms))


def _compose(lead: str, vowel: str, tail: str = " ") -> str:
    code = (_LEADS.index(lead) * 21 + _VOWELS.index(vowel)) * 28 + _TAILS.index(tail)
    return chr(0xAC00 + code)


def _spell_hangul(parts: Parts, rules: dict[str, Any]) -> list[str]:
    onset, nucleus, coda = parts
    lead: str = rules["onsets"][onset]
    prefix = ""
    if lead == "응":
        prefix, lead = "응", "ㅇ"
    rime = rules["rimes"].get(nucleus + coda)
    vowels, tail = (list(rime[0]), rime[1]) if rime else (list(rules["nuclei"][nucleus]), "")
    tail = tail or rules["codas"][coda]
    if onset == "qu" and nucleus[0] in rules["glides"]:
        vowels[0] = rules["glides"][nucleus[0]]
    elif onset == "qu":
        vowels.insert(0, "ㅜ")
    if onset == "nh":
        vowels[0] = _Y_VOWELS.get(vowels[0], vowels[0])
    extra = tail[1:] if tail.startswith("+") else ""
    final = "" if extra else tail
    blocks = [_compose(lead, vowels[0])]
    blocks += [_compose("ㅇ", vowel) for vowel in vowels[1:]]
    if extra:
        blocks.append(_compose("ㅇ", extra))
    if final:
        last = len(blocks) - 1
        base = ord(blocks[last]) - 0xAC00
        blocks[last] = chr(0xAC00 + base - base % 28 + _TAILS.index(final))
    return [prefix + "".join(blocks)]


@cache
def spell_syllable(syllable: str, script: str) -> tuple[str, ...]:
    """The usual spellings of a toneless Vietnamese syllable in a script, most usual first."""
    rules = load_rules()[script]
    override = rules.get("syllables", {}).get(syllable)
    parts = split_syllable(syllable)
    forms: list[str] = list(override or [])
    if parts is not None and parts[1] in rules["nuclei"]:
        spell = _spell_hangul if script == "hangul" else _spell_parts
        forms += spell(parts, rules)
    return tuple(dict.fromkeys(forms))


def spell_name(name: str, script: str, per_syllable: int = 2) -> list[str]:
    """Spellings of a multi-syllable Vietnamese name in a script, spaced and joined."""
    choices = [spell_syllable(toneless(word), script)[:per_syllable] for word in name.split()]
    if not all(choices):
        return []
    out: list[str] = []
    for combo in itertools.product(*choices):
        out += [" ".join(combo), "".join(combo)]
    return list(dict.fromkeys(out))


@cache
def load_syllables() -> dict[str, list[str]]:
    """The name-syllable inventory: `family` and `given`, most frequent first."""
    path = resources.files("hoinhap.data").joinpath("gazetteer/syllables.yaml")
    data: dict[str, list[str]] = yaml.safe_load(path.read_text("utf-8"))
    return data


def ascii_syllable(syllable: str) -> str:
    """A toneless syllable in ASCII: "nguyên" -> "nguyen"."""
    decomposed = unicodedata.normalize("NFD", syllable.replace("đ", "d"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@cache
def reading_index(script: str, family: bool = False) -> dict[str, str]:
    """Normalised token -> the ASCII syllable it most likely renders, for one script.

    With `family`, only family names are read (the first token of a person's name);
    otherwise given names come first, then family names.
    """
    inventory = load_syllables()
    index: dict[str, str] = {}
    scripts = ("arabic", "persian") if script in ("arabic", "persian") else (script,)
    order = inventory["family"] if family else inventory["given"] + inventory["family"]
    for syllable in dict.fromkeys(order):
        for each in scripts:
            for form in spell_syllable(syllable, each):
                index.setdefault(normalize_name(form), ascii_syllable(syllable))
    return index


@cache
def han_readings() -> tuple[dict[str, str], dict[str, str]]:
    """Chinese characters of Vietnamese names -> ASCII syllable: (family names, other name
    characters, family names included since they also stand inside a name)."""
    han: dict[str, dict[str, str]] = load_rules()["han"]
    return dict(han["family"]), {**han["family"], **han["given"]}
