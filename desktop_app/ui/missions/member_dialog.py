"""The delegation member dialog: name, organisation, role, mobile and e-mail.

Saving goes through `on_save(fields)` (the caller's service call); an error the user can cause
keeps the dialog open and says why. Closing with unsaved changes asks; Ctrl+Enter saves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from desktop_app.ui.common.editor_dialog import FieldsDialog
from desktop_app.userdata.mission_models import Member


class MemberDialog(FieldsDialog):
    """Add a member to the delegation, or edit one; `saved` is what `on_save` returned."""

    saved: Member | None

    def __init__(self, on_save: Callable[[dict], Member], member: Member | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(on_save, parent)
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
        buttons = self._lay_out(form, self.tr("Why the member was not saved"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Save") if member else self.tr("Add"))
        self._loaded_now()
        self.edits["name"].setFocus()

    def fields(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.edits.items()}
