"""Sentiment: the fastText model against the lexicon baselines, on every held-out set, in one run.

    python benchmarks/classify_sentiment.py [--model PATH] [--speed-texts 100000]

Needs the benchmark-only baselines: pip install vaderSentiment==3.3.2 vaderSentiment-fr==1.3.4.
Prints one table (accuracy and macro-F1 per data set and language for (a) our fastText model,
(b) VADER on English / vaderSentiment-fr on French, (c) the `LexiconSentiment` baseline), a
confusion matrix per language for our model, and predictions/s batched and one call per post.

VADER's compound score maps to labels with its authors' cut-offs: >= 0.05 positive, <= -0.05
negative. On Amazon.fr (two classes) macro-F1 averages negative and positive only; a neutral
prediction counts as a miss.
"""

from __future__ import annotations

import argparse
import itertools
import os
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from veille.agents.sentiment import LexiconSentiment
from veille.agents.sentiment_model import LABELS, FastTextSentiment
from veille.agents.sentiment_training import (
    Example,
    accuracy,
    confusion,
    evaluation_sets,
    macro_f1,
)

Classifier = Callable[[Sequence[str]], list[str]]


def vader_baseline() -> dict[str, Classifier]:
    """VADER per language, as a `texts -> labels` function."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # fuzzywuzzy's "slow pure-python SequenceMatcher"
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as VaderEn
        from vaderSentiment_fr.vaderSentiment import SentimentIntensityAnalyzer as VaderFr

    def labeller(analyzer: object) -> Classifier:
        def classify(texts: Sequence[str]) -> list[str]:
            labels = []
            for text in texts:
                compound = analyzer.polarity_scores(text)["compound"]  # type: ignore[attr-defined]
                labels.append(
                    "positive"
                    if compound >= 0.05
                    else "negative"
                    if compound <= -0.05
                    else "neutral"
                )
            return labels

        return classify

    return {"en": labeller(VaderEn()), "fr": labeller(VaderFr())}


def run(model_path: Path | None, speed_texts: int) -> None:
    model = FastTextSentiment(model_path)
    lexicon = LexiconSentiment()
    vader = vader_baseline()
    systems: dict[str, Callable[[str, Sequence[str]], list[str]]] = {
        "fastText": lambda _lang, texts: [label for label, _ in model.classify(texts)],
        "VADER(-fr)": lambda lang, texts: vader[lang](texts),
        "Lexicon": lambda _lang, texts: [label for label, _ in lexicon.classify(texts)],
    }
    sets = evaluation_sets()
    header = f"{'data set':<28} {'lang':<4} {'n':>5}"
    for name in systems:
        header += f" | {name + ' acc':>15} {'F1':>5}"
    print(header)
    print("-" * len(header))
    ours: dict[str, tuple[list[str], list[str]]] = {}
    for set_name, examples in sets.items():
        for language in sorted({e.language for e in examples}):
            subset: list[Example] = [e for e in examples if e.language == language]
            gold = [e.label for e in subset]
            texts = [e.text for e in subset]
            row = f"{set_name.split(' (')[0]:<28} {language:<4} {len(gold):>5}"
            for name, system in systems.items():
                predicted = system(language, texts)
                row += f" | {accuracy(gold, predicted):>15.3f} {macro_f1(gold, predicted):>5.3f}"
                if name == "fastText":
                    g, p = ours.setdefault(language, ([], []))
                    g += gold
                    p += predicted
            print(row, flush=True)

    for language, (gold, predicted) in sorted(ours.items()):
        print(f"\nfastText confusion, {language}, all sets pooled (rows gold, columns predicted)")
        matrix = confusion(gold, predicted)
        print(f"{'':>10}" + "".join(f"{label:>10}" for label in LABELS))
        for label in LABELS:
            print(f"{label:>10}" + "".join(f"{matrix[label][p]:>10}" for p in LABELS))

    speed(model, sets, speed_texts)


def speed(model: FastTextSentiment, sets: dict[str, list[Example]], count: int) -> None:
    """Posts/s on tweet-length texts (<= 280 chars), batched and one call per post."""
    pool = [e.text for examples in sets.values() for e in examples if len(e.text) <= 280]
    texts = list(itertools.islice(itertools.cycle(pool), count))
    mean_chars = sum(map(len, texts)) / len(texts)
    batched = single = 0.0
    for _ in range(3):  # best of three: the machine may be shared
        started = time.perf_counter()
        for start in range(0, len(texts), 1000):
            model.classify(texts[start : start + 1000])
        batched = max(batched, len(texts) / (time.perf_counter() - started))
        single_texts = texts[: max(1, count // 5)]
        started = time.perf_counter()
        for text in single_texts:
            model.classify([text])
        single = max(single, len(single_texts) / (time.perf_counter() - started))
    size = model.model_path.stat().st_size
    print(f"\nspeed on {len(texts):,} texts of {mean_chars:.0f} chars on average (1 thread):")
    print(f"  batched (1,000 per call): {batched:,.0f} posts/s")
    print(f"  one post per call:        {single:,.0f} posts/s")
    print(f"model: {model.model_path} ({size:,} bytes); load average {os.getloadavg()[0]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--speed-texts", type=int, default=100_000)
    args = parser.parse_args()
    run(args.model, args.speed_texts)


if __name__ == "__main__":
    main()
