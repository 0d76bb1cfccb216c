"""The delegation member dialog: name, organisation, role, mobile and e-mail.

Saving goes through `on_save(fields)` (the caller's service call); an error the user can cause
keeps the dialog open and says why. Closing with unsaved changes asks; Ctrl+Enter saves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.errors import AtlasError
from desktop_app.ui.common.editor_dialog import EditorDialog
from desktop_app.userdata.mission_models import Member


class MemberDialog(EditorDialog):
    """Add a member to the delegation, or edit one; `saved` is what `on_save` returned."""

    def __init__(self, on_save: Callable[[dict], Member], member: Member | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_save = on_save
        self.saved: Member | None = None
        self.setWindowTitle(self.tr("Delegation: {name}").format(name=member.name) if member
                            else self.tr("New delegation member"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(440)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label, accessible in (
                ("name", self.tr("&Name:"), self.tr("Name")),
                ("organisation", self.tr("&Organisation:"), self.tr("Organisation")),
                ("role", self.tr("&Role:"), self.tr("Role in the delegation")),
                ("phone", self.tr("&Mobile:"), self.tr("Mobile phone")),
                ("email", self.tr("&E-mail:"), self.tr("E-mail address"))):
            edit = QLineEdit(getattr(member, key) if member else "")
            edit.setAccessibleName(accessible)
            self.edits[key] = edit
            form.addRow(label, edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e")
        self.error_label.setAccessibleName(self.tr("Why the member was not saved"))
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Save") if member else self.tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._loaded = self.fields()
        self.edits["name"].setFocus()

    def fields(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.edits.items()}

    def has_changes(self) -> bool:
        return self.fields() != self._loaded

    def accept(self) -> None:
        try:
            self.saved = self._on_save(self.fields())
        except AtlasError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        super().accept()
