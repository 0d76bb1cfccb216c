"""Contacts: the people met, stored across a few tables and searchable as one.

Plain functions over a connection that take and return `Contact` dataclasses. A contact is found by
its stable `uid`. Deleting is soft (`deleted_at`), so it can be undone; `purge_contact` removes for
good. The full-text index (`contacts_fts`) is updated in the same transaction as every write.
What a stored contact looks like (trimmed, without repeats) is `contact_values.normalised`.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import replace

from desktop_app.userdata.contact_values import MatchReason, clean, match_key, normalised
from desktop_app.userdata.db import fold, match_expression, transaction
from desktop_app.userdata.models import (
    Address,
    Contact,
    ContactTag,
    DatedNote,
    DueFollowUp,
    Email,
    FollowUp,
    Phone,
    new_uid,
    now_iso,
)

_CONTACT_COLUMNS = ("id, uid, full_name, given_name, family_name, name_prefix, middle_name,"
                    " name_suffix, organisation, role, website, address, met_where, met_when, met_by, priority, photo, photo_type,"
                    " created_at, updated_at, deleted_at")

_FTS_SELECT = """
    SELECT c.id,
        c.full_name || ' ' || c.given_name || ' ' || c.middle_name || ' ' || c.family_name,
        c.organisation || ' ' || c.role,
        coalesce((SELECT group_concat(address, ' ') FROM contact_emails
                  WHERE contact_id = c.id), '')
        || ' ' || coalesce((SELECT group_concat(number, ' ') FROM contact_phones
                            WHERE contact_id = c.id), '')
        || ' ' || coalesce((SELECT group_concat(tag, ' ') FROM contact_tags
                            WHERE contact_id = c.id), '')
        || ' ' || coalesce((SELECT group_concat(cluster_id, ' ') FROM contact_clusters
                            WHERE contact_id = c.id), '')
        || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(c.address)), '')
        || ' ' || c.met_where || ' ' || c.met_by || ' ' || c.website,
        coalesce((SELECT group_concat(text, ' ') FROM contact_notes WHERE contact_id = c.id), '')
        || ' ' || coalesce((SELECT group_concat(action, ' ') FROM follow_ups
                            WHERE contact_id = c.id), '')
    FROM contacts c
