"""The main window's areas, in navigation order; each is a module with an Area subclass.

Area modules must not import SQLAlchemy or the services at module level: the window is shown
before the database is touched, and data arrives through `Area.load()` (in a worker thread) and
`Area.show_loaded()` afterwards; an area is built and read on its first visit.
"""

from __future__ import annotations

import importlib

from organiser.ui.areas.base import Area

# (title, "module:Class"): the title is known without importing the area's module, so the
# window can show its navigation and build the areas one by one (the visible one first).
AREAS = [
    ("Contacts", "organiser.ui.areas.contacts:ContactsArea"),
    ("Events", "organiser.ui.areas.events:EventsArea"),
    ("Next steps", "organiser.ui.areas.nextsteps:NextStepsArea"),
    ("Programme", "organiser.ui.areas.programme:ProgrammeArea"),
]
AREA_TITLES = [title for title, _ in AREAS]


def area_class(title: str) -> type[Area]:
    """The class of that area (its module imported, nothing built or read)."""
    spec = dict(AREAS)[title]
    module_name, class_name = spec.split(":")
    cls: type[Area] = getattr(importlib.import_module(module_name), class_name)
    if cls.title != title:
        raise RuntimeError(f"{spec} has title {cls.title!r}, registered as {title!r}")
    return cls


def create_area(title: str) -> Area:
    return area_class(title)()

