"""The main window's areas, in navigation order; each is a module with an Area subclass.

Area modules must not import SQLAlchemy or the services at module level: the window is shown
before the database is touched, and data arrives through `Area.refresh()` afterwards.
"""

from __future__ import annotations

import importlib

from organiser.ui.areas.base import Area

AREA_CLASSES = [
    "organiser.ui.areas.contacts:ContactsArea",
    "organiser.ui.areas.events:EventsArea",
    "organiser.ui.areas.nextsteps:NextStepsArea",
    "organiser.ui.areas.programme:ProgrammeArea",
]


def create_areas() -> list[Area]:
    areas: list[Area] = []
    for spec in AREA_CLASSES:
        module_name, class_name = spec.split(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        areas.append(cls())
    return areas
