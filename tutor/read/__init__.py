"""Reading: text in our two grammars (plain and LaTeX) becomes unevaluated sympy objects."""
