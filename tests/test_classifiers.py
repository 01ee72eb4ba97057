"""The first classifiers on the cases that fool naive ones."""

from __future__ import annotations

import logging
import random
import struct
from pathlib import Path

import fasttext
import numpy as np
import pytest

from veille.agents import text as text_module
from veille.agents.language import LanguageIdentifier, clean_for_language, lid_model_path
from veille.agents.sentiment import LexiconSentiment
from veille.agents.sentiment_model import default_model_path, normalize
from veille.agents.text import (
    ByteTranslation,
    _dequantized_matrices,
    load_fasttext,
    predict_lines,
)
from veille.agents.watchlists import WatchGroup, WatchlistMatcher, WatchTerm, normalise


@pytest.fixture(scope="module")
def language() -> LanguageIdentifier:
    return LanguageIdentifier(threshold=0.3)


@pytest.fixture(scope="module")
def matcher() -> WatchlistMatcher:
    return WatchlistMatcher(
        [
            WatchGroup(
                group="paracetix",
                terms=[
                    WatchTerm(
                        id="paracetix", label="Paracetix", aliases=["Paracetix", "Paracetyx"]
                    ),
                    WatchTerm(
                        id="paracetix-junior",
                        label="Paracetix Junior",
                        role="product",
                        aliases=["Paracetix Junior"],
                    ),
                ],
            ),
            WatchGroup(
                group="orvane",
                terms=[
                    WatchTerm(
                        id="orvane", label="Orvane", role="company", aliases=["Orvane", "$ORV"]
                    ),
                ],
            ),
            WatchGroup(
                group="competitors",
                terms=[
                    WatchTerm(
                        id="febrinol", label="Fébrinol", role="competitor", aliases=["Fébrinol"]
                    ),
                ],
            ),
        ]
    )


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("PARACÉTIX à nouveau en rupture", ["paracetix"]),
        ("paracetyx c'est nul", ["paracetix"]),  # misspelling listed as alias
        ("#Paracetix ftw", ["paracetix"]),
        ("#ParacetixJunior, ma fille adore", ["paracetix-junior"]),
        ("paracetixjunior", ["paracetix-junior"]),
        ("Paracetixxx", []),  # word boundary
        ("antiparacetix", []),
        ("Achetez $ORV avant les résultats", ["orvane"]),
        ("ORV à 12 euros", []),  # a cashtag alias only matches the cashtag
        ("Labo Orvane: communiqué", ["orvane"]),
        ("febrinol ou FEBRINOL, c'est pareil", ["febrinol"]),  # accent-insensitive both ways
        ("", []),
        ("😡😡😡", []),
    ],
)
def test_watchlist_matching(matcher: WatchlistMatcher, text: str, terms: list[str]) -> None:
    assert [m.term for m in matcher.match(text)] == terms


def test_normalise_folds_case_accents_and_punctuation() -> None:
    assert normalise("  L'Été, à   #Paris!! $ORV ") == " l ete a paris $orv "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Franchement je ne comprends pas pourquoi la pharmacie n'en a plus depuis lundi", "fr"),
        ("Honestly I don't get why the pharmacy has been out of stock since Monday", "en"),
        ("@marie_l https://t.co/xyz Je confirme, ma fille a eu la même chose hier soir 😢", "fr"),
        ("#Paracetix #Ibuvia #Febrinol https://x.example/1 @someone", "und"),
        ("😂😂😂👍", "und"),
        ("ok", "und"),
        ("¿Alguien sabe si el jarabe para niños se puede tomar con comida?", "es"),
    ],
)
def test_language(language: LanguageIdentifier, text: str, expected: str) -> None:
    assert language.identify([text])[0][0] == expected


def test_language_batch_keeps_order(language: LanguageIdentifier) -> None:
    texts = ["Bonjour à tous, quelle belle journée", "😀", "What a lovely day for a walk"]
    assert [lang for lang, _ in language.identify(texts)] == ["fr", "und", "en"]


