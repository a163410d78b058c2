"""Brainstorm service: ideas, themes, merge, vote limits, hidden totals, promotion."""

from __future__ import annotations

import pytest

from organiser.core.errors import InputError
from organiser.core.models import Decision, NextStep
from organiser.services import brainstorm, live

WORKSHOP = 5


def _person(db, text: str) -> int:
    return live.search(live.roster(db, WORKSHOP), text)[0].person_id


def test_ideas_themes_and_merge(demo_db) -> None:
    board_id = brainstorm.board_for_event(demo_db, WORKSHOP)
    ids = brainstorm.add_ideas(demo_db, board_id, "Shared glossary\n\n  Regional hubs  \n")
    assert len(ids) == 2
    view = brainstorm.get_board(demo_db, board_id)
    assert [i.text for i in view.ideas_of(None)][-2:] == ["Shared glossary", "Regional hubs"]
    theme = brainstorm.create_theme(demo_db, board_id, "Knowledge")
    assert brainstorm.move_idea(demo_db, ids[0], theme) is None
    training = next(t.id for t in view.themes if t.title == "Training")
    moved = brainstorm.merge_themes(demo_db, training, theme)
    assert moved == [ids[0]]
    view = brainstorm.get_board(demo_db, board_id)
    assert "Knowledge" not in [t.title for t in view.themes]
    assert ids[0] in [i.id for i in view.ideas_of(training)]
    assert brainstorm.rename_theme(demo_db, training, "Training and curriculum") == "Training"


def test_vote_limit_hidden_totals_and_ranking(demo_db) -> None:
    board_id = brainstorm.board_for_event(demo_db, WORKSHOP)
    view = brainstorm.get_board(demo_db, board_id)
    assert view.hide_totals and all(i.votes is None for i in view.ideas)
    assert view.ranking() == []
    sarah = _person(demo_db, "whitfield")  # already gave 2 dots in the demo
    idea = view.ideas[0].id
    assert brainstorm.change_vote(demo_db, idea, sarah, 1) == 0
    with pytest.raises(InputError, match="3 votes per person"):
        brainstorm.change_vote(demo_db, idea, sarah, 1)
    with pytest.raises(InputError, match="already given 3"):
        brainstorm.set_voting(demo_db, board_id, votes_per_person=2)
    assert brainstorm.change_vote(demo_db, idea, sarah, -1) == 1
    brainstorm.close_voting(demo_db, board_id)
    with pytest.raises(InputError, match="closed"):
        brainstorm.change_vote(demo_db, idea, sarah, 1)
    view = brainstorm.get_board(demo_db, board_id)
    top = view.ranking()[0]
    assert top.text == "Joint curriculum with the regional institutes" and top.votes == 2
    assert view.theme_ranking()[0].title == "Training"


def test_promote_keeps_the_link(demo_db) -> None:
    board_id = brainstorm.board_for_event(demo_db, WORKSHOP)
    view = brainstorm.get_board(demo_db, board_id)
    idea = view.ideas[0]
    owner = next(o for o in live.owner_choices(demo_db, WORKSHOP) if o.organisation_id)
    step_id = brainstorm.promote(demo_db, idea_id=idea.id, to="next step", owner=owner)
    theme = view.themes[0]
    decision_id = brainstorm.promote(demo_db, theme_id=theme.id, to="decision")
    with demo_db.session() as session:
        step = session.get(NextStep, step_id)
        assert step.source_idea_id == idea.id and step.text == idea.text
        assert step.owner_organisation_id == owner.organisation_id and step.owner_name
        assert step.line_of_action_id == idea.line_of_action_id
        decision = session.get(Decision, decision_id)
        assert decision.source_theme_id == theme.id and decision.text == theme.title
