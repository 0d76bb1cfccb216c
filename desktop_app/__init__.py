"""Cluster Atlas: an offline desktop catalogue of Mexico's industry clusters."""

from __future__ import annotations

__all__ = ["APP_ID", "APP_NAME", "__version__"]

__version__ = "0.1.0"
APP_NAME = "Cluster Atlas"
APP_ID = "cluster-atlas"
