"""The profile pane: a cluster's facts as HTML, with the user's own parts (star, lists, notes)."""
