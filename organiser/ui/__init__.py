"""The Qt user interface: a thin layer of widgets and models over the core."""

from __future__ import annotations


def _skip_pyside_source_scan() -> None:
    """PySide6 reads the whole source of every module imported after it, to learn whether the
    module might enable one of its `from __feature__ import ...` options (`_mod_uses_pyside`),
    and `linecache` keeps what it read: 19 MiB of source lines for the app's imports, and about
    a tenth of their CPU time, on the UI thread for a module first imported there. The app
    enables no such option, so no module needs the scan: each is marked "ignore" (-1), the
    mark PySide gives modules without Qt, and attribute lookups run as they do for those."""
    import sys

    import PySide6.QtCore  # noqa: F401  (installs the import hook and its module)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", lambda module: False)  # noqa: B010


_skip_pyside_source_scan()
