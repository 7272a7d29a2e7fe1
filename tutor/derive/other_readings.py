"""Readings a writer may mean where the written order says otherwise: an unbracketed d/dx
before a sum (`\\frac{d}{dx} x^2 + 3x = 2x + 3`: the derivative of the whole sum, where TeX
applies it to x² only), a slash before a product (`1/2x`: 1/(2x), where precedence gives x/2),
a letter before a bracket (`a(x)(1 - a(x))`: a function a at x, where a product reads a·x), a
bracket after a function's argument (`\\cos x (-\\sin x)`: cos(x)·(-sin x), where TeX reads
cos(x·(-sin x))).
A step that fails as written and holds so read is right, and the method says how it was read."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import sympy as sp

from tutor.derive.context import symbols_differ
from tutor.derive.log_reach import log_product_reading
from tutor.derive.substitution import back_in_x
from tutor.errors import ParseError
from tutor.judge.equivalence import Equation
from tutor.judge.equivalence import compare as compare_exprs
from tutor.model import Part, Verdict
from tutor.read.parser import parse_chains
from tutor.read.trig_arguments import TRIG_NAMES

# the operator, then an opening bracket: its reach is written out
_BRACKETED = re.compile(r"(?:\\frac\s*\{\s*(?:d|\\mathrm\s*\{\s*d\s*\}|\\partial)\s*\}\s*"
                        r"\{[^{}]*\}|\bd/d\w+)\s*(?:\\left\s*|\\big+l?\s*|\\Big+l?\s*)?[(\[]")


def whole_sum_reading(part: Part):
    """The part with its leading unbracketed derivative reaching over the terms after it, when
    each names its variable or is a number (`d/dx x² + 3x + 1`: d/dx (x² + 3x + 1)); None
    otherwise."""
    expr = part.expr
    if not isinstance(expr, sp.Add) or len(expr.args) < 2 or _BRACKETED.search(part.span.text):
        return None
    first = next((t for t in expr.args if isinstance(t, (sp.Derivative, sp.Limit))), None)
    rest = [t for t in expr.args if t is not first]
    if isinstance(first, sp.Limit):  # `\lim_{x \to \infty} 2 - \frac{1}{x}`: the whole sum
        x = first.args[1]
        if x not in sp.Add(*rest).free_symbols or any(t.has(sp.Limit) for t in rest):
            return None
        return sp.Limit(sp.Add(first.args[0], *rest), *first.args[1:])
    if first is None or len(first.variables) != 1:
        return None
    x = first.variables[0]
    if any(not (x in term.free_symbols or term.is_number) or term.has(sp.Derivative)
           for term in rest):
        return None
    return sp.Derivative(sp.Add(first.expr, *rest), *first.variable_count)


# a slash, then a number and a letter written together: `1/2x`, `3/4ab`, `1/2\\pi r`
_SLASH_PRODUCT = re.compile(r"/\s*(\d+(?:\.\d+)?\s*(?:[a-zA-Z]|\\[a-zA-Z]+)(?:\^\{?[\w.]+\}?)?)"
                            r"(?![\w({\[^])")


def slash_reading(part: Part, read: Callable):
    """The part with each `/2x` read as `/(2x)`, through `read` (text to an expression or
    None); None when the part has no such slash."""
    text = part.span.text
    if "/" not in text or not _SLASH_PRODUCT.search(text):
        return None
    return read(_SLASH_PRODUCT.sub(lambda m: f"/({m.group(1)})", text))


# a function without brackets, its one-letter argument, then a bracket: `\cos x (-\sin x)`
# (`\text{sin}x(`, `\mathrm{cos}h(`: the name upright, as `\sin x (` reads)
_ARGUMENT_THEN_BRACKET = re.compile(
    r"((?:\\|(?<![\\\w]))(?:" + TRIG_NAMES + r"|ln|log)(?:\^\{?[^{}\s]{1,3}\}?)?(?=\s)"
    r"|\\(?:text|textrm|mathrm|operatorname)\s*\{\s*(?:" + TRIG_NAMES + r"|ln|log)\s*\})"
    r"\s*([a-zA-Z]|\\[a-zA-Z]+)\s*(?=\\left\s*\(|\()")


# a function without brackets, its one-letter argument (a power of it too), then a power of e:
# `\sin x^3 e^{x^2+1}` (TeX's reading takes e^{x²+1} into the argument: sin(x³·e^{x²+1}))
_ARGUMENT_THEN_EXP = re.compile(
    r"((?:\\|(?<![\\\w]))(?:" + TRIG_NAMES + r")(?:\^\{?[^{}\s]{1,3}\}?)?)\s*"
    r"([a-zA-Z](?:\^\{[^{}]{1,12}\}|\^\w)?)\s*(?=e\s*\^)")


# a function without brackets, its one-letter argument, then a root: `\cos x \sqrt{1+x}` (TeX's
# reading takes the root into the argument: cos(x·√(1+x)))
_ARGUMENT_THEN_ROOT = re.compile(
    r"((?:\\|(?<![\\\w]))(?:" + TRIG_NAMES + r"|ln|log)(?:\^\{?[^{}\s]{1,3}\}?)?)\s*"
    r"([a-zA-Z]|\\[a-zA-Z]+)\s*(?=\\sqrt\b)")


def argument_reading(part: Part, read: Callable):
    """The part with each `\\cos x (…)` read as `\\cos(x)·(…)`, each `\\sin x^3 e^{…}` as
    `\\sin(x^3)·e^{…}` and each `\\cos x \\sqrt{…}` as `\\cos(x)·\\sqrt{…}` (TeX's reading
    takes the bracket, the power of e or the root into the argument: cos(x·(…))), through
    `read`; None when there is none."""
    text = closed = part.span.text
    if "(" in text:
        closed = _ARGUMENT_THEN_BRACKET.sub(lambda m: f"{m.group(1)}({m.group(2)}) ", closed)
    if "e" in text:
        closed = _ARGUMENT_THEN_EXP.sub(lambda m: f"{m.group(1)}({m.group(2)}) ", closed)
    if "sqrt" in text:
        closed = _ARGUMENT_THEN_ROOT.sub(lambda m: f"{m.group(1)}({m.group(2)}) ", closed)
    return None if closed == text else read(closed)


def argument_reading_in(part: Part, ctx):
    """`argument_reading` of the part, read in the walk's context `ctx` (None when there is
    no such reading or it does not read)."""
    return argument_reading(part, lambda text: _read_one(text, ctx.parse_context()))


_LETTER_CALL = re.compile(r"(?<![\\\w])([a-zA-Z])\s*\(")


def call_readings(a: Part, b: Part, read: Callable) -> tuple | None:
    """Both parts with each single letter before a bracket on either read as a function
    called there (`a(x)`, `h(z)`), through `read` (text and the names of functions); None
    when there is no such letter or a side does not read."""
    letters = frozenset(m.group(1) for part in (a, b)
                        for m in _LETTER_CALL.finditer(part.span.text))
    if not letters:
        return None
    both = read(a.span.text, letters), read(b.span.text, letters)
    if None in both or both == (a.expr, b.expr):
        return None
    return both


def _read_one(text: str, context):
    """The one expression `text` reads as, or None."""
    try:
        chains = parse_chains(text, "auto", context)
    except ParseError:
        return None
    return chains[0].parts[0].expr if len(chains) == 1 and not chains[0].links else None


def within_reach(verdict: Verdict, a_expanded: tuple, b_expanded: tuple, ctx,
                 compare: Callable) -> Verdict:
    """`verdict` for parts a and b (each with its expression expanded) unless another reading
    decides: an integral in u defined above written back in x (`∫ … dx = ∫ u³ du`, an ok,
    never an error), or one the writer may mean (see the module's note), with the reading
    said."""
    (a, ea), (b, eb) = a_expanded, b_expanded
    back = back_in_x(ea, eb, ctx.values) if verdict.status == "unknown" or (  # ∫ cos u du =
        verdict.status == "not_equal" and symbols_differ(Equation(ea, eb))) else None  # sin(x²)
    again = compare(*back) if back else verdict
    if again.status == "equal" or verdict.status != "not_equal":
        return again if again.status == "equal" else verdict
    expand = ctx.expand

    def read(text, functions=frozenset()):
        context = ctx.parse_context()
        return _read_one(text, replace(context, functions=context.functions | functions))

    for side, other in ((a, b), (b, a)):
        readings = _side_readings(side, read)
        for reading, how in readings:
            again = compare(expand(reading), expand(other.expr))
            if again.status == "equal":
                return Verdict("equal", f"{again.method}; read {how}")
    both = argument_reading(a, read), argument_reading(b, read)  # `\sin x(…)` on each side
    again = compare(expand(both[0]), expand(both[1])) if None not in both else verdict
    if again.status == "equal":
        return Verdict("equal", f"{again.method}; read on both sides with the function's "
                       "argument ending before the bracket (cos x (…) as cos(x)·(…))")
    called = call_readings(a, b, read)
    again = compare(expand(called[0]), expand(called[1])) if called else verdict
    if again.status == "equal":
        return Verdict("equal", f"{again.method}; read with a letter before a bracket as a "
                       "function called there (a(x) as the value of a at x)")
    return verdict


def _side_readings(side: Part, read: Callable) -> list[tuple]:
    """The other readings of one side the writer may mean, each with how it was read."""
    whole = whole_sum_reading(side)
    over = "" if whole is None else f"d/d{whole.variables[0]}" if isinstance(
        whole, sp.Derivative) else "the limit"
    readings = [] if whole is None else [(whole, f"with {over} over the whole sum after it "
                                          "(brackets would say so)")]
    slashed = slash_reading(side, read)
    if slashed is not None:
        readings.append((slashed, "with the product after the slash as the divisor "
                                  "(1/2x as 1/(2x); brackets would say so)"))
    argument = argument_reading(side, read)
    if argument is not None:
        readings.append((argument, "with the function's argument ending before the "
                                   "bracket or the power of e (cos x (…) as cos(x)·(…))"))
    barred = bar_reach_reading(side)
    if barred is not None:
        readings.append((barred, BAR_REACH))
    logged = log_product_reading(side)
    if logged is not None:
        readings.append((logged, "with the log over the whole product after it (ln c·e^u "
                                 "as ln(c·e^u); brackets would say so)"))
    return readings


BAR_REACH = ("with the bar over the terms in its variable only (a + b x³/3 |_0^1 as a + b/3: "
             "the a kept; brackets would say so)")


def bar_reach_reading(part: Part):
    """The part with each evaluation bar written after a sum without brackets (`a + b x³/3
    |_0^1`) reaching only the terms in its variable, the others kept once; None otherwise."""
    return bar_reach(part.expr, part.span.text)


def bar_reach(expr, text: str):
    """`expr`, written as `text`, read as bar_reach_reading says; None when nothing changes."""
    if not re.search(r"(?<!\\right)(?<!\])\|\s*_", text):
        return None
    found = {}
    for node in sp.preorder_traversal(expr):
        pair = _evaluation_pair(node)
        if pair is not None:
            body, var, high, low = pair
            kept = [t for t in sp.Add.make_args(body) if var not in t.free_symbols]
            rest = sp.Add(*[t for t in sp.Add.make_args(body) if var in t.free_symbols])
            if kept and rest != 0 and _integrated_once(kept, high - low):
                found[node] = sp.Add(*kept, sp.Subs(rest, var, high), -sp.Subs(rest, var, low))
    return expr.xreplace(found) if found else None


def _integrated_once(kept: list, length) -> bool:
    """Whether the terms without the variable are ∫ a dx already worked over bounds one apart
    (a·1 = a): parameters, never a number or a constant of integration (`x² + 1 |_0^1 = 2`,
    `… + C |_0^1 = 1 + C` stay slips)."""
    return length == 1 and all(t.free_symbols and not t.is_number and not any(
        s.name in ("C", "c", "K") for s in t.free_symbols) for t in kept)


def _evaluation_pair(node):
    """(F, x, b, a) of `F|_a^b` read as F at b minus F at a; None for any other node."""
    if not isinstance(node, sp.Add) or len(node.args) != 2:
        return None
    subs = [a for a in node.args if isinstance(a, sp.Subs)]
    negated = [a.args[1] for a in node.args if isinstance(a, sp.Mul) and len(a.args) == 2
               and a.args[0] == -1 and isinstance(a.args[1], sp.Subs)]
    if len(subs) != 1 or len(negated) != 1 or subs[0].expr != negated[0].expr \
            or len(subs[0].variables) != 1 or subs[0].variables != negated[0].variables:
        return None
    return subs[0].expr, subs[0].variables[0], subs[0].point[0], negated[0].point[0]


def identity_said(eq: Equation, text: str, assumptions, budget: float) -> str | None:
    """How `eq`, in letters, holds for every value: "" as written, or with the bar's reach read
    as the writer may mean (`… ⇒ a + b x³/3 |_0^1 = a + b/3`); None when it is no identity."""
    if not (eq.lhs - eq.rhs).free_symbols:
        return None
    if compare_exprs(eq.lhs, eq.rhs, assumptions, budget=budget).status == "equal":
        return ""
    barred = bar_reach(eq.lhs, text)
    if barred is not None and compare_exprs(barred, eq.rhs, assumptions,
                                            budget=budget).status == "equal":
        return f" ({BAR_REACH.replace('with', 'read with', 1)})"
    return None


def status_as_read(ctx, read: Callable, a, b, budget: float = 0.5) -> str | None:
    """The status of a = b with each side read another way (`read`, a sympy expression to
    another), or None when that reading cannot be made: a second look's comparison."""
    try:
        return compare_exprs(read(a), read(b), ctx.assumptions, budget=budget).status
    except Exception:  # noqa: BLE001 - a reading that cannot be made decides nothing
        return None

