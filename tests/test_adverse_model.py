"""The adverse-reaction text model: what it adds to the rules, and what it may never overrule.

The model reads the posts naming a product that the rules do not flag. Its word suffices where
the rules found a reaction word and nothing that tells them why the post is not a report
(another cause, a denial, a fear, a drug that failed or helped, news); anywhere else it must be
near-certain. These tests pin both sides with the shipped model.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_adverse import _precision_recall
from veille.agents.adverse import PRODUCT_PLACEHOLDER, AdverseReactionDetector, ProductName
from veille.agents.adverse_model import (
    MODEL_ONLY_THRESHOLD,
    AdverseTextModel,
    shipped_text_model,
)
from veille.agents.adverse_training import demo_products

REPO = Path(__file__).resolve().parent.parent
EVAL_DATA = REPO / "benchmarks" / "data"


@pytest.fixture(scope="module")
def products() -> list[ProductName]:
    return demo_products()


@pytest.fixture(scope="module")
def with_model(products: list) -> AdverseReactionDetector:
    return AdverseReactionDetector(products)


@pytest.fixture(scope="module")
def rules_only(products: list) -> AdverseReactionDetector:
    return AdverseReactionDetector(products, text_model=None)


# Reports from the labelled sets never trained on (ade_eval_v25-v28) that the rules miss.
MISSED_BY_THE_RULES = [
    "Levaquin day 5 and my knees and ankles feel like they're 90 years old. is this the tendon "
    "thing??",
    "ventoline 2 bouffées et g le coeur qui bat à 120, les mains qui tremblent, c normal ?? 😰",
    "Metoprolol has turned my hands and feet into ice blocks and I'm completely wiped out by 3pm "
    "every day. Is this my life now?",
]


@pytest.mark.parametrize("text", MISSED_BY_THE_RULES)
def test_the_model_reads_reports_the_rules_set_aside(
    with_model: AdverseReactionDetector, rules_only: AdverseReactionDetector, text: str
) -> None:
    assert not rules_only.detect(text).candidate
    result = with_model.detect(text)
    assert result.candidate
    assert result.score >= with_model.model_threshold  # the model's probability
    assert result.product is not None and result.reaction is not None
    kinds = {kind for _, _, kind in result.evidence}
    assert {"product", "reaction"} <= kinds
    for start, end, _ in result.evidence:
        assert 0 <= start < end <= len(text)


# Counter-evidence the rules found (relief, failure, denial, another cause, fear), or no
# reaction word at all (a figure of speech, a complaint about the tablets).
HARD_NEGATIVES = [
    "headache gone in like 20 min with paracetix, impressive",
    "J'ai mal au crâne ET le Paracetix me fait rien, journée pourrie 🤬",
    "No brain zaps, no heart racing, zero sex drive issues since I started Lexapro",
    "Depuis que je prends ma pilule je suis enceinte de 3 mois et j'ai des nausées matinales",
    "Si jamais le Paracetix me fait le même effet que l'autre médoc je vais pleurer",
    "Le nom Paracetix me fait froid dans le dos maintenant",
    "Les comprimés de febrinol sont énormes, impossible à avaler",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_the_model_never_overrules_the_rules_counter_evidence(
    with_model: AdverseReactionDetector, text: str
) -> None:
    assert not with_model.detect(text).candidate


@pytest.fixture(scope="module")
def reading_alone(products: list) -> AdverseReactionDetector:
    return AdverseReactionDetector(products, model_only_threshold=MODEL_ONLY_THRESHOLD)


def test_opt_in_the_model_reads_a_report_the_rules_have_no_word_for(
    with_model: AdverseReactionDetector, reading_alone: AdverseReactionDetector
) -> None:
    text = "Doxycycline + 20 mins in the sun = lobster. Literally burned through my shirt 🦞"
    assert not with_model.detect(text).candidate
    result = reading_alone.detect(text)
    assert result.candidate and result.score >= MODEL_ONLY_THRESHOLD
    assert result.product is not None and result.patient_mentioned


def test_opt_in_the_model_alone_costs_false_alarms_the_rules_exclude(
    reading_alone: AdverseReactionDetector,
) -> None:
    """Why it is not the default: near-certain, it still reads a denial, a failure, the
    symptom a drug was taken for and a complaint about the tablets as reports. Pinned so that
    a change in either direction is seen."""
    flagged = [text for text in HARD_NEGATIVES if reading_alone.detect(text).candidate]
    assert HARD_NEGATIVES[0] not in flagged and HARD_NEGATIVES[4] not in flagged
    assert len(flagged) == 5, flagged


def test_rules_flags_are_left_as_they_are(
    with_model: AdverseReactionDetector, rules_only: AdverseReactionDetector
) -> None:
    text = "Depuis que je prends du Paracetix j'ai des plaques rouges partout sur les bras"
    assert with_model.detect(text) == rules_only.detect(text)


def test_the_model_reads_products_masked(with_model: AdverseReactionDetector) -> None:
    masked = with_model.model_input("Le Paracetix m'a donné des nausées, pas le Febrinol")
    assert "paracetix" not in masked.lower() and "febrinol" not in masked.lower()
    assert masked.count(PRODUCT_PLACEHOLDER) == 2
    assert with_model.model_input("rien à signaler") == "rien à signaler"


def test_the_shipped_model_is_loaded_once() -> None:
    assert shipped_text_model() is shipped_text_model()
    probability = shipped_text_model().probability("")
    assert probability == 0.0


def test_a_missing_model_file_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="veille train adverse"):
        AdverseTextModel(tmp_path / "adverse.bin")


@pytest.mark.parametrize(
    ("name", "min_precision", "min_recall"),
    [
        # Never trained on. Measured with the model (rules alone in brackets), 2026-12-03:
        ("ade_eval_v25.jsonl", 0.86, 0.88),  # 0.891 / 0.911 (0.890 / 0.900)
        ("ade_eval_v26.jsonl", 0.86, 0.9),  # 0.894 / 0.933 (0.891 / 0.911)
        ("ade_eval_v27.jsonl", 0.9, 0.8),  # 0.938 / 0.833 (0.937 / 0.822)
        ("ade_eval_v28.jsonl", 0.89, 0.86),  # 0.920 / 0.889 (0.918 / 0.867)
        ("ade_eval_v29.jsonl", 0.87, 0.9),  # 0.903 / 0.933 (0.901 / 0.911), written blind
        ("ade_eval_v30.jsonl", 0.92, 0.81),  # 0.950 / 0.844 (0.962 / 0.844), written blind
        ("ade_eval_v31.jsonl", 0.9, 0.92),  # 0.935 / 0.956 (0.934 / 0.944), written blind
        ("ade_eval_v32.jsonl", 0.9, 0.83),  # 0.929 / 0.867 (0.929 / 0.867), written blind
    ],
)
def test_floors_on_sets_never_trained_on(
    with_model: AdverseReactionDetector, name: str, min_precision: float, min_recall: float
) -> None:
    # Regression floors a few posts under the measured figures, not quality claims.
    precision, recall = _precision_recall(with_model, EVAL_DATA / name)
    assert precision >= min_precision
    assert recall >= min_recall


@pytest.mark.parametrize("prefix", ["RT @bob_88: ", "rt @a: RT @b_2 "])
def test_a_retweet_is_read_like_the_report_it_relays(
    with_model: AdverseReactionDetector, prefix: str
) -> None:
    # The handle once matched a cue and the whole post scored 0: neither the relayed text nor
    # the model was ever read.
    original = MISSED_BY_THE_RULES[0]
    alone, relayed = with_model.detect(original), with_model.detect(prefix + original)
    assert relayed.candidate and relayed.product == alone.product
    text = prefix + original
    assert [text[s:e] for s, e, _ in relayed.evidence] == [
        original[s:e] for s, e, _ in alone.evidence
    ]


def test_a_reviewers_probes_of_the_model_path(with_model: AdverseReactionDetector) -> None:
    """150 posts a reviewer wrote against the model path (2026-12-03: 100 hard negatives naming
    a product and a symptom, 50 reports). Rules alone: 45 reports caught, 11 false alarms; with
    the model 46 and 12 ("got a pounding headache from staring at excel all day, popped two
    advil and im fine now"). A regression guard, not a quality claim."""
    path = REPO / "tests" / "data" / "ade_probes_model_review.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    flags = [with_model.detect(row["text"], row["language"]).candidate for row in rows]
    caught = sum(flag and row["ade"] for flag, row in zip(flags, rows, strict=True))
    false_alarms = sum(flag and not row["ade"] for flag, row in zip(flags, rows, strict=True))
    assert (len(rows), sum(row["ade"] for row in rows)) == (150, 50)
    assert caught >= 44, caught
    assert false_alarms <= 14, false_alarms
