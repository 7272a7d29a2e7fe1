"""What a line says about its names before it is read: the functions its heads define
(`u(x) = …`: u calls), the number sets said beside its claims (`n \\in \\mathbb{N}`); and
what a line that cannot be read may define anew (`g(u) = e^u \\qog …`: g no more known)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import sympy as sp

from tutor.derive.context import Line
from tutor.derive.differentials import read_chains
from tutor.derive.function_heads import defined_function_names
from tutor.derive.unread_definitions import forget_unread_definition
from tutor.names import name_spans
from tutor.read.set_asides import set_asides
from tutor.read.sums_above import sums_of


def read_ahead(ctx, ln: Line, text: str) -> tuple[Line, str]:
    """The line with the number sets said beside its claims as assumptions its claims hold
    under (`ln.trailing`), and its text without them; the functions its heads define made
    calls in `ctx` (defined as the line is walked)."""
    for name in defined_function_names(text):
        if sp.Symbol(name) not in ctx.values:
            ctx.called.add(name)
    text, said = set_asides(text)
    return (replace(ln, trailing=ln.trailing + said) if said else ln), text


def unreadable_definitions(ctx, text: str) -> None:
    """The functions an unreadable line's heads define (`g(u) = e^u \\qog u(x) = x^2 - 1`, an
    unknown command in it) known no more: the g defined above may not be this example's."""
    for name in defined_function_names(text):
        if ctx.functions.pop(name, None) is not None:
            ctx.defined.discard(name)
    forget_unread_definition(ctx, text)  # `б) \\ y = …`: the y' of exercise a) known no more


def noted_early(ctx, chains: list, text: str, reread: Callable[[], list]) -> list:
    """The definitions of `chains` noted before the walk (tutor.derive.context); the line read
    again when it defines a name by a formula and writes a subscript of it after (`L = (ŷ - y)^2
    ⇒ L_{\\hat y} = 2(ŷ - y)`: L_ŷ is ∂L/∂ŷ, read with L known)."""
    known = set(ctx.formulas_read)
    for chain in chains:
        ctx.note_definition_early(chain)
    new = [n for n in ctx.formulas_read if n not in known]
    if not any(text[end:end + 1] == "_" and not text[start - 1:start].isalpha()
               for n in new for start, end in name_spans(text, n)):  # L_… written after L = …
        return chains
    ctx.named -= {c.parts[0].expr.name for c in chains if c.links and isinstance(
        c.parts[0].expr, sp.Symbol) and c.parts[0].expr.name.split("_")[0] in new}
    return reread()


def read_with_sums(ctx, ln: Line, text: str, context) -> list:
    """The chains of a line, a sum without its index read with the index and bounds of a sum
    on the row above in its block (`= e^{-λ} \\sum \\frac{(e^t λ)^x}{x!}` under
    `\\sum_{x=0}^\\infty`); the line's own sums kept for the row below."""
    block, above = ctx.sums_above
    above = above if block == ln.block else ()
    if above and any(mark in text for mark in ("\\sum", "\\prod", "Σ", "∑", "∏")):
        context = replace(context, sums=above)
    chains = read_chains(text, ln.syntax, context)
    ctx.sums_above = (ln.block, sums_of(chains) or above)
    return chains
