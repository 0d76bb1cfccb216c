"""Fact sheets from the window: export to PDF, preview and print."""
