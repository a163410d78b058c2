"""Programme area: the events on a timeline, lines of action and the budget."""

from organiser.ui.areas.base import ComingSoonArea


class ProgrammeArea(ComingSoonArea):
    title = "Programme"
    object_name = "programmeArea"
    text = "Coming soon: the programme's timeline, lines of action and budget."
