"""The shipped fastText sentiment model: interface, tricky posts, and accuracy floors.

The floors sit a few points under what the shipped model measured (SENTIMENT_MODEL.md), so a
retrained or differently cleaned model that regresses fails here instead of in production. No
network: only the shipped model and the hand-written sets in the repository are used.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest

from veille.agents.sentiment import LexiconSentiment
from veille.agents.sentiment_model import (
    _MENTION,
    _TABLE,
    _URL,
    LABELS,
    NEGATIVE_CUE,
    POSITIVE_CUE,
    FastTextSentiment,
    _tokens,
    default_model_path,
    lexicon_cues,
    model_input,
    normalize,
    read_lexicon,
)
from veille.agents.sentiment_training import Example, macro_f1, simulator_posts
from veille.streams.sources.simulator import generate_scenario

REPO = Path(__file__).resolve().parent.parent
FR_TEST = REPO / "benchmarks" / "data" / "sentiment_fr_test.jsonl"
HEALTH_TEST = REPO / "benchmarks" / "data" / "sentiment_health_test.jsonl"
TRAIN_FILES = [
    REPO / "agents" / "data" / "sentiment_fr_train.jsonl",
    REPO / "agents" / "data" / "sentiment_en_health_train.jsonl",
    REPO / "agents" / "data" / "sentiment_fr_health_train_2.jsonl",
    REPO / "agents" / "data" / "sentiment_en_health_train_2.jsonl",
]


@pytest.fixture(scope="module")
def model() -> FastTextSentiment:
    return FastTextSentiment()


def _rows(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _label(model: FastTextSentiment, text: str) -> str:
    return model.classify([text])[0][0]


# ------------------------------------------------------------------------ interface


def test_same_interface_as_the_lexicon(model: FastTextSentiment) -> None:
    texts = ["Merci au pharmacien 🙏", "rupture de Ventoline encore 😤", "rdv demain 9h"]
    results = model.classify(texts)
    assert len(results) == len(LexiconSentiment().classify(texts)) == 3
    for label, score in results:
        assert label in LABELS
        assert isinstance(score, float)
        assert -1.0 <= score <= 1.0


def test_empty_batch_and_empty_text(model: FastTextSentiment) -> None:
    assert model.classify([]) == []
    assert model.classify(["", "   ", "\n"]) == [("neutral", 0.0)] * 3


def test_score_sign_follows_label(model: FastTextSentiment) -> None:
    (pos_label, pos), (neg_label, neg) = model.classify(["trop efficace, merci", "nul, arnaque"])
    assert (pos_label, neg_label) == ("positive", "negative")
    assert pos > 0.5 > -0.5 > neg


def test_batch_equals_one_by_one(model: FastTextSentiment) -> None:
    texts = [row["text"] for row in _rows(FR_TEST)[:50]]
    assert model.classify(texts) == [model.classify([t])[0] for t in texts]


def test_probabilities_sum_to_one(model: FastTextSentiment) -> None:
    (proba,) = model.probabilities(["le sirop a bien marché"])
    assert set(proba) == set(LABELS)
    assert sum(proba.values()) == pytest.approx(1.0, abs=1e-3)


def test_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="sentiment_training train"):
        FastTextSentiment(tmp_path / "nope.ftz")


def test_missing_lexicon_beside_the_model_is_a_clear_error(tmp_path: Path) -> None:
    copy = tmp_path / "sentiment.ftz"
    copy.write_bytes(default_model_path().read_bytes())
    with pytest.raises(FileNotFoundError, match=r"sentiment\.lexicon\.tsv"):
        FastTextSentiment(copy)


def test_malformed_lexicon_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "x.lexicon.tsv"
    bad.write_text("bon\t1.9\nmauvais -2.5\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"x\.lexicon\.tsv:2"):
        read_lexicon(bad)


# ------------------------------------------------------------------------ lexicon cues

LEXICON = {"efficace": 2.1, "nul": -2.0, "good": 1.9, "bad": -2.5}


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Efficace, je recommande", [POSITIVE_CUE]),
        ("pas efficace", [NEGATIVE_CUE]),
        ("pas du tout efficace", [NEGATIVE_CUE]),  # the negator three tokens back still counts
        ("pas trop vu le médecin, efficace", [POSITIVE_CUE]),  # too far back: no flip
        ("not bad", [POSITIVE_CUE]),
        ("I don't feel good", [NEGATIVE_CUE]),  # "don ' t": the bare t negates
        ("nul et pas efficace", [NEGATIVE_CUE, NEGATIVE_CUE]),
        ("rdv demain 9h", []),
    ],
)
def test_lexicon_cues(text: str, cues: list[str]) -> None:
    assert lexicon_cues(normalize(text).split(), LEXICON) == cues


def test_model_input_is_the_post_then_its_cues() -> None:
    assert model_input("Pas efficace !", LEXICON) == f"pas efficace ! {NEGATIVE_CUE}"
    assert model_input("rdv demain", LEXICON) == "rdv demain"
    assert model_input("", LEXICON) == ""


def test_shipped_lexicon_has_both_languages(model: FastTextSentiment) -> None:
    lexicon = model.lexicon
    assert lexicon["good"] > 0 > lexicon["awful"]
    assert lexicon["efficace"] > 0 > lexicon["decevant"]  # accent-folded like the posts
    assert all(abs(valence) >= 1.0 for valence in lexicon.values())
    assert all(token == normalize(token) for token in list(lexicon)[:500])


# ------------------------------------------------------------------------ cleaning


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Efficacité TOP!", "efficacite top !"),
        ("merci @Pharma_Lab https://t.co/x", "merci usertoken urltoken"),
        ("ligne 1\nligne 2", "ligne 1 ligne 2"),
        ("😡😡", "😡 😡"),
        ("❤️ merci", "❤ merci"),  # the emoji variation selector goes, the heart stays
        ("n'est pas efficace", "n ' est pas efficace"),
        ("#rupture", "# rupture"),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_ascii_and_unicode_paths_agree() -> None:
    # ASCII text takes a fast path; the same text plus one accent must tokenize the same way.
    text = "Bad (really) bad: 5$ & 3% off, a/b #tag [x] {y} <3 :-)"
    assert normalize(text + " é") == normalize(text) + " e"


def test_byte_path_tokens_are_the_table_tokens() -> None:
    """Non-ASCII posts take a byte path (emojis waiting behind a NUL): the model was trained on
    `casefold().translate(_TABLE)`, so the tokens must be those, to the character."""
    rng = random.Random(11)
    alphabet = [chr(c) for c in range(256)] + list("’😡🙏️‍ßµ¼ΩДœﬁ⑴＂…«»\u0301\u2028Ａ")
    texts = [
        "Efficacité 😡😡 l’effet ⑴ «top» ¼ dose…",
        "nul\x00dans le texte é 😡",  # a NUL of its own: the table path
        "Ça marche ❤️ merci @Pharma_Lab https://t.co/x",
        "Этот препарат вызвал у меня головную боль 😡",  # past four placeholders: the table
        "😡😡😡🤬🤬💊💊😭😭",
        *(p["text"] for p in generate_scenario(seed=3, quiet_days=0, crisis_hours=1).posts),
        *("".join(rng.choice(alphabet) for _ in range(rng.randrange(30))) for _ in range(3000)),
    ]
    for text in texts:
        linked = _MENTION.sub(" usertoken ", _URL.sub(" urltoken ", text))
        if not linked.isascii():
            assert _tokens(text) == linked.casefold().translate(_TABLE).split(), text


# ------------------------------------------------------------------------ tricky posts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negation
        ("pas efficace du tout", "negative"),
        ("Ce médicament n'est pas efficace", "negative"),
        ("pas du tout efficace ce spray", "negative"),
        ("Je ne suis pas satisfaite du traitement", "negative"),
        ("I'm not happy with this drug", "negative"),
        ("aucun effet secondaire, top", "positive"),
        ("no side effects, great", "positive"),
        # sarcasm markers
        ("super, encore une rupture 🙄", "negative"),
        ("Bravo le labo, encore une hausse de prix 🙄👏", "negative"),
        # emojis only, short texts, hashtags
        ("😡😡", "negative"),
        ("🙏🙏", "positive"),
        ("👍", "positive"),
        ("nul", "negative"),
        ("merci", "positive"),
        ("#soulagement", "positive"),
        # accents or none
        ("efficacité incroyable, je recommande", "positive"),
        ("efficacite incroyable, je recommande", "positive"),
        ("le medecin etait genial", "positive"),
        # mixed French / English
        ("the generic works great, merci à ma pharmacie", "positive"),
        ("rupture de stock again, so annoying", "negative"),
        # health: a symptom word describing relief is positive, a side effect is negative
        ("Le Paracetix a enfin fait tomber la fièvre de ma fille 🙏", "positive"),
        ("Elle a enfin plus de fièvre, merci Doliprane", "positive"),
        ("plus de migraine depuis le traitement", "positive"),
        ("fever finally gone, thank god", "positive"),
        ("J'ai vomi toute la nuit à cause de ce médicament", "negative"),
        ("This drug gave me a horrible rash", "negative"),
        # health: questions and plain symptom statements are neutral
        ("got a headache today", "neutral"),
        ("Est-ce que le Doliprane est remboursé ?", "neutral"),
        ("Is ibuprofen safe during pregnancy?", "neutral"),
        # litotes and plain symptoms: right since the lexicon cues (they were known failures)
        ("not bad at all", "positive"),
        ("ma fille a de la fievre ce soir", "neutral"),
    ],
)
def test_tricky_posts(model: FastTextSentiment, text: str, expected: str) -> None:
    assert _label(model, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#penurie", "negative"),  # a bare tag: shortage news in training is mostly neutral
        ("what is the dose for a 5 year old?", "neutral"),
        # French litotes stay fragile: this one was right with the first model with lexicon
        # cues and is wrong since the second round of health posts; on nine litote variants
        # the two models get 5 and 4 right (SENTIMENT_MODEL.md)
        ("pas mal du tout ce médicament", "positive"),
    ],
)
@pytest.mark.xfail(
    reason="known weaknesses of the shipped model (SENTIMENT_MODEL.md)", strict=False
)
def test_known_weaknesses(model: FastTextSentiment, text: str, expected: str) -> None:
    assert _label(model, text) == expected


# ------------------------------------------------------------------------ floors


def _score(model: FastTextSentiment, rows: list[dict[str, str]]) -> tuple[float, float]:
    gold = [row["label"] for row in rows]
    predicted = [label for label, _ in model.classify([row["text"] for row in rows])]
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold)
    return accuracy, macro_f1(gold, predicted)


def test_floor_french_test_set(model: FastTextSentiment) -> None:
    accuracy, macro_f1 = _score(model, _rows(FR_TEST))
    assert macro_f1 >= 0.81, macro_f1  # measured 0.854
    assert accuracy >= 0.81, accuracy  # measured 0.854


@pytest.mark.parametrize(("language", "floor"), [("fr", 0.85), ("en", 0.73)])
def test_floor_health_test_set(model: FastTextSentiment, language: str, floor: float) -> None:
    rows = [row for row in _rows(HEALTH_TEST) if row["language"] == language]
    _, macro_f1 = _score(model, rows)
    assert macro_f1 >= floor, macro_f1  # measured fr 0.898, en 0.778


@pytest.fixture(scope="module")
def simulated() -> list[Example]:
    return simulator_posts()  # two scenarios generated once for the tests below


@pytest.mark.parametrize("language", ["fr", "en"])
def test_floor_simulator_posts(
    model: FastTextSentiment, simulated: list[Example], language: str
) -> None:
    """The simulator's original health posts, never trained on: the closest thing offline to
    what customers will see (SENTIMENT_MODEL.md)."""
    examples = [e for e in simulated if e.language == language]
    gold = [e.label for e in examples]
    predicted = [label for label, _ in model.classify([e.text for e in examples])]
    assert len(examples) > 1500
    assert macro_f1(gold, predicted) >= 0.68  # measured fr 0.712, en 0.709 (first model 0.66)


def test_simulator_posts_never_trained_on(simulated: list[Example]) -> None:
    trained = {normalize(row["text"]) for path in TRAIN_FILES for row in _rows(path)}
    leaked = {e.text for e in simulated if normalize(e.text) in trained}
    assert not leaked, sorted(leaked)[:5]


def test_beats_the_lexicon_on_health_posts(model: FastTextSentiment) -> None:
    rows = _rows(HEALTH_TEST)
    gold = [row["label"] for row in rows]
    lexicon = [label for label, _ in LexiconSentiment().classify([row["text"] for row in rows])]
    _, ours = _score(model, rows)
    assert ours >= macro_f1(gold, lexicon) + 0.15


def test_test_sets_never_trained_on() -> None:
    trained = {normalize(row["text"]) for path in TRAIN_FILES for row in _rows(path)}
    for path in (FR_TEST, HEALTH_TEST):
        leaked = [row["text"] for row in _rows(path) if normalize(row["text"]) in trained]
        assert not leaked, leaked


def test_hand_written_sets_are_well_formed() -> None:
    for path in [*TRAIN_FILES, FR_TEST, HEALTH_TEST]:
        rows = _rows(path)
        assert all(row["label"] in LABELS and row["text"].strip() for row in rows), path
        assert len({row["text"] for row in rows}) == len(rows), f"duplicates in {path}"
    assert len(_rows(TRAIN_FILES[0])) >= 400
    assert {row["language"] for row in _rows(HEALTH_TEST)} == {"fr", "en"}


def test_batched_throughput(model: FastTextSentiment) -> None:
    # A loose floor (measured ~40-50k posts/s on a shared 2-core machine): catches an
    # accidental per-post native call or a slow cleaning step, not machine noise.
    texts = [row["text"] for row in _rows(FR_TEST)] * 50
    started = time.perf_counter()
    for start in range(0, len(texts), 1000):
        model.classify(texts[start : start + 1000])
    assert len(texts) / (time.perf_counter() - started) > 8_000
