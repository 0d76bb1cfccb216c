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


def test_follow_up_model(qtbot):
    model = FollowUpTableModel()
    model.set_follow_ups([
        DueFollowUp("a", "Ana", "CLAUT", FollowUp("Send brochure", YESTERDAY, uid="f1")),
        DueFollowUp("b", "Beto", "", FollowUp("Whenever", "", uid="f2")),
    ])
    assert [model.index(0, c).data() for c in range(4)] == [YESTERDAY, "Ana", "CLAUT",
                                                            "Send brochure"]
    assert model.index(1, 0).data() == "—"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert model.index(0, 0).data(FollowUpRole.ContactUid) == "a"
    assert model.index(0, 0).data(FollowUpRole.FollowUpUid) == "f1"
