"""Contact files that go wrong, shared by the importer, CLI and wizard tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.conftest import DATA

SAMPLES = DATA / "contacts"


@dataclass(frozen=True)
class BadFile:
    name: str
    filename: str
    content: bytes
    message: str  # part of the error or warning
    line: int | None  # the line the message names (None: the whole file)
    fatal: bool  # True: nothing can be imported; False: imported with a warning
    size: int = 0  # made sparse at this size

    def write(self, folder: Path) -> Path:
        path = folder / self.filename
        path.write_bytes(self.content)
        if self.size:
            with path.open("r+b") as handle:
                handle.truncate(self.size)
        return path


BAD_FILES = [
    BadFile("too many fields", "too_many.csv",
            b"name,email,country\nAna Lima,ana@tb.example,Brazil,oops\nBo Li,bo@li.example,China\n",
            "row has 4 fields, the header has 3", 2, True),
    BadFile("too few fields", "too_few.csv",
            b"name,email,country\nBo Li,bo@li.example,China\nAna Lima,ana@tb.example\n",
            "row has 2 fields, the header has 3", 3, True),
    BadFile("unknown encoding", "mystery.csv",
            b"name,email\nJos\x81\x8d Ortiz,jose@x.example\n", "unknown text encoding", None, True),
    BadFile("empty file", "empty.csv", b"", "the file is empty", None, True),
    BadFile("PDF renamed .csv", "report.csv",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n",
            "PDF document, not a CSV file", None, True),
    BadFile("50 MB file", "huge.csv", b"name,email\n", "50.0 MB", None, True,
            size=50 * 1024 * 1024),
    BadFile("formula cell", "formula.csv",
            b'name,email\n"=HYPERLINK(""http://evil.example"",""click"")",f@x.example\n',
            "looks like a spreadsheet formula; kept as plain text", 2, False),
    BadFile("control characters", "controls.csv",
            b"name,email\nBo\x07b Ctrl\x1b,bob.ctrl@x.example\n",
            "control characters removed", 2, False),
    BadFile("header injection in a name", "injection.csv",
            b'name,email\n"Bob\r\nBcc: victim@y.example",bob@x.example\n',
            "line breaks removed", 2, False),
]
