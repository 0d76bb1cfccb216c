"""The sheet's sections, each a `fitting.Block` that can be trimmed step by step.

- `lists`: what the list sections share (a titled, bulleted list; a cluster's one-line summary).
- `profile`: the left column: profile, key facts, the sector in Mexico, support programmes.
- `context`: the right column: website and QR code, neighbouring clusters, where the facts come
  from.
- `private`: the user's part of an internal sheet: notes, contacts, lists.
"""
