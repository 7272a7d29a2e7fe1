"""Steps inside a limit: rewriting for h ≠ 0, L'Hôpital's rule and when it applies, leaving it."""

from __future__ import annotations

import sympy as sp

from tutor.budget import AttemptTimedOut, attempt, limits_hit
from tutor.derive.arrow_limits import limit_along_arrow
from tutor.derive.diagnosis import diagnose, show
from tutor.derive.equivalent_factors import replaced_by_equivalent
from tutor.derive.equivalents import equivalent_quotient, rest_is_small
from tutor.derive.limit_forms import (
    UNSETTLED,
    UNSETTLED_FORM,
    limit_form,
    same_form,
    written_form,
)
from tutor.derive.limit_readings import argument_reread
from tutor.derive.series_limits import limit_with_rest, plain_value
from tutor.judge.equivalence import compare
from tutor.judge.series import truncation_degree
from tutor.model import StepResult, Verdict
from tutor.names import ELLIPSIS
from tutor.read.builder import Part


class LimitRules:
    """The limit rules of the derivation checker (a mixin: it uses the checker's context)."""

    def _limit_step(self, ln, a: sp.Limit, b, part: Part) -> StepResult | None:
        """A step from a limit: to another limit at the same point, or out of the limit."""
        var, point = a.args[1], a.args[2]
        if isinstance(b, sp.Limit) and b.args[1] == var and b.args[2] == point:
            if a.has(ELLIPSIS) or b.has(ELLIPSIS):  # x - (x - x³/6 + …): a rest not written out
                return self._with_rest(ln, a, b, part)
            return self._limit_to_limit(ln, a, b, part)
        found = self._with_rest(ln, a, b, part) if a.has(ELLIPSIS) else None
        return found if found is not None else self._limit_left(ln, a, b, part)

    def _with_rest(self, ln, a: sp.Limit, b, part: Part) -> StepResult | None:
        """`lim (x - sin x)/x³ = lim (x³/6 - x⁵/120 + …)/x³ = 1/6`: the values of the limits,
        each `+ …` read as terms of higher powers (tutor.derive.series_limits): ok when they
        agree; None otherwise (then `…` is not checked, as before)."""
        values = [limit_with_rest(side) if side.has(ELLIPSIS) else plain_value(side)
                  for side in (a, b)]
        if any(v is None for v in values) or sp.simplify(values[0] - values[1]) != 0:
            return None
        return self._result(ln, part, "ok", f"the limits agree: {show(values[0])} (the terms "
                            "after … are of higher powers)", method="series limit")

    def _form_claimed(self, ln, a: sp.Limit, b, part: Part) -> StepResult | None:
        """`lim sin(3x)/x = 0/0`: the indeterminate form written as the limit's "value" (a habit
        of notes before L'Hôpital's rule), checked as a form: ok when it is that form."""
        written = written_form(b)
        if written is None:
            return None
        body, var, point = a.args[0], a.args[1], a.args[2]
        num, den = _quotient(body, var)
        form = limit_form(num, den, var, point, a.args[3]) if den.has(var) else None
        if form == written:
            self.before_form = a  # the step after the form goes on from this limit
            return self._result(ln, part, "ok", f"the form at {var} → {show(point)} is {form}: " + (
                "indeterminate (not the value of the limit)" if "0/0" == written or "∞/∞" == written
                else "the limit is infinite or none"), method="form")
        if form is None or "/" not in form:
            return self._result(ln, part, "unchecked", f"{written}: the form of the limit "
                                "could not be confirmed")
        return self._result(ln, part, "error", f"the form is {form}, not {written}",
                            code="limit-form", diagnosis=f"at {var} → {show(point)} the "
                            f"numerator and the denominator tend to {form.replace('/', ' and ')}")

    def _form_worked(self, ln, a, b, part: Part) -> StepResult | None:
        """`lim … = (1 - 5 + 4)/(1 - 2 + 1) = 0/0`: a limit's form worked out (ok), right after
        it was checked as the form; None otherwise (0/0 = 0/0 alone says nothing)."""
        form = same_form(a, b) if self.results and self.results[-1].method == "form" else None
        return None if form is None else self._result(ln, part, "ok", f"the form {form}, "
                                                      "worked out", method="form")

    def _limit_to_limit(self, ln, a: sp.Limit, b: sp.Limit, part: Part) -> StepResult | None:
        """Under the limit: an identity for the variable ≠ the point, or L'Hôpital's rule."""
        body, var, point = a.args[0], a.args[1], a.args[2]
        same, where = self._under_the_limit(a, b)
        reread = argument_reread(self, ln, a, b, part) if same.status == "not_equal" else None
        if reread is not None:  # \sin x(\cos h - 1): sin(x)·(cos h - 1) may be meant
            return reread
        if same.status == "equal" and same.method.startswith("identical") and _no_limit(a):
            return self._result(ln, part, "unchecked", f"undefined: the limit as {var} → "
                                f"{show(point)} does not exist, on both sides")
        if same.status == "equal":
            return self._result(ln, part, "ok", f"rewrites the expression under the limit "
                                f"({where})", method=same.method)
        num, den = _quotient(body, var)
        lhopital = _differentiated(num, den, var)
        form, tried = None, False  # the quotient's form at the point, worked out once
        if den.has(var) and compare(lhopital, b.args[0], self.ctx.assumptions,
                                    budget=self.budget).status == "equal":
            form, tried = limit_form(num, den, var, point, a.args[3]), True
            applied = self._lhopital_applied(ln, a, part, form)
            if applied is not None:
                return applied
        quotient = sp.diff(body, var)
        if compare(quotient, b.args[0], self.ctx.assumptions,
                   budget=self.budget).status == "equal":
            return self._result(ln, part, "error", "this differentiates the whole quotient",
                                code="lhopital-quotient-rule",
                                diagnosis="L'Hôpital differentiates the numerator and the "
                                          "denominator separately")
        form = form if tried or not den.has(var) else limit_form(num, den, var, point, a.args[3])
        if form in ("0/0", "∞/∞") and compare(
                a, b, self.ctx.assumptions, budget=self.budget).status == "not_equal" \
                and not diagnose(body, b.args[0]):   # a slip in rewriting is named as such
            found = diagnose(lhopital, b.args[0])
            if found:
                return self._result(ln, part, "error", "these are not the derivatives "
                                    "L'Hôpital's rule needs", code=found[0],
                                    diagnosis=found[1])
        lucky = self._lucky_limit(ln, a, b, part, same)
        return lucky if lucky is not None else self._limit_lost(ln, a, b, part, same)

    def _lhopital_applied(self, ln, a: sp.Limit, part: Part, form: str | None):
        """L'Hôpital's rule applied to `a` whose quotient has `form` at the point: ok on 0/0
        or ∞/∞, an error on another form, unchecked when it rests on a parameter; None when
        the form is not known."""
        if form in ("0/0", "∞/∞"):
            return self._result(ln, part, "ok", f"L'Hôpital's rule on the form {form}",
                                method="l'hopital")
        if form == UNSETTLED:
            return self._result(ln, part, "unchecked", UNSETTLED_FORM, method="l'hopital")
        if form is None:
            return None
        return self._result(ln, part, "error", "L'Hôpital's rule does not apply here",
                            code="lhopital-not-indeterminate", diagnosis=f"at {a.args[1]} → "
                            f"{show(a.args[2])} the form is {form}, not 0/0 or ∞/∞: substitute "
                            "instead")

    def _along_an_arrow(self, ln, a: Part, op: str, b: Part, label: str | None) -> None:
        """`f/g \\xrightarrow{(1)} f'/g'`: a step along an arrow, wrong as an equality, may be
        L'Hôpital's rule (the numerator and the denominator differentiated: ok) or another
        labelled move (unchecked); an unlabelled arrow is a rewrite, judged as one."""
        if op != "->" or not self.results or self.results[-1].verdict not in (
                "error", "unchecked") or limit_along_arrow(self, ln, a, b, label):  # x \to 0
            return
        ea, eb = self.ctx.expand(a.expr), self.ctx.expand(b.expr)
        if isinstance(ea, sp.Limit) or isinstance(eb, sp.Limit):
            return  # lim … →(L'H) lim …: judged under the limit, as an equality of limits
        if isinstance(eb, sp.Subs) and len(eb.variables) == 1 and eb.variables[0] in \
                ea.free_symbols and eb.doit().is_finite and self._differentiated_quotient(
                    ea, eb.expr):  # \xrightarrow{(3)} \frac{-\cos x}{6}\Big|_{x=0}
            self.results[-1] = self._result(ln, b, "ok", "L'Hôpital's rule along the arrow, "
                                            "then its value at the point", method="l'hopital")
        elif self.results[-1].verdict == "unchecked":
            return
        elif self._differentiated_quotient(ea, eb):
            self.results[-1] = self._result(ln, b, "ok", "L'Hôpital's rule along the arrow: "
                                            "the numerator and the denominator differentiated",
                                            method="l'hopital")
        elif label is not None:
            self.results[-1] = self._result(ln, b, "unchecked", f"a step along an arrow "
                                            f"marked {label}: not an equality, not checked")

    def _differentiated_quotient(self, ea, eb) -> bool:
        """Whether eb is f'/g' for ea = f/g in its one variable."""
        if len(ea.free_symbols) != 1:
            return False
        var = next(iter(ea.free_symbols))
        num, den = sp.fraction(ea)
        if not den.has(var):
            return False
        return compare(_differentiated(num, den, var), eb, self.ctx.assumptions,
                       budget=self.budget).status == "equal"

    def _under_the_limit(self, a: sp.Limit, b: sp.Limit) -> tuple[Verdict, str]:
        """(the two expressions under the limits compared where the limit looks, the words for
        where): for x ≠ a (x > 0 at +∞); where they differ there, close to the point (within
        10⁻³, beyond 10⁴ at ±∞): |x - 1| = 1 - x as x → 0, a difference far away says nothing."""
        body, var, point, direction = a.args[0], a.args[1], a.args[2], str(a.args[3])
        same = compare(body, b.args[0], self.ctx.assumptions.with_relation(
            near_relation(var, point, direction)), budget=self.budget)
        if same.status != "not_equal":
            return same, _near(var, point)
        assumptions = self.ctx.assumptions
        for relation in close_relations(var, point, direction):
            assumptions = assumptions.with_relation(relation)
        close = compare(body, b.args[0], assumptions, budget=self.budget)
        if close.status == "not_equal":  # they differ near it too: the first witness reads
            return same, _near(var, point)  # better (h = 1, not h = -0.000442)
        return close, f"close to where {var} → {show(point)}"

    def _lucky_limit(self, ln, a: sp.Limit, b: sp.Limit, part: Part, under) -> StepResult | None:
        """Under the limit the expression changed into one that is not equal for h ≠ 0 (2h
        became 7h), and not by L'Hôpital, yet the limits agree: a part let go to its own limit
        (sin(h)/h → 1 in a product: the limit laws), a Taylor polynomial, equivalents (a
        function traded for its equivalent: lim sin 2x/(3x) = lim 2x/sin 3x), else by luck: an
        error, as the rewriting is (a term of (x+h)³ expanded wrong, a 2 dropped under a root)."""
        if under.status != "not_equal" or compare(a, b, self.ctx.assumptions,
                                                  budget=self.budget).status != "equal":
            return None
        var, point, hits = a.args[1], a.args[2], limits_hit()
        settled = self._part_to_its_limit(a, b.args[0])
        if settled is not None:
            return self._result(ln, part, "ok", f"lets a part go to its limit: {settled}",
                                method="limit laws")
        degree = truncation_degree(a.args[0], b.args[0], var, point)
        if degree is not None:  # (e^x - 1 - x)/x² → x²/2 + x³/6 over x²: its Taylor polynomial
            return self._result(ln, part, "ok", "replaces the expression under the limit by its "
                                f"Taylor polynomial (to the power {degree}): the limit is the "
                                "same", method="series")
        if rest_is_small(a.args[0], b.args[0], var, point):
            return self._result(ln, part, "ok", "writes the expression under the limit as a "
                                "Taylor polynomial and a smaller rest: the limit is the same",
                                method="series")
        num, den = sp.fraction(a.args[0])
        new_num, new_den = sp.fraction(b.args[0])  # ln(1+2x) ~ 2x over sin 3x ~ 3x, each
        if den.has(var) and limit_form(num, den, var, point, a.args[3]) in ("0/0", "∞/∞") \
                and (equivalent_quotient((num, den), (new_num, new_den), var, point)
                     or replaced_by_equivalent(a.args[0], b.args[0], var, point)):
            return self._result(ln, part, "ok", "replaces the expression under the limit by an "
                                f"equivalent (numerator and denominator each over the new one "
                                f"tend to 1 as {var} → {show(point)}): "
                                "the limit is the same", method="equivalents")
        where = _near(var, point)
        if limits_hit() != hits:  # a rule that explains it may not have finished: no error
            return self._result(ln, part, "unchecked", "the limits agree, but the expressions "
                                f"under them differ for {where}: no rule that allows it was "
                                "found in time")
        if _infinite(a) or _infinite(b):  # ∞ = ∞ agrees on no value: the rewrite is claimed
            return self._result(ln, part, "error", "the expressions under the limit are not "
                                f"equal for {where}, and both limits are infinite",
                                code="limit-rewrite", diagnosis=under.method, method="limit")
        return self._result(ln, part, "error", "the expressions under the limit are not equal "
                            f"for {where}: the limits agree only by luck (a rewriting under the "
                            "limit must keep it equal)", code="limit-rewrite",
                            diagnosis=under.method, method="limit")

    def _limit_lost(self, ln, a: sp.Limit, b: sp.Limit, part: Part, under) -> StepResult | None:
        """Under the limit the expression changed (no identity for h ≠ 0) into one that grows
        without bound near the point, where the old one has a finite limit (3h/(h(…)) written
        3/(h(…))): no rule of limits allows that, so the step is wrong."""
        from tutor.judge.limit_values import verified_limit

        var, point, direction = a.args[1], a.args[2], str(a.args[3])
        if under.status != "not_equal" or not point.is_finite or direction != "+-":
            return None  # one side (x → 0⁺): its value ∞ is compared as a value, as before
        old = verified_limit(a, 0.5)
        if old is None or old.has(sp.oo, -sp.oo, sp.zoo, sp.nan):
            return None
        for side in ("+", "-"):  # ∞·sign(1/√(3x - 4)): infinite at the points that confirmed it
            new = verified_limit(sp.Limit(b.args[0], var, point, side), 0.5)
            if new is None or not new.has(sp.oo, -sp.oo) or new.has(sp.nan, sp.zoo):
                return None
        return self._result(ln, part, "error", f"the expressions under the limit are not equal "
                            f"for {_near(var, point)}, and the new one grows without bound as "
                            f"{var} → {show(point)} where the old one tends to {show(old)}",
                            code="limit-value", diagnosis=under.method, method="limit")

    def _part_to_its_limit(self, a: sp.Limit, new_body) -> str | None:
        """`part → value` when `new_body` is a's body with one part replaced by its limit."""
        body, var, point = a.args[0], a.args[1], a.args[2]
        for p in _parts_with(body, var)[:24]:
            try:
                with attempt(0.3):
                    value = sp.limit(p, var, point)
            except (AttemptTimedOut, ValueError, NotImplementedError, TypeError):
                continue
            if not value.is_finite or value.has(sp.Limit) or value == p:
                continue
            if compare(body.subs(p, value), new_body, self.ctx.assumptions,
                       budget=self.budget).status == "equal":
                return f"{show(p)} → {show(value)}"
        return None

    def _limit_left(self, ln, a: sp.Limit, b, part: Part) -> StepResult | None:
        """Out of the limit: its value, a dropped limit, or the limit taken too early."""
        body, var, point = a.args[0], a.args[1], a.args[2]
        if not isinstance(b, sp.Limit) and var in b.free_symbols:
            verdict = compare(body, b, self.ctx.assumptions, budget=self.budget)
            if verdict.status == "equal":
                return self._result(ln, part, "warning", f"the limit was dropped: this still "
                                    f"depends on {var}", code="limit-dropped")
            return None
        verdict = compare(a, b, self.ctx.assumptions, budget=self.budget)
        if verdict.status == "equal" and self._first_principles() and _still_indeterminate(
                body, var, point):
            return self._result(ln, part, "error", "the limit is taken too early",
                                code="method", diagnosis=f"{show(body)} is not continuous at "
                                f"{var} = {show(point)} yet: cancel {var} before letting it go "
                                "to the limit", method=verdict.method)
        if verdict.status == "equal":
            return self._result(ln, part, "ok", f"evaluates the limit as {var} → {show(point)}",
                                method=verdict.method)
        if verdict.status == "not_equal":
            try:
                value = a.doit()
            except (ValueError, NotImplementedError, TypeError):
                return None
            found = diagnose(value, b)
            code = found[0] if found and found[0] not in ("term", "arithmetic") else "limit-value"
            why = found[1] if code != "limit-value" else None  # the message says it all
            return self._result(ln, part, "error", "wrong value of the limit", code=code,
                                diagnosis=why, method=verdict.method)
        return None

    def _first_principles(self) -> bool:
        return bool(self.problem and self.problem.method == "first-principles")


