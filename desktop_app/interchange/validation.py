"""Checks that help rather than block: phone numbers read and shown in international format, and
email addresses that look mistyped, with a suggestion.

Nothing here refuses a value: a number that cannot be read is kept as typed, with a hint.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from desktop_app.userdata.models import Contact

DEFAULT_REGION = "MX"

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
COMMON_DOMAINS = (
    "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "yahoo.com.mx", "live.com",
    "live.com.mx", "icloud.com", "me.com", "aol.com", "msn.com", "prodigy.net.mx",
    "hotmail.es", "outlook.es", "yahoo.es", "gmx.de", "gmx.net", "web.de", "protonmail.com",
    "proton.me",
)
_TLD_TYPOS = {"con": "com", "cmo": "com", "ocm": "com", "comm": "com", "vom": "com",
              "xom": "com", "cm": "com", "om": "com", "co,": "com", "nte": "net", "ent": "net",
              "mz": "mx", "xm": "mx", "ogr": "org", "rog": "org"}


@dataclass(frozen=True)
class PhoneCheck:
    text: str  # as typed
    ok: bool
    international: str  # "+52 81 1234 5678" when understood, else the text as typed
    e164: str  # "+528112345678" when understood, else ""
    hint: str  # why not, or ""


@dataclass(frozen=True)
class EmailCheck:
    text: str
    ok: bool
    suggestion: str  # a corrected address, or ""
    hint: str


@dataclass(frozen=True)
class Hint:
    """Something to show beside a field: `field` is "emails", "phones", "website", ...; `index`
    the row within a list field."""

    field: str
    index: int
    message: str
    suggestion: str = ""
    level: str = "warning"  # "warning": probably wrong; "info": how it will be shown


def check_phone(text: str, region: str = DEFAULT_REGION) -> PhoneCheck:
    """Read a phone number (a national number in `region` when it has no +country code)."""
    import phonenumbers  # ~30 ms: not before a phone number is read

    text = (text or "").strip()
    if not text:
        return PhoneCheck(text, False, "", "", "empty")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return PhoneCheck(text, False, text, "", "not a phone number")
    if not phonenumbers.is_possible_number(number):
        return PhoneCheck(text, False, text, "",
                          "too short or too long for a phone number")
    formatted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if not phonenumbers.is_valid_number(number):
        return PhoneCheck(text, False, formatted, e164,
                          "not a valid number in its country; check the digits")
    return PhoneCheck(text, True, formatted, e164, "")


def format_phone(text: str, region: str = DEFAULT_REGION) -> str:
    """The number in international format when it can be read, else as typed."""
    check = check_phone(text, region)
    return check.international if check.e164 else (text or "").strip()


def check_email(text: str) -> EmailCheck:
    """Is this a plausible email address? Suggests a fix for common typos (gmial.com, .con)."""
    text = (text or "").strip()
    if not text:
        return EmailCheck(text, False, "", "empty")
    if text.count("@") != 1:
        return EmailCheck(text, False, "", "an email address has one @")
    local, domain = text.split("@")
    if not local or not domain:
        return EmailCheck(text, False, "", "something is missing before or after the @")
    lowered = domain.lower().rstrip(".")
    suggestion_domain = ""
    labels = lowered.split(".")
    if len(labels) > 1 and labels[-1] in _TLD_TYPOS:
        suggestion_domain = ".".join(labels[:-1] + [_TLD_TYPOS[labels[-1]]])
    candidate = suggestion_domain or lowered
    if candidate not in COMMON_DOMAINS:
        close = difflib.get_close_matches(candidate, COMMON_DOMAINS, n=1, cutoff=0.8)
        if close and close[0] != candidate:
            suggestion_domain = close[0]
    if "." not in lowered:
        for common in COMMON_DOMAINS:
            if lowered == common.replace(".", ""):
                suggestion_domain = common
                break
    suggestion = f"{local}@{suggestion_domain}" if suggestion_domain else ""
    if not _EMAIL.match(text) or " " in text:
        return EmailCheck(text, False, suggestion, "does not look like an email address")
    if suggestion:
        return EmailCheck(text, False, suggestion, f"did you mean {suggestion}?")
    return EmailCheck(text, True, "", "")


def check_contact(contact: Contact, region: str = DEFAULT_REGION) -> list[Hint]:
    """Hints for every field that looks wrong; an empty list when all is well."""
    hints: list[Hint] = []
    if not contact.display_name:
        hints.append(Hint("name", 0, "add a name, an organisation, an email or a phone"))
    for i, email in enumerate(contact.emails):
        check = check_email(email.address)
        if not check.ok:
            hints.append(Hint("emails", i, f"{email.address}: {check.hint}", check.suggestion))
    for i, phone in enumerate(contact.phones):
        check = check_phone(phone.number, region)
        if not check.ok:
            hints.append(Hint("phones", i, f"{phone.number}: {check.hint}", check.international
                              if check.e164 else ""))
        elif check.international != phone.number.strip():
            hints.append(Hint("phones", i, f"shown as {check.international}",
                              check.international, "info"))
    for i, follow_up in enumerate(contact.follow_ups):
        if follow_up.due and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", follow_up.due):
            hints.append(Hint("follow_ups", i, f"due date {follow_up.due!r}: YYYY-MM-DD expected"))
    if contact.website and not re.match(r"^(https?://)?[^\s/]+\.[^\s/]+", contact.website):
        hints.append(Hint("website", 0, "does not look like a web address"))
    return hints
