"""The adverse-reaction text model: a second reader for the posts the rules set aside.

`AdverseReactionDetector` asks it about the posts where the rules found a product and a
reaction word but no report and nothing against one (`DEFAULT_MODEL_THRESHOLD`); opt-in, about
every other post naming a product, flagged only when near-certain (`MODEL_ONLY_THRESHOLD`). How
it is trained and what it buys: `adverse_training.py` and the README's adverse-reaction section.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from veille.agents.sentiment_model import normalize
from veille.agents.text import load_fasttext, predict_lines

MODEL_PATH = Path(__file__).resolve().parent / "models" / "adverse.bin"
# Chosen on ade_eval_v25-v28 (never trained on) before the blind sets v29 and v30 were read:
# 0.7, 0.85 and 0.95 flagged the same posts there but for one; on the simulator's posts 0.85
# raised 3 false alarms against 4 at 0.7.
DEFAULT_MODEL_THRESHOLD = 0.85
# Opt-in (`AdverseReactionDetector(model_only_threshold=...)`, `benchmarks/ade.py
# --model-only`): the model also reads every other post naming a product the rules do not flag
# (their counter-evidence, no reaction word they know). Chosen on ade_eval_v25-v30 (never
# trained on) before v31/v32 were read: recall 0.891 -> 0.952 there at precision 0.914 ->
# 0.913; 0.95 and 0.85 found 5 more reports for 4 and 9 more false alarms. Not the default: it
# flags posts the rules were written to exclude ("Started Zofran because I was throwing up all
# day, 9 weeks pregnant", "No brain zaps, no heart racing since I started Lexapro").
MODEL_ONLY_THRESHOLD = 0.99
_REPORT = "__label__y"


def model_line(text: str) -> str:
    """What the model reads: the post's tokens, as the sentiment model cleans them."""
    return normalize(text)


class AdverseTextModel:
    """fastText, two labels (`y`: a first-hand report, `n`); 4.4 MB, not quantized."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        if not Path(path).is_file():
            raise FileNotFoundError(
                f"adverse-reaction model not found: {path} (train it: veille train adverse)"
            )
        self.path = Path(path)
        self._model = load_fasttext(path)

    def probability(self, text: str) -> float:
        """P(a first-hand report) for one post; 0.0 when nothing of it is left to read."""
        line = model_line(text)
        if not line:
            return 0.0
        labels, probabilities = predict_lines(self._model, [line], 2)
        for label, probability in zip(labels[0], probabilities[0].tolist(), strict=True):
            if label == _REPORT:
                return min(1.0, probability)
        return 0.0


@cache
def shipped_text_model() -> AdverseTextModel:
    """The packaged model, loaded once per process and shared by every detector."""
    return AdverseTextModel(MODEL_PATH)
