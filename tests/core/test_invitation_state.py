"""The invitation state machine, as a table: every kind of event against every kind of state.

The event is at SEQUENCE 3; its time or place last changed at SEQUENCE 2 (it went to 3 when
someone was invited). The stored answers:

    none     nothing answered yet
    acc3     ACCEPTED, a reply to SEQUENCE 3 stamped 10:00
    acc2     ACCEPTED, a reply to SEQUENCE 2 stamped 10:00 (before the invitee was added)
    hand     ACCEPTED typed by hand at 12:00 (the coordinator's phone call, at SEQUENCE 3)
    legacy   ACCEPTED with no SEQUENCE or DTSTAMP (the demo's answers, older databases)
    deleg    DELEGATED, a reply to SEQUENCE 3 stamped 10:00

A reply says DECLINED (so that applying it is visible) at a SEQUENCE relative to the event
(1: before the time/place change, 2: at it, 3: current, 4: never sent) and a DTSTAMP relative
to 10:00 (t9, t10, t11, none).
"""

from __future__ import annotations

import datetime as dt

import pytest

from organiser.core.enums import Reply
from organiser.core.invitation_state import (
    NOT_ANSWERED,
    Answer,
    Edit,
    EventState,
    Incoming,
    Verdict,
    after_edits,
    classify,
    hand_answer,
    judge,
    reset_answer,
)

T = {name: dt.datetime(2026, 11, 26, hour, tzinfo=dt.UTC)
     for name, hour in (("t9", 9), ("t10", 10), ("t11", 11), ("t12", 12))}
T["none"] = None  # type: ignore[assignment]
OPEN = EventState(sequence=3, time_place_sequence=2)
CANCELLED = EventState(sequence=4, time_place_sequence=4, cancelled=True)
ANSWERS = {
    "none": NOT_ANSWERED,
    "acc3": Answer(Reply.ACCEPTED, 3, T["t10"]),
    "acc2": Answer(Reply.ACCEPTED, 2, T["t10"]),
    "hand": hand_answer(OPEN, Reply.ACCEPTED, T["t12"]),
    "legacy": Answer(Reply.ACCEPTED, None, None),
    "deleg": Answer(Reply.DELEGATED, 3, T["t10"]),
}

# stored  seq  stamp -> verdict [reason fragment]     (on the open event)
REPLY_TABLE = """
none    1 t11  stale   before the time or place changed
none    2 t9   applied
none    2 none applied
none    3 t11  applied
none    3 none applied
none    4 t11  stale   never sent
acc3    1 t11  stale   before the time or place changed
acc3    2 t11  stale   a later answer (accepted, to SEQUENCE 3)
acc3    3 t9   stale   a later answer (accepted, of 2026-11-26 10:00
acc3    3 t10  stale   same SEQUENCE and DTSTAMP
acc3    3 t11  applied
acc3    3 none stale   no DTSTAMP
acc3    4 t11  stale   never sent
acc2    1 t11  stale   before the time or place changed
acc2    2 t9   stale   a later answer
acc2    2 t10  stale   same SEQUENCE and DTSTAMP
acc2    2 t11  applied
acc2    2 none stale   no DTSTAMP
acc2    3 t9   applied
acc2    3 none applied
acc2    4 t11  stale   never sent
hand    2 t11  stale   a later answer (accepted, to SEQUENCE 3)
hand    3 t9   stale   a later answer (accepted, of 2026-11-26 12:00
hand    3 t11  stale   a later answer (accepted, of 2026-11-26 12:00
hand    3 none stale   no DTSTAMP
hand    4 t11  stale   never sent
legacy  1 t11  stale   before the time or place changed
legacy  2 t9   applied
legacy  3 none applied
legacy  4 t11  stale   never sent
deleg   2 t11  stale   a later answer (delegated, to SEQUENCE 3)
deleg   3 t9   stale   a later answer
deleg   3 t11  applied
deleg   4 t11  stale   never sent
"""