def _no_limit(lim: sp.Limit, seconds: float = 0.5) -> bool:
    """sympy finds no value for the limit (nan, a bounded oscillation, ±∞ from the two sides):
    the same limit written twice is not a step that holds."""
    from tutor.judge.limit_values import verified_limit

    if verified_limit(lim, seconds) is not None:   # a value, confirmed by numbers near the point
        return False
    body, var, point, direction = lim.args
    try:
        with attempt(seconds):
            value = sp.limit(body, var, point, str(direction))
    except (AttemptTimedOut, NotImplementedError, ValueError, TypeError, ZeroDivisionError):
        return False
    return bool(value is sp.zoo or value.has(sp.nan, sp.AccumBounds, sp.zoo))


def _still_indeterminate(body, var, point) -> bool:
    """Substituting the limit point into the body gives 0/0 (nan): h was not cancelled yet."""
    if not point.is_finite:
        return False
    try:
        value = body.xreplace({var: point})
        return bool(value.has(sp.nan, sp.zoo) or value is sp.nan)
    except (TypeError, ValueError, NotImplementedError, ZeroDivisionError):
        return True


def _parts_with(body, var) -> list:
    """The parts of `body` that hold `var`: its nodes, and in each product (sum) the product
    (sum) of the factors (terms) that hold it — sin(h)/h in sin(h)·h⁻¹·cos(x)."""
    out = []
    for node in sp.preorder_traversal(body):
        if not isinstance(node, sp.Expr) or not node.has(var) or node.is_Symbol:
            continue  # an integral's or a sum's limits (x, 1, b) are a Tuple, no part
        if node is not body:
            out.append(node)
        if isinstance(node, (sp.Mul, sp.Add)):
            held = [a for a in node.args if a.has(var)]
            if 1 < len(held) < len(node.args):
                out.append(node.func(*held))
    return out


