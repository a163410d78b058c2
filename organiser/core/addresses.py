"""The one rule for an e-mail address Organiser accepts, wherever it comes from.

The part before the @ must be ASCII: a non-ASCII local part (`jürgen@…`) needs SMTPUTF8
(RFC 6531) on every server on the way, cannot be downgraded, and many organisations' servers
still refuse it; an address that cannot be mailed is refused where it is typed, not found out
at send time. An international domain (`пример.рф`) is accepted and goes out in its ASCII
(IDNA) form (`xn--e1afmkfd.xn--p1ai`) in headers, envelopes and calendar mailto: URIs.

That form is IDNA 2008 with UTS #46 non-transitional mapping (the `idna` package), what .de,
browsers and mail clients use: `straße.de` is `xn--strae-oqa.de`, not `strasse.de` (a different
domain, someone else's mailbox), as Python's built-in IDNA 2003 codec would write it; the same
for a final sigma (ς) and the joiners ZWJ/ZWNJ. A domain IDNA 2008 refuses (`☃.net`) is refused.

It is also the one matching key (`address_key`): `d@пример.рф` and `d@xn--e1afmkfd.xn--p1ai`
are one mailbox, so one person, one invitee, one reply's sender.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from enum import Enum

from organiser.core import limits

_LOCAL_PART = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$")
_DOMAIN_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")

NON_ASCII_LOCAL = ("letters outside ASCII before the @ are not accepted by most mail servers; "
                   "ask the person for another address")


def _idna(domain: str) -> str:
    """The ASCII form of a non-ASCII domain (IDNA 2008, UTS #46 non-transitional), lower-case;
    UnicodeError (idna.IDNAError) when IDNA 2008 refuses it. `idna` loads on first use."""
    import idna

    return idna.encode(domain, uts46=True, transitional=False).decode("ascii")


def _ascii_domain(domain: str) -> str | None:
    try:
        text = domain if domain.isascii() else _idna(domain)
    except UnicodeError:
        return None
    labels = text.rstrip(".").split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.match(label) for label in labels) \
            or labels[-1].isdigit():
        return None
    return text.rstrip(".")


class Fault(Enum):
    """Which part of the rule an address breaks, for messages worded (and translated) by the
    place that shows them; `address_problem` words them for files and the command line."""

    NOT_ONE_AT = "needs exactly one @"
    NON_ASCII_LOCAL = "non-ASCII letters before the @"
    LOCAL_PART = "the part before the @"
    DOMAIN = "the domain after the @"
    TOO_LONG = "too long"


def address_fault(address: str) -> Fault | None:
    """Which part of the rule the address breaks, or None when it can be mailed."""
    address = address.strip()
    if address.count("@") != 1 or any(ch.isspace() for ch in address):
        return Fault.NOT_ONE_AT
    local, _, domain = address.rpartition("@")
    if local and not local.isascii():
        return Fault.NON_ASCII_LOCAL
    if not local or len(local) > limits.EMAIL_LOCAL_CHARS or not _LOCAL_PART.match(local) \
            or local.startswith(".") or local.endswith(".") or ".." in local:
        return Fault.LOCAL_PART
    ascii_domain = _ascii_domain(domain)
    if ascii_domain is None:
        return Fault.DOMAIN
    if len(local) + 1 + len(ascii_domain) > limits.EMAIL_CHARS:
        return Fault.TOO_LONG
    return None


def address_key(address: str | None) -> str:
    """The key two spellings of one mailbox share: how people, invitees, removed invitees and
    replies are matched, and what `person_email.address_key` stores (one person per address).

    The domain is compared in its ASCII (IDNA 2008) form, case-folded: `пример.рф`, `ПРИМЕР.РФ` and
    `xn--e1afmkfd.xn--p1ai` are one domain (DNS ignores case; the Unicode form and the punycode
    form name the same host), and a trailing dot is dropped; `straße.de` and `strasse.de` are
two domains.

    The local part is case-folded too, although RFC 5321 lets a server tell `Amina@` from
    `amina@`: no mainstream mail server does, while spreadsheets and people retype addresses
    with capitals (`Amina.Diallo@…`). Telling them apart would make a second person for one
    inbox and send two invitations to it, and migration 0005's one-person-per-address index
    and the duplicates view already rely on it. The address itself is kept and sent as typed,
    so a rare case-sensitive server still gets exactly the address the person gave.
    (Migrations 0010 and 0013 carry frozen copies of this function: a change needs a migration
    recomputing the stored keys.)
    """
    text = (address or "").strip()
    local, at, domain = text.rpartition("@")
    if not at:
        return text.casefold()
    domain = domain.rstrip(".")
    if not domain.isascii():
        with contextlib.suppress(UnicodeError):  # one IDNA refuses: compared as it is
            domain = _idna(domain)
    return f"{unicodedata.normalize('NFC', local).casefold()}@{domain.casefold()}"


def address_problem(address: str) -> str | None:
    """Why the address (one line, no spaces, one @) cannot be mailed, or None."""
    fault = address_fault(address)
    if fault is Fault.NON_ASCII_LOCAL:
        return f"e-mail address {address!r}: {NON_ASCII_LOCAL}"
    if fault is Fault.NOT_ONE_AT:
        return f"malformed e-mail address {address!r} (needs exactly one @, no spaces)"
    if fault is Fault.LOCAL_PART:
        return f"malformed e-mail address {address!r} (the part before @)"
    if fault is Fault.DOMAIN:
        return f"malformed e-mail address {address!r} (the domain after @)"
    if fault is Fault.TOO_LONG:
        return f"e-mail address {address[:80]!r} is too long (at most 254 characters)"
    return None


def wire_address(address: str) -> str:
    """The address as it goes into headers, SMTP envelopes and mailto: URIs: the domain in
    its ASCII (IDNA) form. An address the rule refuses comes back unchanged."""
    local, _, domain = address.strip().rpartition("@")
    ascii_domain = _ascii_domain(domain) if local else None
    return f"{local}@{ascii_domain}" if ascii_domain else address.strip()


__all__ = ["NON_ASCII_LOCAL", "Fault", "address_fault", "address_key", "address_problem",
           "wire_address"]
