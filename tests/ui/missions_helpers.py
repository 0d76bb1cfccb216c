"""Driving the Missions tab as a person would: its questions answered by stand-ins that fill the
real dialogs (and fail on any question nobody expected), the window's Missions tab opened."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.ui.missions.agenda_model import AgendaRole
from desktop_app.ui.missions.booklet_dialog import BookletDialog
from desktop_app.ui.missions.calendar_import_dialog import CalendarImportDialog
from desktop_app.ui.missions.meeting_dialog import MeetingDialog
from desktop_app.ui.missions.member_dialog import MemberDialog
from desktop_app.ui.missions.mission_dialog import MissionDialog

MONTERREY = "mx-nle-claut"  # Nuevo León: America/Monterrey
QUERETARO = "mx-que-aerocluster"  # Querétaro: America/Mexico_City
TIJUANA = "mx-bcn-aerospace-alliance"  # Baja California: America/Tijuana


class StandIns:
    """Answers for the tab's `Prompts`, in order, per kind; a dialog's answer is a function that
    fills the real dialog (which is then saved as the user's Save would)."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.answers: dict[str, list] = {}
        self.asked: list[tuple[str, str]] = []
        self.dialogs: list = []

    def answer(self, kind: str, *values) -> StandIns:
        self.answers.setdefault(kind, []).extend(values)
        return self

    def _next(self, kind: str, text: str = ""):
        self.asked.append((kind, text))
        if not self.answers.get(kind):
            raise AssertionError(f"unexpected question ({kind}): {text}")
        return self.answers[kind].pop(0)

    def _fill_and_save(self, dialog, kind: str, text: str):
        self.qtbot.addWidget(dialog)
        self.dialogs.append(dialog)
        fill = self._next(kind, text)
        if fill is None:
            dialog.reject()
            return None
        fill(dialog)
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_label.text()
        return dialog.saved

    def install(self, prompts) -> None:
        parent = prompts.parent
        prompts.confirm = lambda title, question: self._next("confirm", question)
        prompts.inform = lambda title, text: self._next("inform", text)
        prompts.choose = lambda title, label, items: self._next("choose", str(items))
        prompts.mission = lambda on_save, mission=None, name="": self._fill_and_save(
            MissionDialog(on_save, mission, parent, name=name), "mission", name)
        prompts.member = lambda on_save, member=None: self._fill_and_save(
            MemberDialog(on_save, member, parent), "member", member.name if member else "")
        prompts.meeting = lambda services, mission, meeting=None, **options: \
            self._fill_and_save(MeetingDialog(services, mission, meeting, parent, **options),
                                "meeting", str(options))

        def booklet(name, paper):
            dialog = BookletDialog(name, paper, parent)
            self.qtbot.addWidget(dialog)
            self.dialogs.append(dialog)
            self._next("booklet")(dialog)
            return dialog.choice()

        def preview(plan):
            dialog = CalendarImportDialog(plan, parent)
            self.qtbot.addWidget(dialog)
            self.dialogs.append(dialog)
            self._next("import")(dialog)
            return dialog.skipped()

        prompts.booklet_options = booklet
        prompts.import_preview = preview
        prompts.save_path = lambda title, suggested, filters, suffixes: self._next(
            "save", suggested.name)(suggested)
        prompts.open_path = lambda title, folder, filters: self._next("open", title)


def fields(**values) -> Callable:
    """A filler that types into a dialog's fields by attribute name."""

    def fill(dialog) -> None:
        for name, value in values.items():
            widget = getattr(dialog, name, None) or dialog.edits[name]
            if hasattr(widget, "setPlainText"):
                widget.setPlainText(value)
            elif hasattr(widget, "setCurrentText") and not hasattr(widget, "setText"):
                widget.setCurrentText(value)
            else:
                widget.setText(value)

    return fill


def meeting(at: str, *, clusters=(), contacts=(), members=None, **when) -> Callable:
    """A filler for the meeting editor: day and time, the clusters and contacts ticked, who
    attends (None: the whole delegation) and any other field of its first tab."""

    def fill(dialog: MeetingDialog) -> None:
        day, _, time = at.partition(" ")
        dialog.when.day.setText(day)
        from PySide6.QtCore import QTime

        hour, minute = (int(p) for p in time.split(":"))
        dialog.when.time.setTime(QTime(hour, minute))
        for cluster_id in clusters:
            dialog.people.add_cluster(cluster_id)
        for uid in contacts:
            dialog.people.contacts.set_checked(uid, True)
        if members is not None:
            dialog.people.whole.setChecked(False)
            for name in members:
                dialog.people.members.set_checked(name, True)
        for name, value in when.items():
            widget = getattr(dialog.when, name)
            if name in ("status", "zone"):
                widget.setCurrentIndex(widget.findData(value))
            elif name == "minutes":
                widget.setValue(value)
            elif name == "objective":
                widget.setPlainText(value)
            else:
                widget.setText(value)

    return fill


def open_tab(make_window, qtbot):
    """(window, view, stand-ins): the main window with the user's data read, on its Missions
    tab, whose questions the stand-ins answer."""
    window = make_window(restore=False)
    window.user_data.start()
    view = window.missions.show_tab()
    stand_ins = StandIns(qtbot)
    stand_ins.install(view.prompts)
    return window, view, stand_ins


def agenda_texts(view, column: int) -> list[str]:
    model = view.detail.agenda.model
    return [model.index(row, column).data() for row in range(model.rowCount())
            if model.index(row, 0).data(AgendaRole.MeetingId)]
