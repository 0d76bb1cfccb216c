"""The user's own database: bookmarks, lists, notes and contacts, with migrations and backups.

No Qt here. Lives in the user data directory, apart from the shipped catalogue.
"""