def test_cleaning_drops_urls_mentions_and_emojis() -> None:
    assert clean_for_language("RT @bob: Super #Paracetix 👍 https://a.b/c\nligne 2") == (
        "super paracetix ligne 2"
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Super efficace, merci !", "positive"),
        ("Pas efficace du tout", "negative"),  # negation flips a positive cue
        ("Aucun effet secondaire, pas dangereux", "positive"),
        ("Terrible shortage again, this is a scam", "negative"),
        ("Not bad at all", "positive"),
        ("Le rendez-vous est à 15h", "neutral"),
        ("", "neutral"),
    ],
)
def test_lexicon_sentiment(text: str, label: str) -> None:
    assert LexiconSentiment().classify([text])[0][0] == label


# -- fastText models expanded at load --------------------------------------------------------

_MODELS = {"sentiment": default_model_path, "language": lid_model_path}
_PROBES = [
    "Paracetix m'a donné des plaques partout",
    "love this new app, works great!",
    "la fièvre est tombée en une heure",
    "worst customer service ever 😡",
    "Orvane",
]


def _predictions(model: object, lines: list[str]) -> tuple[list, list]:
    labels, probabilities = predict_lines(model, lines, 3)
    return labels, [p.tolist() for p in probabilities]


@pytest.mark.parametrize("which", ["sentiment", "language"])
def test_dense_model_predicts_exactly_as_the_quantized_file(
    which: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The expansion must not move a single probability: same labels, same floats."""
    path = _MODELS[which]()
    quantized = fasttext.load_model(str(path))
    with caplog.at_level(logging.WARNING, logger="veille.agents.text"):
        dense = load_fasttext(path)
    assert "kept quantized" not in caplog.text
    lines = [normalize(text) for text in _PROBES]
    assert _predictions(dense, lines) == _predictions(quantized, lines)


@pytest.mark.parametrize("which", ["sentiment", "language"])
def test_every_decoded_row_is_the_row_fasttext_reads(which: str) -> None:
    path = _MODELS[which]()
    quantized = fasttext.load_model(str(path))
    input_matrix, output_matrix = _dequantized_matrices(path.read_bytes())
    assert input_matrix.shape[1] == output_matrix.shape[1] == quantized.get_dimension()
    assert output_matrix.shape[0] == len(quantized.get_labels())
    rows = np.stack([quantized.get_input_vector(row) for row in range(len(input_matrix))])
    assert np.array_equal(rows, input_matrix)


def test_a_model_file_the_reader_does_not_understand_stays_quantized(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    odd = tmp_path / "odd.ftz"  # fastText ignores trailing bytes; the reader must not guess
    odd.write_bytes(default_model_path().read_bytes() + b"\0" * 7)
    with caplog.at_level(logging.WARNING, logger="veille.agents.text"):
        model = load_fasttext(odd)
    assert "kept quantized (7 bytes left after the output matrix)" in caplog.text
    lines = [normalize(text) for text in _PROBES]
    assert _predictions(model, lines) == _predictions(fasttext.load_model(str(odd)), lines)


def test_rows_decoded_wrong_are_caught_at_load(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def off_by_a_bit(data: bytes) -> tuple[np.ndarray, np.ndarray]:
        input_matrix, output_matrix = _dequantized_matrices(data)
        return input_matrix * np.float32(1.001), output_matrix

    monkeypatch.setattr(text_module, "_dequantized_matrices", off_by_a_bit)
    with caplog.at_level(logging.WARNING, logger="veille.agents.text"):
        model = load_fasttext(default_model_path())
    assert "kept quantized (decoded rows differ from fastText's own)" in caplog.text
    lines = [normalize(text) for text in _PROBES]
    assert _predictions(model, lines) == _predictions(
        fasttext.load_model(str(default_model_path())), lines
    )


def test_a_quantized_output_matrix_keeps_the_model_quantized(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Its norms apply after the dot product: a dense copy would move the probabilities' last
    bits, so such a model is left as it is (the shipped ones quantize the input only)."""
    data = lid_model_path().read_bytes()
    rows, dim = 176, 16  # lid.176's dense output matrix closes the file
    head = data[: len(data) - (1 + 16 + rows * dim * 4)]
    quantized_output = (
        struct.pack("<??qqi", True, False, rows, dim, rows * 8)  # qout, no norms, codes
        + bytes(rows * 8)
        + struct.pack("<4i", dim, 8, 2, 2)  # 8 sub-vectors of 2
        + np.arange(dim * 256, dtype=np.float32).tobytes()
    )
    path = tmp_path / "qout.ftz"
    path.write_bytes(head + quantized_output)
    assert fasttext.load_model(str(path)).predict("bonjour")[0]  # a model fastText accepts
    with caplog.at_level(logging.WARNING, logger="veille.agents.text"):
        load_fasttext(path)
    assert "kept quantized (its output matrix is quantized too)" in caplog.text


# -- byte-table translation ------------------------------------------------------------------


def test_byte_translation_gives_what_str_translate_gives() -> None:
    """The fast path is only a faster way to the same string, whatever the text holds."""
    from veille.agents.adverse import _ALIGNED, _WORDS, _aligned_fold, _words
    from veille.agents.watchlists import _MATCH_TABLE, _match_translation

    rng = random.Random(7)
    alphabet = [chr(c) for c in range(32, 256)] + list("’‘😡🙏️‍ßµ¼ΩάДŒœﬁ\u0301\u2028Ａ")
    texts = [
        "Paracétix m’a donné des plaques 😡",  # beyond Latin-1, blanked by the word tables
        "Straße µg ¼ dose",  # Latin-1 characters that fold to several or to Greek
        "ΩMEGA-3 Ωmega ça",  # a letter beyond Latin-1: the slow path
        "e\u0301te\u0301",  # combining accents
        "",
    ] + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(40))) for _ in range(3000)]
    for text in texts:
        assert _words(text) == text.translate(_WORDS), text
        assert _aligned_fold(text) == (text.lower() if text.isascii() else text.translate(_ALIGNED))
        folded = text.casefold()
        assert _match_translation(folded) == folded.translate(_MATCH_TABLE), text


