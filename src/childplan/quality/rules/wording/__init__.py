"""Wording rules: each reads one field's text and points at the words that fail the child."""
