"""A first sentiment classifier: a small French/English lexicon with negation.

This is the baseline the fastText model of the classifiers issue must beat; it exists so the
stream carries a sentiment from day one. It is deliberately conservative: a post with no cue is
`neutral`, because a false `negative` inflates a surge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.agents.text import fold

_POSITIVE = frozenset(
    [
        "bien",
        "super",
        "genial",
        "top",
        "parfait",
        "efficace",
        "merci",
        "bravo",
        "excellent",
        "content",
        "contente",
        "ravi",
        "ravie",
        "soulage",
        "soulagee",
        "adore",
        "recommande",
        "nickel",
        "efficacite",
        "good",
        "great",
        "excellent",
        "love",
        "loved",
        "amazing",
        "awesome",
        "perfect",
        "effective",
        "works",
        "helped",
        "relief",
        "relieved",
        "recommend",
        "thanks",
        "thank",
        "best",
        "fine",
        "happy",
    ]
)
_NEGATIVE = frozenset(
    [
        "nul",
        "nulle",
        "mauvais",
        "mauvaise",
        "honte",
        "scandale",
        "scandaleux",
        "dangereux",
        "dangereuse",
        "inadmissible",
        "horrible",
        "degoutant",
        "degoutee",
        "arnaque",
        "inefficace",
        "colere",
        "peur",
        "inquiet",
        "inquiete",
        "rupture",
        "penurie",
        "malade",
        "vomi",
        "vomit",
        "vomissements",
        "plaques",
        "boutons",
        "urgence",
        "urgences",
        "allergie",
        "grave",
        "pire",
        "bad",
        "awful",
        "terrible",
        "worst",
        "horrible",
        "scam",
        "useless",
        "dangerous",
        "disgusting",
        "angry",
        "furious",
        "shame",
        "shortage",
        "sick",
        "vomiting",
        "vomited",
        "rash",
        "hives",
        "allergic",
        "emergency",
        "worse",
        "scared",
        "worried",
        "recall",
    ]
)
_NEGATORS = frozenset(
    [
        "pas",
        "jamais",
        "aucun",
        "aucune",
        "sans",
        "ni",
        "not",
        "no",
        "never",
        "without",
        "dont",
        "don't",
        "isn't",
    ]
)
_WORD = re.compile(r"[a-z']+")


class LexiconSentiment:
    """Counts cue words, flipping a cue preceded (within two words) by a negator."""

    def classify(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        return [self._classify_one(text) for text in texts]

    def _classify_one(self, text: str) -> tuple[str, float]:
        words = _WORD.findall(fold(text))
        total = 0
        for i, word in enumerate(words):
            polarity = 1 if word in _POSITIVE else -1 if word in _NEGATIVE else 0
            if polarity and any(w in _NEGATORS for w in words[max(0, i - 2) : i]):
                polarity = -polarity
            total += polarity
        if total == 0:
            return "neutral", 0.0
        score = max(-1.0, min(1.0, total / 3))
        return ("positive" if total > 0 else "negative"), round(score, 3)
