"""The Missions tab: a trade mission's details, delegation, clusters to visit and agenda by day,
its conflicts, calendar files, booklet and report; "Plan a meeting…" from a cluster.

`window_missions.install_missions_tab(window)` is the one call the main window makes. The
widgets ask the services (`services.missions`, `agenda`, `calendar_files`, `booklet`,
`mission_report`, `meeting_actions`) and hold no SQL; the tables are fed by the models here.
"""
