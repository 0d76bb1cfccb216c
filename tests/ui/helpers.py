"""Driving the window as a person would: clicking facet values and table rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.ui.browse.cluster_table_model import Role


def click_facet(window, facet: str, value: str) -> None:
    """Click the row of a facet value (by its value, e.g. 'aerospace' or 'QUE')."""
    group = window.facet_panel.groups[facet]
    item = group.item_for(value)
    assert item is not None, f"{value!r} is not shown in the {facet} facet"
    rect = group.list.visualItemRect(item)
    QTest.mouseClick(group.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def counts(window, facet: str) -> dict[str, int]:
    from desktop_app.ui.browse.facet_group import COUNT_ROLE, VALUE_ROLE

    lst = window.facet_panel.groups[facet].list
    return {lst.item(i).data(VALUE_ROLE): lst.item(i).data(COUNT_ROLE) for i in range(lst.count())}


def table_ids(window) -> list[str]:
    model = window.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.index(row, 0).data(Role.Id) for row in range(model.rowCount())]


def click_row(window, row: int) -> None:
    view = window.table
    rect = view.visualRect(window.model.index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
