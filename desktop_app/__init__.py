"""Cluster Atlas: an offline desktop catalogue of Mexico's industry clusters."""

from __future__ import annotations

__all__ = ["__version__", "APP_NAME", "APP_ID"]

__version__ = "0.1.0"
APP_NAME = "Cluster Atlas"
APP_ID = "cluster-atlas"
