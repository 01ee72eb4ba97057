"""The worker's enrichment and detectors on simulated scenarios, without a broker.

`benchmarks/scenarios.py` runs 8 realizations; here three of them (evening, night, midday
crises): no alert on the quiet days, both kinds on the crisis term within 30 minutes. The
pipeline test checks one of them end to end through Kafka.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import timedelta
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _load():
    spec = importlib.util.spec_from_file_location(
        "veille_bench_scenarios", REPO / "benchmarks" / "scenarios.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


scenarios = _load()


@pytest.fixture(scope="module")
def enricher():
    return scenarios.make_enricher()


@pytest.mark.parametrize(("seed", "hours_later"), [(42, 0), (1, 5), (3, 15)])
def test_quiet_days_raise_nothing_and_the_crisis_both_kinds(
    enricher: tuple, seed: int, hours_later: int
) -> None:
    end = scenarios.FIRST_END + timedelta(hours=hours_later)
    out = scenarios.run_scenario(seed, end, 2, *enricher)
    assert out.quiet_alerts == []
    for kind, delay in out.delays.items():
        assert delay is not None and 0 <= delay <= 30, (kind, delay)