def test_byte_translations_never_answer_for_each_other() -> None:
    """The codec registry is global: two tables that blank different characters each keep
    their own rule."""

    class Blanks(dict[int, str]):
        def __init__(self, kept: str) -> None:
            super().__init__()
            self.kept = kept

        def __missing__(self, code_point: int) -> str:
            char = chr(code_point)
            return char if char.isalnum() or char == self.kept else " "

    keeps_hearts, keeps_stars = (
        ByteTranslation(Blanks("♥"), blank_beyond_latin1=True),
        ByteTranslation(Blanks("★"), blank_beyond_latin1=True),
    )
    assert keeps_hearts("a♥b★c") == "a♥b c"
    assert keeps_stars("a♥b★c") == "a b★c"
    underscores = Blanks("♥")
    underscores[ord(" ")] = "_"
    with pytest.raises(ValueError, match="space"):
        ByteTranslation(underscores, blank_beyond_latin1=True)


def test_byte_translation_remembers_only_short_runs() -> None:
    """Emoji runs repeat and are remembered; a post in another script is one long run, and
    remembering those would grow without bound: it is translated, not kept."""
    from veille.agents.watchlists import _match_translation

    emojis, long_run = "🙏😡", "日本語のテキスト" * 50
    for _ in range(3):  # the second and third reads come from what was remembered
        assert _match_translation(f"a {emojis} b") == "a    b"
    assert _match_translation._blanks[emojis] == "  "
    assert _match_translation(f"x {long_run}").startswith("x ")
    assert long_run not in _match_translation._blanks
