"""What the fuzz suite feeds the readers and exporters, and how many cases it runs.

`ORGANISER_FUZZ_EXAMPLES=N` runs N cases per property (PDF properties N/10) for a longer
search; without it the suite stays under a minute on CI. No example database is kept
(`database=None`): nothing is written into the repository.
"""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

_SCALE = int(os.environ.get("ORGANISER_FUZZ_EXAMPLES", "0") or 0)


def examples(default: int, *, heavy: bool = False) -> Any:
    """Hypothesis settings with `default` cases (or the environment's number)."""
    count = default
    if _SCALE:
        count = max(default, _SCALE // 10 if heavy else _SCALE)
    return settings(max_examples=count, database=None, deadline=None, derandomize=False,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


# The characters attacks and broken files are made of: line breaks of every kind, controls,
# bidi overrides and isolates, zero-width characters, a BOM, RFC 2047 and iCalendar syntax,
# quotes, CSV and spreadsheet syntax, markup, and letters of several scripts.
HOSTILE_CHARS = list(
    "\r\n\t\x00\x07\x1b\x7f\x85\x9b\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067"
    "\u2068\u2069\u200b\u200c\u200d\u2060\ufeff=?_:;,<>@\"'\\/ &#%+-.()[]{}|*^~`$!"
    "aZ09éÅßŁЖжعربي中文한ñ😀")

HOSTILE_SAMPLES = [
    "=?utf-8?q?Hi=0D=0ABcc=3A_attacker=40evil=2Eexample?=",
    "=?utf-8?q?attacker=40evil=2Eexample?=",
    "=?utf-8?b?YXR0YWNrZXJAZXZpbC5leGFtcGxl?=",
    "=?iso-8859-1?q?=E9?= =?utf-8?q?=0A?=",
    "Bob\r\nBcc: victim@evil.example",
    '"x@evil.example" <y@evil.example>, z@evil.example',
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "<b>bold</b> &amp; <font face=x>",
    "\u202eevil\u202c name",
    "ATTENDEE;CN=x:mailto:evil@evil.example",
    "END:VEVENT\r\nBEGIN:VEVENT",
    "line\\nbreak\\, comma\\; semicolon",
    "x" * 300,
    "",
    " ",
]

hostile_text = st.one_of(
    st.sampled_from(HOSTILE_SAMPLES),
    st.text(alphabet=st.sampled_from(HOSTILE_CHARS), max_size=60),
    st.text(max_size=40),
    st.builds(lambda a, b: f"{a}=?utf-8?q?{b}?=", st.text(max_size=10),
              st.text(alphabet=st.sampled_from(list("=0DAB3_abc@")), max_size=20)),
)

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1251", "cp1252", "cp1256", "koi8_r",
             "shift_jis", "gb18030", "latin-1"]


def encode(text: str, codec: str) -> bytes:
    return text.encode(codec, "replace")
