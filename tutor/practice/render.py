"""How the practice screen shows things: results as feedback lines, expressions on one line."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from tutor.derive.messages import TARGET
from tutor.model import StepResult

WIDTH = 78
SYMBOL = {"ok": "✓", "error": "✗", "warning": "!", "unchecked": "?", "parse_error": "✗"}


def wrap(text: str, first: str = "", rest: str = "  ") -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest,
                         break_on_hyphens=False) or [first.rstrip()]


def duration(seconds: float) -> str:
    s = int(round(seconds))
    return f"{s} s" if s < 60 else f"{s // 60} min {s % 60:02d} s"


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def format_result(r: StepResult, label: str = "", values: bool = False) -> list[str]:
    """One checked step as feedback lines: ✓ with the method, ✗ with the diagnosis and code.

    A wrong step shows its witness when the diagnosis names no slip and the witness is a
    point (x = 1: 4 vs 2), not the value of a number; with `values` (a second wrong try at
    the same step), always."""
    sym = SYMBOL.get(r.verdict, "?")
    head = f"{sym} {label}" if label else f"{sym} "
    if r.verdict == "ok":
        text = r.message or "follows from the line before"
        if r.method:
            text += f" — {r.method}"
        return wrap(text, head)
    if r.verdict == "parse_error":
        lines = wrap(f"could not read this: {r.message}", head)
        if r.source and r.column:
            lines += ["  " + r.source, "  " + " " * (max(r.column, 1) - 1) + "^"]
        return lines
    text = r.message or {"error": "does not follow", "warning": "holds, but",
                         "unchecked": "cannot be decided here"}.get(r.verdict, "")
    if r.diagnosis and r.diagnosis not in text:
        text = f"{text}: {r.diagnosis}" if text else r.diagnosis
    if r.code:
        text += f"  [{r.code}]"
    if r.verdict == "unchecked" and r.method:
        text += f" ({r.method})"
    lines = wrap(text, head)
    point = r.method is not None and r.method.startswith("numeric witness") and (
        not r.diagnosis or r.code in (None, "other"))
    shown = r.method is not None and r.method.startswith(_VALUES) and r.method not in text
    if r.verdict == "error" and shown and (values or point):
        lines += wrap(_witness(r.method), "  ", "    ")
    return lines


_VALUES = ("numeric witness", "the values differ", "they differ", f"{TARGET}: ")


def _witness(method: str) -> str:
    """`numeric witness x=1: 4 vs 2` as `e.g. at x = 1: 4 on the left, 2 here`."""
    if method.startswith("numeric witness "):
        where, _, values = method[len("numeric witness "):].partition(": ")
        left, _, right = values.partition(" vs ")
        if right:
            where = where.replace("=", " = ")
            return f"e.g. at {where}: {left} before, {right} here"
    return method.removeprefix(f"{TARGET}: ")


def worst(results: Sequence[StepResult]) -> str:
    order = ["parse_error", "error", "warning", "unchecked", "ok"]
    verdicts = {r.verdict for r in results}
    return next((v for v in order if v in verdicts), "ok")


def render_expr(obj: object, width: int = 66) -> str:
    """A parsed object on one line: sympy's unicode pretty form when it fits, else linear."""
    try:
        import sympy
    except ImportError:  # pragma: no cover
        return str(obj)
    if isinstance(obj, (list, tuple)):
        return _shorten(" = ".join(render_expr(o, 10**6) for o in obj), width)
    parts = getattr(obj, "parts", None)  # a relation chain: parts joined by links
    if isinstance(parts, list) and parts:
        links = list(getattr(obj, "links", []))
        pieces = [_part(parts[0])]
        for link, part in zip(links, parts[1:], strict=False):
            label = getattr(link, "label", None)
            op = getattr(link, "op", "=")
            pieces += [f"{op} [{label}] {op}" if label else op, _part(part)]
        return _shorten(" ".join(pieces), width)
    if not isinstance(obj, sympy.Basic):
        return _shorten(str(obj), width)
    from tutor.derive.notation import notation  # the notation of the reports: 2x^2, σ(x)

    return _shorten(notation(_flatten(obj), written=True), width)


def _flatten(e: Any) -> Any:
    """Nested sums and products as one (a + b) + c -> a + b + c, keeping the written order."""
    if not getattr(e, "args", None) or getattr(e, "is_Atom", True):
        return e
    args = [_flatten(a) for a in e.args]
    if e.is_Add or e.is_Mul:
        def inline(k: int, a: Any) -> bool:  # (4x)h -> 4xh, but (1/2)x and -(2x^2) stay
            if a.func is not e.func:
                return False
            return e.is_Add or (k == 0 and not any(
                b.is_Pow and b.exp.is_negative for b in a.args))
        flat = [b for k, a in enumerate(args) for b in (a.args if inline(k, a) else (a,))]
        if len(flat) != len(args) or any(a is not b for a, b in zip(args, e.args, strict=True)):
            return e.func(*flat, evaluate=False)
        return e
    if all(a is b for a, b in zip(args, e.args, strict=True)):
        return e
    try:
        return e.func(*args, evaluate=False)
    except TypeError:
        try:
            return e.func(*args)
        except Exception:
            return e


def _part(part: Any) -> str:
    text = render_expr(getattr(part, "expr", part), 10**6)
    unit = getattr(part, "unit", None)
    return f"{text} {unit}" if unit else text


def _linear(obj: object) -> str:
    from sympy.printing.str import StrPrinter  # sympy loads on first use: startup stays fast

    class _Linear(_LinearForms, StrPrinter):
        pass

    return _Linear({"full_prec": False, "order": "none"}).doprint(obj).replace("**", "^")


class _LinearForms:
    """The one-line forms that differ from sympy's StrPrinter (mixed into it by `_linear`)."""

    def _print_Limit(self, expr: Any) -> str:
        e, z, z0 = expr.args[:3]
        return f"lim {self._print(z)}→{self._print(z0)} ({self._print(e)})"

    def _print_Derivative(self, expr: Any) -> str:
        vs = "".join(f"d{self._print(v)}" * int(n) for v, n in expr.variable_count)
        return f"d/{vs} ({self._print(expr.expr)})"

    def _print_Mul(self, expr: Any) -> str:
        args = expr.args  # the parser keeps -1 as Mul(-1, 1): print it as -1
        if len(args) == 2 and args[0] == -1 and args[1].is_Number:
            return "-" + self._print(args[1])
        return super()._print_Mul(expr)

    def _print_Sum(self, expr: Any) -> str:
        limits = ", ".join(f"{self._print(i)}={self._print(a)}..{self._print(b)}"
                           for i, a, b in expr.limits)
        return f"sum({limits}, {self._print(expr.function)})"

    def _print_Exp1(self, expr: Any) -> str:
        return "e"

    def _print_Pi(self, expr: Any) -> str:
        return "π"

    def _print_Infinity(self, expr: Any) -> str:
        return "∞"

    def _print_ImaginaryUnit(self, expr: Any) -> str:
        return "i"

    def _print_Equality(self, expr: Any) -> str:
        return f"{self._print(expr.lhs)} = {self._print(expr.rhs)}"


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
