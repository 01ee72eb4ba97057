"""Text helpers shared by the matchers and classifiers: folding, and loading and calling fastText.

Folding one character at a time through `unicodedata` cost more than language ID itself; a
translation table that learns each distinct character once makes it one C-level pass.
"""

from __future__ import annotations

import codecs
import logging
import struct
import unicodedata
from collections.abc import Mapping
from pathlib import Path

import fasttext
import numpy as np

FastTextModel = fasttext.FastText._FastText

log = logging.getLogger(__name__)


class _FoldTable(dict[int, str]):
    """Maps a code point to its base letters; filled lazily, bounded by Unicode itself."""

    def __missing__(self, code_point: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code_point))
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        self[code_point] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Case-fold and strip accents: `Paracétix` -> `paracetix`, `ÉTÉ` -> `ete`."""
    folded = text.casefold()
    return folded if folded.isascii() else folded.translate(_FOLD)


_MAX_BLANK_RUNS = 4096
_MAX_BLANK_RUN_LENGTH = 32
_UNKNOWN = object()


class ByteTranslation:
    """`text.translate(table)`, through a 256-byte table whenever the text allows it.

    `bytes.translate` runs several times faster than `str.translate` with a dict, which looks
    every character up in Python. A text takes the byte path when it encodes to Latin-1 and
    holds no character the table maps to anything but one Latin-1 character. With
    `blank_beyond_latin1`, characters beyond Latin-1 that the table turns into a space (emoji,
    curly quotes, for a table that keeps only words) become spaces on the way instead of
    sending the whole text down the slow path: a third of French posts hold one.

    `table` must give a string for every code point (a dict with `__missing__`, as the
    classifiers' lazily filled tables are), and with `blank_beyond_latin1` map a space to itself.
    """

    def __init__(self, table: Mapping[int, str], *, blank_beyond_latin1: bool = False):
        self.table = table
        outputs = [table[code_point] for code_point in range(256)]
        latin1 = [len(out) == 1 and ord(out) < 256 for out in outputs]
        self._bytes = bytes(ord(out) if ok else 0 for out, ok in zip(outputs, latin1, strict=True))
        self._safe = bytes(code_point for code_point, ok in enumerate(latin1) if ok)
        self._errors = "strict"
        # What each run of characters beyond Latin-1 becomes (None: not blanked): emoji runs
        # repeat from post to post, and the check runs in Python.
        self._blanks: dict[str, str | None] = {}
        if blank_beyond_latin1:
            if table[ord(" ")] != " ":
                raise ValueError("blanking needs a table that maps a space to a space")
            # The codec registry is global and never forgets: one name per instance, so two
            # tables can never answer for each other.
            self._errors = f"veille.blank.{id(self):x}"
            codecs.register_error(self._errors, self._blank)

    def _blank(self, error: UnicodeError) -> tuple[str, int]:
        """Encoding error handler: characters beyond Latin-1 that the table blanks become spaces
        (which the byte table keeps); any other aborts the byte path."""
        if not isinstance(error, UnicodeEncodeError):
            raise error
        chunk = error.object[error.start : error.end]
        spaces = self._blanks.get(chunk, _UNKNOWN)
        if spaces is _UNKNOWN:
            blanked = all(self.table[ord(char)] == " " for char in chunk)
            spaces = " " * len(chunk) if blanked else None
            # (short runs only, and a bounded count: a stream's emoji runs are few and short,
            # while a post in another script is one long run that never comes back)
            if len(chunk) <= _MAX_BLANK_RUN_LENGTH:
                if len(self._blanks) >= _MAX_BLANK_RUNS:
                    self._blanks.clear()
                self._blanks[chunk] = spaces
        if spaces is None:
            raise error  # the caller translates the whole text instead
        return spaces, error.end

    def __call__(self, text: str) -> str:
        translated = self.byte_path(text)
        return text.translate(self.table) if translated is None else translated

    def byte_path(self, text: str) -> str | None:
        """The translation through the byte table, or None if the text does not allow it."""
        try:
            raw = text.encode("latin-1", self._errors)
        except UnicodeEncodeError:
            return None
        if raw.translate(None, self._safe):  # one pass: whatever is left is not safe
            return None
        return raw.translate(self._bytes).decode("latin-1")


def predict_lines(model: FastTextModel, lines: list[str], k: int) -> tuple[list, list]:
    """The k best labels and their probabilities per line, in one native fastText call.

    The binding's own `predict` checks and copies every line for newlines; the classifiers'
    cleaned lines never hold one, so they go to the native call directly.
    """
    return model.f.multilinePredict([f"{line}\n" for line in lines], k, 0.0, "strict")


def load_fasttext(path: str | Path) -> FastTextModel:
    """Load a fastText model; a quantized one gets its input matrix expanded to dense floats.

    A quantized (.ftz) model decodes each row it reads from product-quantization codes, and a
    post reads dozens (its words and character n-grams). Decoding every row once at load makes
    prediction faster with the same numbers: on 20,000 simulator posts, language ID went from
    18.0 to 13.9 µs/post and sentiment from 16.0 to 7.6, with identical labels and
    probabilities (a dense row holds exactly the floats the decoder would add). It costs the
    dense matrix's memory: 3 MB for lid.176 (50,000 rows kept by its pruning), 15 MB for the
    sentiment model; the files stay small.

    Kept quantized, with a warning: a file this reader does not understand, and a model whose
    output matrix is quantized too (fastText applies that matrix's norms after the dot product,
    a dense copy before: the last bits of the probabilities would move).

    Only for prediction: fastText still believes the expanded model quantized, so its
    `save_model` would write a file that does not load, and `get_input_matrix` refuses.
    """
    model = fasttext.load_model(str(path))
    if not model.f.isQuant():
        return model
    try:
        input_matrix, output_matrix = _dequantized_matrices(Path(path).read_bytes())
        rows = [0, len(input_matrix) // 2, len(input_matrix) - 1]
        if not all(np.array_equal(model.get_input_vector(r), input_matrix[r]) for r in rows):
            raise ValueError("decoded rows differ from fastText's own")
    except (ValueError, struct.error, IndexError) as exc:
        log.warning("%s: kept quantized (%s): predictions are slower", path, exc)
        return model
    model.set_matrices(input_matrix, output_matrix)
    return model


_FASTTEXT_MAGIC = 793712314


def _dequantized_matrices(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """The input and output matrices of a fastText model file, as float32 arrays.

    The layout is fastText's `FastText::saveModel` (file format version 12): header, arguments,
    dictionary, then the input matrix, dense or product-quantized (256 centroids per
    sub-vector, optionally a quantized norm per row), then the output matrix, which must be dense
    (see `load_fasttext`).
    """
    offset = 0

    def read(fmt: str) -> tuple:
        nonlocal offset
        values = struct.unpack_from(fmt, data, offset)
        offset += struct.calcsize(fmt)
        return values

    def floats(count: int) -> np.ndarray:
        nonlocal offset
        array = np.frombuffer(data, np.float32, count, offset)
        offset += 4 * count
        return array

    def codes(count: int) -> np.ndarray:
        nonlocal offset
        array = np.frombuffer(data, np.uint8, count, offset)
        offset += count
        return array

    def product_quantizer() -> tuple[int, int, int, np.ndarray]:
        dim, subquantizers, sub_dim, last_sub_dim = read("<4i")
        return subquantizers, sub_dim, last_sub_dim, floats(dim * 256)

    def quantized_matrix() -> np.ndarray:
        (has_norms,) = read("<?")
        rows, columns = read("<qq")
        (code_count,) = read("<i")
        row_codes = codes(code_count)
        subquantizers, sub_dim, last_sub_dim, centroids = product_quantizer()
        matrix = np.empty((rows, columns), np.float32)
        row_codes = row_codes.reshape(rows, subquantizers)
        for sub in range(subquantizers):
            width = last_sub_dim if sub == subquantizers - 1 else sub_dim
            start = sub * 256 * sub_dim
            table = centroids[start : start + 256 * width].reshape(256, width)
            matrix[:, sub * sub_dim : sub * sub_dim + width] = table[row_codes[:, sub]]
        if has_norms:
            norm_codes = codes(rows)
            *_, norm_centroids = product_quantizer()
            matrix *= norm_centroids[norm_codes][:, None]
        return matrix

    def dense_matrix() -> np.ndarray:
        rows, columns = read("<qq")
        return floats(rows * columns).reshape(rows, columns).copy()

    magic, version = read("<ii")
    if (magic, version) != (_FASTTEXT_MAGIC, 12):
        raise ValueError(f"not a fastText file of format version 12 ({magic:#x}, {version})")
    read("<12id")  # training arguments
    entries, _words, _labels, _tokens, pruned = read("<iiiqq")
    for _ in range(entries):
        offset = data.index(b"\0", offset) + 1
        read("<qb")  # count, entry type
    offset += 8 * max(pruned, 0)  # (hash, row) pairs of the n-grams kept by pruning
    (quantized_input,) = read("<?")
    input_matrix = quantized_matrix() if quantized_input else dense_matrix()
    (quantized_output,) = read("<?")
    if quantized_output:
        raise ValueError("its output matrix is quantized too")
    output_matrix = dense_matrix()
    if offset != len(data):
        raise ValueError(f"{len(data) - offset} bytes left after the output matrix")
    return input_matrix, output_matrix
