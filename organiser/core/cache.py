"""What was made from some inputs, kept until the inputs differ (for reloads that mostly read
again what they read last time: issue 15)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

V = TypeVar("V")


class Latest(Generic[V]):
    """What was made from the latest inputs, made again only when they differ (a list of
    10,000 owners sorted and indexed again only when a person or an organisation changed).

    The inputs are compared with `==`: lists of the same objects compare in a blink. What is
    made is shared by every caller: never change it in place. Safe from several threads (at
    worst two make the same value)."""

    def __init__(self) -> None:
        self._last: tuple[Any, V] | None = None

    def get(self, inputs: Any, make: Callable[[], V]) -> V:
        last = self._last
        if last is not None and last[0] == inputs:
            return last[1]
        value = make()
        self._last = (inputs, value)
        return value

    def clear(self) -> None:
        self._last = None
