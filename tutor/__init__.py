"""tutor: a symbolic math tutor and derivation checker (public API, imported lazily)."""

from __future__ import annotations

__version__ = "0.1.0"

_API = {
    "parse": "tutor.read.parser",
    "ParseError": "tutor.errors",
    "TutorError": "tutor.errors",
    "compare": "tutor.api",
    "check_derivation": "tutor.api",
    "Derivation": "tutor.api",
    "check_document": "tutor.batch",
    "problems": "tutor.bank.loader",
    "problem": "tutor.bank.lookup",
    "Verdict": "tutor.model",
    "StepResult": "tutor.model",
    "Problem": "tutor.model",
    "FileReport": "tutor.model",
}
_EXTENSION = {"load_ipython_extension": "tutor.ipython"}  # `%load_ext tutor` (IPython)

__all__ = sorted(_API)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API) | set(_EXTENSION))


def __getattr__(name: str):
    """Import the heavy modules (sympy, lark) only when a public name is first used."""
    if name in _API or name in _EXTENSION:
        import importlib

        return getattr(importlib.import_module({**_API, **_EXTENSION}[name]), name)
    raise AttributeError(f"module 'tutor' has no attribute {name!r}")
