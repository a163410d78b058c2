"""File formats read into the core: contact lists (CSV, vCard), calendars, mail."""
