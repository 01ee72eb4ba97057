"""`veille enrich`: the stream's enrichment, applied to a JSON Lines file.

It calls the very `Enricher.enrich_batch` the Faust agent calls, in batches of the same size, so
a file enriched offline and the same posts replayed through the worker get the same labels
(only `source` and `enriched_at` differ).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from veille.agents.enrich import Enricher, SourceMessage, encode
from veille.streams.validation import Rejection


@dataclass
class EnrichReport:
    lines: int = 0
    enriched: int = 0
    invalid: list[tuple[int, Rejection]] = field(default_factory=list)


def _numbered_lines(handle: BinaryIO) -> Iterator[tuple[int, bytes]]:
    for number, line in enumerate(handle, start=1):
        line = line.rstrip(b"\r\n")
        if line.strip():
            yield number, line


def enrich_stream(
    source: BinaryIO, sink: BinaryIO, enricher: Enricher, name: str, batch_size: int = 500
) -> EnrichReport:
    report = EnrichReport()
    batch: list[SourceMessage] = []

    def flush() -> None:
        result = enricher.enrich_batch(batch)
        rejected = {message.offset: rejection for message, rejection in result.rejected}
        records = {message.offset: record for message, record in result.enriched}
        for message in batch:  # input order, whatever order the batch returned
            if message.offset in records:
                sink.write(encode(records[message.offset]) + b"\n")
                report.enriched += 1
            else:
                report.invalid.append((message.offset, rejected[message.offset]))
        batch.clear()

    for number, line in _numbered_lines(source):
        report.lines += 1
        batch.append(SourceMessage(line, None, f"file:{name}", 0, number))
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return report


def enrich_file(
    input_path: Path, output_path: Path, enricher: Enricher, batch_size: int = 500
) -> EnrichReport:
    with open(input_path, "rb") as source, open(output_path, "wb") as sink:
        return enrich_stream(source, sink, enricher, input_path.name, batch_size)
