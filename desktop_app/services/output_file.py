"""Writing a file the user asked for (a calendar, a report, a booklet): all of it or nothing.

The one place the mission features write output files, so that moving to the shared atomic
writer is a single edit here. The data goes to a temporary file beside the target, is flushed to
disk, then renamed over the target: an existing file is replaced whole or left untouched, and a
failure leaves no half-written file. The target is checked first (`factsheets.batch.check_target`:
a folder, a missing folder, no permission are InvalidInput).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from desktop_app.errors import InvalidInput
from desktop_app.factsheets.batch import check_target


def write_file(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write `data` to `target` atomically; return the absolute path written."""
    path = check_target(Path(target))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise InvalidInput(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        mask = os.umask(0o022)
        os.umask(mask)
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~mask)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InvalidInput(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
