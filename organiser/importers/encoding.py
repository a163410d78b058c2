"""Bytes of a text file to text: BOMs, strict UTF-8, then a detector among the legacy
encodings partners' spreadsheets and address books still write.

Never a silent re-decode: a UTF-8 file with a few bad bytes is an error naming the line, and
a legacy guess is reported (the CLI prints it, the import wizard shows it with a choice).
"""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from dataclasses import dataclass

from organiser.core.errors import InputError

# The encodings a guess chooses from, in the order a tie is settled (Western European first:
# French, Spanish and Portuguese partners are the most numerous).
CANDIDATES = (
    "cp1252", "cp1250", "cp1251", "cp1256", "cp1255", "cp1253", "cp1254", "cp1257", "cp1258",
    "iso8859_15", "iso8859_2", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_9",
    "iso8859_13", "koi8_r", "koi8_u", "mac_roman", "shift_jis", "gb18030", "big5", "euc_kr",
)

LABELS = {
    "utf-8": "UTF-8", "utf-8-sig": "UTF-8 (with BOM)", "utf-16": "UTF-16", "utf-32": "UTF-32",
    "cp1250": "Windows-1250 (Central European)", "cp1251": "Windows-1251 (Cyrillic)",
    "cp1252": "Windows-1252 (Western European)", "cp1253": "Windows-1253 (Greek)",
    "cp1254": "Windows-1254 (Turkish)", "cp1255": "Windows-1255 (Hebrew)",
    "cp1256": "Windows-1256 (Arabic)", "cp1257": "Windows-1257 (Baltic)",
    "cp1258": "Windows-1258 (Vietnamese)", "iso8859_15": "ISO-8859-15 (Western European)",
    "iso8859_2": "ISO-8859-2 (Central European)", "iso8859_5": "ISO-8859-5 (Cyrillic)",
    "iso8859_6": "ISO-8859-6 (Arabic)", "iso8859_7": "ISO-8859-7 (Greek)",
    "iso8859_8": "ISO-8859-8 (Hebrew)", "iso8859_9": "ISO-8859-9 (Turkish)",
    "iso8859_13": "ISO-8859-13 (Baltic)", "koi8_r": "KOI8-R (Russian)",
    "koi8_u": "KOI8-U (Ukrainian)", "mac_roman": "Mac Roman", "shift_jis": "Shift-JIS (Japanese)",
    "gb18030": "GB18030 (Chinese)", "big5": "Big5 (Traditional Chinese)",
    "euc_kr": "EUC-KR (Korean)",
}

# What the wizard offers: the detected one is added when it is not among these.
CHOICES = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "cp1250", "cp1251", "cp1256", "cp1253",
           "cp1254", "cp1255", "cp1257", "cp1258", "iso8859_15", "koi8_r", "koi8_u",
           "mac_roman", "shift_jis", "gb18030", "big5", "euc_kr")

_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                            rb"|[\xf0-\xf4][\x80-\xbf]{3}")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name
    guessed: bool  # True when chosen by the detector, not by a BOM, UTF-8 or the user
    # an uncertain guess: the encodings that read the file as plausibly (only the order of
    # preference chose), each with a word as this reading and as that one spell it
    # (cp1254, 'Yýlmaz', 'Yılmaz')
    alternatives: tuple[tuple[str, str, str], ...] = ()

    @property
    def label(self) -> str:
        return label(self.encoding)

    @property
    def uncertain(self) -> bool:
        return bool(self.alternatives)

    def doubt(self) -> str:
        """The other readings in words (English: the CLI's message; the wizard words its own):
        'Windows-1254 (Turkish) reads “Yýlmaz” as “Yılmaz”'."""
        return "; ".join(f"{label(other)} reads “{mine}” as “{theirs}”"
                         for other, mine, theirs in self.alternatives)


def label(encoding: str) -> str:
    return LABELS.get(canonical(encoding), encoding)


