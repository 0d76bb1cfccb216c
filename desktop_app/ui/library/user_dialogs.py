"""The small questions the user-data actions ask: yes or no, which list, which backup, and the
message about a damaged data file. Each is a plain function that the window (and the Contacts tab)
calls through an attribute (tests replace it; no modal dialog is ever left waiting for a person).

A list name typed into "Add to List" is typed text like any other: closing that question with a
new name typed asks before dropping it (`EditorDialog`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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

    save_text = QT_TRANSLATE_NOOP("ListNameDialog", "Add")

    def __init__(self, names: list[str], suggestion: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to List"))
        self.names = QComboBox()
        self.names.setEditable(True)
        self.names.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.names.setAccessibleName(self.tr("List name"))
        self.names.addItems(list(names))
        self.names.setCurrentText(suggestion or (names[0] if names else ""))
        self.names.lineEdit().setPlaceholderText(self.tr("e.g. Monterrey, March"))
        self.names.lineEdit().selectAll()
        self._initial = self.name()
        label = QLabel(self.tr("Choose one of your lists, or type the name of a new one:"))
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


def backup_label(created_at: str, reason: str, size: int) -> str:
    """'2026-03-12 10:15  (before an import, 96 KB)': a backup (its time, the reason it was
    taken, its size in bytes) to choose from."""
    words = {"manual": QCoreApplication.translate("user_dialogs", "manual"),
             "before-restore": QCoreApplication.translate("user_dialogs", "before a restore"),
             "before-import": QCoreApplication.translate("user_dialogs", "before an import")}
    why = words.get(reason, reason)
    if reason.startswith("before-v"):  # before a migration: 'before-v3-to-v4'
        why = QCoreApplication.translate("user_dialogs", "before a data update")
    return f"{when_text(created_at)}  ({why}, {max(1, size // 1024)} KB)"


def problem_text(error: BaseException) -> str:
    """The window's words for why the user's data cannot be used (the command line words the
    same typed errors its own way: it names the command that restores a backup). The problem
    itself (`DataDamaged.problem`: 'is empty', ...) is the service's, in English."""
    if not isinstance(error, DataDamaged):
        return str(error)
    if error.backup is not None and error.backup_taken:
        text = QCoreApplication.translate(
            "user_dialogs", "Your data file {path} {problem}. It has been left exactly as it "
            "is. The newest good backup is {backup} (taken {taken}).")
    elif error.backup is not None:
        text = QCoreApplication.translate(
            "user_dialogs", "Your data file {path} {problem}. It has been left exactly as it "
            "is. The newest good backup is {backup}.")
    else:
        text = QCoreApplication.translate(
            "user_dialogs", "Your data file {path} {problem}. It has been left exactly as it "
            "is. No good backup was found in {folder}. Keep a copy of the file; to start "
            "afresh, move it away (Cluster Atlas then creates a new one).")
    return text.format(path=error.path, problem=error.problem, backup=error.backup,
                       taken=when_text(error.backup_taken), folder=error.backups_dir)


def offer_restore(parent: QWidget | None, message: str, backup: str | None) -> bool:
    """Tell the user their data file is damaged; True when they want the backup restored now."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
        "user_dialogs", "Your data file is damaged"), message, parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "user_dialogs", "The catalogue still works. Your bookmarks, notes and contacts are "
        "unavailable until the data is restored. The damaged file is never replaced without "
        "asking: restoring keeps it aside in the data folder.")
        + "\n\n" + (QCoreApplication.translate("user_dialogs",
                                                "Restore the newest good backup now?")
                     if backup else QCoreApplication.translate(
                         "user_dialogs", "File › Restore from Backup… restores a backup you "
                         "choose.")))
    if backup:
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(
            QCoreApplication.translate("user_dialogs", "Restore the Backup"))
        box.button(QMessageBox.StandardButton.No).setText(
            QCoreApplication.translate("user_dialogs", "Not Now"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
    else:
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box.exec() == QMessageBox.StandardButton.Yes
