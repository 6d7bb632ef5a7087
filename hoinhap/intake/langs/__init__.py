"""The registry of language lexicons: one module per language, ``langs/<code>.py``.

Adding a language means adding its module and its code to ``SUPPORTED``.
"""

from __future__ import annotations

import importlib
from functools import cache

from hoinhap.errors import UserError
from hoinhap.intake.lexicon import Lexicon

SUPPORTED: tuple[str, ...] = (
    "vi", "en", "fr", "de", "es", "pt", "it", "ru", "zh", "ja",
    "ko", "ar", "fa", "id", "ms", "th", "lo", "km", "hi", "ur",
)  # fmt: skip


@cache
def get_lexicon(code: str) -> Lexicon:
    """The lexicon of a supported language; UserError for any other code."""
    if code not in SUPPORTED:
        raise UserError(f"Unsupported language {code!r} (supported: {', '.join(SUPPORTED)})")
    module = importlib.import_module(f"hoinhap.intake.langs.{code}")
    lexicon: Lexicon = module.LEXICON
    return lexicon
