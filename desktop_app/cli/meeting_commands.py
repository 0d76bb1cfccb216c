"""A mission's agenda from the command line: meetings, their actions, calendar files, booklet.

    cluster-atlas meeting add MISSION --at "YYYY-MM-DD HH:MM" [--minutes N] [--cluster ID]...
        [--contact UID]... [--member NAME]... [--place TEXT] [--city TEXT] [--tz ZONE]
        [--title TEXT] [--objective TEXT] [--status S]
    cluster-atlas meeting edit MEETING [the same options] [--all-members] [--outcome TEXT]
    cluster-atlas meeting done MEETING [--outcome TEXT]
    cluster-atlas meeting action MEETING TEXT [--due D] [--contact UID] [--owner NAME]
    cluster-atlas meeting delete MEETING | undelete MEETING
    cluster-atlas meeting import MISSION FILE.ics [--dry-run] [--tz ZONE]
    cluster-atlas agenda MISSION [--format table|json|ics] [-o FILE] [--home]
    cluster-atlas booklet MISSION -o FILE.pdf [--with-notes] [--paper a4|letter] [--lang en|es]

`meeting add` prints the new meeting's number on stdout and any conflict on stderr (exit status
0: conflicts are flagged, never refused). Times are the place's local time; the zone is the
state's of the first cluster unless --tz (or a border city in --city) says otherwise; with no
--member the whole delegation attends.
"""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.catalogue_commands import add_lang_argument
from desktop_app.cli.output import prepare_output, print_json, print_table
from desktop_app.services.context import AppContext


def _report(result) -> None:
    for conflict in result.conflicts:
        print(f"conflict: {conflict.describe(result.titles)}", file=sys.stderr)
    for warning in result.warnings:
        print(f"note: {warning}", file=sys.stderr)


def _changes(args: argparse.Namespace) -> dict:
    """The meeting fields given on the command line (absent ones are left as they are)."""
    changes = {}
    for option, key in (("at", "at"), ("minutes", "minutes"), ("place", "place"),
                        ("city", "city"), ("tz", "tz"), ("title", "title"),
                        ("objective", "objective"), ("status", "status"),
                        ("outcome", "outcome")):
        value = getattr(args, option, None)
        if value is not None:
            changes[key] = value
    for option, key in (("cluster", "cluster_ids"), ("contact", "contact_uids"),
                        ("member", "members")):
        if getattr(args, option):
            changes[key] = getattr(args, option)
    if getattr(args, "all_members", False):
        changes["all_members"] = True
    return changes


