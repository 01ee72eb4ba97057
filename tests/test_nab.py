"""benchmarks/nab.py reproduces NAB's published scores from the shipped reference results."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _load_nab():
    spec = importlib.util.spec_from_file_location(
        "veille_bench_nab", REPO / "benchmarks" / "nab.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


nab = _load_nab()
DATA = nab.default_data_dir()
pytestmark = pytest.mark.skipif(
    not (DATA / "combined_windows_dev.json").exists(),
    reason=f"NAB realTweets data folder not found at {DATA} (shared benchmark data absent)",
)


@pytest.mark.parametrize("detector", sorted(nab.REFERENCE_EXPECTED))
def test_scorer_reproduces_reference(detector: str) -> None:
    corpus = nab.Corpus.load(DATA)
    score, _ = nab.score_detector(corpus, nab.reference_scores(corpus, detector))
    assert score == pytest.approx(nab.REFERENCE_EXPECTED[detector], abs=nab.TOLERANCE)


def test_scaled_sigmoid_matches_nab() -> None:
    assert nab.scaled_sigmoid(-1.0) == pytest.approx(0.98661, abs=1e-5)
    assert nab.scaled_sigmoid(0.0) == 0.0
    assert nab.scaled_sigmoid(3.0) == -1.0
