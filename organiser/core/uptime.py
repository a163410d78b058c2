"""Seconds since this process started (for the start-up probe and benchmarks)."""

from __future__ import annotations

import os
import time

_IMPORTED_AT = time.monotonic()


def process_uptime() -> float:
    """Since the process was created where the OS tells us (Linux), else since first import.

    A launcher that wants millisecond precision (the OS counts in 10 ms ticks) sets
    ORGANISER_LAUNCHED_AT to its time.time() just before starting the process.
    """
    launched = os.environ.get("ORGANISER_LAUNCHED_AT")
    if launched:
        try:
            return max(0.0, time.time() - float(launched))
        except ValueError:
            pass
    try:
        with open(f"/proc/{os.getpid()}/stat", "rb") as handle:
            stat = handle.read().decode()
        fields = stat[stat.rindex(")") + 2:].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", "rb") as handle:
            system_uptime = float(handle.read().split()[0])
        return max(0.0, system_uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT
