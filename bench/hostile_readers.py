"""Each reader on its largest and most hostile inputs: time and peak memory (issue 12).

Target: linear in the input, and any file under the size limit (core.limits) read or refused
in < 2 s and < 200 MB. Each case runs in a fresh process (peak RSS is its VmHWM); the
quarter- and half-size runs show whether time grows linearly.

    .venv/bin/python bench/hostile_readers.py [--quick]
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from organiser.core import limits  # noqa: E402

CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
kind, path = sys.argv[2], sys.argv[3]


def high_water_mb():
    # VmHWM belongs to this process image (ru_maxrss would carry the parent's across exec)
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


before = high_water_mb()
from organiser.core.errors import InputError
started = time.perf_counter()
outcome = "read"
try:
    if kind == "csv":
        from organiser.importers.contacts_csv import read_contacts_csv
        n = len(read_contacts_csv(path).records())
        outcome = f"{n} records"
    elif kind == "vcard":
        from organiser.importers.vcard import read_vcards
        outcome = f"{len(read_vcards(path))} cards"
    else:
        from organiser.core.limits import read_input_file, REPLY_FILE_BYTES
        from organiser.importers.replies import parse_reply
        parse_reply(read_input_file(path, REPLY_FILE_BYTES), path)
except InputError as exc:
    outcome = "refused: " + str(exc).split(": ", 1)[-1][:70]
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "peak_mb": high_water_mb(), "start_mb": before,
                  "outcome": outcome}))
"""


def csv_file(size: int) -> bytes:
    row = "Hélène Lefèvre,h.lefevre{}@partner.example,Ministère des Finances,Europe/Paris," \
          "\"Notes, with a comma and \"\"quotes\"\"\"\r\n"
    rows, total, i = ["Name,E-mail,Organisation,Time zone,Notes\r\n"], 0, 0
    while total < size:
        line = row.format(i)
        rows.append(line)
        total += len(line.encode("utf-8"))
        i += 1
    return "".join(rows).encode("utf-8")[:size].rsplit(b"\r\n", 1)[0] + b"\r\n"


def cp1251_csv(size: int) -> bytes:
    row = "Олена Шевченко;o{}@kipz.example;Киевский институт закупок\r\n"
    lines, total, i = ["Имя;Эл. почта;Организация\r\n"], 0, 0
    while total < size:
        line = row.format(i)
        lines.append(line)
        total += len(line)
        i += 1
    return "".join(lines).encode("cp1251")[:size].rsplit(b"\r\n", 1)[0] + b"\r\n"


def photo_vcard(size: int) -> bytes:
    photo = base64.b64encode(os.urandom(int(size * 0.74))).decode("ascii")
    folded = "\r\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
    text = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nEMAIL:ana@x.example\r\n"
            f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEND:VCARD\r\n")
    return text.encode("ascii")[: size - 40] + b"\r\nEND:VCARD\r\n"


def many_vcards(size: int) -> bytes:
    card = ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ольга Иванова {}\r\nN:Иванова;Ольга;;;\r\n"
            "EMAIL:o{}@x.example\r\nORG:Счётная палата\r\nEND:VCARD\r\n")
    parts, total, i = [], 0, 0
    while total < size:
        text = card.format(i, i)
        parts.append(text)
        total += len(text.encode("utf-8"))
        i += 1
    return "".join(parts[:-1]).encode("utf-8")


REPLY = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
         "UID:organiser-1@programme.example\r\nSEQUENCE:1\r\nDTSTAMP:20261126T080000Z\r\n"
         "DTSTART:20261208T120000Z\r\nDTEND:20261208T140000Z\r\n"
         "ATTENDEE;PARTSTAT=ACCEPTED:mailto:ana@partner.example\r\n{extra}"
         "END:VEVENT\r\nEND:VCALENDAR\r\n")


def big_ics(size: int) -> bytes:
    comment = "COMMENT:" + "x" * 70
    lines = "\r\n ".join([comment] + ["y" * 74] * (size // 77))
    return REPLY.format(extra=lines + "\r\n").encode("ascii")[:size - 200] \
        .rsplit(b"\r\n", 1)[0] + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"


def secondly_tz(_size: int) -> bytes:
    zone = ("BEGIN:VTIMEZONE\r\nTZID:Bomb\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
            "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=SECONDLY\r\nEND:STANDARD\r\n"
            "END:VTIMEZONE\r\n")
    return REPLY.replace("METHOD:REPLY\r\n", "METHOD:REPLY\r\n" + zone * 50).format(
        extra="").replace("DTSTART:20261208T120000Z", "DTSTART;TZID=Bomb:20261208T120000") \
        .encode("ascii")


def eml_attachment(size: int) -> bytes:
    attachment = base64.encodebytes(os.urandom(int(size * 0.7))).decode("ascii")
    return ("From: Ana <ana@partner.example>\r\nSubject: Accepted\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
            "Content-Type: text/calendar; method=REPLY\r\n\r\n" + REPLY.format(extra="")
            + "\r\n--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64"
            "\r\n\r\n" + attachment + "\r\n--b--\r\n").encode("ascii")[:size]


def eml_parts(parts: int) -> bytes:
    filler = "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" * parts
    return ("From: a@x.example\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + filler
            + "--b\r\nContent-Type: text/calendar\r\n\r\n" + REPLY.format(extra="")
            + "--b--\r\n").encode("ascii")


def eml_nested(depth: int) -> bytes:
    opening = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'
                      for i in range(depth))
    closing = "".join(f"\r\n--b{i}--\r\n" for i in reversed(range(depth)))
    return ("From: a@x.example\r\nMIME-Version: 1.0\r\n" + opening
            + "Content-Type: text/calendar\r\n\r\n" + REPLY.format(extra="") + closing) \
        .encode("ascii")


def run(kind: str, data: bytes, suffix: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        out = subprocess.run([sys.executable, "-c", CHILD, str(REPO), kind, str(path)],
                             capture_output=True, text=True, check=True, timeout=300)
    return json.loads(out.stdout)


def main() -> None:
    quick = "--quick" in sys.argv
    contact, reply = limits.CONTACT_FILE_BYTES - 1024, limits.REPLY_FILE_BYTES - 1024
    fractions = (1.0,) if quick else (0.25, 0.5, 1.0)
    cases = [
        ("csv", "UTF-8 CSV", csv_file, contact, ".csv"),
        ("csv", "Windows-1251 CSV (detector)", cp1251_csv, contact, ".csv"),
        ("vcard", "vCard, one folded PHOTO", photo_vcard, contact, ".vcf"),
        ("vcard", "vCard, many cards", many_vcards, contact, ".vcf"),
        ("reply", ".ics, one long folded COMMENT", big_ics, reply, ".ics"),
        ("reply", ".eml with a large attachment", eml_attachment, reply, ".eml"),
    ]
    print(f"{'reader':<7} {'input':<34} {'size':>9} {'seconds':>8} {'peak MB':>8}  outcome")
    worst: dict[str, tuple[float, float]] = {}
    for kind, label, make, size, suffix in cases:
        for fraction in fractions:
            data = make(int(size * fraction))
            result = run(kind, data, suffix)
            seconds, peak = float(result["seconds"]), float(result["peak_mb"])
            old = worst.get(kind, (0.0, 0.0))
            worst[kind] = (max(old[0], seconds), max(old[1], peak))
            print(f"{kind:<7} {label:<34} {len(data) / 2**20:>7.1f}MB {seconds:>8.2f} "
                  f"{peak:>8.0f}  {result['outcome']}")
    for label, data in (("VTIMEZONE FREQ=SECONDLY x50", secondly_tz(0)),
                        ("100,000 MIME parts", eml_parts(100_000)),
                        ("1,000 nested multiparts", eml_nested(1000))):
        result = run("reply", data, ".eml")
        seconds, peak = float(result["seconds"]), float(result["peak_mb"])
        old = worst.get("reply", (0.0, 0.0))
        worst["reply"] = (max(old[0], seconds), max(old[1], peak))
        print(f"{'reply':<7} {label:<34} {len(data) / 2**20:>7.1f}MB {seconds:>8.2f} "
              f"{peak:>8.0f}  {result['outcome']}")
    print()
    for kind, (seconds, peak) in worst.items():
        verdict = "ok" if seconds < 2 and peak < 200 else "OVER TARGET"
        print(f"worst {kind:<6} {seconds:.2f} s, {peak:.0f} MB peak RSS "
              f"(target < 2 s, < 200 MB): {verdict}")
    print(f"(measured at {time.strftime('%Y-%m-%d %H:%M')}; peak RSS (VmHWM) of the reading "
          "process, Python and the imported libraries included)")


if __name__ == "__main__":
    main()
