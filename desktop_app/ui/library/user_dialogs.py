"""The small questions the user-data actions ask: yes or no, which list, which backup, and the
message about a damaged data file. Each is a plain function that the window calls through an
attribute (tests replace it; no modal dialog is ever left waiting for a person).
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_list_name(parent: QWidget | None, names: list[str], suggestion: str = "") -> str | None:
    """An existing list or a new name typed in ("Monterrey, March"); None when cancelled."""
    items = list(names) or [suggestion]
    current = names.index(suggestion) if suggestion in names else 0
    name, ok = QInputDialog.getItem(
        parent, "Add to List", "Choose one of your lists, or type the name of a new one:",
        items, current, True)
    name = " ".join((name or "").split())
    return name if ok and name else None


def choose_item(parent: QWidget | None, title: str, label: str,
                items: list[str]) -> int | None:
    """The index of the item chosen, None when cancelled."""
    if not items:
        return None
    chosen, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(chosen) if ok and chosen in items else None


def offer_restore(parent: QWidget | None, message: str, backup: str | None) -> bool:
    """Tell the user their data file is damaged; True when they want the backup restored now."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Your data file is damaged", message, parent=parent)
    box.setInformativeText(
        "The catalogue still works. Your bookmarks, notes and contacts are unavailable until the "
        "data is restored. The damaged file is never replaced without asking: restoring keeps it "
        "aside in the data folder."
        + ("\n\nRestore the newest good backup now?" if backup else
           "\n\nFile › Restore from Backup… restores a backup you choose."))
    if backup:
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText("Restore the Backup")
        box.button(QMessageBox.StandardButton.No).setText("Not Now")
        box.setDefaultButton(QMessageBox.StandardButton.No)
    else:
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box.exec() == QMessageBox.StandardButton.Yes
