"""Supervised fastText sentiment for French and English posts: negative / neutral / positive.

It replaces the lexicon of `veille.agents.sentiment` behind the same `classify` interface. The
model is trained by `veille.agents.sentiment_training` (data, hyper-parameters and the labelling
guideline are in `agents/models/SENTIMENT_MODEL.md`) and shipped quantized inside the package.

`model_input` (= `normalize` plus lexicon cues) is the single function that turns a post into the
model's input, both when training and when predicting: a model fed text prepared differently from
its training data silently loses accuracy, so there is only one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from importlib.resources import as_file, files
from pathlib import Path

from veille.agents.text import ByteTranslation, load_fasttext, predict_lines

LABELS = ("negative", "neutral", "positive")
_PREFIX = "__label__"
_PREFIX_LENGTH = len(_PREFIX)
_POSITIVE = "__label__positive"
_NEGATIVE = "__label__negative"
DEFAULT_MODEL = "models/sentiment.ftz"
LEXICON_SUFFIX = ".lexicon.tsv"

_URL = re.compile(r"(?:https?://|www\.)\S+")
_MENTION = re.compile(r"@\w+")
# ASCII punctuation, each padded into a token of its own after the byte paths of `_tokens`.
_ASCII_PUNCT = tuple((p, f" {p} ") for p in "!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~")


class _TokenTable(dict[int, str]):
    """Maps a code point to its normalized form; filled lazily, bounded by Unicode itself.

    One `str.translate` pass does accent folding and tokenization at C speed (a regex
    tokenizer cost more than the model itself): letters and digits lose their accents,
    whitespace and control characters become a space, everything else (punctuation, emojis)
    becomes a token of its own, and emoji variation selectors / joiners vanish.
    """

    def __missing__(self, code_point: int) -> str:
        char = chr(code_point)
        if char in "\ufe0e\ufe0f\u200d":
            out = ""
        elif char.isspace() or not char.isprintable():
            out = " "
        elif char.isalnum() or char == "_":
            decomposed = unicodedata.normalize("NFKD", char)
            out = "".join(c for c in decomposed if not unicodedata.combining(c)) or char
        else:
            out = f" {char} "
        self[code_point] = out
        return out


_TABLE = _TokenTable()


# `_TABLE` on Latin-1 where it writes one character, ASCII punctuation left as it is (padded
# afterwards, as on the ASCII path) and NUL kept: it stands for the characters beyond Latin-1
# (see `_tokens`). A text holding a character `_TABLE` writes as several ("«", "¼") is refused.
_LATIN1_LETTERS = ByteTranslation(
    {
        code_point: chr(code_point)
        if code_point == 0 or 32 < code_point < 127
        else _TABLE[code_point]
        for code_point in range(256)
    }
)
_BEYOND_LATIN1 = re.compile(r"([^\x00-\xff])")  # (captured: `split` keeps them)
_MAX_PLACEHOLDERS = 4


def _tokens(text: str) -> list[str]:
    """Clean one post into the tokens the model was trained on.

    Lower-cased and accent-folded (posts often drop accents: "efficacite" must match
    "efficacité"); URLs and @mentions become `urltoken` / `usertoken` (a handle names an
    account, it is not a sentiment cue); newlines become spaces; emojis and punctuation become
    tokens of their own (they carry sentiment: "😡", "🙏", "!"; "j'ai" -> "j ' ai"); negations
    are kept as words so the word bigrams see "pas efficace". Elongations ("trooop") are left to
    the character n-grams: collapsing them with a regex doubled the cost of this function.
    """
    if "://" in text or "www." in text:
        text = _URL.sub(" urltoken ", text)
    if "@" in text:
        text = _MENTION.sub(" usertoken ", text)
    others: list[str] = []
    if text.isascii():
        text = text.lower()
    else:
        # The same tokens as `text.casefold().translate(_TABLE)` for 4.3 µs instead of 6.0 on
        # the simulator's non-ASCII posts: up to four characters beyond Latin-1 (emojis, curly
        # quotes: one or two a post) wait behind a NUL while the rest goes through a byte
        # table, then come back as `_TABLE` writes them. Posts in other scripts, or with more
        # emojis, go through `_TABLE` after that attempt: ~1.5 µs more than before for them.
        folded = text.casefold()
        parts = _BEYOND_LATIN1.split(folded, _MAX_PLACEHOLDERS)  # Latin-1 runs, others between
        others = parts[1::2]
        # (None: more of them, "«", "¼", or a NUL of the post's own that a placeholder would hide)
        byte_path = None if "\x00" in folded else _LATIN1_LETTERS.byte_path("\x00".join(parts[::2]))
        if byte_path is None:
            return folded.translate(_TABLE).split()
        text = byte_path
    # `str.replace` per punctuation mark present is 3x faster than translate.
    for mark, padded in _ASCII_PUNCT:
        if mark in text:
            text = text.replace(mark, padded)
    if others:  # each NUL back to what `_TABLE` writes for the character it stood for
        first, *pieces = text.split("\x00")
        text = first + "".join(
            _TABLE[ord(char)] + piece for char, piece in zip(others, pieces, strict=True)
        )
    return text.split()


def normalize(text: str) -> str:
    """The post's tokens, space-separated (see `_tokens`)."""
    return " ".join(_tokens(text))


