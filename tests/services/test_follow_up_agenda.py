"""The "To follow up" agenda: overdue and the next 7 days by default, grouped, with the phone and
email to act from."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.services.contacts import ContactsService
from desktop_app.services.follow_up_agenda import (
    Group,
    best_phone,
    follow_up_agenda,
    group_of,
    group_title,
)
from desktop_app.userdata.models import Contact, Email, FollowUp, Phone

TODAY = dt.date.today()


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


@pytest.fixture
def service(context) -> ContactsService:
    service = ContactsService(context)
    service.save(Contact(full_name="Ana Ruiz", emails=[Email("ana@claut.mx", "work")],
                         phones=[Phone("+52 81 1111 2222", "work"),
                                 Phone("+52 1 81 3333 4444", "mobile")],
                         follow_ups=[FollowUp("Send samples", day(1)),
                                     FollowUp("Send brochure", day(-2)),
                                     FollowUp("Quote", day(20)),
                                     FollowUp("Someday", ""),
                                     FollowUp("Done already", day(-1), state="done")]))
    service.save(Contact(full_name="Beto Gómez",
                         follow_ups=[FollowUp("Call", day(0)), FollowUp("Visit", day(7)),
                                     FollowUp("Too late for the week", day(8))]))
    return service


def test_overdue_today_and_the_next_seven_days_grouped_with_phone_and_email(service):
    agenda = follow_up_agenda(service)
    assert [(i.group, i.due.follow_up.action) for i in agenda] == [
        (Group.OVERDUE, "Send brochure"), (Group.TODAY, "Call"),
        (Group.THIS_WEEK, "Send samples"), (Group.THIS_WEEK, "Visit")]
    brochure = agenda[0]
    assert brochure.due.contact_name == "Ana Ruiz"
    assert (brochure.phone, brochure.email) == ("+52 1 81 3333 4444", "ana@claut.mx")
    assert brochure.phones == ("+52 81 1111 2222", "+52 1 81 3333 4444")
    assert (agenda[1].phone, agenda[1].email) == ("", "")  # Beto left neither


def test_everything_open_adds_later_and_undated(service):
    agenda = follow_up_agenda(service, everything_open=True)
    groups = [i.group for i in agenda]
    assert groups == sorted(groups, key=list(Group).index)
    assert [i.due.follow_up.action for i in agenda if i.group is Group.LATER] == [
        "Too late for the week", "Quote"]
    assert [i.due.follow_up.action for i in agenda if i.group is Group.UNDATED] == ["Someday"]
    assert "Done already" not in [i.due.follow_up.action for i in agenda]


def test_a_due_tomorrow_is_listed_right_after_it_was_added(context):
    service = ContactsService(context)
    luis = service.save(Contact(full_name="Luis"))
    assert follow_up_agenda(service) == []
    service.add_follow_up(luis.uid, "Send the plan", day(1))
    assert [i.due.follow_up.action for i in follow_up_agenda(service)] == ["Send the plan"]


@pytest.mark.parametrize(("due", "group"), [
    ("2025-01-28", Group.OVERDUE), ("2025-01-29", Group.TODAY), ("2025-01-30", Group.THIS_WEEK),
    ("2025-02-05", Group.THIS_WEEK), ("2025-02-06", Group.LATER), ("", Group.UNDATED),
    ("next week", Group.UNDATED)])
def test_group_of(due, group):
    assert group_of(due, dt.date(2025, 1, 29)) is group


def test_the_week_heading_says_where_it_ends():
    assert group_title(Group.THIS_WEEK, dt.date(2025, 1, 29)) == "This week (to Wed 5 Feb)"
    assert group_title(Group.OVERDUE) == "Overdue"


def test_best_phone_prefers_a_mobile():
    assert best_phone(Contact(phones=[Phone("1", "fax"), Phone("2", "Mobile")])) == "2"
    assert best_phone(Contact(phones=[Phone("1", "fax"), Phone("2", "home")])) == "1"
    assert best_phone(Contact()) == ""
