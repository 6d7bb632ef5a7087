"""English. Decimal point, grouping comma; "1,07 billion" (translated from a decimal-comma
language) is read by shape as 1.07e9."""

from hoinhap.intake.lexicon import make_lexicon

_ORDINALS = ("first", "second", "third", "fourth")

LEXICON = make_lexicon(
    "en",
    number_words={
        "one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100,
    },
    scales={
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9,
        "mn": 1e6, "mln": 1e6, "tn": 1e12, "hundred": 100,
    },
    approx_before={
        "over": "over", "more than": "over", "above": "over", "in excess of": "over",
        "upwards of": "over", "at least": "over", "exceeding": "over", "nearly": "about",
        "almost": "about", "around": "about", "about": "about", "approximately": "about",
        "roughly": "about", "some": "about", "close to": "about", "an estimated": "about",
        "less than": "under", "fewer than": "under", "under": "under",
        "below": "under", "up to": "under",
    },
    approx_after={"or more": "over", "plus": "over"},
    currency_before={
        "US$": "USD", "USD": "USD", "$": "USD", "VND": "VND", "VNĐ": "VND", "€": "EUR",
        "EUR": "EUR", "£": "GBP", "¥": "JPY", "S$": "SGD", "A$": "AUD", "HK$": "HKD",
    },
    currency_after={
        "USD": "USD", "US dollars": "USD", "U.S. dollars": "USD", "dollars": "USD",
        "dollar": "USD", "VND": "VND", "Vietnamese dong": "VND", "dong": "VND", "đồng": "VND",
        "euros": "EUR", "euro": "EUR", "EUR": "EUR", "yen": "JPY", "won": "KRW", "yuan": "CNY",
        "baht": "THB", "JPY": "JPY", "KRW": "KRW", "CNY": "CNY",
    },
    currency_joiners=("of",),
    percent_after=("%", "percent", "per cent", "pct"),
    code_before=(
        "No.", "No", "Number", "Resolution", "Decree", "Decision", "Plan", "Directive",
        "Circular", "Conclusion", "Law", "Article", "Clause", "Route", "Highway", "Room",
        "Official Letter", "Dispatch",
    ),
    ordinal_after=("st", "nd", "rd", "th"),
    months={"Sept": 9},
    range_words=("to", "through", "until", "-", "–", "—"),
    range_before=("from",),
    between=(("between", "and"),),
    year_before=("in", "year", "during", "of", "for", "in the year"),
    halves={
        "first half": 1, "first six months": 1, "first 6 months": 1, "H1": 1,
        "first-half": 1, "second half": 2, "last six months": 2, "H2": 2, "second-half": 2,
    },
    quarters={f"{word} quarter": n for n, word in enumerate(_ORDINALS, 1)}
    | {f"Q{n}": n for n in range(1, 5)},
    past_years=("past {n} years", "last {n} years", "previous {n} years", "{n} years past"),
    last_year=("last year", "the previous year"),
    this_year=("this year", "the current year"),
)  # fmt: skip
