"""The Contacts tab: the people met, their editor, the import preview, the deleted contacts."""
