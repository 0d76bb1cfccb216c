"""The Contacts tab at the sizes people use (1280x800, 1920x1080): names, phones and emails are
never cut, the follow-up column no longer takes half the width, the rest fits, full text in
tooltips; the "To follow up" agenda lists the next 7 days, grouped, with phone and email to act
from; every control has an accessible name."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication

from desktop_app.services.contacts import ContactsService
from desktop_app.ui.contacts.column_fit import ColumnRule, fitted_widths
from desktop_app.ui.contacts.contacts_view import ContactsView
from desktop_app.userdata.models import Contact, Email, FollowUp, Phone
from tests.ui.accessibility import unnamed_controls
from tests.user_fixtures import catalogue_file  # noqa: F401

TODAY = dt.date.today()
LONG_NAME = "María Fernanda Villarreal de la Garza"
LONG_ACTION = ("Send the brochure with the prices for the Hannover delegation, the visit plan "
               "and the list of suppliers we met")
NAME, ORGANISATION, PHONES, EMAILS, NEXT = 0, 1, 4, 3, 8


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


@pytest.fixture
def service(context) -> ContactsService:
    service = ContactsService(context)
    service.save(Contact(full_name=LONG_NAME,
                         organisation="Cluster Automotriz de Nuevo León (CLAUT)",
                         role="Directora de Innovación y Vinculación",
                         emails=[Email("mf.villarreal@claut.com.mx")],
                         phones=[Phone("+52 81 8390 1234", "work"),
                                 Phone("+52 1 81 2345 6789", "mobile")],
                         tags=["automotive", "mission 2024"],
                         follow_ups=[FollowUp(LONG_ACTION, day(-2))]))
    service.save(Contact(full_name="Jean-Baptiste Lefèvre", organisation="Aerospace Valley",
                         emails=[Email("jb@aerospace-valley.com")],
                         phones=[Phone("+33 5 61 14 58 30", "work")],
                         follow_ups=[FollowUp("Call about the B2B meetings", day(0)),
                                     FollowUp("Quote", day(20))]))
    service.save(Contact(full_name="Ana Ruiz", follow_ups=[FollowUp("Send samples", day(1))]))
    return service


@pytest.fixture
def view(qtbot, context, service):
    view = ContactsView(context, cluster_choices=[])
    qtbot.addWidget(view)
    return view


def text_width(table, column: int) -> int:
    """The widest text of a column, in pixels."""
    metrics = table.fontMetrics()
    return max(metrics.horizontalAdvance(table.model().index(r, column).data() or "")
               for r in range(table.model().rowCount()))


def show_at(qtbot, view, width: int, height: int) -> None:
    view.resize(width - 20, height - 100)  # the window's frame, menu, tabs and status bar
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.listing.table.viewport().width() > width // 2)
    view.listing.fitter.fit()


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1920, 1080)])
def test_names_phones_and_emails_are_never_cut(qtbot, view, width, height):
    show_at(qtbot, view, width, height)
    table = view.listing.table
    header = table.horizontalHeader()
    for column in (NAME, PHONES, EMAILS):
        assert header.sectionSize(column) >= text_width(table, column), column
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert sum(widths) <= table.viewport().width()  # no sideways scrolling
    assert widths[NEXT] <= 280 < text_width(table, NEXT)  # capped: the tooltip has it all
    assert widths[NEXT] < table.viewport().width() // 4
    model = view.listing.model
    row = model.row_of(view.service.list("villarreal")[0].uid)
    assert LONG_ACTION in model.index(row, NEXT).data(Qt.ItemDataRole.ToolTipRole)


def test_the_spare_room_of_a_wide_window_goes_to_the_names(qtbot, context, view):
    ContactsService(context).delete(ContactsService(context).list("villarreal")[0].uid)
    view.refresh()
    show_at(qtbot, view, 1920, 1080)
    header = view.listing.table.horizontalHeader()
    table = view.listing.table
    assert header.sectionSize(NAME) > text_width(table, NAME) + 100
    assert header.sectionSize(ORGANISATION) > text_width(table, ORGANISATION) + 100
    assert sum(header.sectionSize(c) for c in range(header.count())) == (
        table.viewport().width())


def test_fitting_arithmetic():
    rules = [ColumnRule(stretch=True, keep=True), ColumnRule(stretch=True, minimum=100),
             ColumnRule(minimum=80, maximum=200), ColumnRule(keep=True)]
    assert fitted_widths([150, 300, 400, 120], rules, 1000) == [265, 415, 200, 120]
    assert fitted_widths([150, 300, 400, 120], rules, 600) == [150, 250, 80, 120]  # names last
    assert fitted_widths([150, 300, 400, 120], rules, 300) == [150, 100, 80, 120]  # scrolls


def test_to_follow_up_lists_the_next_7_days_grouped_with_phone_and_email(qtbot, view):
    show_at(qtbot, view, 1280, 800)
    view.show_follow_ups()
    agenda = view.follow_ups
    model = agenda.model
    rows = [(model.index(r, 0).data(), model.index(r, 3).data()) for r in range(model.rowCount())]
    headings = [heading for heading, action in rows if action is None]
    assert headings[:2] == ["Overdue · 1", "Today · 1"] and len(headings) == 3
    end = TODAY + dt.timedelta(days=7)
    assert headings[2] == f"This week (to {end:%a} {end.day} {end:%b}) · 1"
    assert [action for _, action in rows if action] == [
        LONG_ACTION, "Call about the B2B meetings", "Send samples"]
    assert view.tabs.tabText(1) == "To follow up (3)"
    assert [model.index(1, c).data() for c in (4, 5)] == ["+52 1 81 2345 6789",
                                                           "mf.villarreal@claut.com.mx"]
    assert agenda.table.columnSpan(0, 0) == model.columnCount()  # a heading spans the row
    header = agenda.table.horizontalHeader()
    for column in (1, 4, 5):  # name, phone, email
        widest = max(agenda.table.fontMetrics().horizontalAdvance(model.index(r, column).data())
                     for r in range(model.rowCount()) if not model.is_heading(r))
        assert header.sectionSize(column) >= widest
    assert header.sectionSize(0) < 200  # the headings span the row: they do not widen "Due"
    agenda.show_all.setChecked(True)
    assert "Quote" in [model.index(r, 3).data() for r in range(model.rowCount())]


def test_act_from_the_agenda_email_and_copy(qtbot, view):
    view.show_follow_ups()
    agenda = view.follow_ups
    opened = []
    agenda.open_url = lambda url: opened.append(url) or True
    assert not agenda.email_button.isEnabled()
    agenda.select_row(1)
    assert agenda.email_button.isEnabled()
    assert agenda.email_selected()
    assert opened == [QUrl("mailto:mf.villarreal@claut.com.mx?subject="
                           + QUrl.toPercentEncoding(LONG_ACTION).data().decode())]
    text = agenda.copy_selected()
    assert text == (f"{day(-2)}\t{LONG_NAME}\t+52 1 81 2345 6789\t"
                    f"mf.villarreal@claut.com.mx\t{LONG_ACTION}")
    assert QGuiApplication.clipboard().text() == text


def test_an_action_due_tomorrow_is_to_follow_up_right_away(qtbot, context, view):
    ContactsService(context).add_follow_up(
        ContactsService(context).list("ana")[0].uid, "Invite to the stand", day(1))
    view.refresh()
    assert view.tabs.tabText(1) == "To follow up (4)"
    actions = [item.due.follow_up.action for item in view.follow_ups.model.items()]
    assert "Invite to the stand" in actions


def test_every_control_of_the_tab_has_an_accessible_name(qtbot, view):
    show_at(qtbot, view, 1280, 800)
    assert unnamed_controls(view) == []
