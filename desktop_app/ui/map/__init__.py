"""The map view: Mexico's states shaded by the clusters the current filter shows."""