def run_add(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.agenda import AgendaService

    changes = _changes(args)
    at = changes.pop("at")
    result = AgendaService(context).add_meeting(args.mission, at, **changes)
    print(result.meeting.id)
    _report(result)
    return 0


def run_edit(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.errors import InvalidInput
    from desktop_app.services.agenda import AgendaService

    changes = _changes(args)
    if not changes:
        raise InvalidInput("Nothing to change: give --at, --minutes, --cluster, --status, ...")
    result = AgendaService(context).edit_meeting(args.meeting, **changes)
    print(f"meeting {result.meeting.id} changed: {result.meeting.title}")
    _report(result)
    return 0


def run_done(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.agenda import AgendaService

    result = AgendaService(context).mark_done(args.meeting, args.outcome)
    print(f"meeting {result.meeting.id} done: {result.meeting.title}")
    return 0


def run_action(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.agenda import AgendaService

    action = AgendaService(context).add_action(args.meeting, " ".join(args.text),
                                               due=args.due or "", contact_uid=args.contact,
                                               owner=args.owner)
    owner = f", owner {action.owner_name}" if action.owner_name else ""
    due = f", due {action.due}" if action.due else ""
    print(f"follow-up for {action.contact_name}: {action.action}{due}{owner}")
    return 0


def run_delete(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.agenda import AgendaService

    meeting = AgendaService(context).delete_meeting(args.meeting)
    print(f"meeting {meeting.id} deleted ({meeting.title}); 'cluster-atlas meeting undelete "
          f"{meeting.id}' brings it back")
    return 0


def run_undelete(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.errors import InvalidInput
    from desktop_app.services.agenda import AgendaService

    if not str(args.meeting).isdigit():
        raise InvalidInput(f"A meeting's number expected, not {args.meeting!r}.")
    meeting = AgendaService(context).restore_meeting(int(args.meeting))
    print(f"meeting {meeting.id} is back ({meeting.title})")
    return 0


def _when(entry, home: bool) -> str:
    start, end = (entry.home_start, entry.home_end) if home else (entry.start, entry.end)
    if start is None:
        return ""
    if entry.meeting.all_day:
        return "all day"
    return f"{start:%H:%M}-{end:%H:%M}"


def run_agenda(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.agenda import AgendaService

    agenda = AgendaService(context)
    mission = agenda.missions.get(args.mission)
    if args.format == "ics":
        from desktop_app.services.calendar_files import CalendarService

        data = CalendarService(context, agenda).export_bytes(mission)
        if args.output:
            from desktop_app.outputs import write_file

            path = write_file(prepare_output(args.output, context), data, private=True,
                              protect=context.data_dir)
            print(f"{len(agenda.agenda(mission))} meeting(s) written to {path}")
        else:
            sys.stdout.write(data.decode("utf-8"))
        return 0
    entries = agenda.agenda(mission)
    titles = agenda.titles(entries)
    if args.format == "json":
        rows = [e.to_dict(titles) for e in entries]
        if args.output:
            import json

            from desktop_app.outputs import write_file

            write_file(prepare_output(args.output, context),
                       (json.dumps(rows, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
                       private=True, protect=context.data_dir)
        else:
            print_json(rows)
        return 0
    home = args.home and bool(mission.home_tz)
    rows = []
    for e in entries:
        rows.append({
            "id": e.id, "day": f"{e.day:%a %Y-%m-%d}", "time": _when(e, False),
            "tz": e.meeting.tz.split("/")[-1].replace("_", " "),
            "home": _when(e, True) if home else "", "title": e.meeting.title,
            "place": e.meeting.place or e.meeting.city, "who": ", ".join(e.members),
            "status": e.meeting.status, "conflict": "!" * bool(e.conflicts)})
    columns = ["id", "day", "time", "tz"] + (["home"] if home else []) + [
        "title", "place", "who", "status", "conflict"]
    headers = [c.upper() for c in columns]
    if home:
        headers[columns.index("home")] = mission.home_tz.split("/")[-1].upper()
    print_table(rows, columns, headers)
    for conflict in agenda.conflicts(mission):
        print(f"conflict: {conflict.describe(titles)}", file=sys.stderr)
    if args.home and not mission.home_tz:
        print("note: the mission has no home time zone ('mission edit MISSION --home-tz "
              "ZONE')", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.calendar_files import CalendarService

    service = CalendarService(context)
    plan = service.preview_import(args.mission, args.file, default_tz=args.tz)
    result = service.apply_import(plan, dry_run=args.dry_run)
    verb = "would import" if args.dry_run else "imported"
    print(f"{args.file}: {verb} {result.added} meeting(s), updated {result.updated}, "
          f"left out {len(plan.left_out)}" + (" (dry run: nothing was changed)"
                                               if args.dry_run else ""))
    for row in plan.rows:
        unmatched = "; ".join(row.unmatched)
        print(f"  {row.summary()}" + (f"  [to link: {unmatched}]" if unmatched else ""))
        for note in row.notes:
            print(f"    note: {note}")
    for line in plan.left_out:
        print(f"  left out: {line}", file=sys.stderr)
    for warning in plan.warnings:
        print(f"  note: {warning}", file=sys.stderr)
    return 0


def run_booklet(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.cli.catalogue_commands import output_lang
    from desktop_app.services.booklet import BookletService

    pages = BookletService(context, lang=output_lang(args)).export(
        args.mission, prepare_output(args.output, context), paper=args.paper,
        internal=args.with_notes)
    kind = "internal (with contacts and notes)" if args.with_notes else "public"
    print(f"{pages} pages written to {args.output} ({kind})")
    return 0


def _meeting_options(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    parser.add_argument("--at", required=adding, metavar='"YYYY-MM-DD HH:MM"',
                        help="the start on the place's clock (a date alone: a whole day)")
    parser.add_argument("--minutes", type=int, metavar="N", help="duration (default 60)")
    parser.add_argument("--cluster", action="append", default=[], metavar="ID",
                        help="a cluster met (repeat); the first one's state sets the clock")
    parser.add_argument("--contact", action="append", default=[], metavar="UID",
                        help="a contact met (repeat; 'contacts list' shows uids)")
    parser.add_argument("--member", action="append", default=[], metavar="NAME",
                        help="a delegation member attending (repeat; default: everyone)")
    parser.add_argument("--place", metavar="TEXT", help="the address")
    parser.add_argument("--city", metavar="TEXT",
                        help="the city (travel between cities is checked; a border city "
                             "such as Ciudad Juárez sets its own clock)")
    parser.add_argument("--tz", metavar="ZONE", help="the place's IANA time zone, e.g. "
                                                     "America/Tijuana (default: from the place)")
    parser.add_argument("--title", metavar="TEXT")
    parser.add_argument("--objective", metavar="TEXT", help="what the delegation wants from it")
    parser.add_argument("--status", choices=("planned", "confirmed", "done", "cancelled"))


def register(subparsers: argparse._SubParsersAction) -> None:
    meeting = subparsers.add_parser("meeting", help="a mission's meetings: add, edit, done, "
                                                    "actions, delete, import a calendar")
    sub = meeting.add_subparsers(dest="meeting_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="plan a meeting; prints its number, conflicts on stderr")
    add.add_argument("mission", metavar="MISSION")
    _meeting_options(add, adding=True)
    add.set_defaults(handler=run_add)

    edit = sub.add_parser("edit", help="change a meeting (only what is given)")
    edit.add_argument("meeting", metavar="MEETING")
    _meeting_options(edit, adding=False)
    edit.add_argument("--all-members", action="store_true",
                      help="the whole delegation attends again")
    edit.add_argument("--outcome", metavar="TEXT")
    edit.set_defaults(handler=run_edit)

    done = sub.add_parser("done", help="mark a meeting held, with its outcome")
    done.add_argument("meeting", metavar="MEETING")
    done.add_argument("--outcome", metavar="TEXT")
    done.set_defaults(handler=run_done)

    action = sub.add_parser("action", help="an action promised at a meeting (a follow-up of "
                                           "the contact, in 'contacts due')")
    action.add_argument("meeting", metavar="MEETING")
    action.add_argument("text", nargs="+", help="what was promised")
    action.add_argument("--due", metavar="DATE",
                        help="YYYY-MM-DD or words such as tomorrow, +3d, friday, mañana")
    action.add_argument("--contact", metavar="UID",
                        help="to whom (default: the meeting's only contact)")
    action.add_argument("--owner", metavar="NAME", help="the delegation member who does it")
    action.set_defaults(handler=run_action)

    delete = sub.add_parser("delete", help="delete a meeting (undelete brings it back)")
    delete.add_argument("meeting", metavar="MEETING")
    delete.set_defaults(handler=run_delete)

    undelete = sub.add_parser("undelete", help="bring a deleted meeting back")
    undelete.add_argument("meeting", metavar="MEETING")
    undelete.set_defaults(handler=run_undelete)

    imp = sub.add_parser("import", help="meetings from an .ics calendar file")
    imp.add_argument("mission", metavar="MISSION")
    imp.add_argument("file", metavar="FILE.ics")
    imp.add_argument("--dry-run", action="store_true", help="only say what would happen")
    imp.add_argument("--tz", metavar="ZONE",
                     help="the zone of events without one (floating times), when no matched "
                          "cluster says")
    imp.set_defaults(handler=run_import)

    agenda = subparsers.add_parser("agenda", help="a mission's meetings day by day, in local "
                                                  "times, with conflicts")
    agenda.add_argument("mission", metavar="MISSION")
    agenda.add_argument("--format", default="table", choices=("table", "json", "ics"))
    agenda.add_argument("-o", "--output", metavar="FILE", help="write to a file (json, ics)")
    agenda.add_argument("--home", action="store_true",
                        help="also show the times in the delegation's home zone")
    agenda.set_defaults(handler=run_agenda)

    booklet = subparsers.add_parser("booklet", help="the mission booklet as one PDF")
    booklet.add_argument("mission", metavar="MISSION")
    booklet.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    booklet.add_argument("--with-notes", action="store_true",
                         help="the internal booklet: contact annex, your notes, pages for notes "
                              "(never give it to anyone else)")
    booklet.add_argument("--paper", type=str.lower, choices=("a4", "letter"), default=None,
                         help="paper size (default: from the system locale)")
    add_lang_argument(booklet, "the booklet")
    booklet.set_defaults(handler=run_booklet)
