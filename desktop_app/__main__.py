"""`python -m desktop_app` is the same as the `cluster-atlas` command."""

from __future__ import annotations

import sys

from desktop_app.cli import main

sys.exit(main())