"""


# --- reading --------------------------------------------------------------------------------------


def _address(text: str | None) -> Address:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return Address(street=text or "")
    if not isinstance(data, dict):
        return Address()
    return Address(**{k: str(data.get(k) or "") for k in Address.__dataclass_fields__})


def _address_json(address: Address) -> str:
    data = {k: getattr(address, k) for k in Address.__dataclass_fields__ if getattr(address, k)}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _children(conn: sqlite3.Connection, ids: list[int]) -> dict[str, dict[int, list]]:
    ids_json = json.dumps(ids)
    within = "contact_id IN (SELECT value FROM json_each(?))"
    out: dict[str, dict[int, list]] = {k: defaultdict(list) for k in (
        "emails", "phones", "clusters", "tags", "notes", "follow_ups")}
    for r in conn.execute(f"SELECT contact_id, address, kind FROM contact_emails WHERE {within}"
                          " ORDER BY contact_id, position", (ids_json,)):
        out["emails"][r[0]].append(Email(r[1], r[2]))
    for r in conn.execute(f"SELECT contact_id, number, kind FROM contact_phones WHERE {within}"
                          " ORDER BY contact_id, position", (ids_json,)):
        out["phones"][r[0]].append(Phone(r[1], r[2]))
    for r in conn.execute(f"SELECT contact_id, cluster_id FROM contact_clusters WHERE {within}"
                          " ORDER BY contact_id, position", (ids_json,)):
        out["clusters"][r[0]].append(r[1])
    for r in conn.execute(f"SELECT contact_id, tag FROM contact_tags WHERE {within}"
                          " ORDER BY contact_id, position", (ids_json,)):
        out["tags"][r[0]].append(r[1])
    for r in conn.execute(f"SELECT contact_id, text, created_at, uid FROM contact_notes"
                          f" WHERE {within} ORDER BY contact_id, created_at, id", (ids_json,)):
        out["notes"][r[0]].append(DatedNote(r[1], r[2], r[3]))
    for r in conn.execute(f"SELECT contact_id, action, due, state, uid, created_at FROM follow_ups"
                          f" WHERE {within} ORDER BY contact_id, id", (ids_json,)):
        out["follow_ups"][r[0]].append(FollowUp(r[1], r[2], r[3], r[4], r[5]))
    return out


def _load(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[Contact]:
    if not rows:
        return []
    kids = _children(conn, [r["id"] for r in rows])
    contacts = []
    for r in rows:
        cid = r["id"]
        contacts.append(Contact(
            full_name=r["full_name"], given_name=r["given_name"], family_name=r["family_name"],
            name_prefix=r["name_prefix"], middle_name=r["middle_name"],
            name_suffix=r["name_suffix"],
            organisation=r["organisation"], role=r["role"], emails=kids["emails"][cid],
            phones=kids["phones"][cid], website=r["website"], address=_address(r["address"]),
            cluster_ids=kids["clusters"][cid], tags=kids["tags"][cid], met_where=r["met_where"],
            met_when=r["met_when"], met_by=r["met_by"], priority=r["priority"],
            follow_ups=kids["follow_ups"][cid], notes=kids["notes"][cid],
            photo=bytes(r["photo"]) if r["photo"] is not None else None,
            photo_type=r["photo_type"], uid=r["uid"], created_at=r["created_at"],
            updated_at=r["updated_at"], deleted_at=r["deleted_at"]))
    return contacts


def get_contact(conn: sqlite3.Connection, uid: str, *, include_deleted: bool = False,
                ) -> Contact | None:
    deleted = "" if include_deleted else " AND deleted_at IS NULL"
    rows = conn.execute(f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE uid = ?{deleted}",
                        (uid,)).fetchall()
    found = _load(conn, rows)
    return found[0] if found else None


def list_contacts(conn: sqlite3.Connection, *, text: str = "", tag: str | None = None,
                  cluster_id: str | None = None, due_by: str | None = None,
                  include_deleted: bool = False, deleted_only: bool = False) -> list[Contact]:
    """Contacts matching all the given conditions, sorted by name.

    `text` matches the start of words anywhere (names, organisation, emails, phones, tags, notes,
    follow-ups; accents and case ignored); `due_by` (an ISO date) keeps contacts with an open
    follow-up due on or before it.
    """
    clauses, params = [], []
    if deleted_only:
        clauses.append("c.deleted_at IS NOT NULL")
    elif not include_deleted:
        clauses.append("c.deleted_at IS NULL")
    expression = match_expression(text)
    if text.strip() and expression is None:
        return []
    if expression:
        clauses.append("c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)")
        params.append(expression)
    if tag:
        clauses.append("c.id IN (SELECT contact_id FROM contact_tags WHERE tag = ?"
                       " COLLATE NOCASE)")
        params.append(tag.strip())
    if cluster_id:
        clauses.append("c.id IN (SELECT contact_id FROM contact_clusters WHERE cluster_id = ?)")
        params.append(cluster_id)
    if due_by:
        clauses.append("c.id IN (SELECT contact_id FROM follow_ups WHERE state = 'open'"
                       " AND due != '' AND due <= ?)")
        params.append(due_by)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(f"SELECT {_CONTACT_COLUMNS} FROM contacts c{where}", params).fetchall()
    contacts = _load(conn, rows)
    contacts.sort(key=lambda c: (fold(c.display_name) == "", fold(c.display_name), c.uid))
    return contacts


def count_contacts(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]


def all_tags(conn: sqlite3.Connection) -> list[ContactTag]:
    return [ContactTag(r[0], r[1]) for r in conn.execute(
        "SELECT min(t.tag), count(*) FROM contact_tags t JOIN contacts c ON c.id = t.contact_id"
        " WHERE c.deleted_at IS NULL GROUP BY t.tag COLLATE NOCASE"
        " ORDER BY t.tag COLLATE NOCASE")]


def linked_cluster_ids(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT DISTINCT l.cluster_id FROM contact_clusters l"
        " JOIN contacts c ON c.id = l.contact_id WHERE c.deleted_at IS NULL")}


def due_follow_ups(conn: sqlite3.Connection, until: str | None = None, *,
                   include_undated: bool = False) -> list[DueFollowUp]:
    """Open follow-ups due on or before `until` (all open ones when None), soonest first."""
    clauses = ["f.state = 'open'", "c.deleted_at IS NULL"]
    params: list[str] = []
    if until is not None:
        clauses.append("((f.due != '' AND f.due <= ?)" + (" OR f.due = '')" if include_undated
                                                            else ")"))
        params.append(until)
    rows = conn.execute(
        "SELECT c.uid AS contact_uid, c.full_name, c.given_name, c.family_name,"
        " c.organisation, f.action, f.due, f.state, f.uid, f.created_at"
        " FROM follow_ups f JOIN contacts c ON c.id = f.contact_id"
        f" WHERE {' AND '.join(clauses)} ORDER BY f.due = '', f.due, f.id", params).fetchall()
    out = []
    for r in rows:
        name = r["full_name"] or " ".join(p for p in (r["given_name"], r["family_name"]) if p)
        out.append(DueFollowUp(r["contact_uid"], name or r["organisation"], r["organisation"],
                               FollowUp(r["action"], r["due"], r["state"], r["uid"],
                                        r["created_at"])))
    return out


# --- duplicates -----------------------------------------------------------------------------------


def find_candidates(conn: sqlite3.Connection, contact: Contact,
                    ) -> list[tuple[Contact, MatchReason, str]]:
    """Stored contacts that are likely the same person, with why (and the email that matched):
    the same uid, the same email, or the same name and organisation. Best reason first, each
    contact once."""
    found: dict[int, tuple[MatchReason, str]] = {}
    if contact.uid:
        for (cid,) in conn.execute("SELECT id FROM contacts WHERE uid = ?"
                                   " AND deleted_at IS NULL", (contact.uid,)):
            found.setdefault(cid, (MatchReason.SAME_UID, ""))
    for email in contact.emails:
        address = clean(email.address)
        if not address:
            continue
        for (cid,) in conn.execute(
                "SELECT DISTINCT e.contact_id FROM contact_emails e JOIN contacts c"
                " ON c.id = e.contact_id WHERE e.address = ? COLLATE NOCASE"
                " AND c.deleted_at IS NULL ORDER BY e.contact_id", (address,)):
            found.setdefault(cid, (MatchReason.SAME_EMAIL, address))
    key = match_key(contact)
    if key:
        for (cid,) in conn.execute("SELECT id FROM contacts WHERE match_key = ?"
                                   " AND deleted_at IS NULL ORDER BY id", (key,)):
            found.setdefault(cid, (MatchReason.SAME_NAME, ""))
    if not found:
        return []
    rows = conn.execute(f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE id IN"
                        " (SELECT value FROM json_each(?))", (json.dumps(list(found)),)).fetchall()
    by_id = {r["id"]: c for r, c in zip(rows, _load(conn, rows))}
    return [(by_id[cid], *why) for cid, why in found.items() if cid in by_id]


# --- writing --------------------------------------------------------------------------------------


def reindex_contact(conn: sqlite3.Connection, contact_id: int) -> None:
    conn.execute("DELETE FROM contacts_fts WHERE rowid = ?", (contact_id,))
    conn.execute(f"INSERT INTO contacts_fts (rowid, name, organisation, details, notes)"
                 f" {_FTS_SELECT} WHERE c.id = ?", (contact_id,))


def reindex_all(conn: sqlite3.Connection) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM contacts_fts")
        conn.execute(f"INSERT INTO contacts_fts (rowid, name, organisation, details, notes)"
                     f" {_FTS_SELECT}")


def save_contact(conn: sqlite3.Connection, contact: Contact) -> Contact:
    """Insert the contact, or replace the stored one with the same uid; return it as stored.

    Notes and follow-ups without a uid or a date get one. Raises ValueError for a contact with
    nothing to identify it by.
    """
    contact = normalised(contact)
    if contact.is_empty():
        raise ValueError("a contact needs a name, an organisation, an email or a phone")
    stamp = now_iso()
    contact = replace(
        contact, uid=contact.uid or new_uid(),
        notes=[replace(n, uid=n.uid or new_uid(), created_at=n.created_at or stamp)
               for n in contact.notes],
        follow_ups=[replace(f, uid=f.uid or new_uid(), created_at=f.created_at or stamp)
                    for f in contact.follow_ups])
    values = (contact.full_name, contact.given_name, contact.family_name, contact.name_prefix,
              contact.middle_name, contact.name_suffix, contact.organisation,
              contact.role, contact.website, _address_json(contact.address), contact.met_where,
              contact.met_when, contact.met_by, contact.priority, contact.photo,
              contact.photo_type, match_key(contact))
    with transaction(conn):
        row = conn.execute("SELECT id, created_at FROM contacts WHERE uid = ?",
                           (contact.uid,)).fetchone()
        if row is None:
            cur = conn.execute(
                "INSERT INTO contacts (uid, full_name, given_name, family_name, name_prefix,"
                " middle_name, name_suffix, organisation, role, website, address, met_where,"
                " met_when, met_by, priority, photo, photo_type, match_key, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (contact.uid, *values, contact.created_at or stamp, contact.updated_at or stamp))
            cid = cur.lastrowid
        else:
            cid = row[0]
            conn.execute(
                "UPDATE contacts SET full_name = ?, given_name = ?, family_name = ?,"
                " name_prefix = ?, middle_name = ?, name_suffix = ?, organisation = ?, role = ?,"
                " website = ?, address = ?, met_where = ?, met_when = ?, met_by = ?,"
                " priority = ?, photo = ?, photo_type = ?,"
                " match_key = ?, updated_at = ?, deleted_at = NULL WHERE id = ?",
                (*values, stamp, cid))
            for table in ("contact_emails", "contact_phones", "contact_clusters", "contact_tags",
                          "contact_notes", "follow_ups"):
                conn.execute(f"DELETE FROM {table} WHERE contact_id = ?", (cid,))
        conn.executemany(
            "INSERT INTO contact_emails (contact_id, position, address, kind) VALUES (?, ?, ?, ?)",
            [(cid, i, e.address, e.kind) for i, e in enumerate(contact.emails)])
        conn.executemany(
            "INSERT INTO contact_phones (contact_id, position, number, kind) VALUES (?, ?, ?, ?)",
            [(cid, i, p.number, p.kind) for i, p in enumerate(contact.phones)])
        conn.executemany(
            "INSERT INTO contact_clusters (contact_id, position, cluster_id) VALUES (?, ?, ?)",
            [(cid, i, c) for i, c in enumerate(contact.cluster_ids)])
        conn.executemany(
            "INSERT INTO contact_tags (contact_id, position, tag) VALUES (?, ?, ?)",
            [(cid, i, t) for i, t in enumerate(contact.tags)])
        conn.executemany(
            "INSERT INTO contact_notes (uid, contact_id, text, created_at) VALUES (?, ?, ?, ?)",
            [(n.uid, cid, n.text, n.created_at) for n in contact.notes])
        conn.executemany(
            "INSERT INTO follow_ups (uid, contact_id, action, due, state, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(f.uid, cid, f.action, f.due, f.state, f.created_at) for f in contact.follow_ups])
        reindex_contact(conn, cid)
    stored = get_contact(conn, contact.uid)
    assert stored is not None
    return stored


def delete_contact(conn: sqlite3.Connection, uid: str) -> bool:
    """Mark a contact deleted (restorable with `restore_contact`)."""
    with transaction(conn):
        cur = conn.execute("UPDATE contacts SET deleted_at = ? WHERE uid = ?"
                           " AND deleted_at IS NULL", (now_iso(), uid))
    return cur.rowcount == 1


def restore_contact(conn: sqlite3.Connection, uid: str) -> bool:
    with transaction(conn):
        cur = conn.execute("UPDATE contacts SET deleted_at = NULL WHERE uid = ?"
                           " AND deleted_at IS NOT NULL", (uid,))
    return cur.rowcount == 1


def purge_contact(conn: sqlite3.Connection, uid: str) -> bool:
    """Remove a contact for good, with its emails, phones, notes and follow-ups."""
    with transaction(conn):
        row = conn.execute("SELECT id FROM contacts WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            return False
        conn.execute("DELETE FROM contacts_fts WHERE rowid = ?", (row[0],))
        conn.execute("DELETE FROM contacts WHERE id = ?", (row[0],))
    return True


def purge_deleted_contacts(conn: sqlite3.Connection, before: str) -> int:
    """Remove for good the contacts deleted before `before` (an ISO time)."""
    with transaction(conn):
        uids = [r[0] for r in conn.execute(
            "SELECT uid FROM contacts WHERE deleted_at IS NOT NULL AND deleted_at < ?",
            (before,))]
        for uid in uids:
            purge_contact(conn, uid)
    return len(uids)
