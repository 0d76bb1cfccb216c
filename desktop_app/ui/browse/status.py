"""The status bar's wording of what the filter shows."""

from __future__ import annotations


def status_text(shown: int, total: int) -> str:
    """'12 of 97 clusters', or '97 clusters' when nothing is filtered out."""
    noun = "cluster" if total == 1 else "clusters"
    if shown == total:
        return f"{total:,} {noun}"
    return f"{shown:,} of {total:,} {noun}"
