"""Missions from the command line: create, list, show, edit, the delegation, the clusters,
delete and undelete, and the report after the trip.

    cluster-atlas mission create NAME [--start D] [--end D] [--purpose T] [--from-list LIST]
    cluster-atlas missions [--format table|json] [--deleted]
    cluster-atlas mission show MISSION [--format text|json]
    cluster-atlas mission add-member MISSION NAME [--org O] [--role R] [--email E] [--phone P]
    cluster-atlas mission add-cluster MISSION [ID ...] [--list NAME] [--state S] [--sector S]
    cluster-atlas mission delete MISSION | undelete MISSION
    cluster-atlas mission report MISSION -o FILE.pdf|FILE.csv [--lang en|es]

MISSION is a mission's number (what `create` prints), its uid or its name. Unknown missions,
clusters, lists, members or zones, bad dates, an end before the start: one line on stderr, exit
status 2, nothing changed.
"""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.catalogue_commands import add_lang_argument
from desktop_app.cli.output import prepare_output, print_json, print_table
from desktop_app.services.context import AppContext


def mission_json(mission, missions, agenda=None) -> dict:
    data = {
        "id": mission.id, "uid": mission.uid, "name": mission.name, "start": mission.start,
        "end": mission.end, "purpose": mission.purpose,
        "destinations": missions.destinations(mission), "home_tz": mission.home_tz,
        "members": [{"name": m.name, "organisation": m.organisation, "role": m.role,
                     "phone": m.phone, "email": m.email} for m in mission.members],
        "clusters": list(mission.cluster_ids),
    }
    if agenda is not None:
        entries = agenda.agenda(mission)
        data["meetings"] = len(entries)
        data["conflicts"] = len(agenda.conflicts(mission))
    return data


