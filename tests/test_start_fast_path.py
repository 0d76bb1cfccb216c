"""Start-up (`desktop_app.startup`): `cluster-atlas` without a command opens the window without
building every command's parser, with the garbage collector off only while the window is built,
and what the first frame does not need after it."""

from __future__ import annotations

import gc

import pytest

from desktop_app import cli, startup


@pytest.mark.parametrize("argv, data_dir", [
    ([], None),
    (["--data-dir", "/tmp/x"], "/tmp/x"),
    (["--data-dir=/tmp/y"], "/tmp/y"),
])
def test_no_command_is_recognised_without_the_parser(argv, data_dir):
    args = startup.window_only_args(argv)
    assert args is not None and args.data_dir == data_dir and args.handler is None


@pytest.mark.parametrize("argv", [
    ["clusters"], ["--version"], ["-h"], ["--data-dir"], ["--data-dir="], ["--data"],
    ["--data-dir", "x", "show", "mx-nle-claut"], ["--data-dir", "--version"], ["bogus"],
])
def test_anything_else_goes_to_the_full_parser(argv):
    assert startup.window_only_args(argv) is None


def test_no_command_opens_the_window_with_the_data_dir(monkeypatch, tmp_path):
    seen = {}

    def fake_open_window(args, context):
        seen["data_dir"] = args.data_dir
        return 0

    monkeypatch.setattr(cli, "open_window", fake_open_window)
    monkeypatch.setattr(cli, "build_parser", lambda: pytest.fail("the parser was built"))
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    assert seen == {"data_dir": str(tmp_path)}


def test_the_collector_is_off_only_while_the_window_is_built(monkeypatch, context):
    from desktop_app.ui import app

    seen = []

    def fake_run(ctx):
        seen.append(gc.isenabled())
        raise RuntimeError("the window failed")

    monkeypatch.setattr(app, "run", fake_run)
    with pytest.raises(RuntimeError):
        startup.open_window(context)
    assert seen == [False] and gc.isenabled()
    gc.disable()
    startup.resume_collector()
    assert gc.isenabled()
    gc.unfreeze()


def test_commands_still_parse_fully(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("cluster-atlas ")
    assert gc.isenabled()
