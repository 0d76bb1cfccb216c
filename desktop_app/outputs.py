"""Writing the files the user asks for, in one way: whole or not at all, and never over their data.

Every file Cluster Atlas writes (exports, fact sheets, backups, screenshots) goes through
`replacing`: a temporary file in the target's own folder, synced to disk and renamed over the
target (`os.replace`), so a crash or a full disk leaves the old file or the new one, never half of
either. Files that hold personal data (`private`) are created 0600; writing over an existing file
never widens its mode.

With `protect=<data dir>`, the target is checked first (`refusal`): a path that resolves (symlinks
and `..` followed, hard links compared) to the data file, its -wal/-shm/-journal, the backups
folder or anything in it, or the copies kept beside the data file is refused with OutputRefused, as
is a folder or a device. Only the backups module itself writes into the backups folder, without
`protect`.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from desktop_app import paths
from desktop_app.errors import OutputFailed, OutputRefused

PRIVATE_MODE = 0o600
TEMP_SUFFIX = ".tmp"
# .NAME.PID-RANDOM.tmp (and SQLite's -journal, -wal, -shm of one); older versions wrote
# .NAME.PID.tmp
_TEMP_NAME = re.compile(r"^\..+\.(\d+)(?:-[A-Za-z0-9_]+)?\.tmp(?:-journal|-wal|-shm)?$")


def _real(path: Path | str) -> Path:
    return Path(os.path.realpath(os.path.expanduser(os.fspath(path))))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def refusal(target: Path | str, data_dir: Path) -> str | None:
    """Why `target` must not be written as an output of `data_dir`'s user (an OutputRefused
    `what`), or None when it may be."""
    real = _real(target)
    data = _real(data_dir)
    database = _real(paths.user_db_file(data))
    data_files = [database] + [Path(f"{database}{side}") for side in paths.SQLITE_SIDE_FILES]
    if real in data_files or any(_same_file(real, f) for f in data_files):
        return OutputRefused.DATA_FILE
    backups = _real(paths.backups_folder(data))
    if real.parent in (data, database.parent) and real.name.startswith(
            (paths.DAMAGED_PREFIX, paths.RESTORE_PREFIX)):
        return OutputRefused.BACKUP
    if backups.is_dir() and real.exists():
        try:
            kept = [p for p in backups.iterdir() if p.is_file()]
        except OSError:
            kept = []
        if real in kept or any(_same_file(real, p) for p in kept):
            return OutputRefused.BACKUP
    if real == backups or backups in real.parents:
        return OutputRefused.IN_BACKUPS
    if real.is_dir():
        return OutputRefused.FOLDER
    if real.exists() and not real.is_file():
        return OutputRefused.DEVICE
    return None


def check_target(target: Path | str, protect: Path | None) -> Path:
    """The real path to write `target` to (a link is written through), or OutputRefused /
    OutputFailed saying why it cannot be written. Nothing is changed."""
    shown = Path(os.path.expanduser(os.fspath(target)))
    if protect is not None:
        what = refusal(shown, protect)
        if what is not None:
            raise OutputRefused(shown, what)
    real = _real(shown)
    if real.is_dir():
        raise OutputRefused(shown, OutputRefused.FOLDER)
    if real.exists() and not real.is_file():
        raise OutputRefused(shown, OutputRefused.DEVICE)
    folder = real.parent
    if folder.exists() and not folder.is_dir():
        raise OutputFailed(shown, f"{shown.parent} is not a folder")
    if not folder.is_dir():
        raise OutputFailed(shown, f"the folder {shown.parent} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputFailed(shown, f"no permission to write in {shown.parent}")
    return real


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def final_mode(target: Path, private: bool) -> int:
    """The mode the written file gets: an existing file's own mode (private: at most 0600),
    a new file's 0600 (private) or the usual 0666 less the umask."""
    try:
        existing = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        existing = None
    if private:
        return PRIVATE_MODE if existing is None else existing & PRIVATE_MODE
    return (0o666 & ~_umask()) if existing is None else existing


def failure_reason(exc: OSError) -> str:
    """What went wrong writing a file, in a few words ("the disk is full")."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno == errno.EFBIG:
        return "the file is too large for this disk"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return exc.strerror or str(exc)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (where the system allows opening folders)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def temp_owner(path: Path) -> int | None:
    """The process id in the name of one of our temporary files, or None for any other name."""
    match = _TEMP_NAME.match(path.name)
    return int(match.group(1)) if match else None


@contextmanager
def replacing(target: Path | str, *, private: bool, protect: Path | None) -> Iterator[Path]:
    """A temporary path beside `target` to write the whole new file to; when the block ends
    without an error, the file is synced and renamed over `target`; on any error it is removed
    and `target` is left as it was. OSError becomes OutputFailed."""
    shown = Path(os.path.expanduser(os.fspath(target)))
    real = check_target(shown, protect)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{real.name}.{os.getpid()}-", suffix=TEMP_SUFFIX,
                                    dir=real.parent)
    except OSError as exc:
        raise OutputFailed(shown, failure_reason(exc)) from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, final_mode(real, private))
        os.replace(tmp, real)
        fsync_folder(real.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputFailed(shown, failure_reason(exc)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def open_replacing(target: Path | str, *, private: bool,
                   protect: Path | None) -> Iterator[BinaryIO]:
    """`replacing`, as a binary file open for writing (for writers that stream, like PDFs)."""
    with replacing(target, private=private, protect=protect) as tmp:
        try:
            with open(tmp, "wb") as handle:
                yield handle
        except OSError as exc:
            raise OutputFailed(Path(os.path.expanduser(os.fspath(target))),
                               failure_reason(exc)) from None


def write_file(target: Path | str, data: bytes, *, private: bool,
               protect: Path | None) -> Path:
    """Write `data` to `target` whole or not at all; return `target` as a path."""
    with open_replacing(target, private=private, protect=protect) as handle:
        handle.write(data)
    return Path(os.path.expanduser(os.fspath(target)))
