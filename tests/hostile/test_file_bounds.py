"""Finding 4: only regular files are read, within the size limits of core.limits, and a
folded vCard PHOTO is read in linear time."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest

from organiser.core import limits
from organiser.core.errors import InputError
from organiser.importers.vcard import parse_vcards, read_vcards


def test_read_input_file_refuses_fifo_devices_and_big_files(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="is not a regular file"):
        limits.read_input_file(fifo, 100)
    zero = tmp_path / "zero.vcf"
    zero.symlink_to("/dev/zero")
    with pytest.raises(InputError, match="is not a regular file"):
        read_vcards(zero)
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * 101)
    with pytest.raises(InputError, match=r"big.csv: is 101 bytes"):
        limits.read_input_file(big, 100)
    assert limits.read_input_file(big, 101) == b"x" * 101


def test_contacts_import_of_a_fifo_is_one_line(cli, db, tmp_path: Path) -> None:
    fifo = tmp_path / "people.csv"
    os.mkfifo(fifo)
    result = cli("contacts", "import", str(fifo))
    assert result.code == 1 and result.err == \
        f"organiser: error: {fifo}: is not a regular file (a device, a pipe or a socket); " \
        "nothing was read\n"


@pytest.mark.timeout(60)
def test_a_folded_photo_of_19_mb_is_read(tmp_path: Path) -> None:
    photo = base64.b64encode(os.urandom(14 * 1024 * 1024)).decode("ascii")
    folded = "\r\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
    text = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nEMAIL:ana@x.example\r\n"
            f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEND:VCARD\r\n")
    assert len(text) > 19 * 1024 * 1024
    [record] = parse_vcards(text, "big.vcf")
    assert record.name == "Ana Lima" and record.emails == ["ana@x.example"]
