"""`veille worker` with its classifiers answering at once: what the rest of the worker costs.

Contender (f) of benchmarks/throughput.py. fastText language and sentiment and the
adverse-reaction detector return a constant; everything else runs as shipped (validation,
watchlists, the enriched record, mention batches and their fingerprints, counting and detection,
Faust, aiokafka, librdkafka). (b) - (f) is what the classifiers cost inside the worker; (f) is a
floor no classifier speed-up can take the worker under.
"""

from __future__ import annotations

from collections.abc import Sequence

from veille.agents import adverse
from veille.agents.language import LanguageIdentifier
from veille.agents.sentiment_model import FastTextSentiment
from veille.cli import main


def _french(self: LanguageIdentifier, texts: Sequence[str]) -> list[tuple[str, float]]:
    return [("fr", 0.99)] * len(texts)


def _neutral(self: FastTextSentiment, texts: Sequence[str]) -> list[tuple[str, float]]:
    return [("neutral", 0.0)] * len(texts)


def _no_reaction(
    self: adverse.AdverseReactionDetector, text: str, language: str, products: Sequence[str]
) -> adverse.AdeResult:
    return adverse._NONE


LanguageIdentifier.identify = _french  # type: ignore[method-assign]
FastTextSentiment.classify = _neutral  # type: ignore[method-assign]
adverse.AdverseReactionDetector.detect = _no_reaction  # type: ignore[method-assign]

if __name__ == "__main__":
    main(["worker"])