def _rows(table: str) -> list[tuple[str, int, str, str, str]]:
    rows = []
    for line in table.strip().splitlines():
        stored, seq, stamp, verdict, *reason = line.split(maxsplit=4)
        rows.append((stored, int(seq), stamp, verdict, reason[0] if reason else ""))
    return rows


@pytest.mark.parametrize(("stored", "seq", "stamp", "verdict", "reason"), _rows(REPLY_TABLE))
def test_reply_on_the_open_event(stored: str, seq: int, stamp: str, verdict: str,
                                 reason: str) -> None:
    before = ANSWERS[stored]
    judgement = judge(OPEN, before, Incoming(seq, T[stamp], Reply.DECLINED))
    assert judgement.verdict is Verdict(verdict), judgement.reason
    assert reason in judgement.reason
    if verdict == "applied":
        assert judgement.answer == Answer(Reply.DECLINED, seq, T[stamp])
    else:
        assert judgement.answer == before  # nothing changes


def test_the_table_covers_every_answer_and_every_relative_sequence() -> None:
    rows = _rows(REPLY_TABLE)
    assert {r[0] for r in rows} == set(ANSWERS)
    for stored in ANSWERS:
        assert {r[1] for r in rows if r[0] == stored} >= {2, 3, 4}
    assert {r[2] for r in rows} == {"t9", "t10", "t11", "none"}