def canonical(encoding: str) -> str:
    """The codec's Python name ('Windows-1251' → 'cp1251'); an InputError if unknown."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError as exc:
        raise InputError(f"unknown encoding {encoding!r} (examples: utf-8, cp1251, "
                         "cp1256, koi8_r, shift_jis, mac_roman)", field="encoding") from exc
    return name if name.startswith("utf") else name.replace("-", "_")


def line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode_with(data: bytes, encoding: str, where: str) -> str:
    """Decode with the encoding the user chose; a byte it cannot read names its line."""
    name = canonical(encoding)
    try:
        return data.decode(name)
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot be read as {label(name)}: byte 0x{data[exc.start]:02x} is "
                         "not valid there (try another encoding)", file=where,
                         line=line_of(data, exc.start)) from exc


def decode_text(data: bytes, where: str, encoding: str | None = None) -> Decoded:
    """BOMs, UTF-16 without a BOM as Excel writes it, strict UTF-8, then the detector."""
    if encoding:
        name = canonical(encoding)
        return Decoded(decode_with(data, name, where), name, False)
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return Decoded(decode_with(data, "utf-32", where), "utf-32", False)
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(_bom(data, "utf-8-sig", where), "utf-8-sig", False)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(_bom(data, "utf-16", where), "utf-16", False)
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(b"\x00") >= len(sample) // 4:
        # UTF-16 without a BOM: every other byte of ASCII text is zero
        even_zeros = sample[0::2].count(0)
        odd_zeros = sample[1::2].count(0)
        guess = "utf-16-le" if odd_zeros > even_zeros else "utf-16-be"
        try:
            return Decoded(data.decode(guess), "utf-16", False)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise InputError("is not a text file (it holds binary data)", file=where)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    valid = sum(1 for _ in _UTF8_SEQUENCE.finditer(data))
    if valid and valid >= _invalid_utf8_bytes(data, stop_after=valid + 1):
        bad_lines = sorted({line_of(data, offset) for offset in _invalid_offsets(data, 20)})
        more = f" (and lines {', '.join(map(str, bad_lines[1:6]))})" if len(bad_lines) > 1 \
            else ""
        raise InputError(
            f"the file is UTF-8 but byte 0x{data[first_bad]:02x} here is not{more}: a damaged "
            "file or text pasted from another program; correct that line, or give the "
            "encoding if the file is not UTF-8 after all", file=where,
            line=line_of(data, first_bad))
    return _guess(data, where)


def _bom(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"says it is {label(encoding)} (it starts with the mark) but byte "
                         f"0x{data[exc.start]:02x} is not; the file is damaged", file=where,
                         line=line_of(data, exc.start)) from exc


def _invalid_offsets(data: bytes, limit: int) -> list[int]:
    offsets: list[int] = []
    position = 0
    while len(offsets) < limit:
        try:
            codecs.utf_8_decode(memoryview(data)[position:], "strict", True)
            break
        except UnicodeDecodeError as exc:
            offsets.append(position + exc.start)
            position += exc.end
    return offsets


def _invalid_utf8_bytes(data: bytes, *, stop_after: int) -> int:
    """Bytes that are not UTF-8, counted lazily up to `stop_after` (a legacy file has
    millions; a list of them took a gigabyte)."""
    escaped = _ESCAPED.finditer(data.decode("utf-8", "surrogateescape"))
    return sum(1 for _ in itertools.islice(escaped, stop_after))


_ESCAPED = re.compile("[\udc80-\udcff]")


SAMPLE_BYTES = 128 * 1024  # what the detector reads of a large file (it is the slow part)


def _guess(data: bytes, where: str) -> Decoded:
    """The detector ranks the candidates on a sample (whole lines from the start); the
    mojibake check settles near ties; the whole file must then decode with the choice (or
    the next one that does)."""
    from charset_normalizer import from_bytes

    sample = data
    if len(data) > SAMPLE_BYTES:
        cut = data.rfind(b"\n", 0, SAMPLE_BYTES)
        sample = data[: cut + 1] if cut > 0 else data[:SAMPLE_BYTES]
    results = list(from_bytes(sample, cp_isolation=list(CANDIDATES), explain=False))
    options = [(r.chaos, canonical(r.encoding)) for r in results]
    if not options:
        raise InputError("unknown text encoding: not UTF-8 and none of the usual Windows, ISO, "
                         "KOI8, Mac, Japanese, Chinese or Korean encodings; save the file as "
                         "UTF-8 (\"CSV UTF-8\" in Excel) and import it again", file=where)
    best_chaos = min(chaos for chaos, _ in options)
    texts = {name: sample.decode(name, "replace") for chaos, name in options
             if chaos <= best_chaos + 0.1}
    order = {name: index for index, name in enumerate(CANDIDATES)}
    ranked = sorted(texts, key=lambda n: (_oddness(texts[n]), order.get(n, len(order))))
    ranked += [name for _, name in sorted(options) if name not in texts]
    for index, chosen in enumerate(ranked):
        oddness = _oddness(sample.decode(chosen, "replace"))
        if oddness >= 0.5:
            break
        try:
            text = data.decode(chosen)
        except UnicodeDecodeError:
            continue  # the sample fit, a later byte does not: the next candidate
        return _with_doubt(Decoded(text, chosen, True), data, sample, oddness,
                           [n for n in ranked[index + 1:] if n in texts])
    raise InputError("unknown text encoding: not UTF-8, and every usual encoding gives "
                     "garbled names; save the file as UTF-8 (\"CSV UTF-8\" in Excel) or "
                     "give the encoding", file=where)


def _with_doubt(decoded: Decoded, data: bytes, sample: bytes, oddness: float,
                others: list[str]) -> Decoded:
    """The guess, with the other candidates (three at most) that read the names differently
    and no less plausibly: the guess then rests on the order of preference alone (Turkish
    'Yılmaz' and Icelandic-looking 'Yýlmaz' are both fine names)."""
    alternatives: list[tuple[str, str, str]] = []
    mine = sample.decode(decoded.encoding, "replace")
    for other in others:
        reading = sample.decode(other, "replace")
        if _oddness(reading) > oddness or _preferred(decoded.encoding, mine, reading):
            continue
        example = _first_difference(mine, reading)
        if example is None:
            continue
        try:
            data.decode(other)
        except UnicodeDecodeError:
            continue
        alternatives.append((other, *example))
        if len(alternatives) == 3:
            break
    return Decoded(decoded.text, decoded.encoding, True, tuple(alternatives))


# Letters of the Western European languages Windows-1252 is preferred for (the partners most
# often met): when the bytes two readings disagree on are all such letters in Windows-1252, the
# preference is itself the evidence (a French 'Lefèvre' is likelier than a Czech 'Lefčvre').
# Icelandic ð, þ and ý are not among them: those are Turkish ğ, ş and ı read wrongly, often.
_WESTERN = frozenset("àáâãäåæçèéêëìíîïñòóôõöøùúûüÿœšžß")


def _preferred(chosen: str, mine: str, reading: str) -> bool:
    """Whether the chosen reading is a Western European one the order of preference rightly
    puts first, whatever the other reading gives."""
    if chosen != "cp1252" or len(mine) != len(reading):
        return False
    return all(ch.lower() in _WESTERN for ch, theirs in zip(mine, reading, strict=True)
               if ch != theirs and ch.isalpha())


_WORD = re.compile(r"[^\s,;\t|\"'@.()\[\]<>:/\\-]+")


def _first_difference(one: str, other: str) -> tuple[str, str] | None:
    """The first word two readings of the same bytes spell differently."""
    for line, other_line in zip(one.splitlines(), other.splitlines(), strict=False):
        if line == other_line:
            continue
        for word, other_word in zip(_WORD.findall(line), _WORD.findall(other_line),
                                    strict=False):
            if word != other_word:
                return word, other_word
    return None


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "?"


_VOWELS = {"CYRILLIC": "аеёиоуыэюяіїєў", "GREEK": "αεηιουω"}

# The letters outside ASCII of the Latin alphabets partners write (and the letters that tell
# the Cyrillic ones apart). One name is written in one
# of them: a word whose letters no single alphabet holds ('Büyükþehir': ü and Icelandic þ) is
# another code page read wrongly (Turkish Windows-1254 read as Windows-1252). Letters in none
# of these (Welsh ŵ, Sami ŋ) are left out of the test, not counted against a word. Faroese
# (ø with á, í) is left out: it would make Czech read as Windows-1252 ('Dvoøák') a name.
_LATIN = tuple(frozenset(letters) for letters in (
    "àâæçéèêëîïôœùûüÿ",  # French
    "äöüß",  # German
    "áéíñóúü",  # Spanish
    "áâãàçéêíóôõú",  # Portuguese
    "àèéìíîòóùú",  # Italian
    "àçèéíïòóúü",  # Catalan
    "áéíóúëïöü",  # Dutch
    "åäöæøé",  # Danish, Norwegian, Swedish
    "áðéíóúýþæö",  # Icelandic
    "äöšž",  # Finnish
    "äöõüšž",  # Estonian
    "ąćęłńóśźż",  # Polish
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "áéíóöőúüű",  # Hungarian
    "ăâîșțşţ",  # Romanian
    "čćđšž",  # Croatian, Bosnian, Serbian, Slovenian
    "çëé",  # Albanian
    "çğıöşüâîû",  # Turkish (İ lower-cases to i and a dot)
    "çəğıöşü",  # Azerbaijani
    "ąčęėįšųūž",  # Lithuanian
    "āčēģīķļņšūž",  # Latvian
    "ċġħżàèìòù",  # Maltese
))
_CYRILLIC = tuple(frozenset(letters) for letters in (
    "ёъыэ",  # Russian
    "ґєії",  # Ukrainian
    "ёўыэі",  # Belarusian
    "ъ",  # Bulgarian
    "ђјљњћџ",  # Serbian
    "ѓѕјљњќџ",  # Macedonian
))
_ALPHABETS = {"LATIN": _LATIN, "CYRILLIC": _CYRILLIC}
_KNOWN_LETTERS = {script: frozenset().union(*sets) for script, sets in _ALPHABETS.items()}


def _mixes_alphabets(script: str, letters: list[str]) -> bool:
    """Whether a word's telling letters belong to no single alphabet of its script."""
    wanted = {ch for ch in "".join(letters).lower() if ch in _KNOWN_LETTERS[script]}
    return len(wanted) > 1 and not any(wanted <= alphabet for alphabet in _ALPHABETS[script])


