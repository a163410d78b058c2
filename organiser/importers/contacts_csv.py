"""Contact lists as CSV: Outlook, Google and Excel exports in any locale, read defensively."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from organiser.core.errors import InputError
from organiser.core.limits import read_input_file
from organiser.core.text import fold
from organiser.importers.contacts_common import MAX_FILE_BYTES, ContactRecord
from organiser.importers.encoding import CHOICES, Decoded, decode_text, label

# The encodings the import wizard offers by name (any Python codec is accepted).
ENCODINGS = {name: label(name) for name in CHOICES}
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}

# Header words (folded, punctuation as spaces) → field. Outlook, Google, Apple, Thunderbird and
# common localised spreadsheets (French, Spanish, Portuguese, German, Italian, Russian,
# Turkish, Polish, Czech, Arabic: the partners whose legacy code pages the detector reads).
_HEADERS: dict[str, tuple[str, ...]] = {
    "given_name": ("first name", "given name", "firstname", "givenname", "first", "forename",
                   "prenom", "prenoms", "vorname", "nombre", "nome", "primeiro nome", "imya",
                   "имя", "first name s", "ad", "adi", "imie", "jmeno", "الاسم الاول"),
    "middle_name": ("middle name", "additional name", "middle", "second prenom", "отчество"),
    "family_name": ("last name", "family name", "surname", "lastname", "familyname", "last",
                    "nom", "nom de famille", "nachname", "familienname", "apellido", "apellidos",
                    "sobrenome", "apelido", "cognome", "фамилия", "soyad", "soyadi", "nazwisko",
                    "prijmeni", "اسم العائلة", "اللقب"),
    "display_name": ("name", "full name", "display name", "fullname", "contact name",
                     "nom complet", "nom et prenom", "prenom et nom", "nombre completo",
                     "nome completo", "vollstandiger name", "anzeigename", "participant",
                     "фио", "имя и фамилия", "contact", "ad soyad", "adi soyadi", "isim",
                     "imie i nazwisko", "jmeno a prijmeni", "الاسم", "الاسم الكامل"),
    "latin_name": ("latin name", "transliteration", "name latin", "phonetic name",
                   "name in latin"),
    "email": ("email", "e mail", "e mail address", "email address", "e mail 1 value",
              "e mail 2 value", "e mail 3 value", "e mail 2 address", "e mail 3 address",
              "primary email", "secondary email", "courriel", "adresse e mail", "adresse mail",
              "adresse electronique", "mel", "correo", "correo electronico",
              "correo electronico 1", "e mail adresse", "email adresse", "mail",
              "электронная почта", "почта", "эл почта", "work email", "home email",
              "business email", "emails", "e posta", "eposta", "e posta adresi",
              "adres e mail", "البريد الالكتروني", "البريد"),
    "organisation": ("company", "organization", "organisation", "organization name",
                     "organization 1 name", "organisation name", "company name", "institution",
                     "employer", "entreprise", "societe", "organisme", "empresa",
                     "organizacion", "organizacao", "institucion", "firma", "unternehmen",
                     "organizzazione", "ente", "организация", "компания", "kurum", "kurulus",
                     "sirket", "kurum adi", "instytucja", "organizacja", "organizace",
                     "instituce", "المؤسسة", "الجهة", "المنظمة"),
    "job_title": ("job title", "organization title", "organization 1 title", "position",
                  "fonction", "poste", "titre du poste", "cargo", "puesto", "funcao",
                  "position title", "berufsbezeichnung", "funzione", "ruolo", "должность",
                  "role", "job", "unvan", "gorev", "gorevi", "stanowisko", "funkce",
                  "الوظيفة", "المسمى الوظيفي"),
    "country": ("country", "country region", "business country region",
                "home country region", "other country region", "address 1 country",
                "work country", "pays", "pais", "land", "paese", "nazione", "страна", "nation",
                "ulke", "kraj", "zeme", "البلد", "الدولة"),
    "phone": ("phone", "business phone", "mobile phone", "phone 1 value", "telephone",
              "telephone number", "phone number", "mobile", "tel", "telefono", "telefone",
              "telefon", "телефон", "portable", "work phone", "primary phone", "cep telefonu",
              "الهاتف"),
    "timezone": ("time zone", "timezone", "tz", "fuseau horaire", "zona horaria"),
    "language": ("language", "langue", "idioma", "lingua", "sprache", "язык"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "remarques", "commentaires",
              "commentaire", "notas", "nota", "observaciones", "bemerkungen", "notizen",
              "примечания"),
    "tags": ("labels", "categories", "group membership", "groups", "group", "tags", "tag",
             "groupes", "groupe", "categorie", "categories", "grupos", "grupo", "etiquetas",
             "gruppen", "группы"),
}
_HEADER_FIELD = {alias: name for name, aliases in _HEADERS.items() for alias in aliases}
# Columns to leave alone even though a word in them looks like a field ("E-mail 1 - Label").
_IGNORED = re.compile(r"\b(label|type|display name 2|address type|typ)\b")


def header_field(header: str) -> str:
    """The field a header names ('' when unknown): 'Prénom' → given_name."""
    key = " ".join(re.sub(r"[^\w]+", " ", fold(header)).split())
    if not key or _IGNORED.search(key):
        return ""
    if key in _HEADER_FIELD:
        return _HEADER_FIELD[key]
    # "E-mail 4 - Value", "Phone 2 - Value", "Organization 1 - Name"
    simplified = re.sub(r"\b\d+\b", "1", key)
    return _HEADER_FIELD.get(simplified, "")


@dataclass
class CsvTable:
    """A CSV file decoded and split: the rows with their first line numbers, and the guesses."""

    path: Path
    encoding: str
    delimiter: str
    rows: list[tuple[int, list[str]]]
    header_index: int | None  # index into rows of the header row, None when there is none
    mapping: list[str] = field(default_factory=list)  # one field name per column
    encoding_guessed: bool = False  # chosen by the detector: say so, offer the others
    # other encodings that read the names as plausibly, each with a word as read here and as
    # it reads it (importers.encoding.Decoded.alternatives): the guess is uncertain
    encoding_alternatives: tuple[tuple[str, str, str], ...] = ()

    @property
    def headers(self) -> list[str]:
        if self.header_index is None:
            width = max((len(r) for _, r in self.rows), default=0)
            return [f"Column {i + 1}" for i in range(width)]
        return self.rows[self.header_index][1]

    @property
    def header_line(self) -> int | None:
        return None if self.header_index is None else self.rows[self.header_index][0]

    @property
    def data_rows(self) -> list[tuple[int, list[str]]]:
        start = 0 if self.header_index is None else self.header_index + 1
        return [(line, cells) for line, cells in self.rows[start:]
                if any(c.strip() for c in cells)]

    @property
    def encoding_label(self) -> str:
        return label(self.encoding)

    @property
    def delimiter_label(self) -> str:
        return DELIMITERS.get(self.delimiter, repr(self.delimiter))

    def records(self, mapping: list[str] | None = None) -> list[ContactRecord]:
        """One record per data row, under the given (or guessed) column mapping."""
        mapping = list(mapping if mapping is not None else self.mapping)
        width = len(self.headers)
        records = []
        for line, cells in self.data_rows:
            record = ContactRecord(line=line)
            if len(cells) > width and any(c.strip() for c in cells[width:]):
                record.errors.append(f"row has {len(cells)} fields, the header has {width} "
                                     "(an unquoted delimiter inside a value?)")
            elif len(cells) < width:
                record.errors.append(f"row has {len(cells)} fields, the header has {width} "
                                     "(missing fields or a broken quote?)")
            for column, raw in enumerate(cells[:width]):
                name = mapping[column] if column < len(mapping) else ""
                if name and raw.strip():
                    record.set_field(name, raw)
            record.finish()
            records.append(record)
        return records


def read_contacts_csv(path: str | Path, *, encoding: str | None = None,
                      delimiter: str | None = None) -> CsvTable:
    """Read a contact list: encoding, delimiter and header row detected unless given."""
    file = Path(path)
    where = str(path)
    data = _read_bytes(file, where)
    decoded = decode(data, where, encoding)
    text, used_encoding = decoded.text, decoded.encoding
    if not text.strip():
        raise InputError("the file has no contacts (only blank lines)", file=where)
    used_delimiter = delimiter or sniff_delimiter(text)
    rows = _split(text, used_delimiter, where)
    header_index = find_header(rows)
    if header_index is None:
        if not any("@" in c for c in rows[0][1]) and len(rows) > 1:
            header_index = 0  # names no column we know: a header all the same
        body = rows[1:] if header_index == 0 else rows
        mapping = _guess_mapping_without_header(body or rows)
        if "email" not in mapping and "display_name" not in mapping:
            raise InputError(
                "no header row found: expected column names such as Name, First Name, "
                "Last Name, E-mail (Outlook, Google or a spreadsheet with a header row)",
                file=where, line=rows[0][0] if rows else 1)
    else:
        mapping = [header_field(h) for h in rows[header_index][1]]
    table = CsvTable(path=file, encoding=used_encoding, delimiter=used_delimiter, rows=rows,
                     header_index=header_index, mapping=mapping,
                     encoding_guessed=decoded.guessed,
                     encoding_alternatives=decoded.alternatives)
    if not table.data_rows:
        raise InputError("the file has a header row but no contacts", file=where,
                         line=table.header_line)
    return table


def _read_bytes(file: Path, where: str) -> bytes:
    data = read_input_file(file, MAX_FILE_BYTES, what="contact list")
    if not data:
        raise InputError("the file is empty", file=where)
    return data


_MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive or an Excel/Word file (.xlsx, .docx); in Excel use "
                    "File > Save As > CSV UTF-8"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.xls, .doc); in Excel use File > Save As > "
                          "CSV UTF-8"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3", "a SQLite database"),
    (b"{\\rtf", "an RTF document"),
]


def decode(data: bytes, where: str, encoding: str | None = None) -> Decoded:
    """Bytes to text (see importers.encoding); office documents and images named .csv are
    refused with what they are."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"this is {what}, not a CSV file", file=where)
    return decode_text(data, where, encoding)


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most, and most regular, fields."""
    sample_lines = [line for line in text[:65536].splitlines() if line.strip()][:30]
    sample = "\n".join(sample_lines)
    best, best_score = ",", (-1, -1, -1)
    for candidate in DELIMITERS:
        try:
            rows = [r for r in csv.reader(io.StringIO(sample), delimiter=candidate) if r]
        except csv.Error:
            continue
        if not rows:
            continue
        widths = Counter(len(r) for r in rows)
        width, count = widths.most_common(1)[0]
        if width < 2:
            continue
        score = (count, width, -list(DELIMITERS).index(candidate))
        if score[0] * 2 >= len(rows) and (score > best_score):
            best, best_score = candidate, score
    return best


def _split(text: str, delimiter: str, where: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[tuple[int, list[str]]] = []
    previous_end = 0
    try:
        for cells in reader:
            start = previous_end + 1
            previous_end = reader.line_num
            if cells:
                rows.append((start, cells))
    except csv.Error as exc:
        raise InputError(f"not valid CSV: {exc}", file=where, line=reader.line_num) from exc
    if not rows:
        raise InputError("the file has no contacts", file=where)
    return rows


def find_header(rows: list[tuple[int, list[str]]]) -> int | None:
    """The first of the opening rows that names at least two known fields (one if it is the
    only column)."""
    for index, (_line, cells) in enumerate(rows[:10]):
        fields = [header_field(c) for c in cells]
        known = {f for f in fields if f}
        if len(known) >= 2 or (len(cells) == 1 and known):
            return index
        if any("@" in c for c in cells):
            return None  # data before any header: there is none
    return None


def _guess_mapping_without_header(rows: list[tuple[int, list[str]]]) -> list[str]:
    """No header: the column that mostly holds addresses is the e-mail, the first text column
    the name."""
    width = max(len(cells) for _, cells in rows)
    mapping = [""] * width
    sample = [cells for _, cells in rows[:50]]
    for column in range(width):
        values = [c[column].strip() for c in sample if column < len(c) and c[column].strip()]
        if values and sum("@" in v for v in values) * 2 > len(values):
            mapping[column] = "email"
            break
    for column in range(width):
        if not mapping[column]:
            mapping[column] = "display_name"
            break
    return mapping
