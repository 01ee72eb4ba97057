"""Every classifier of the enrichment on data it never saw, plus the whole function's speed.

    python benchmarks/classify.py [--skip-sentiment] [--skip-ade] [--posts 20000]

1. Language: accuracy per language on tweet-length French and English texts whose language is
   known (held-out CrowdFlower tweets, Veille's hand-written French and health test sets, the
   simulator's original posts), `und` counting as wrong.
2. Sentiment: `benchmarks/classify_sentiment.py` (fastText vs VADER / VADER-fr vs the lexicon,
   per data set and language, confusion matrices).
3. Adverse-reaction candidates: `benchmarks/ade.py` (precision / recall on the held-out set).
4. The whole enrichment function (`Enricher.enrich_batch`: validation, language, sentiment,
   watchlists, adverse reactions, record building) with 1,000 watch terms loaded, on one core:
   posts/s in batches of 500 (the simulator's stream, and the same with every text distinct)
   and one post at a time.
"""

from __future__ import annotations

import argparse
import itertools
import random
import string
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import orjson

from veille.agents.enrich import Enricher, SourceMessage
from veille.agents.language import LanguageIdentifier
from veille.agents.sentiment_training import BENCH_DATA, crowdflower, read_jsonl
from veille.agents.watchlists import WatchGroup, WatchlistMatcher, WatchTerm, load_file_config
from veille.streams.sources.simulator import generate_scenario

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))


def language_sets() -> dict[str, list[tuple[str, str]]]:
    """(text, language) pairs, tweet-length, by source."""
    sets: dict[str, list[tuple[str, str]]] = {
        "CrowdFlower held-out tweets": [(e.text, "en") for e in crowdflower("test")],
        "Veille French test set": [
            (e.text, "fr") for e in read_jsonl(BENCH_DATA / "sentiment_fr_test.jsonl", "fr", "fr")
        ],
        "Veille health test set": [
            (e.text, e.language)
            for e in read_jsonl(BENCH_DATA / "sentiment_health_test.jsonl", "health")
        ],
    }
    scenario = generate_scenario(seed=11)
    sets["simulator originals (fr/en)"] = [
        (post["text"], scenario.truth[post["id"]].language)
        for post in scenario.posts
        if post["repost_of"] is None
        and scenario.truth[post["id"]].duplicate_of is None
        and scenario.truth[post["id"]].language in ("fr", "en")
        and sum(ch.isalpha() for ch in post["text"]) >= 20  # emoji-only replies have none
    ]
    return sets


def language_table() -> None:
    identifier = LanguageIdentifier()
    print(f"{'language ID (lid.176, cleaned)':<34} {'lang':<4} {'n':>6} {'accuracy':>9} {'und':>6}")
    pooled: dict[str, list[bool]] = defaultdict(list)
    for name, pairs in language_sets().items():
        by_language: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for text, language in pairs:
            by_language[language].append((text, language))
        for language, subset in sorted(by_language.items()):
            predicted = identifier.identify([text for text, _ in subset])
            right = [p == gold for (p, _), (_, gold) in zip(predicted, subset, strict=True)]
            undetermined = sum(p == "und" for p, _ in predicted)
            pooled[language] += right
            print(
                f"{name:<34} {language:<4} {len(subset):>6} {sum(right) / len(right):>9.3f} "
                f"{undetermined / len(subset):>6.3f}"
            )
    for language, right in sorted(pooled.items()):
        print(
            f"{'all of the above':<34} {language:<4} {len(right):>6} "
            f"{sum(right) / len(right):>9.3f}"
        )


def thousand_terms(demo_config: Path) -> WatchlistMatcher:
    """The demo's watchlists plus 1,000 generated brand-like terms with aliases and hashtags."""
    rng = random.Random(3)
    groups = list(load_file_config(demo_config).watchlists)
    syllables = [
        "pa",
        "ra",
        "ce",
        "tix",
        "vo",
        "lin",
        "dor",
        "ex",
        "ma",
        "zen",
        "fi",
        "lo",
        "qui",
        "nol",
        "tra",
        "mel",
        "sy",
        "ren",
        "ga",
        "bu",
    ]
    terms = []
    for index in range(1000 - sum(len(g.terms) for g in groups)):
        name = "".join(rng.choice(syllables) for _ in range(3)) + rng.choice(string.ascii_lowercase)
        terms.append(
            WatchTerm(
                id=f"t{index}",
                label=name.title(),
                aliases=[name, f"#{name}", f"{name} {rng.choice(['fort', 'max'])}"],
            )
        )
    for start in range(0, len(terms), 50):
        groups.append(WatchGroup(group=f"g{start // 50}", terms=terms[start : start + 50]))
    return WatchlistMatcher(groups)


SPEED_SCENARIO_END = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def speed_messages(posts: int, *, distinct: bool = False) -> list[SourceMessage]:
    """The simulator's stream (seed 2, a fixed end: its mix follows the clock), cycled to `posts`.

    As simulated, 32 % of its posts share their text word for word with another post of their
    batch of 500 (copy-paste floods, plain reposts of the crisis day), and `enrich_batch`, which
    classifies each distinct text once, spares 21-24 % of them; `distinct` keeps the first post
    of each text only, so every post costs the full work.
    """
    scenario = generate_scenario(seed=2, end=SPEED_SCENARIO_END)
    pool = scenario.posts
    if distinct:
        first: dict[str, dict] = {}
        for post in pool:
            first.setdefault(str(post["text"]), post)
        pool = list(first.values())
    return [
        SourceMessage(orjson.dumps({**post, "id": f"s-{i}"}), None, "posts", 0, i)
        for i, post in zip(range(posts), itertools.cycle(pool), strict=False)
    ]


def batch_rate(enricher: Enricher, messages: list[SourceMessage]) -> float:
    enricher.enrich_batch(messages[:500])  # warm caches
    started = time.process_time()
    for start in range(0, len(messages), 500):
        for _, record in enricher.enrich_batch(messages[start : start + 500]).enriched:
            orjson.dumps(record)
    return len(messages) / (time.process_time() - started)


def enrichment_speed(posts: int) -> None:
    matcher = thousand_terms(REPO / "veille" / "data" / "demo.yaml")
    enricher = Enricher(matcher)
    messages = speed_messages(posts)
    mixed_rate = batch_rate(enricher, messages)
    distinct_rate = batch_rate(enricher, speed_messages(posts, distinct=True))
    single = messages[: max(1, posts // 5)]
    started = time.process_time()
    for message in single:
        for _, record in enricher.enrich_batch([message]).enriched:
            orjson.dumps(record)
    single_rate = len(single) / (time.process_time() - started)
    print(f"\nwhole enrichment function, {len(matcher.terms)} watch terms, CPU time of one core:")
    for label, rate in (
        ("batches of 500", mixed_rate),
        ("batches of 500, distinct texts", distinct_rate),
        ("one at a time", single_rate),
    ):
        print(f"  {label + ':':<32} {rate:,.0f} posts/s ({1e6 / rate:.0f} µs/post)")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--skip-sentiment", action="store_true")
    parser.add_argument("--skip-ade", action="store_true")
    parser.add_argument("--posts", type=int, default=20_000)
    args = parser.parse_args()
    language_table()
    if not args.skip_sentiment:
        print()
        import classify_sentiment

        classify_sentiment.run(None, 20_000)
    if not args.skip_ade:
        print()
        import ade

        ade.main([])
    enrichment_speed(args.posts)


if __name__ == "__main__":
    main()
