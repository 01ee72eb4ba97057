"""Text folding shared by the matchers and classifiers: case- and accent-insensitive, fast.

Folding one character at a time through `unicodedata` cost more than language ID itself; a
translation table that learns each distinct character once makes it one C-level pass.
"""

from __future__ import annotations

import unicodedata


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
