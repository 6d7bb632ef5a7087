"""Where in a text a pattern can match: the stretches around the words every match of it
holds, found for many patterns in one Aho-Corasick pass (period_patterns.py indexes the
period patterns of a language with it)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import ahocorasick


class KeywordIndex:
    """Where a text may hold a match of each indexed pattern: one Aho-Corasick pass over the
    lower-case text finds the words one of which every match of a pattern contains; the
    stretches within the pattern's reach of them are all it needs to scan. Patterns with the
    same words and reach form one group, whose stretches are found once."""

    def __init__(self, indexed: Iterable[tuple[re.Pattern[str], tuple[str, ...], int]]):
        groups: dict[tuple[tuple[str, ...], int], int] = {}
        self.patterns: list[re.Pattern[str]] = []
        # Keyed by id(): hashing a compiled pattern reads all of its code, every time.
        self.group: dict[int, int] = {}
        for pattern, words, reach in indexed:
            self.patterns.append(pattern)
            self.group[id(pattern)] = groups.setdefault((words, reach), len(groups))
        self.reaches = [reach for _, reach in groups]
        by_word: dict[str, list[int]] = {}
        for (words, _), group in groups.items():
            for word in words:
                by_word.setdefault(word, []).append(group)
        self.automaton: Any = ahocorasick.Automaton()
        for word, found_in in by_word.items():
            # How far before and after a word's last character its groups' stretches reach.
            reaches = tuple(
                (g, len(word) - 1 + self.reaches[g], self.reaches[g] + 1) for g in found_in
            )
            self.automaton.add_word(word, reaches)
        self.automaton.make_automaton()

    def __contains__(self, pattern: re.Pattern[str]) -> bool:
        return id(pattern) in self.group

    def windows(self, lowered: str) -> list[list[tuple[int, int]]]:
        """For each group of patterns, the stretches of ``lowered`` to scan, merged, in order.
        The words come in the order of their ends, so a stretch ends no sooner than those
        before it in its group: it is merged with the ones it reaches back to."""
        windows: list[list[tuple[int, int]]] = [[] for _ in self.reaches]
        if len(self.automaton):
            for last, reaches in self.automaton.iter(lowered):
                for group, before, after in reaches:
                    lo, hi, found = last - before, last + after, windows[group]
                    while found and lo <= found[-1][1]:
                        if found[-1][0] < lo:
                            lo = found[-1][0]
                        found.pop()
                    found.append((lo, hi))
        for found in windows:
            if found and found[0][0] < 0:
                found[0] = (0, found[0][1])
        return windows
