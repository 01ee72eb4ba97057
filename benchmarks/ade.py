"""Adverse-drug-reaction candidates: quality on a held-out labelled set, and speed, in one run.

    python benchmarks/ade.py [--data FILE ...] [--simulator] [--show 5]

Quality: precision, recall and F1 per language and overall, with the confusion counts and a few
false negatives/positives to read, on labelled sets (tune on tests/data/ade_dev.jsonl):
- `ade_eval.jsonl` (198 posts), written after the first detector was frozen; later read while
  tuning, so no longer blind;
- `ade_eval_v2.jsonl` to `ade_eval_v7.jsonl` (200-240 posts each): each written blind by an
  author who saw neither the detector nor the other sets, scored once, then used to tune the
  next round of broadening (v4 only watched for regressions): no longer blind;
- `ade_eval_v8.jsonl` to `ade_eval_v11.jsonl` (200 posts each, 45 % positives, hard
  negatives), written the same way, scored once, then tuned on (rounds 6 to 8);
- `ade_eval_v12.jsonl` to `ade_eval_v16.jsonl`: written the same way, scored once, then tuned
  on (rounds 9-11);
- `ade_eval_v17.jsonl` (stories: timelines, dechallenge, a clinician's word) and
  `ade_eval_v18.jsonl` (an ordinary mix): written blind after round 11 was frozen, scored once;
- `ade_eval_v19.jsonl` (an ordinary mix) and `ade_eval_v20.jsonl` (long, messy forum stories,
  indirect wordings): written blind during round 12, scored once with its first version, then
  read;
- `ade_eval_v21.jsonl` (an ordinary mix) and `ade_eval_v22.jsonl` (short posts, parents and
  carers): written blind during round 12, scored once after its first review, then read;
- `ade_eval_v23.jsonl` (an ordinary mix) and `ade_eval_v24.jsonl` (stopping, restarting and
  switching treatments; vaccines): written blind after round 12 was final, scored once, then
  read;
- `ade_eval_v25.jsonl` (an ordinary mix) and `ade_eval_v26.jsonl` (a week of a French brand's
  social listening across platforms): written blind before round 13, scored once with round
  12's detector, then read;
- `ade_eval_v27.jsonl` (an ordinary mix) and `ade_eval_v28.jsonl` (patient communities):
  written blind during round 13, scored once before and once after its lexicon file;
- `ade_eval_v29.jsonl` (an ordinary mix) and `ade_eval_v30.jsonl` (replies and threads):
  written blind during round 14 (the text model), scored with the session-start rules, then
  with each of three versions of the text model (README);
- `ade_eval_v31.jsonl` (an ordinary mix) and `ade_eval_v32.jsonl` (chronic treatments and
  older patients): written blind on 2026-12-03 after `--model-only` was chosen, scored once
  with and without it: the figures to trust.
Sets up to v24 (and the dev set) train the text model (`agents/adverse_training.py`): with
it, their figures are training figures; v25 onwards never are. `--rules-only` leaves it out;
`--model-only` adds its opt-in reading of every post naming a product.
`--simulator` also scores the demo simulator's `adverse_reaction` labels (original posts only,
duplicates skipped).
Speed: posts/s for `detect_batch` on batches of 500 and for one-at-a-time `detect`.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from veille.agents.adverse import AdverseReactionDetector
from veille.agents.adverse_model import MODEL_ONLY_THRESHOLD
from veille.agents.adverse_training import demo_products, rules_detector

REPO = Path(__file__).resolve().parent.parent
HELD_OUT = [
    REPO / "benchmarks" / "data" / "ade_eval.jsonl",
    *(REPO / "benchmarks" / "data" / f"ade_eval_v{n}.jsonl" for n in range(2, 33)),
]


def demo_detector(
    rules_only: bool = False, model_only: float | None = None
) -> AdverseReactionDetector:
    """The detector with the demo watchlist's medicines (veille/data/demo.yaml)."""
    if rules_only:
        return rules_detector()
    return AdverseReactionDetector(demo_products(), model_only_threshold=model_only)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, truth: bool, predicted: bool) -> None:
        if truth and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif truth:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self, name: str) -> str:
        return (
            f"{name:<10} {self.tp + self.fn:>5} {self.tp + self.fp + self.fn + self.tn:>6} "
            f"{self.precision:>6.3f} {self.recall:>6.3f} {self.f1:>6.3f} "
            f"{self.tp:>4} {self.fp:>4} {self.fn:>4} {self.tn:>4}"
        )


