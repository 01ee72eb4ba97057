"""Text helpers shared by the matchers and classifiers: folding, and the fastText call.

Folding one character at a time through `unicodedata` cost more than language ID itself; a
translation table that learns each distinct character once makes it one C-level pass.
"""

from __future__ import annotations

import unicodedata
from typing import Any


class _FoldTable(dict[int, str]):
    """Maps a code point to its base letters; filled lazily, bounded by Unicode itself."""

    def __missing__(self, code_point: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code_point))
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        self[code_point] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Case-fold and strip accents: `Paracétix` -> `paracetix`, `ÉTÉ` -> `ete`."""
    folded = text.casefold()
    return folded if folded.isascii() else folded.translate(_FOLD)


def predict_lines(model: Any, lines: list[str], k: int) -> tuple[list, list]:
    """The k best labels and their probabilities per line, in one native fastText call.

    The binding's own `predict` checks and copies every line for newlines; the classifiers'
    cleaned lines never hold one, so they go to the native call directly.
    """
    return model.f.multilinePredict([f"{line}\n" for line in lines], k, 0.0, "strict")
