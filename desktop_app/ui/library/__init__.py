"""The user's own data in the window: bookmarks, lists, notes, backups, the "Your lists" facet."""