def run_create(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.missions import MissionsService

    service = MissionsService(context)
    fields = {"start": args.start or "", "end": args.end or "", "purpose": args.purpose or "",
              "destinations": args.destination, "home_tz": args.home_tz or ""}
    if args.from_list:
        mission = service.create_from_list(args.from_list, args.name, **fields)
    else:
        if not args.name:
            from desktop_app.errors import InvalidInput

            raise InvalidInput("A mission needs a name (or --from-list LIST).")
        mission = service.create(args.name, **fields)
    print(mission.id)
    if mission.cluster_ids:
        print(f"{mission.name}: {len(mission.cluster_ids)} cluster(s) to visit", file=sys.stderr)
    return 0


def run_missions(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.agenda import AgendaService
    from desktop_app.services.missions import MissionsService

    service = MissionsService(context)
    agenda = AgendaService(context, service)
    chosen = service.deleted() if args.deleted else service.list()
    rows = [mission_json(m, service, agenda) | ({"deleted_at": m.deleted_at} if args.deleted
                                                else {}) for m in chosen]
    if args.format == "json":
        print_json(rows)
        return 0
    table = [dict(r, dates=" to ".join(d for d in (r["start"], r["end"]) if d),
                  destinations=", ".join(r["destinations"]), people=len(r["members"]),
                  clusters=len(r["clusters"])) for r in rows]
    print_table(table, ("id", "name", "dates", "destinations", "people", "clusters", "meetings",
                        "conflicts"),
                ("ID", "NAME", "DATES", "DESTINATIONS", "PEOPLE", "CLUSTERS", "MEETINGS",
                 "CONFLICTS"))
    if args.deleted and rows:
        print("'cluster-atlas mission undelete MISSION' brings one back", file=sys.stderr)
    return 0


def run_show(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.agenda import AgendaService
    from desktop_app.services.missions import MissionsService

    service = MissionsService(context)
    agenda = AgendaService(context, service)
    mission = service.get(args.mission)
    if args.format == "json":
        data = mission_json(mission, service)
        entries = agenda.agenda(mission)
        titles = agenda.titles(entries)
        data["meetings"] = [e.to_dict(titles) for e in entries]
        data["actions"] = [action_json(a) for a in agenda.actions(mission)]
        print_json(data)
        return 0
    print(f"{mission.name}  (mission {mission.id})")
    dates = " to ".join(d for d in (mission.start, mission.end) if d)
    for label, value in (("Dates", dates), ("Destinations", ", ".join(
            service.destinations(mission))), ("Purpose", mission.purpose),
            ("Home time zone", mission.home_tz)):
        if value:
            print(f"  {label}: {value}")
    print(f"  Delegation ({len(mission.members)}):")
    for m in mission.members:
        extra = " · ".join(x for x in (m.role, m.organisation, m.phone, m.email) if x)
        print(f"    {m.name}" + (f"  ({extra})" if extra else ""))
    clusters = service.clusters(mission)
    print(f"  Clusters to visit ({len(mission.cluster_ids)}):")
    for s in clusters:
        print(f"    {s.id}  {s.name}" + (f"  ({s.state_name})" if s.state_name else ""))
    for gone in sorted(set(mission.cluster_ids) - {s.id for s in clusters}):
        print(f"    {gone}  (no longer in the catalogue)")
    entries = agenda.agenda(mission)
    conflicts = agenda.conflicts(mission)
    print(f"  Meetings: {len(entries)}; conflicts: {len(conflicts)}"
          " ('cluster-atlas agenda MISSION' lists them)")
    return 0


def action_json(a) -> dict:
    return {"follow_up_uid": a.follow_up_uid, "meeting": a.meeting_id, "contact": a.contact_uid,
            "contact_name": a.contact_name, "action": a.action, "due": a.due, "state": a.state,
            "owner": a.owner_name}


def run_edit(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.missions import MissionsService

    mission = MissionsService(context).edit(
        args.mission, name=args.name, start=args.start, end=args.end, purpose=args.purpose,
        destinations=args.destination or None, home_tz=args.home_tz)
    print(f"{mission.name} (mission {mission.id}) changed")
    return 0


def run_add_member(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.missions import MissionsService

    service = MissionsService(context)
    member = service.add_member(args.mission, args.name, organisation=args.org or "",
                                role=args.role or "", phone=args.phone or "",
                                email=args.email or "")
    print(f"{member.name} joins {service.get(args.mission).name}")
    return 0


def run_remove_member(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.missions import MissionsService

    member = MissionsService(context).remove_member(args.mission, args.name)
    print(f"{member.name} left the delegation")
    return 0


def run_add_cluster(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.errors import InvalidInput
    from desktop_app.services.browse import BrowseService
    from desktop_app.services.missions import MissionsService

    service = MissionsService(context)
    mission = service.get(args.mission)
    filtering = args.state or args.sector or args.label
    if args.ids and (args.list or filtering):
        raise InvalidInput("Give cluster ids, or a list and/or filters, not both.")
    if args.ids:
        added = service.add_clusters(mission.id, args.ids)
    elif filtering:
        browse = BrowseService(context)
        flt = browse.make_filter("", args.sector, args.state, args.label)
        if args.list:
            from desktop_app.services.library import LibraryService

            flt = browse.restrict(flt, LibraryService(context).list_ids(args.list))
        added = service.add_clusters_from_filter(mission.id, flt)
    elif args.list:
        added = service.add_clusters_from_list(mission.id, args.list)
    else:
        raise InvalidInput("Which clusters? Give ids, --list NAME or filters (--state, --sector).")
    total = len(service.get(mission.id).cluster_ids)
    print(f"{mission.name}: {len(added)} cluster(s) added, {total} to visit")
    return 0


def run_remove_cluster(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.missions import MissionsService

    removed = MissionsService(context).remove_cluster(args.mission, args.id)
    print(f"{args.id}: " + ("removed" if removed else "was not in the mission"))
    return 0


def run_delete(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.missions import MissionsService

    mission = MissionsService(context).delete(args.mission)
    print(f"{mission.name} (mission {mission.id}) deleted; 'cluster-atlas mission undelete "
          f"{mission.id}' brings it back")
    return 0


def run_undelete(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.services.missions import MissionsService

    mission = MissionsService(context).restore(args.mission)
    print(f"{mission.name} (mission {mission.id}) is back")
    return 0


def run_report(args: argparse.Namespace, context: AppContext) -> int:
    from desktop_app.cli.catalogue_commands import output_lang
    from desktop_app.services.mission_report import MissionReportService

    path = MissionReportService(context, lang=output_lang(args)).export(
        args.mission, prepare_output(args.output, context))
    print(f"report written to {path}")
    return 0


def _mission_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--start", metavar="YYYY-MM-DD", help="first day")
    parser.add_argument("--end", metavar="YYYY-MM-DD", help="last day")
    parser.add_argument("--purpose", metavar="TEXT", help="why the delegation goes")
    parser.add_argument("--destination", action="append", default=[], metavar="CITY",
                        help="a city visited (repeat; default: the states of its clusters)")
    parser.add_argument("--home-tz", metavar="ZONE",
                        help="the delegation's home time zone, e.g. Europe/Madrid (the agenda "
                             "can show times there too)")


def register(subparsers: argparse._SubParsersAction) -> None:
    listing = subparsers.add_parser("missions", help="your trade missions")
    listing.add_argument("--format", default="table", choices=("table", "json"))
    listing.add_argument("--deleted", action="store_true", help="the deleted ones instead")
    listing.set_defaults(handler=run_missions)

    mission = subparsers.add_parser("mission", help="plan a trade mission: create, show, "
                                                    "delegation, clusters, report")
    sub = mission.add_subparsers(dest="mission_command", metavar="ACTION", required=True)
    create = sub.add_parser("create", help="a new mission; prints its number")
    create.add_argument("name", nargs="?", help="e.g. 'Monterrey and Querétaro, March'")
    create.add_argument("--from-list", metavar="LIST",
                        help="with the clusters of one of your lists (named after it unless "
                             "NAME is given)")
    _mission_fields(create)
    create.set_defaults(handler=run_create)

    show = sub.add_parser("show", help="one mission: dates, delegation, clusters, meetings")
    show.add_argument("mission", metavar="MISSION")
    show.add_argument("--format", default="text", choices=("text", "json"))
    show.set_defaults(handler=run_show)

    edit = sub.add_parser("edit", help="change a mission's name, dates, purpose, ...")
    edit.add_argument("mission", metavar="MISSION")
    edit.add_argument("--name")
    _mission_fields(edit)
    edit.set_defaults(handler=run_edit, destination=None)

    member = sub.add_parser("add-member", help="add a person to the delegation")
    member.add_argument("mission", metavar="MISSION")
    member.add_argument("name", metavar="NAME")
    member.add_argument("--org", metavar="ORGANISATION")
    member.add_argument("--role")
    member.add_argument("--email")
    member.add_argument("--phone", help="a mobile number")
    member.set_defaults(handler=run_add_member)

    leave = sub.add_parser("remove-member", help="take a person out of the delegation")
    leave.add_argument("mission", metavar="MISSION")
    leave.add_argument("name", metavar="NAME")
    leave.set_defaults(handler=run_remove_member)

    clusters = sub.add_parser("add-cluster", help="clusters to visit: ids, a list or a filter")
    clusters.add_argument("mission", metavar="MISSION")
    clusters.add_argument("ids", nargs="*", metavar="ID", help="cluster ids")
    clusters.add_argument("--list", metavar="NAME", help="the clusters of one of your lists")
    clusters.add_argument("--state", action="append", default=[], metavar="S")
    clusters.add_argument("--sector", action="append", default=[], metavar="S")
    clusters.add_argument("--label", action="append", default=[], metavar="L")
    clusters.set_defaults(handler=run_add_cluster)

    drop = sub.add_parser("remove-cluster", help="take a cluster off the mission")
    drop.add_argument("mission", metavar="MISSION")
    drop.add_argument("id", metavar="ID")
    drop.set_defaults(handler=run_remove_cluster)

    delete = sub.add_parser("delete", help="delete a mission with its agenda (undelete "
                                           "brings it back)")
    delete.add_argument("mission", metavar="MISSION")
    delete.set_defaults(handler=run_delete)

    undelete = sub.add_parser("undelete", help="bring a deleted mission back")
    undelete.add_argument("mission", metavar="MISSION")
    undelete.set_defaults(handler=run_undelete)

    report = sub.add_parser("report", help="after the trip: meetings held, outcomes, actions "
                                           "(PDF or CSV)")
    report.add_argument("mission", metavar="MISSION")
    report.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.csv")
    add_lang_argument(report, "the PDF report")
    report.set_defaults(handler=run_report)
