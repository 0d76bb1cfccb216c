"""The window in Spanish: its own words, the catalogue's text, numbers, Qt's dialogs and the fact
sheets' language, as a person who chose Español (or whose system is Spanish) sees them.

The expected catalogue text is asked of the services in Spanish, never written here: the window
must show what the catalogue says in the interface's language.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.services.browse import BrowseService
from desktop_app.ui.browse.cluster_table_model import MATCH_COLUMN, column_of
from tests.factsheets.conftest import page_text, read_pdf
from tests.ui.helpers import click_facet, table_ids

MONTERREY = "mx-nle-claut"


@pytest.fixture
def window(spanish, make_window):
    return make_window()


def test_menus_and_status_bar_are_spanish(window, context):
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:5] == ["&Archivo", "&Editar", "&Clúster", "&Ver", "Ay&uda"]
    total = BrowseService(context).total()
    assert window.status_label.text() == f"{total} clústeres"
    click_facet(window, "sector", "aerospace")
    shown = BrowseService(context).count(BrowseService(context).make_filter(
        sectors=["aerospace"]))
    assert window.status_label.text() == f"{shown} de {total} clústeres"
    assert window.views.tabText(0) == "Tabla" and window.views.tabText(1) == "Mapa"
    assert window.search_field.placeholderText().startswith("Buscar nombres, siglas")


def test_facets_show_the_catalogues_spanish_names(window, context):
    browse = BrowseService(context)
    spanish = {v.value: v.name for v in browse.facets(browse.make_filter(), "sector", "es")}
    english = {v.value: v.name for v in browse.facets(browse.make_filter(), "sector", "en")}
    group = window.facet_panel.groups["sector"]
    shown = {group.list.item(i).data(Qt.ItemDataRole.UserRole + 1): group.list.item(i).text()
             for i in range(group.list.count())}
    assert shown == {value: spanish[value] for value in shown}
    assert any(spanish[v] != english[v] for v in shown), "some sector names differ"
    assert group.title == "Sector" and window.facet_panel.groups["label"].title == "Sello ECEI"
    labels = window.facet_panel.groups["label"]
    gold = next(v.name for v in browse.facets(browse.make_filter(), "label", "es")
                if v.value == "gold")
    assert labels.item_for("gold").text() == gold
    assert window.model.headerData(column_of("name"), Qt.Orientation.Horizontal) == "Nombre"


def test_the_profile_is_the_spanish_record(window, context):
    detail = BrowseService(context).cluster(MONTERREY, "es")
    english = BrowseService(context).cluster(MONTERREY, "en")
    window.show_cluster(MONTERREY)
    text = window.profile.toPlainText()
    assert detail.description and detail.description != english.description
    assert detail.description in text and english.description not in text
    assert detail.sector_name in text
    for heading in ("Perfil", "Fuentes", "Estado"):
        assert heading in text
    assert "Datos de marzo de 2019" in text


def test_a_city_search_says_why_in_spanish(window, context):
    window.search_field.setText("monterrey")
    ids = table_ids(window)
    reasons = BrowseService(context).match_reasons("monterrey", ids, "es")
    row = window.model.row_of(MONTERREY)
    assert window.model.index(row, MATCH_COLUMN).data() == reasons[MONTERREY] \
        == "estado (Monterrey)"
    assert window.model.headerData(MATCH_COLUMN, Qt.Orientation.Horizontal) == "Coincide en"


def test_spanish_and_english_sector_words_find_the_sector(window, context):
    browse = BrowseService(context)
    energy = {s.id for s in browse.search(browse.make_filter(sectors=["energy"]))}
    for word in ("energía", "energy"):
        window.search_field.setText(word)
        assert energy <= set(table_ids(window)), word


def test_numbers_follow_the_spanish_locale(window, context):
    members = column_of("members")
    for row in range(window.model.rowCount()):
        value = window.model.summary(row).members
        if value is not None:
            assert window.model.index(row, members).data() == QLocale("es").toString(value)
    big = next(i for i in sorted(BrowseService(context).cluster_ids())
               if (BrowseService(context).cluster(i).jobs or 0) >= 10_000)
    window.show_cluster(big)
    jobs = BrowseService(context).cluster(big).jobs
    assert QLocale("es").toString(jobs) in window.profile.toPlainText()  # '35.000'


def test_qts_own_buttons_are_spanish(spanish, qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Guardar", "Cancelar"}


def test_the_sheets_language_starts_as_the_interfaces_and_can_be_changed(
        window, monkeypatch, tmp_path):
    from desktop_app.ui.sheets import sheet_export, sheet_options

    chosen = []

    def choose(parent, ids, paper, action):
        dialog = sheet_options.SheetOptionsDialog(parent, ids, paper, action)
        chosen.append(dialog.language.currentData())
        assert dialog.windowTitle() == "Exportar fichas"
        if len(chosen) == 2:
            dialog.language.setCurrentIndex(dialog.language.findData("en"))
        return dialog.choice()

    monkeypatch.setattr(sheet_export, "choose_options", choose)
    paths = iter([tmp_path / "es.pdf", tmp_path / "en.pdf"])
    monkeypatch.setattr(sheet_export, "choose_path", lambda parent, suggested: next(paths))
    window.show_cluster(MONTERREY)
    window.actions["export_sheets"].trigger()
    assert window.sheets.notice.label.text().startswith("Guardado en ")
    window.actions["export_sheets"].trigger()
    assert chosen == ["es", "es"]  # the interface's language every time, never remembered
    spanish = page_text(read_pdf((tmp_path / "es.pdf").read_bytes()).pages[0])
    english = page_text(read_pdf((tmp_path / "en.pdf").read_bytes()).pages[0])
    assert "Sitio web" in spanish and "Website" not in spanish
    assert "Website" in english and "Sitio web" not in english


def _alt_keys(texts: list[str]) -> list[str]:
    return [text[text.index("&") + 1].casefold() for text in texts
            if "&" in text and not text.endswith("&")]


def test_alt_keys_are_unique_in_each_menu_and_dialog(window):
    from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu

    from desktop_app.ui.sheets.sheet_options import SheetOptionsDialog

    groups = {"menu bar": [a.text() for a in window.menuBar().actions()]}
    for menu in window.menuBar().findChildren(QMenu):
        groups[menu.title()] = [a.text() for a in menu.actions() if not a.isSeparator()]
    dialog = SheetOptionsDialog(window, [MONTERREY], "a4")
    groups["sheet options"] = [w.text() for kind in (QAbstractButton, QLabel)
                               for w in dialog.findChildren(kind)]
    for name, texts in groups.items():
        keys = _alt_keys(texts)
        assert len(keys) == len(set(keys)), f"{name}: {texts}"