# A negator this many tokens or fewer before a polar word flips its cue ("pas très efficace",
# "n'est plus un problème", "don't like": the apostrophe splits "don ' t", hence the bare "t").
_NEGATION_WINDOW = 3
_NEGATORS = frozenset(
    {"pas", "plus", "jamais", "aucun", "aucune", "sans", "ni", "rien"}
    | {"not", "no", "never", "without", "nothing", "dont", "cant", "wont", "isnt", "didnt"}
    | {"doesnt", "wasnt", "t"}
)
POSITIVE_CUE = "lxpos"
NEGATIVE_CUE = "lxneg"


def lexicon_cues(tokens: Sequence[str], lexicon: dict[str, float]) -> list[str]:
    """One cue token per polar word of the lexicon, its sign flipped under a negation.

    Why: the model learns word polarity only from the ~45k labelled posts it sees, so a polar
    word that is rare there ("atrocious", "exaspérant") carries no weight. Appending a shared
    `lxpos` / `lxneg` token per lexicon hit lets every word of the VADER lexicons (en, fr; MIT)
    vote through two well-trained rows: +1.3 macro-F1 points on a CrowdFlower development split,
    +7 on English health posts (see SENTIMENT_MODEL.md).
    """
    cues: list[str] = []
    if lexicon.keys().isdisjoint(tokens):  # a third of posts: no polar word at all
        return cues
    for index, token in enumerate(tokens):
        valence = lexicon.get(token)
        if valence is None:
            continue
        negated = not _NEGATORS.isdisjoint(tokens[max(0, index - _NEGATION_WINDOW) : index])
        cues.append(POSITIVE_CUE if (valence > 0) != negated else NEGATIVE_CUE)
    return cues


def model_input(text: str, lexicon: dict[str, float]) -> str:
    """The line the model reads: the normalized post, then its lexicon cues."""
    tokens = _tokens(text)
    return " ".join([*tokens, *lexicon_cues(tokens, lexicon)])


def lexicon_path(model_path: Path) -> Path:
    """A model's polarity lexicon lives beside it (`x.ftz` -> `x.lexicon.tsv`)."""
    return model_path.with_suffix(LEXICON_SUFFIX)


def read_lexicon(path: Path) -> dict[str, float]:
    """`token<TAB>valence` lines, tokens already in `normalize`'s form."""
    lexicon: dict[str, float] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        token, _, valence = line.partition("\t")
        try:
            lexicon[token] = float(valence)
        except ValueError:
            message = f"{path}:{number}: expected 'token<TAB>valence', got {line!r}"
            raise ValueError(message) from None
    return lexicon


def write_lexicon(lexicon: dict[str, float], path: Path) -> Path:
    path.write_text(
        "".join(f"{token}\t{valence:g}\n" for token, valence in sorted(lexicon.items())),
        encoding="utf-8",
    )
    return path


def default_model_path() -> Path:
    """The model shipped in the package (a real file path: fastText's loader needs one)."""
    with as_file(files("veille.agents").joinpath(DEFAULT_MODEL)) as path:
        return Path(path)


class FastTextSentiment:
    """fastText classifier with the `LexiconSentiment.classify` interface.

    The score is P(positive) - P(negative): in [-1, 1], near 0 both for confident neutral posts
    and for posts the model cannot decide, and comparable across posts (a mean per brand and per
    hour is meaningful, unlike the argmax label alone).
    """

    def __init__(self, model_path: Path | None = None) -> None:
        self.model_path = Path(model_path) if model_path else default_model_path()
        if not self.model_path.is_file():
            raise FileNotFoundError(
                f"sentiment model not found: {self.model_path} "
                "(train it: python -m veille.agents.sentiment_training train)"
            )
        cues = lexicon_path(self.model_path)
        if not cues.is_file():
            raise FileNotFoundError(
                f"sentiment lexicon not found: {cues} (it is written beside the model by training)"
            )
        self.lexicon = read_lexicon(cues)
        self.model = load_fasttext(self.model_path)
        labels = sorted(label.removeprefix(_PREFIX) for label in self.model.get_labels())
        if tuple(labels) != LABELS:
            raise ValueError(f"{self.model_path}: expected labels {LABELS}, found {labels}")

    def classify(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """Label and score every text, in one native call for the whole batch.

        A text with no token at all (empty, whitespace) is `neutral` 0.0: the model would
        otherwise answer its learned prior for an empty line, a confident `negative`.
        """
        if not texts:
            return []
        lexicon = self.lexicon
        lines = [model_input(text, lexicon) for text in texts]
        all_labels, all_probs = predict_lines(self.model, lines, 3)
        results: list[tuple[str, float]] = []
        for line, labels, probs in zip(lines, all_labels, all_probs, strict=True):
            if not line:
                results.append(("neutral", 0.0))
                continue
            positive = negative = 0.0
            for label, probability in zip(labels, probs.tolist(), strict=True):
                if label == _POSITIVE:
                    positive = probability
                elif label == _NEGATIVE:
                    negative = probability
            # fastText adds 1e-5 to each probability: clamp
            score = max(-1.0, min(1.0, positive - negative))
            results.append((labels[0][_PREFIX_LENGTH:], round(score, 3)))
        return results

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """P(label) per text, for callers that want their own thresholds."""
        lines = [model_input(t, self.lexicon) for t in texts]
        all_labels, all_probs = predict_lines(self.model, lines, 3)
        return [
            {label[_PREFIX_LENGTH:]: p for label, p in zip(labels, probs.tolist(), strict=True)}
            for labels, probs in zip(all_labels, all_probs, strict=True)
        ]
