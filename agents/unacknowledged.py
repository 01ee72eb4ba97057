"""Stop the process before Faust can acknowledge a batch whose outputs are not on the broker.

Faust's `take_events` acknowledges a batch in a `finally` clause: if the loop body raises or is
cancelled (a shutdown or rebalance while `publish` still waits for the broker), the batch would
be acknowledged, then committed, without its outputs. Exiting at once leaves its offsets
uncommitted, so the batch is read again after the restart: at-least-once, crash-only.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import NoReturn

log = logging.getLogger(__name__)

EXIT_UNACKNOWLEDGED = 70


def exit_unacknowledged(agent: str, exc: BaseException) -> NoReturn:
    log.critical("%s: batch not fully produced (%r); exiting so it is not committed", agent, exc)
    for handler in logging.getLogger().handlers:
        handler.flush()
    sys.stderr.flush()
    os._exit(EXIT_UNACKNOWLEDGED)
