"""Next steps area: what was agreed, by whom, by when, across events."""

from organiser.ui.areas.base import ComingSoonArea


class NextStepsArea(ComingSoonArea):
    title = "Next steps"
    object_name = "nextStepsArea"
    text = "Coming soon: every next step of the programme, filtered by owner, event and status."
