"""Brainstorming boards: ideas, themes, dot voting, ranking, promotion to outcomes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from organiser.core.errors import InputError, NotFoundError
from organiser.core.locking import check_version
from organiser.core.models import Board, Idea, Person, Theme, Vote
from organiser.core.storage import Database
from organiser.core.text import clean_line, clean_text
from organiser.services import live
from organiser.services.records import required


@dataclass(frozen=True)
class IdeaRow:
    id: int
    text: str
    theme_id: int | None
    author_id: int | None
    author: str
    line_of_action_id: int | None
    line_code: str
    position: int
    votes: int | None  # None while totals are hidden
    version: int = 0


@dataclass(frozen=True)
class ThemeRow:
    id: int
    title: str
    position: int
    votes: int | None
    version: int = 0


@dataclass(frozen=True)
class BoardView:
    id: int
    event_id: int
    title: str
    votes_per_person: int
    hide_totals: bool
    voting_closed: bool
    themes: list[ThemeRow] = field(default_factory=list)
    ideas: list[IdeaRow] = field(default_factory=list)
    voters: int = 0

    @property
    def totals_visible(self) -> bool:
        return self.voting_closed or not self.hide_totals

    def ideas_of(self, theme_id: int | None) -> list[IdeaRow]:
        return [i for i in self.ideas if i.theme_id == theme_id]

    def ranking(self) -> list[IdeaRow]:
        """Ideas by votes, most first (empty while totals are hidden)."""
        if not self.totals_visible:
            return []
        return sorted(self.ideas, key=lambda i: (-(i.votes or 0), i.position, i.id))

    def theme_ranking(self) -> list[ThemeRow]:
        if not self.totals_visible:
            return []
        return sorted(self.themes, key=lambda t: (-(t.votes or 0), t.position, t.id))


def _board(session: Session, board_id: int) -> Board:
    return required(session, Board, board_id, "board")


def _idea(session: Session, idea_id: int) -> Idea:
    return required(session, Idea, idea_id, "idea")


def _theme(session: Session, theme_id: int) -> Theme:
    return required(session, Theme, theme_id, "theme")


def boards(db: Database, event_id: int) -> list[tuple[int, str]]:
    with db.session() as session:
        return [(b.id, b.title) for b in session.scalars(
            select(Board).where(Board.event_id == event_id).order_by(Board.id))]


def create_board(db: Database, event_id: int, title: str, *, agenda_item_id: int | None = None,
                 votes_per_person: int = 3, hide_totals: bool = True) -> int:
    with db.transaction() as session:
        live._event(session, event_id)
        board = Board(event_id=event_id, title=clean_line(title) or "Brainstorm",
                      agenda_item_id=agenda_item_id, votes_per_person=votes_per_person,
                      hide_totals=hide_totals)
        session.add(board)
        session.flush()
        return board.id


def board_for_event(db: Database, event_id: int) -> int:
    """The event's first board, made when there is none yet."""
    existing = boards(db, event_id)
    if existing:
        return existing[0][0]
    return create_board(db, event_id, "Brainstorm")


def get_board(db: Database, board_id: int) -> BoardView:
    with db.session() as session:
        board = session.scalars(
            select(Board).where(Board.id == board_id).options(
                selectinload(Board.ideas).selectinload(Idea.votes),
                selectinload(Board.ideas).selectinload(Idea.author),
                selectinload(Board.ideas).selectinload(Idea.line_of_action),
                selectinload(Board.themes))
        ).one_or_none()
        if board is None:
            raise NotFoundError(f"no board with id {board_id}", field="board")
        visible = board.voting_closed or not board.hide_totals
        totals = {i.id: sum(v.count for v in i.votes) for i in board.ideas}
        voters = {v.voter_id for i in board.ideas for v in i.votes}
        ideas = [IdeaRow(i.id, i.text, i.theme_id, i.author_id,
                         i.author.name if i.author else "", i.line_of_action_id,
                         i.line_of_action.code if i.line_of_action else "", i.position,
                         totals[i.id] if visible else None, version=i.version)
                 for i in sorted(board.ideas, key=lambda i: (i.position, i.id))]
        themes = [ThemeRow(t.id, t.title, t.position,
                           sum(totals[i.id] for i in board.ideas if i.theme_id == t.id)
                           if visible else None, version=t.version)
                  for t in sorted(board.themes, key=lambda t: (t.position, t.id))]
        return BoardView(board.id, board.event_id, board.title, board.votes_per_person,
                         board.hide_totals, board.voting_closed, themes, ideas, len(voters))


# --- ideas ------------------------------------------------------------------------------


