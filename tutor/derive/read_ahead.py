"""What a line says about its names before it is read: the functions its heads define
(`u(x) = …`: u calls), the number sets said beside its claims (`n \\in \\mathbb{N}`); and
what a line that cannot be read may define anew (`g(u) = e^u \\qog …`: g no more known)."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from tutor.derive.context import Line
from tutor.derive.function_heads import defined_function_names
from tutor.read.set_asides import set_asides


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
