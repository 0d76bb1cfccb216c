"""The contacts table models, without widgets."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from desktop_app.ui.contacts.contacts_table_model import (
    CONTACT_COLUMNS,
    OVERDUE,
    ContactRole,
    ContactsTableModel,
    FollowUpRole,
    FollowUpTableModel,
)
from desktop_app.userdata.models import (
    Contact,
    DueFollowUp,
    Email,
    FollowUp,
    Phone,
)

YESTERDAY = (dt.date.today() - dt.timedelta(days=1)).isoformat()
LATER = (dt.date.today() + dt.timedelta(days=9)).isoformat()


def _contacts():
    return [
        Contact(full_name="Ana Ruiz", organisation="CLAUT", role="Directora",
                emails=[Email("ana@claut.mx"), Email("ana@gmail.com")],
                phones=[Phone("+52 81 1234 5678")], cluster_ids=["mx-nle-claut", "mx-gone"],
                tags=["auto"], priority=3, uid="a",
                follow_ups=[FollowUp("Call", LATER), FollowUp("Send brochure", YESTERDAY)]),
        Contact(organisation="Front desk", uid="b"),
    ]


def test_rows_columns_and_roles(qtbot):
    model = ContactsTableModel(cluster_names={"mx-nle-claut": "CLAUT"})
    with qtbot.waitSignal(model.modelReset):
        model.set_contacts(_contacts())
    assert model.rowCount() == 2 and model.columnCount() == len(CONTACT_COLUMNS)
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)] == [
        "Name", "Organisation", "Role"]
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[:5] == ["Ana Ruiz", "CLAUT", "Directora", "ana@claut.mx, ana@gmail.com",
                       "+52 81 1234 5678"]
    assert row[5] == "CLAUT, mx-gone" and row[6] == "auto" and row[7] == "High"
    assert row[8] == f"{YESTERDAY}  Send brochure"
    assert "not in the catalogue" in model.index(0, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 8).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert model.index(0, 0).data(ContactRole.Uid) == "a"
    assert model.index(0, 0).data(ContactRole.Contact).full_name == "Ana Ruiz"
    assert model.index(0, 0).data(ContactRole.Due) == YESTERDAY
    assert model.index(1, 0).data() == "Front desk"  # no name: the organisation
    assert model.row_of("b") == 1 and model.row_of("zz") == -1


def test_follow_up_model_groups_with_headings(qtbot):
    from desktop_app.services.follow_up_agenda import AgendaItem, Group

    model = FollowUpTableModel()
    model.set_agenda([
        AgendaItem(DueFollowUp("a", "Ana", "CLAUT", FollowUp("Send brochure", YESTERDAY,
                                                             uid="f1")),
                   Group.OVERDUE, "+52 1 81 3333 4444", "ana@claut.mx",
                   ("+52 81 1111 2222", "+52 1 81 3333 4444"), ("ana@claut.mx",)),
        AgendaItem(DueFollowUp("a", "Ana", "CLAUT", FollowUp("Call", YESTERDAY, uid="f3")),
                   Group.OVERDUE),
        AgendaItem(DueFollowUp("b", "Beto", "", FollowUp("Whenever", "", uid="f2")),
                   Group.UNDATED),
    ])
    assert model.rowCount() == 5 and model.columnCount() == 6
    assert [model.is_heading(r) for r in range(5)] == [True, False, False, True, False]
    assert model.index(0, 0).data() == "Overdue · 2" and model.index(3, 0).data() == "No date · 1"
    assert model.group_title(Group.THIS_WEEK, dt.date(2025, 1, 29)) == "This week (to Wed 5 Feb)"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert [model.index(1, c).data() for c in range(6)] == [
        YESTERDAY, "Ana", "CLAUT", "Send brochure", "+52 1 81 3333 4444", "ana@claut.mx"]
    assert model.index(1, 4).data(Qt.ItemDataRole.ToolTipRole) == (
        "+52 81 1111 2222\n+52 1 81 3333 4444")
    assert model.index(4, 0).data() == "—"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert model.index(4, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, 0).data(FollowUpRole.ContactUid) == "a"
    assert model.index(1, 0).data(FollowUpRole.FollowUpUid) == "f1"
    assert model.item_at(0) is None and model.item_at(4).due.contact_name == "Beto"
    assert len(model.items()) == 3