HEADER = f"{'set':<10} {'pos':>5} {'posts':>6} {'prec':>6} {'recall':>6} {'f1':>6} "
HEADER += f"{'tp':>4} {'fp':>4} {'fn':>4} {'tn':>4}"


def load_rows(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(
    detector: AdverseReactionDetector, rows: Sequence[dict[str, object]], show: int, title: str
) -> Counts:
    texts = [str(row["text"]) for row in rows]
    languages = [str(row.get("language") or "") or None for row in rows]
    results = detector.detect_batch(texts, languages)
    per_language: dict[str, Counts] = {}
    overall = Counts()
    misses: list[str] = []
    false_alarms: list[str] = []
    for row, result in zip(rows, results, strict=True):
        truth = bool(row["ade"])
        language = str(row.get("language") or "?")
        per_language.setdefault(language, Counts()).add(truth, result.candidate)
        overall.add(truth, result.candidate)
        line = f"  [{language} {result.score:.2f}] {row['text']}"
        if truth and not result.candidate:
            misses.append(line)
        elif result.candidate and not truth:
            false_alarms.append(line + f"  <- {result.product} / {result.reaction}")
    print(f"\n== {title}")
    print(HEADER)
    for language in sorted(per_language):
        print(per_language[language].row(language))
    print(overall.row("overall"))
    if show:
        print(f"false negatives ({len(misses)}), first {min(show, len(misses))}:")
        print("\n".join(misses[:show]))
        print(f"false positives ({len(false_alarms)}), first {min(show, len(false_alarms))}:")
        print("\n".join(false_alarms[:show]))
    return overall


def simulator_rows() -> list[dict[str, object]]:
    """Original simulator posts (no reposts, no copy-paste duplicates) with their ADR label."""
    from datetime import UTC, datetime

    from veille.streams.sources.simulator import generate_scenario

    scenario = generate_scenario(seed=42, end=datetime(2026, 3, 2, 12, 0, tzinfo=UTC))
    rows: list[dict[str, object]] = []
    for post in scenario.posts:
        truth = scenario.truth[str(post["id"])]
        if truth.duplicate_of is not None:
            continue
        rows.append(
            {"text": post["text"], "language": truth.language, "ade": truth.adverse_reaction}
        )
    return rows


def speed(detector: AdverseReactionDetector, texts: Iterable[str], label: str) -> None:
    """Best of 7 runs: the machine is shared, the minimum is the least disturbed measurement."""
    pool = list(texts)
    batch = (pool * (500 // max(1, len(pool)) + 1))[:500]
    detector.detect_batch(batch)  # warm the fold tables
    best_batch = best_single = float("inf")
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(10):
            detector.detect_batch(batch)
        best_batch = min(best_batch, (time.perf_counter() - start) / (10 * len(batch)))
        start = time.perf_counter()
        for text in batch:
            detector.detect(text)
        best_single = min(best_single, (time.perf_counter() - start) / len(batch))
    print(
        f"{label:<34} detect_batch(500) {1 / best_batch:>9,.0f} posts/s ({best_batch * 1e6:.1f} µs)"
        f"   detect {1 / best_single:>9,.0f} posts/s ({best_single * 1e6:.1f} µs)"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, nargs="+", default=HELD_OUT)
    parser.add_argument("--simulator", action="store_true", help="also score simulator labels")
    parser.add_argument("--show", type=int, default=5, help="examples of errors to print")
    parser.add_argument("--rules-only", action="store_true", help="without the text model")
    parser.add_argument(
        "--model-only",
        type=float,
        nargs="?",
        const=MODEL_ONLY_THRESHOLD,
        default=None,
        metavar="THRESHOLD",
        help="the opt-in reading of every post naming a product by the model alone "
        f"(default threshold {MODEL_ONLY_THRESHOLD})",
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    detector = demo_detector(rules_only=args.rules_only, model_only=args.model_only)
    print(f"detector built in {time.perf_counter() - started:.2f} s (drug dictionary included)")
    rows = [row for path in args.data for row in load_rows(path)]
    for path in args.data:
        score(detector, load_rows(path), args.show, f"labelled set {path}")
    sim = simulator_rows()
    if args.simulator:
        score(detector, sim, args.show, "simulator generate_scenario(seed=42), originals only")
    print("\n== speed, one core")
    speed(detector, [str(row["text"]) for row in rows], "labelled set (all name a drug)")
    speed(detector, [str(row["text"]) for row in sim[:500]], "simulator stream (realistic mix)")


if __name__ == "__main__":
    main()
