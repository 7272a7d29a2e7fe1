"""Derivations: the walk over steps with their context, and the diagnosis of wrong steps."""
