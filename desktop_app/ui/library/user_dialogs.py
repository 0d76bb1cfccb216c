"""The small questions the user-data actions ask: yes or no, which list, which backup, and the
message about a damaged data file. Each is a plain function that the window (and the Contacts tab)
calls through an attribute (tests replace it; no modal dialog is ever left waiting for a person).

A list name typed into "Add to List" is typed text like any other: closing that question with a
new name typed asks before dropping it (`EditorDialog`).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import DataDamaged
from desktop_app.local_time import when_text
from desktop_app.ui.common.editor_dialog import EditorDialog


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


class ListNameDialog(EditorDialog):
    """One of the user's lists, or the name of a new one typed in."""

    save_text = "Add"

    def __init__(self, names: list[str], suggestion: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add to List")
        self.names = QComboBox()
        self.names.setEditable(True)
        self.names.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.names.setAccessibleName("List name")
        self.names.addItems(list(names))
        self.names.setCurrentText(suggestion or (names[0] if names else ""))
        self.names.lineEdit().setPlaceholderText("e.g. Monterrey, March")
        self.names.lineEdit().selectAll()
        self._initial = self.name()
        label = QLabel("Choose one of your lists, or type the name of a new one:")
        label.setBuddy(self.names)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.names)
        layout.addWidget(self.buttons)
        self.names.setFocus()

    def name(self) -> str:
        return " ".join(self.names.currentText().split())

    def has_changes(self) -> bool:
        return bool(self.name()) and self.name() != self._initial

    def accept(self) -> None:
        if self.name():
            super().accept()


def ask_list_name(parent: QWidget | None, names: list[str], suggestion: str = "") -> str | None:
    """An existing list or a new name typed in ("Monterrey, March"); None when cancelled."""
    dialog = ListNameDialog(names, suggestion, parent)
    if dialog.exec() == ListNameDialog.DialogCode.Accepted:
        return dialog.name() or None
    return None


def choose_item(parent: QWidget | None, title: str, label: str,
                items: list[str]) -> int | None:
    """The index of the item chosen, None when cancelled."""
    if not items:
        return None
    chosen, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(chosen) if ok and chosen in items else None


def problem_text(error: BaseException) -> str:
    """The window's words for why the user's data cannot be used (the command line words the
    same typed errors its own way: it names the command that restores a backup)."""
    if isinstance(error, DataDamaged):
        text = f"Your data file {error.path} {error.problem}. It has been left exactly as it is."
        if error.backup is not None:
            taken = when_text(error.backup_taken) if error.backup_taken else ""
            return text + f" The newest good backup is {error.backup}" + (
                f" (taken {taken})." if taken else ".")
        return text + (f" No good backup was found in {error.backups_dir}. Keep a copy of the "
                       "file; to start afresh, move it away (Cluster Atlas then creates a new "
                       "one).")
    return str(error)


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
