"""Instructions per enriched post, counted by valgrind: a speed figure the machine cannot move.

    python benchmarks/instructions.py [--posts 4000] [--stages] [--distinct]

On a shared 2-core machine the posts/s of the same code move by up to 2x from one hour to the
next, so a 10 % saving cannot be seen in wall-clock or CPU time. The number of instructions a
post costs does not move: this runs the workload of `classify.py`'s speed figure (the
enrichment function, 1,000 watch terms, batches of 500, the same fixed simulator scenario,
each record encoded with orjson) under `valgrind --tool=cachegrind` twice, with 0 and with N
posts, and prints the difference per post. Hash seeds and BLAS threads are pinned, so two runs
of one revision print the same number; compare revisions by checking each out and running
this again. `--stages` repeats it with one stage at a time replaced by a constant answer, to
show what each costs. `--distinct` keeps the first post of each text (floods and reposts
repeat texts word for word: `enrich_batch` classifies each distinct text of a batch once, and
spares about a fifth of the stream's posts), so every post costs the full work. Needs
valgrind (Debian package `valgrind`); takes about a minute per figure.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

STAGES = ("adverse", "sentiment", "language", "watchlists")
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _enrich(posts: int, prepared: int, stage_off: str, distinct: bool) -> None:
    """The measured work (runs inside valgrind); both runs prepare the same `prepared` messages."""
    import orjson
    from classify import REPO, speed_messages, thousand_terms

    from veille.agents.adverse import AdeResult
    from veille.agents.enrich import Enricher

    enricher = Enricher(thousand_terms(REPO / "veille" / "data" / "demo.yaml"))
    if stage_off == "adverse":
        nothing = AdeResult(candidate=False, score=0.0)
        enricher.adverse.detect = lambda text, language=None, products=(): nothing
    elif stage_off == "sentiment":
        enricher.sentiment.classify = lambda texts: [("neutral", 0.0)] * len(texts)
    elif stage_off == "language":
        enricher.language.identify = lambda texts: [("fr", 0.9)] * len(texts)
    elif stage_off == "watchlists":
        enricher.matcher.match = lambda text: []
    messages = speed_messages(prepared, distinct=distinct)
    enricher.enrich_batch(messages[:500])  # warm the lazily filled tables
    for start in range(0, posts, 500):
        for _, record in enricher.enrich_batch(messages[start : min(start + 500, posts)]).enriched:
            orjson.dumps(record)


def _count(posts: int, prepared: int, stage_off: str, distinct: bool) -> subprocess.Popen[str]:
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--child",
        str(posts),
        str(prepared),
        stage_off,
        "distinct" if distinct else "mixed",
    ]
    # One BLAS thread (idle pool threads spin and add noise), a fixed hash seed (set and dict
    # orders decide some code paths).
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "PYTHONHASHSEED": "0"}
    return subprocess.Popen(
        command, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )


def _refs(process: subprocess.Popen[str]) -> int:
    _, stderr = process.communicate()
    found = _REFS.search(stderr or "")
    if process.returncode != 0 or not found:
        raise RuntimeError(f"valgrind run failed (exit {process.returncode}):\n{stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def per_post(posts: int, stage_off: str = "-", *, distinct: bool = False) -> float:
    """Instructions per post: the two runs (start-up only, start-up + N posts) side by side."""
    prepared = max(posts, 500)
    empty = _count(0, prepared, stage_off, distinct)
    full = _count(posts, prepared, stage_off, distinct)
    return (_refs(full) - _refs(empty)) / posts


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--posts", type=int, default=4000)
    parser.add_argument("--stages", action="store_true", help="also each stage's share")
    parser.add_argument(
        "--distinct", action="store_true", help="every text distinct (no repeated texts)"
    )
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        posts, prepared, stage_off, texts = args.child
        _enrich(int(posts), int(prepared), stage_off, texts == "distinct")
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind not found: install the Debian package `valgrind`")
    whole = per_post(args.posts, distinct=args.distinct)
    texts = "distinct texts" if args.distinct else "the simulator's stream"
    print(
        f"enrichment function, {args.posts:,} posts ({texts}): {whole:,.0f} instructions per post"
    )
    if args.stages:
        for stage in STAGES:
            share = whole - per_post(args.posts, stage, distinct=args.distinct)
            print(f"  {stage:<11} {share:>9,.0f} ({share / whole:.1%})")
        print("  (the rest: validation, building and encoding the record)")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
