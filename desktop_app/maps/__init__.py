"""The map of Mexico's states: geometry from resources/maps and a colour scale. No Qt here."""
