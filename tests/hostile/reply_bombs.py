"""Broken and hostile replies built from a valid one (finding 3 and 4)."""

from __future__ import annotations

import re

SECONDLY_TZ = (
    "BEGIN:VTIMEZONE\r\nTZID:Bomb\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=SECONDLY\r\nEND:STANDARD\r\n"
    "END:VTIMEZONE\r\n")


def variant(reply: str, name: str) -> str | bytes:
    """The reply with one hostile change."""
    if name == "february 30":
        return re.sub(r"DTSTART:\d{8}T", "DTSTART:20270230T", reply)
    if name == "hour 25":
        return re.sub(r"DTSTART:(\d{8})T\d\d", r"DTSTART:\1T25", reply)
    if name == "year 99999":
        return re.sub(r"DTSTART:\d{4}", "DTSTART:99999", reply)
    if name == "huge sequence":
        return re.sub(r"SEQUENCE:\d+", "SEQUENCE:99999999999999999999", reply)
    if name == "negative sequence":
        return re.sub(r"SEQUENCE:\d+", "SEQUENCE:-5", reply)
    if name == "secondly vtimezone":
        body = reply.replace("METHOD:REPLY\r\n", "METHOD:REPLY\r\n" + SECONDLY_TZ)
        return re.sub(r"DTSTART:(\d{8}T\d{6})Z", r"DTSTART;TZID=Bomb:\1", body)
    if name == "fifty secondly vtimezones":
        zones = "".join(SECONDLY_TZ.replace("TZID:Bomb", f"TZID:Bomb{i}") for i in range(50))
        body = reply.replace("METHOD:REPLY\r\n", "METHOD:REPLY\r\n" + zones)
        return re.sub(r"DTSTART:(\d{8}T\d{6})Z", r"DTSTART;TZID=Bomb7:\1", body)
    if name == "nested multiparts":
        return nested_eml(reply, 1000)
    if name == "many parts":
        return many_parts_eml(reply, 100_000)
    raise ValueError(name)


def nested_eml(reply: str, depth: int) -> bytes:
    head = "From: a@x.example\r\nTo: b@x.example\r\nSubject: re\r\nMIME-Version: 1.0\r\n"
    opening = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'
                      for i in range(depth))
    closing = "".join(f"\r\n--b{i}--\r\n" for i in reversed(range(depth)))
    return (head + opening + "Content-Type: text/calendar; method=REPLY\r\n\r\n" + reply
            + closing).encode("utf-8")


def many_parts_eml(reply: str, parts: int) -> bytes:
    head = ("From: a@x.example\r\nTo: b@x.example\r\nSubject: re\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/mixed; boundary="b"\r\n\r\n')
    filler = "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" * parts
    return (head + filler + "--b\r\nContent-Type: text/calendar; method=REPLY\r\n\r\n" + reply
            + "\r\n--b--\r\n").encode("utf-8")