def _oddness(text: str) -> float:
    """How much a decoding looks like mojibake: symbols among letters, scripts or case mixed
    inside a word ('ÃÍãÏ', 'Ðŕ'); per non-ASCII word, lower is more plausible."""
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    if not words:
        return 0.0
    odd = 0
    for word in words:
        if unicodedata.category(word[0]).startswith("M"):
            odd += 1  # a word starting with an accent alone: 'Þór' read as Vietnamese
        scripts = {_script(ch) for ch in word if ch.isalpha()}
        scripts.discard("?")
        if len(scripts) > 1:
            odd += 1
        odd += sum(1 for ch in word if not ch.isascii() and not ch.isalpha()
                   and not unicodedata.category(ch).startswith("M"))
        letters = [ch for ch in word if ch.isalpha()]
        if scripts == {"LATIN"} and len(letters) >= 3 \
                and sum(not ch.isascii() for ch in letters) > 0.6 * len(letters):
            odd += 1  # Greek, Hebrew or Cyrillic read as Latin letters: accents everywhere
        elif len(scripts) == 1 and scripts <= _ALPHABETS.keys() \
                and _mixes_alphabets(next(iter(scripts)), letters):
            odd += 1  # one code page read as another: 'Büyükþehir', 'ихтїхэъю'
        if len(letters) >= 3 and scripts & set(_VOWELS) and not any(
                unicodedata.normalize("NFD", ch.lower())[0] in _VOWELS.get(_script(ch), "")
                for ch in letters):
            odd += 1  # a Russian or Greek word without a vowel: another script read wrongly
        if any(a.islower() and b.isupper() for a, b in itertools.pairwise(letters)):
            odd += 1
    return odd / len(words)
