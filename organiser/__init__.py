"""Organiser: plan, run and follow up consultations and brainstorming workshops."""

__version__ = "0.1.0"
APP_NAME = "Organiser"
APP_ID = "organiser"
ORG_NAME = "Organiser"
