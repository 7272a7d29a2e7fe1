"""The twenty-fifth held-out set of real notes (outside the repository): habits found there,
each written here in our own words as a construct and the verdict it must get."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts_on_line

# a factor named in the prose between two displays (`the factor $(t-2)$ cancels`): the display
# after it, opening with =, goes on from the display above, not from the factor named (the
# right line was 'not equal to the previous expression', compared with t - 2)
NAMED_BETWEEN = """$$\\frac{{t^2 - 4}}{{t - 2}} = \\frac{{(t - 2)(t + 2)}}{{t - 2}}$$

here the factor $(t - 2)$ is crossed out above and below

$$= {rhs}$$
"""

# a lone expression opening something new after a derivation still keeps its slips
NEW_START = """$$g(s) = (s + 3)^2 - 1$$

then we expand $(r + 2)^2$ as

$$= {rhs}$$
"""

# two worked examples side by side on one line, f given two values there: neither defines f
# (the first example's derivative below was held to the second f and called wrong)
SIDE_BY_SIDE = """If $f(t) = e^{{t}}$, then $f'(t) = e^{{t}}$

EX. $f(t) = \\sin(2t)$ EX. $f(t) = \\cos(5t)$

$$f'(t) = {rhs}$$
"""

# values of a function at other points on one line are a table of values, not two definitions
VALUE_TABLE = """A biased coin: $Q(H)=0.9, Q(T)=0.1$.

$$Q(H) + Q(T) = {rhs}$$
"""

# a new example names u and v again: u' and v' of the example before are known no more (the
# product rule below was worked out with the old u' = 2t and called wrong)
NEW_PARTS = """Let $u = t^2 + 1$, $v = t^3$

- $u' = 2t$, $v' = 3t^2$

Next, differentiate $f(t) = \\sin t \\cdot \\cos t$

Let $u = \\sin t$, $v = \\cos t$

- $u' = \\cos t$, $v' = -\\sin t$

$f'(t) = u'v + uv' = {rhs}$
"""

# a derivative whose order is a letter: never the fraction d^k/(d·t^k)
LETTER_ORDER = """$$\\frac{{d^{{m}}}}{{d t^{{m}}}} e^{{2t}} = {rhs}$$
"""

# the chain rule written in Leibniz's notation with letters for quantities: σ here is 1/w, w
# a function of t, never the logistic function of w (the written chain rule was 'not equal')
LEIBNIZ_CHAIN = """Write $\\sigma = w^{{-1}}$ where $w = 1 + t^2$.

$$\\frac{{d\\sigma}}{{dt}} = {rhs}$$
"""

# a result highlighted with soul's \\hl{…}: a group, as braces are (was 'unknown command \\hl')
HIGHLIGHTED = """$$[t^2\\cos t]' = 2t\\cos t - t^2\\sin t = \\hl{{{rhs}}}$$
"""

# a reason in brackets after \\quad, \\text around math (`(\\text{since } \\ln(y) \\text{ is
# constant})`): a remark, blanked (was "unexpected '\\text{since }'")
BRACKETED_REASON = ("$$\\frac{{\\partial}}{{\\partial s}}(s^2 \\ln(w)) = {rhs} "
                    "\\quad (\\text{{as }} \\ln(w) \\text{{ is a constant}})$$\n")


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (NAMED_BETWEEN.format(rhs="t + 2"), 5, ["ok"]),
    (NAMED_BETWEEN.format(rhs="t + 3"), 5, ["error"]),
    (NEW_START.format(rhs="r^2 + 4"), 5, ["error"]),
    (NEW_START.format(rhs="r^2 + 4r + 4"), 5, ["ok"]),
    (SIDE_BY_SIDE.format(rhs="2\\cos(2t)"), 5, ["unchecked"]),
    (SIDE_BY_SIDE.format(rhs="-5\\sin(5t)"), 5, ["unchecked"]),
    (VALUE_TABLE.format(rhs="1"), 3, ["ok"]),
    (VALUE_TABLE.format(rhs="0.8"), 3, ["error"]),
    (NEW_PARTS.format(rhs="\\cos t \\cdot \\cos t - \\sin t \\cdot \\sin t"), 11, ["ok", "ok"]),
    (LETTER_ORDER.format(rhs="2^{m} e^{2t}"), 1, ["unchecked"]),
    (LEIBNIZ_CHAIN.format(rhs="\\frac{d\\sigma}{dw} \\cdot \\frac{dw}{dt}"), 3, ["unchecked"]),
    (LEIBNIZ_CHAIN.format(rhs="2 \\cdot \\frac{d\\sigma}{dw} \\cdot \\frac{dw}{dt}"), 3,
     ["error"]),
    (HIGHLIGHTED.format(rhs="t(2\\cos t - t\\sin t)"), 1, ["ok", "ok"]),
    (HIGHLIGHTED.format(rhs="t(2\\cos t + t\\sin t)"), 1, ["ok", "error"]),
    (BRACKETED_REASON.format(rhs="2s \\ln(w)"), 1, ["ok"]),
    (BRACKETED_REASON.format(rhs="s \\ln(w)"), 1, ["error"]),
])
def test_real_habits(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)
