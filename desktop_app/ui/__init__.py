"""The window: Qt widgets, models and dialogs over the services. No SQL here."""