def add_ideas(db: Database, board_id: int, text: str, *, author_id: int | None = None,
              line_of_action_id: int | None = None, theme_id: int | None = None,
              ids: list[int] | None = None) -> list[int]:
    """One idea per non-empty line; returns their ids.

    `ids` gives the ideas back the ids they had (redoing an undone entry keeps later edits
    that name them valid).
    """
    lines = [clean_line(line) for line in clean_text(text).split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        raise InputError("type an idea first", field="idea")
    with db.transaction() as session:
        board = _board(session, board_id)
        position = (session.scalar(select(func.max(Idea.position))
                                   .where(Idea.board_id == board_id)) or 0) + 1
        ids = []
        for offset, line in enumerate(lines):
            idea = Idea(board=board, text=line, author_id=author_id, theme_id=theme_id,
                        line_of_action_id=line_of_action_id, position=position + offset)
            if ids is not None and offset < len(ids):
                idea.id = ids[offset]
            session.add(idea)
            session.flush()
            ids.append(idea.id)
        return ids


def delete_ideas(db: Database, shown: Mapping[int, int | None]) -> None:
    """Delete ideas (undoing their entry), all or none: `shown` maps each idea to the version
    the board showed (None: not checked). One edited or moved by someone else since refuses
    the whole deletion (ConflictError)."""
    with db.transaction() as session:
        for idea_id, version in shown.items():
            idea = session.get(Idea, idea_id)
            if idea is not None:
                check_version(idea, version)
                session.delete(idea)


def edit_idea(db: Database, idea_id: int, text: str, *,
              expected_version: int | None = None) -> str:
    """Change an idea's text; returns the old text. `expected_version`: the version the
    board showed (someone else's change since is refused, not overwritten)."""
    value = clean_line(text)
    if not value:
        raise InputError("an idea cannot be empty", field="idea")
    with db.transaction() as session:
        idea = _idea(session, idea_id)
        check_version(idea, expected_version)
        old = idea.text
        idea.text = value
        return old


def move_idea(db: Database, idea_id: int, theme_id: int | None, *,
              expected_version: int | None = None) -> int | None:
    """Put an idea into a theme (None: back to the unsorted ideas); returns its former theme."""
    with db.transaction() as session:
        idea = _idea(session, idea_id)
        check_version(idea, expected_version)
        if theme_id is not None and _theme(session, theme_id).board_id != idea.board_id:
            raise InputError("that theme belongs to another board", field="theme")
        old = idea.theme_id
        idea.theme_id = theme_id
        return old


def move_ideas(db: Database, shown: dict[int, int | None],
               theme_id: int | None) -> dict[int, int | None]:
    """Put several ideas into a theme at once (all or none); `shown` maps each idea to the
    version the board showed (None: not checked). Returns each idea's former theme."""
    old: dict[int, int | None] = {}
    with db.transaction() as session:
        for idea_id, version in shown.items():
            idea = _idea(session, idea_id)
            check_version(idea, version)
            if theme_id is not None and _theme(session, theme_id).board_id != idea.board_id:
                raise InputError("that theme belongs to another board", field="theme")
            old[idea_id] = idea.theme_id
            idea.theme_id = theme_id
    return old


# --- themes -----------------------------------------------------------------------------


def create_theme(db: Database, board_id: int, title: str, *,
                 theme_id: int | None = None) -> int:
    """A new theme (with the id `theme_id` when one undone is made again); returns its id."""
    title = clean_line(title)
    if not title:
        raise InputError("a theme needs a title", field="theme")
    with db.transaction() as session:
        _board(session, board_id)
        position = (session.scalar(select(func.max(Theme.position))
                                   .where(Theme.board_id == board_id)) or 0) + 1
        theme = Theme(board_id=board_id, title=title, position=position)
        if theme_id is not None:
            theme.id = theme_id
        session.add(theme)
        session.flush()
        return theme.id


def rename_theme(db: Database, theme_id: int, title: str, *,
                 expected_version: int | None = None) -> str:
    """Rename a theme; returns the old title."""
    title = clean_line(title)
    if not title:
        raise InputError("a theme needs a title", field="theme")
    with db.transaction() as session:
        theme = _theme(session, theme_id)
        check_version(theme, expected_version)
        old = theme.title
        theme.title = title
        return old


def delete_theme(db: Database, theme_id: int, *,
                 expected_version: int | None = None) -> list[int]:
    """Delete a theme; its ideas go back to unsorted. Returns those ideas' ids.

    `expected_version`: the version the board showed; a theme renamed since is refused
    (ConflictError), not deleted unseen."""
    with db.transaction() as session:
        theme = _theme(session, theme_id)
        check_version(theme, expected_version)
        ids = [i.id for i in theme.ideas]
        for idea in theme.ideas:
            idea.theme_id = None
        session.delete(theme)
        return ids


def merge_themes(db: Database, keep_id: int, absorbed_id: int, *,
                 expected_versions: tuple[int | None, int | None] = (None, None)) -> list[int]:
    """Move the ideas of one theme into another and delete the emptied theme.

    Returns the ideas moved (for undo, with the absorbed theme's title). `expected_versions`:
    of (kept, absorbed) as the board showed them; a theme renamed since is refused
    (ConflictError), not merged away unseen.
    """
    if keep_id == absorbed_id:
        raise InputError("choose two different themes", field="theme")
    with db.transaction() as session:
        keep, absorbed = _theme(session, keep_id), _theme(session, absorbed_id)
        check_version(keep, expected_versions[0])
        check_version(absorbed, expected_versions[1])
        if keep.board_id != absorbed.board_id:
            raise InputError("the themes belong to different boards", field="theme")
        moved = [i.id for i in absorbed.ideas]
        for idea in list(absorbed.ideas):
            idea.theme = keep
        session.flush()
        session.delete(absorbed)
        return moved


def set_theme_of(db: Database, idea_ids: list[int], theme_id: int | None) -> None:
    with db.transaction() as session:
        for idea_id in idea_ids:
            _idea(session, idea_id).theme_id = theme_id


# --- voting -----------------------------------------------------------------------------


def set_voting(db: Database, board_id: int, *, votes_per_person: int | None = None,
               hide_totals: bool | None = None) -> None:
    with db.transaction() as session:
        board = _board(session, board_id)
        if votes_per_person is not None:
            if votes_per_person < 1:
                raise InputError("each person needs at least one vote", field="votes per person")
            used = _votes_used_by_all(session, board_id)
            if used and max(used.values()) > votes_per_person:
                raise InputError(f"someone has already given {max(used.values())} votes",
                                 field="votes per person")
            board.votes_per_person = votes_per_person
        if hide_totals is not None:
            board.hide_totals = hide_totals


def _votes_used_by_all(session: Session, board_id: int) -> dict[int, int]:
    rows = session.execute(
        select(Vote.voter_id, func.sum(Vote.count)).join(Idea, Vote.idea_id == Idea.id)
        .where(Idea.board_id == board_id).group_by(Vote.voter_id)).all()
    return {int(v): int(n) for v, n in rows}


def votes_of(db: Database, board_id: int, voter_id: int) -> dict[int, int]:
    """The dots one voter gave, idea id → count."""
    with db.session() as session:
        rows = session.execute(
            select(Vote.idea_id, Vote.count).join(Idea, Vote.idea_id == Idea.id)
            .where(Idea.board_id == board_id, Vote.voter_id == voter_id)).all()
    return {int(i): int(n) for i, n in rows}


def change_vote(db: Database, idea_id: int, voter_id: int, delta: int) -> int:
    """Give (delta > 0) or take back (delta < 0) dots; over-voting is refused.

    Returns the voter's dots left on the board.
    """
    with db.transaction() as session:
        idea = _idea(session, idea_id)
        board = idea.board
        if board.voting_closed:
            raise InputError("voting is closed on this board", field="votes")
        if session.get(Person, voter_id) is None:
            raise NotFoundError(f"no person with id {voter_id}", field="voter")
        used = _votes_used_by_all(session, board.id).get(voter_id, 0)
        if used + delta > board.votes_per_person:
            raise InputError(f"{board.votes_per_person} votes per person: all "
                             f"{board.votes_per_person} are used", field="votes")
        vote = session.scalars(select(Vote).where(
            Vote.idea_id == idea_id, Vote.voter_id == voter_id)).one_or_none()
        current = vote.count if vote else 0
        new = current + delta
        if new < 0:
            raise InputError("no vote of this person on this idea to take back", field="votes")
        if vote is None and new > 0:
            session.add(Vote(idea_id=idea_id, voter_id=voter_id, count=new))
        elif vote is not None and new == 0:
            session.delete(vote)
        elif vote is not None:
            vote.count = new
        return board.votes_per_person - (used + delta)


def close_voting(db: Database, board_id: int, closed: bool = True) -> None:
    with db.transaction() as session:
        _board(session, board_id).voting_closed = closed


# --- promotion --------------------------------------------------------------------------


def promote(db: Database, *, idea_id: int | None = None, theme_id: int | None = None,
            to: str = "decision", text: str = "", owner: live.Owner | None = None,
            owner_name: str = "", due_date: dt.date | None = None,
            line_of_action_id: int | None = None) -> int:
    """Turn an idea or a theme into a decision or a next step that keeps the link to it."""
    if (idea_id is None) == (theme_id is None):
        raise InputError("promote one idea or one theme", field="source")
    with db.session() as session:
        if idea_id is not None:
            idea = _idea(session, idea_id)
            board, default_text = idea.board, idea.text
            line = line_of_action_id or idea.line_of_action_id
        else:
            theme = _theme(session, theme_id or 0)
            board, default_text = theme.board, theme.title
            line = line_of_action_id or theme.line_of_action_id
        event_id, agenda_item_id = board.event_id, board.agenda_item_id
    text = text or default_text
    if to == "decision":
        return live.add_decision(db, event_id, text, agenda_item_id=agenda_item_id,
                                 line_of_action_id=line, source_idea_id=idea_id,
                                 source_theme_id=theme_id)
    if to == "next step":
        return live.add_next_step(db, event_id, text, owner=owner, owner_name=owner_name,
                                  due_date=due_date, line_of_action_id=line,
                                  agenda_item_id=agenda_item_id, source_idea_id=idea_id,
                                  source_theme_id=theme_id)
    raise InputError(f"cannot promote to {to!r}", field="promote to")


def board_agenda_item(db: Database, board_id: int) -> int | None:
    with db.session() as session:
        return _board(session, board_id).agenda_item_id
