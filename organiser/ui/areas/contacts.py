"""Contacts area: organisations and people."""

from organiser.ui.areas.base import ComingSoonArea


class ContactsArea(ComingSoonArea):
    title = "Contacts"
    object_name = "contactsArea"
    text = ("Coming soon: partner organisations and their people, search across scripts, "
            "imports from Outlook, Google and Excel. Meanwhile: organiser contacts list.")
