"""Steps undecided as written: decided with the values defined above, or with a family's total."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.context import value_of
from tutor.derive.diagnosis import diagnose, show
from tutor.derive.graph import written_down_to
from tutor.indices import split_name
from tutor.judge.decimals import exact
from tutor.judge.equivalence import compare
from tutor.judge.index_cases import family_totals
from tutor.model import Part, StepResult, Verdict


class UnsettledRules:
    """How a step undecided as written is settled (a mixin of the step rules: it needs
    `_with_values`, `_result`, `ctx` and `budget`)."""

    def _unsettled(self, ln, a: Part, b: Part, ea, eb, op: str, verdict: Verdict,
                   differ: bool) -> StepResult:
        """The result of a step undecided as written, or whose sides name different symbols:
        decided with the values defined above, else a substitution or unchecked."""
        again = self._with_values(ea, eb, op == "~=") if differ else None
        if again is not None and again.status == "equal":
            return self._result(ln, b, "ok", "follows with the values defined above",
                                method=again.method)
        if again is not None and again.status == "not_equal" and self._derivative_of_value(a):
            return self._wrong_with_values(ln, ea, eb, b, again)
        if verdict.status == "unknown":
            return self._result(ln, b, "unchecked", verdict.reason or "undecided",
                                method=verdict.method or None)
        return self._result(ln, b, "unchecked", f"a substitution: holds when {show(ea)} = "
                            f"{show(eb)}", method="substitution")

    def _with_total(self, ln, ea, eb, b: Part) -> StepResult | None:
        """A step that holds once a family's total is 1 (Σ_k y_k = 1: one-hot labels said in
        prose): unchecked with that condition, never an error."""
        for total in family_totals(ea, eb):
            if total in self.ctx.assumptions.relations:
                continue  # given: the step was judged with it
            verdict = compare(ea, eb, self.ctx.assumptions.with_relation(total),
                              budget=self.budget)
            if verdict.status != "not_equal":  # undecided in time: it may, never an error
                return self._result(ln, b, "unchecked", f"holds when {show(total.lhs)} = "
                                    f"{show(total.rhs)}" if verdict.status == "equal" else
                                    f"may hold when {show(total.lhs)} = {show(total.rhs)}: "
                                    f"{verdict.reason}", method=verdict.method or None)
        return None

    def _derivative_of_value(self, a: Part) -> bool:
        """Whether a side is a derivative of a value defined above (∂L/∂w with L = …)."""
        return any(isinstance(d.expr, AppliedUndef) and sp.Symbol(d.expr.func.__name__)
                   in self.ctx.values for d in a.expr.atoms(sp.Derivative))

    def _wrong_with_values(self, ln, ea, eb, b: Part, verdict: Verdict) -> StepResult:
        """A derivative of names defined above (∂L/∂w with L and a = wx + b) claimed equal
        to what it is not, once the definitions are put in: an error, diagnosed as usual."""
        values = {k: exact(v) for k, v in self.ctx.values.items() if isinstance(k, sp.Symbol)}
        eb = written_down_to(eb, values, set())
        found = diagnose(value_of(ea), eb, previous=ea)
        code, why = found if found else ("other", None)
        return self._result(ln, b, "error", "not equal to the previous expression with the "
                            "values defined above", code=code, diagnosis=why,
                            method=verdict.method)

    def _lost_dependency(self, expr) -> str | None:
        """∂L/∂w of an L defined above in names that, by the definitions, do not hold w (ŷ =
        σ(z) defined, z = wx + b said after ŷ): a link the walk has not got, so a derivative of
        0 is no verdict. The reason, or None."""
        for d in expr.atoms(sp.Derivative):
            if not isinstance(d.expr, AppliedUndef):
                continue
            number = self.ctx.values.get(sp.Symbol(d.expr.func.__name__))
            if isinstance(number, sp.Basic) and not number.free_symbols:  # a = tanh(1) ≈ 0.76
                return (f"{d.expr.func.__name__} is a number here ({show(number)}, its value at "
                        f"a point): how it depends on {show(d.variables[0])} is not written")
            saved = self.ctx.values  # z = 1 given is a point, not what z is made of (z = wx)
            self.ctx.values = {k: v for k, v in saved.items() if getattr(v, "free_symbols", 1)}
            try:
                written = self.ctx.expand(d)
            finally:
                self.ctx.values = saved
            name = d.expr.func.__name__
            if isinstance(written, sp.Subs):  # at the values given: θ_1 = 1
                written = written.expr
            if isinstance(written, sp.Derivative):
                variables, body = written.variables, written.expr
            elif written.is_number and sp.Symbol(name) in self.ctx.values:  # taken: 0
                variables, body = d.variables, self.ctx.expand(sp.Symbol(name))
            else:
                continue
            if not (_families(variables) & _families(body.atoms())):
                return (f"{name} does not hold {show(variables[0])} by the definitions above: "
                        "how it depends on it is not written as one")
        return None


def _families(items) -> set[str]:
    """Names and the families of entries (z_i, z[j] are both of z) among `items`."""
    found = set()
    for x in items:
        if isinstance(x, sp.Indexed):
            found.add(str(x.base))
        elif isinstance(x, sp.Symbol):
            entry = split_name(x)  # z_i is an entry of z (tutor.indices)
            found |= {x.name, entry[0]} if entry else {x.name}
    return found