@pytest.mark.parametrize("stored", list(ANSWERS))
@pytest.mark.parametrize("seq", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("counter", [False, True])
def test_nothing_is_applied_to_a_cancelled_event(stored: str, seq: int, counter: bool) -> None:
    judgement = judge(CANCELLED, ANSWERS[stored],
                      Incoming(seq, T["t11"], Reply.ACCEPTED, counter=counter))
    assert judgement.verdict is Verdict.STALE and "cancelled" in judgement.reason
    assert judgement.answer == ANSWERS[stored]


def test_the_same_reply_twice_is_already_recorded() -> None:
    judgement = judge(OPEN, ANSWERS["acc3"], Incoming(3, T["t10"], Reply.ACCEPTED))
    assert judgement.verdict is Verdict.DUPLICATE
    assert judgement.answer == ANSWERS["acc3"]


@pytest.mark.parametrize("stored", list(ANSWERS))
@pytest.mark.parametrize(("seq", "verdict"), [(1, "stale"), (2, "counter"), (3, "counter"),
                                              (4, "stale")])
def test_counter_proposal(stored: str, seq: int, verdict: str) -> None:
    # a COUNTER is stored as a proposal when it is about the meeting as it stands; it
    # changes nobody's answer, whatever is stored and whatever its DTSTAMP
    judgement = judge(OPEN, ANSWERS[stored], Incoming(seq, T["t9"], counter=True))
    assert judgement.verdict is Verdict(verdict)
    assert judgement.answer == ANSWERS[stored]


def test_delegation_is_an_answer_and_survives_a_reschedule() -> None:
    judgement = judge(OPEN, NOT_ANSWERED, Incoming(3, T["t11"], Reply.DELEGATED))
    assert judgement.applied and judgement.answer.reply is Reply.DELEGATED
    assert reset_answer(judgement.answer) == judgement.answer


# edit -> (sequence, time/place sequence, cancelled, answers reset)   from the open event
EDIT_TABLE = [
    ((Edit.RESCHEDULE,), (4, 4, False, True)),
    ((Edit.PLACE,), (4, 4, False, True)),
    ((Edit.DETAILS,), (3, 2, False, False)),
    ((Edit.INVITE,), (4, 2, False, False)),
    ((Edit.UNINVITE,), (4, 2, False, False)),
    ((Edit.ROLE,), (4, 2, False, False)),
    ((Edit.STATUS,), (3, 2, False, False)),
    ((Edit.CANCEL,), (4, 4, True, False)),
    ((Edit.RESCHEDULE, Edit.PLACE, Edit.DETAILS), (4, 4, False, True)),  # one save, one step
    ((), (3, 2, False, False)),
]


@pytest.mark.parametrize(("edits", "expected"), EDIT_TABLE)
def test_edits(edits: tuple[Edit, ...], expected: tuple[int, int, bool, bool]) -> None:
    state, reset = after_edits(OPEN, edits)
    assert (state.sequence, state.time_place_sequence, state.cancelled, reset) == expected


def test_reinstating_a_cancelled_event_asks_everyone_again() -> None:
    state, reset = after_edits(CANCELLED, [Edit.REINSTATE])
    assert state == EventState(5, 5, False) and reset


@pytest.mark.parametrize(("stored", "after"), [
    ("none", NOT_ANSWERED), ("acc3", NOT_ANSWERED), ("acc2", NOT_ANSWERED),
    ("hand", NOT_ANSWERED), ("legacy", NOT_ANSWERED), ("deleg", ANSWERS["deleg"])])
def test_a_reset_asks_every_answer_again_except_a_delegation(stored: str,
                                                             after: Answer) -> None:
    assert reset_answer(ANSWERS[stored]) == after


@pytest.mark.parametrize("stored", list(ANSWERS))
@pytest.mark.parametrize("edit", [Edit.RESCHEDULE, Edit.PLACE])
def test_after_a_reschedule_only_replies_to_the_new_sequence_apply(stored: str,
                                                                   edit: Edit) -> None:
    state, reset = after_edits(OPEN, [edit])
    answer = reset_answer(ANSWERS[stored]) if reset else ANSWERS[stored]
    old = judge(state, answer, Incoming(3, T["t12"], Reply.ACCEPTED))
    assert old.verdict is Verdict.STALE and "before the time or place changed" in old.reason
    new = judge(state, answer, Incoming(4, T["t9"], Reply.ACCEPTED))
    assert new.applied


@pytest.mark.parametrize(("reply", "expected"), [
    (Reply.ACCEPTED, Answer(Reply.ACCEPTED, 3, T["t12"])),
    (Reply.DECLINED, Answer(Reply.DECLINED, 3, T["t12"])),
    (Reply.NEEDS_ACTION, NOT_ANSWERED)])
def test_hand_entered_answer_answers_the_current_sequence(reply: Reply,
                                                          expected: Answer) -> None:
    assert hand_answer(OPEN, reply, T["t12"]) == expected


@pytest.mark.parametrize(("changed", "statuses", "edits"), [
    ({"start"}, ("planned", "planned"), [Edit.RESCHEDULE]),
    ({"end", "timezone"}, ("planned", "planned"), [Edit.RESCHEDULE]),
    ({"venue"}, ("planned", "planned"), [Edit.PLACE]),
    ({"address"}, ("planned", "planned"), [Edit.PLACE]),
    ({"online_url"}, ("planned", "planned"), [Edit.PLACE]),
    ({"description"}, ("planned", "planned"), [Edit.DETAILS]),
    ({"title", "language", "kind"}, ("planned", "planned"), [Edit.DETAILS]),
    ({"status"}, ("planned", "cancelled"), [Edit.CANCEL]),
    ({"status"}, ("cancelled", "planned"), [Edit.REINSTATE]),
    ({"status"}, ("draft", "planned"), [Edit.STATUS]),
    ({"status"}, ("planned", "held"), [Edit.STATUS]),
    ({"start", "venue", "title"}, ("planned", "planned"),
     [Edit.RESCHEDULE, Edit.PLACE, Edit.DETAILS]),
    (set(), ("planned", "planned"), []),
])
def test_changed_fields_classify(changed: set[str], statuses: tuple[str, str],
                                 edits: list[Edit]) -> None:
    assert classify(changed, old_status=statuses[0], new_status=statuses[1]) == edits
