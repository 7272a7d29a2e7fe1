"""The equivalence engine: sympy objects in (never text), a sound Verdict out."""