def _near(var, point) -> str:
    """Where a limit looks: `x ≠ a` near a point (a number or a name), `x large` at ±∞."""
    if point.is_infinite:
        return f"{var} large" if point.is_extended_positive else f"{var} large and negative"
    return f"{var} ≠ {show(point)}"


def near_relation(var, point, direction: str):
    """Where a limit looks, as a relation: x > 0 as x → +∞ (x < 0 as x → -∞), x > a from
    the right, x < a from the left, x ≠ a from both sides."""
    if point.is_infinite:
        return sp.Gt(var, 0) if point.is_extended_positive else sp.Lt(var, 0)
    return {"+": sp.Gt, "-": sp.Lt}.get(direction, sp.Ne)(var, point, evaluate=False)


def close_relations(var, point, direction: str) -> list:
    """`near_relation`, closer: within 10⁻³ of a point, beyond 10⁴ (or below -10⁴) at ±∞."""
    if point.is_infinite:
        return [sp.Gt(var, 10**4) if point.is_extended_positive else sp.Lt(var, -10**4)]
    gap = sp.Rational(1, 1000)
    low = point if direction == "+" else point - gap
    high = point if direction == "-" else point + gap
    return [sp.Gt(var, low, evaluate=False), sp.Lt(var, high, evaluate=False),
            near_relation(var, point, direction)]


def _quotient(body, var) -> tuple:
    """(numerator, denominator) as written ((ln x)/(1/x), not x ln x), else over one bracket."""
    num, den = sp.fraction(body)
    return (num, den) if den.has(var) else sp.fraction(sp.together(body))


def _differentiated(num, den, var):
    """L'Hôpital's quotient: f'/g' of f/g."""
    return sp.diff(num, var) / sp.diff(den, var)


def _infinite(a: sp.Limit) -> bool:
    """Whether the limit (equal to the other one) is confirmed infinite."""
    from tutor.judge.limit_values import verified_limit

    try:
        with attempt(0.5):  # ∫_3^b u du, [u²]_3^b: worked out first
            a = sp.Limit(a.args[0].doit(), *a.args[1:])
    except (AttemptTimedOut, ValueError, NotImplementedError, TypeError):
        return False
    value = verified_limit(a, 0.5)
    return value is not None and value.has(sp.oo, -sp.oo) and not value.has(sp.nan, sp.zoo)
