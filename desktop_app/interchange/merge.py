"""Merging an incoming contact into a stored one: nothing the user already has is lost.

Text fields keep the stored value and only fill blanks (name parts that only restate the
stored full name, as every export writes them, are no news); emails, phones, tags, cluster links,
notes and follow-ups are united (an email already there by its address, a phone entry by its value
with the same kind or a kind one side does not say, a note by its text, a follow-up by its uid or
by its action and due date, are not added twice). Merging the same data twice changes nothing,
which is what makes importing the same file twice add nothing.
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.interchange.names import name_parts, stored_parts, with_parts
from desktop_app.userdata.contact_values import normalised, phone_identity
from desktop_app.userdata.models import Address, Contact

_NAME_FIELDS = ("given_name", "family_name", "name_prefix", "middle_name", "name_suffix")
_TEXT_FIELDS = ("full_name", "organisation", "role", "website", "met_where", "met_when",
                "met_by")
_GENERIC_KINDS = {"", "other"}


def merge(existing: Contact, incoming: Contact) -> Contact:
    """`existing` with whatever `incoming` adds; uid and dates stay those of `existing`."""
    old, new = normalised(existing), normalised(incoming)
    merged = replace(old)
    for name in _TEXT_FIELDS:
        if not getattr(old, name) and getattr(new, name):
            setattr(merged, name, getattr(new, name))
    if stored_parts(new) != name_parts(old):  # parts that only restate the name add nothing
        for name in _NAME_FIELDS:
            if not getattr(old, name) and getattr(new, name):
                setattr(merged, name, getattr(new, name))
    merged.priority = max(old.priority, new.priority)
    if old.address.is_empty() and not new.address.is_empty():
        merged.address = replace(new.address)
    else:
        merged.address = replace(old.address)
    if old.photo is None and new.photo is not None:
        merged.photo, merged.photo_type = new.photo, new.photo_type
    # emails and phones already there are kept as they are (kinds included: a format that
    # cannot say "work" must not relabel them); new ones are added
    emails = {e.address.casefold() for e in old.emails}
    merged.emails = [replace(e) for e in old.emails]
    for e in new.emails:
        if e.address.casefold() not in emails:
            emails.add(e.address.casefold())
            merged.emails.append(replace(e))
    merged.phones = [replace(p) for p in old.phones]
    kinds: dict[str, set[str]] = {}  # phone value -> the kinds it is stored with
    for p in old.phones:
        kinds.setdefault(phone_identity(p.number) or p.number, set()).add(p.kind)
    for p in new.phones:
        value = phone_identity(p.number) or p.number
        known = kinds.setdefault(value, set())
        if p.kind in known or (known and (p.kind in _GENERIC_KINDS or known & _GENERIC_KINDS)):
            continue
        known.add(p.kind)
        merged.phones.append(replace(p))
    merged.cluster_ids = list(dict.fromkeys(old.cluster_ids + new.cluster_ids))
    tags = {t.casefold() for t in old.tags}
    merged.tags = old.tags + [t for t in new.tags if t.casefold() not in tags]
    texts = {n.text for n in old.notes}
    merged.notes = [replace(n) for n in old.notes] + [
        replace(n) for n in new.notes if n.text not in texts]
    merged.follow_ups = [replace(f) for f in old.follow_ups]
    by_uid = {f.uid: f for f in merged.follow_ups if f.uid}
    seen = {(f.action, f.due) for f in old.follow_ups}
    newer = (incoming.updated_at or "") > (existing.updated_at or "")
    for f in new.follow_ups:
        same = by_uid.get(f.uid) if f.uid else None
        if same is not None:
            if newer and same.state != f.state:
                same.state = f.state
            continue
        if (f.action, f.due) in seen:
            continue
        seen.add((f.action, f.due))
        merged.follow_ups.append(replace(f))
    return merged


def same_content(a: Contact, b: Contact) -> bool:
    """True when the two hold the same information (times of writing aside)."""
    def content(c: Contact) -> Contact:
        c = normalised(c)
        with_parts(c, name_parts(c))  # the name's parts, stored or as its full name says
        return replace(c, created_at="", updated_at="", deleted_at=None, address=replace(
            c.address) if not c.address.is_empty() else Address())
    return content(a) == content(b)
