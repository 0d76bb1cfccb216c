"""Browsing the catalogue: the search field, the facet panel, the cluster table and its models."""
