"""orjson as a Faust codec: several times faster than the standard library on post-sized records.

Registered as `orjson` and used by Veille's own tables and topics. Faust's internal `json` codec
stays as it is: Faust serialises its own model objects through it (e.g. the partition
assignor's metadata), which relies on its encoder's fallbacks.
"""

from __future__ import annotations

from typing import Any

import orjson
from faust.serializers import codecs
from faust.utils.json import on_default


class OrjsonCodec(codecs.Codec):
    def _dumps(self, obj: Any) -> bytes:
        return orjson.dumps(obj, default=on_default)

    def _loads(self, s: bytes) -> Any:
        return orjson.loads(s)


def register() -> None:
    codecs.register("orjson", OrjsonCodec())
