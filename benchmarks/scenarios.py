"""The worker's detectors on simulated scenarios, offline: quiet-day alarms and crisis delays.

    python benchmarks/scenarios.py [--scenarios 8] [--quiet-days 2]

Each scenario (`veille simulate`: quiet days, then a crisis on Paracetix Junior) is enriched by
the worker's `Enricher` with the demo watchlists, counted per series in 1-minute buckets by the
count agent's code (`mention_batches`, `SeriesState.add`, reposts and near-duplicates marked;
empty buckets included, as the count agent closes them) and scored by the worker's
`DetectorScorer`.
No broker: the pipeline test checks one fixed scenario end to end; this checks several
realizations (seeds and hours of the day) of what that test asserts:

- no `firing` alert of any kind on any series before the crisis starts;
- the crisis term raises `volume_spike` and `negative_surge` within 30 minutes of its start.

Exits 1 if a scenario breaks either rule.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib.resources import files

import orjson

from veille.agents.count_agent import RecentFingerprints
from veille.agents.counting import SeriesState, empty_bucket, mention_batches
from veille.agents.detection import DetectorScorer
from veille.agents.enrich import Enricher, SourceMessage
from veille.agents.watchlists import WatchlistMatcher, load_file_config
from veille.streams.sources.simulator import generate_scenario

BUCKET = 60
MAX_DELAY = timedelta(minutes=30)
FIRST_END = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)  # the pipeline test's scenario


@dataclass
class Outcome:
    seed: int
    end: datetime
    quiet_alerts: list[tuple[str, str, str]]
    delays: dict[str, float | None]  # kind -> minutes from crisis start to its first alert

    @property
    def ok(self) -> bool:
        return not self.quiet_alerts and all(
            d is not None and 0 <= d <= MAX_DELAY.total_seconds() / 60 for d in self.delays.values()
        )


def make_enricher() -> tuple[Enricher, dict[str, str]]:
    config = load_file_config(str(files("veille").joinpath("data/demo.yaml")))
    matcher = WatchlistMatcher.from_config(config)
    return Enricher(matcher), {m.term: m.group for m in matcher.terms}


def run_scenario(
    seed: int, end: datetime, quiet_days: int, enricher: Enricher, groups: dict[str, str]
) -> Outcome:
    scenario = generate_scenario(seed=seed, end=end, quiet_days=quiet_days)
    messages = [
        SourceMessage(orjson.dumps(p), None, "posts", 0, i) for i, p in enumerate(scenario.posts)
    ]
    now = scenario.crisis_end + timedelta(minutes=1)
    records = []
    for i in range(0, len(messages), 500):
        result = enricher.enrich_batch(messages[i : i + 500], now=now)
        records += [(0, message.offset, record) for message, record in result.enriched]
    # The count agent's own code: mentions per series, reposts and near-duplicates marked.
    mentions = mention_batches(records, BUCKET)
    states: dict[str, SeriesState] = {}
    fingerprints = RecentFingerprints()
    for (series, partition), batch in mentions.items():
        state = states.setdefault(series, SeriesState(None, BUCKET))
        state.add(partition, batch, fingerprints.for_series(series))
    scorer = DetectorScorer(BUCKET, groups)
    last = int(scenario.crisis_end.timestamp()) // BUCKET * BUCKET
    alerts: list[dict] = []
    for series, counted in states.items():
        state = SeriesState(None, BUCKET)  # a fresh one for the detectors, bucket by bucket
        for start in range(min(int(k) for k in counted.buckets), last + 1, BUCKET):
            bucket = counted.buckets.get(str(start), empty_bucket())
            alerts += scorer.score(series, start, bucket, state)
    firing = [a for a in alerts if a["status"] == "firing"]
    crisis_start = scenario.crisis_start
    quiet = [
        (a["series"], a["kind"], a["bucket_start"])
        for a in firing
        if datetime.fromisoformat(a["bucket_start"]) < crisis_start
    ]
    delays: dict[str, float | None] = {}
    for kind in ("volume_spike", "negative_surge"):
        times = [
            datetime.fromisoformat(a["bucket_start"])
            for a in firing
            if a["series"] == f"term:{scenario.crisis_term}" and a["kind"] == kind
        ]
        after = [t for t in times if t >= crisis_start]
        delays[kind] = (min(after) - crisis_start).total_seconds() / 60 if after else None
    return Outcome(seed, end, quiet, delays)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenarios", type=int, default=8)
    parser.add_argument("--quiet-days", type=int, default=2)
    args = parser.parse_args(argv)
    enricher, groups = make_enricher()
    failed = 0
    print(f"{'seed':>4} {'crisis ends (UTC)':<17} {'quiet alerts':>12} {'spike':>7} {'surge':>7}")
    for i in range(args.scenarios):
        seed = 42 if i == 0 else i
        end = FIRST_END + timedelta(hours=5 * i)  # crises at different hours of the day
        out = run_scenario(seed, end, args.quiet_days, enricher, groups)
        failed += not out.ok
        spike, surge = (
            "none" if d is None else f"{d:.0f} min"
            for d in (out.delays["volume_spike"], out.delays["negative_surge"])
        )
        print(
            f"{seed:>4} {out.end:%Y-%m-%d %H:%M} {len(out.quiet_alerts):>12} {spike:>7} "
            f"{surge:>7}{'' if out.ok else '  FAIL'}"
        )
        for alert in out.quiet_alerts:
            print(f"       quiet-day alert: {alert}")
    print(
        f"{args.scenarios - failed}/{args.scenarios} scenarios: no quiet-day alert, both kinds "
        f"within {MAX_DELAY.total_seconds() / 60:.0f} min"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
