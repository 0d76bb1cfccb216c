"""The one door between the interfaces (command line, window) and the storage layers.

One object per family of use cases; each takes the `AppContext` that owns the connections.
No Qt here: the window and the command line share these implementations.
"""
