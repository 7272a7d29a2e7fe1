"""No false verdicts in documents: undefined functions, conditions, redefinitions, no values."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

import tutor
from tutor.derive.incremental import check_derivation

# (Markdown document, [(verdict, fragment of the message or None), …] for its steps in order)
DOCUMENTS = [
    pytest.param(r"$$\frac{d}{dp}H(p) = -\log p + \log(1-p)$$",
                 [("unchecked", "H is not defined here")], id="derivative-of-undefined-H"),
    pytest.param(r"$$f'(x) = \lim_{h\to0}\frac{(x+h)^2+3(x+h)-x^2-3x}{h} = 2x+3$$",
                 [("unchecked", "f is not defined here"), ("ok", "evaluates the limit")],
                 id="first-principles-with-undefined-f"),
    pytest.param(r"$$f'(x) = \lim_{h\to0}\frac{(x+h)^2+3(x+h)-x^2-3x}{h} = 2x+4$$",
                 [("unchecked", "f is not defined here"), ("error", "wrong value of the limit")],
                 id="undefined-f-then-a-wrong-limit"),
    pytest.param("$$g(3) = 9$$", [("unchecked", "definition of g(3)")],  # a value given
                 id="value-of-undefined-g"),
    pytest.param("$$f(x) + f(x) = 3f(x)$$", [("error", None)],
                 id="undefined-f-on-both-sides-is-still-checked"),
    pytest.param("$$\\frac{d}{dp}(-p\\log p - (1-p)\\log(1-p)) = \\log(1-p) - \\log(p) = 0$$\n"
                 "$$\\log(p) = \\log(1-p)$$\n$$p = 1/2$$",
                 [("ok", None), ("unchecked", "set to 0"), ("ok", "equivalent equation"),
                  ("ok", "equivalent equation")], id="condition-after-a-chain-ending-in-zero"),
    pytest.param("$$\n\\begin{align}\n\\frac{d}{dp}(-p\\log p - (1-p)\\log(1-p)) &= "
                 "\\log(1-p) - \\log(p) = 0 \\\\\n\\log(p) &= \\log(1-p) \\\\\np &= 1/2\n"
                 "\\end{align}\n$$",
                 [("ok", None), ("unchecked", "set to 0"), ("ok", "equivalent equation"),
                  ("ok", "equivalent equation")], id="condition-in-one-align"),
    # consecutive blocks with no prose between are a sequence of equations
    pytest.param("$$x^2 - 4 = 0$$\n$$x = 3$$",
                 [("unchecked", "premise"), ("error", "does not follow")],
                 id="sequence-across-blocks-that-does-not-follow"),
    pytest.param("$$x^2 - 4 = 0$$\n$$x^2 = 4$$",
                 [("unchecked", "premise"), ("ok", "equivalent equation")],
                 id="sequence-across-blocks-that-follows"),
    pytest.param("$$x^2 - 4 = 0$$\n$$x = 2$$",
                 [("unchecked", "premise"), ("unchecked", "one of the solutions")],
                 id="sequence-across-blocks-picks-a-root"),
    # a heading between: a new topic, the old equation is only a condition
    pytest.param("$$x^2 - 4 = 0$$\n## Next\n$$x = 3$$",
                 [("unchecked", "holds when"), ("unchecked", "a condition, not an identity")],
                 id="condition-across-blocks-that-does-not-follow"),
    pytest.param("$$x^2 - 4 = 0$$\n\nA long sentence of prose that explains the next idea "
                 "in many words.\n\n$$x^2 = 4$$",
                 [("unchecked", "holds when"), ("ok", "equivalent equation")],
                 id="condition-across-blocks-that-follows"),
    pytest.param(r"$$\sum_{i=1}^{N} p_i\log_2 p_i = \sum_{n=1}^{N} p_n \log_2 \frac{1}{p_n}$$",
                 [("error", None)], id="entropy-sign-slip-with-a-renamed-index"),
    pytest.param(r"$$-\sum_{i=1}^{N} p_i\log_2 p_i = \sum_{n=1}^{N} p_n \log_2 \frac{1}{p_n}$$",
                 [("ok", None)], id="entropy-with-a-renamed-index"),
    pytest.param("$H(S) = 0.97$ and $H(S_L) = 0$", [("unchecked", "definition"),
                                                      ("unchecked", "definition")],
                 id="a-value-at-one-argument-defines-no-function"),
    pytest.param("$H(S) = 0.97$ then $H(S) = 0.5$", [("unchecked", "definition"),
                                                     ("error", None)],
                 id="the-same-value-written-again-is-a-claim"),
    pytest.param(r"$\sin x \approx x - \frac{x^3}{6}$",
                 [("ok", "Taylor series at x = 0")],
                 id="taylor-approximation-is-checked-as-a-truncated-series"),
    pytest.param(r"$n^2 + n \approx n^2$", [("unchecked", "an approximation in n")],
                 id="an-approximation-for-large-values-is-no-identity"),
    pytest.param(r"$\frac{1}{3} \approx 0.3333$", [("ok", None)], id="approximate-number"),
    pytest.param(r"$$2x = 4 \implies x = 2$$",
                 [("unchecked", "premise"), ("ok", "equivalent equation")],
                 id="implies-between-equations"),
    pytest.param(r"$$2x = 4 \implies x = 3$$",
                 [("unchecked", "premise"), ("error", None)], id="implies-to-a-wrong-equation"),
    pytest.param(r"$$\sqrt{y^2} = y, \quad y \ge 0$$",
                 [("ok", None), ("unchecked", "condition")],
                 id="a-claim-under-the-bound-written-beside-it"),
    pytest.param(r"$$\sqrt{x^2} = x \text{ for } x \ge 0$$",
                 [("ok", None), ("unchecked", "condition")], id="a-claim-for-a-bound-in-words"),
    pytest.param(r"$$\sqrt{y^2} = -y, \quad y \ge 0$$",
                 [("error", None), ("unchecked", "condition")],
                 id="a-wrong-claim-under-its-bound-is-still-wrong"),
    pytest.param(r"$$x + y = 3, \quad x - y = 1$$",
                 [("unchecked", "premise"), ("unchecked", "condition")],
                 id="two-equations-beside-each-other-may-be-a-system"),
    pytest.param(r"$$x^2 \implies 2x$$", [("error", None)], id="implies-between-expressions"),
    pytest.param(r"$$H = \log 4 = 2 \text{ bits}$$",
                 [("unchecked", "definition"), ("warning", "another base")],
                 id="a-step-that-holds-in-another-log-base-is-a-warning"),
    pytest.param("$v(t) = t^2 + 1$, so $v(0) = 0$",
                 [("unchecked", "definition of v(t)"), ("error", None)],
                 id="any-letter-defines-a-function"),
    pytest.param("$v(t) = t^2 + 1$, so $v(0) = 1$",
                 [("unchecked", "definition of v(t)"), ("ok", None)],
                 id="any-letter-defines-a-function-right"),
    pytest.param(r"$$\begin{aligned} g(x) &= (x+1)^2 \\ &= x^2 + 1 \\ &= x^2 + 2x + 1"
                 r"\end{aligned}$$",
                 [("unchecked", "definition"), ("error", None), ("ok", "where the steps began")],
                 id="a-definition-continued-by-rows"),
    pytest.param("$$(a+b)^2$$\n\n$$= a^2 + b^2$$\n\n$$= a^2 + 2ab + b^2$$",
                 [("error", None), ("ok", "it replaces the line above")],
                 id="displays-that-open-with-equals-go-on"),
    pytest.param("$$\\frac{d}{dx}\\sin(x^2) = \\cos(x^2)$$\n\n$$= 2x\\cos(x^2)$$",
                 [("error", None), ("ok", "where the steps began")],
                 id="a-right-line-after-a-wrong-one-is-right"),
    pytest.param("$$= a^2 + b^2$$", [("unchecked", "nothing comes before it")],
                 id="a-display-that-opens-with-equals-and-nothing-before"),
    pytest.param(r"$$e^x = 1 + x + \frac{x^2}{2} + \cdots$$" "\n\n"
                 r"$$\ln(1+x) = x - \frac{x^2}{2} + \dots$$",
                 [("ok", "Taylor series"), ("ok", "Taylor series")],
                 id="series-with-dots-in-consecutive-blocks"),
    pytest.param(r"$$\sum_{k=1}^{n} k = \frac{n(n-1)}{2}$$" "\n"
                 r"$$\sum_{k=1}^{n} k^2 = \frac{n(n+1)(2n+1)}{6}$$",
                 [("error", None), ("ok", None)], id="a-wrong-sum-identity-is-no-premise"),
    pytest.param(r"$$\lim_{h \to 0}(2x + h) = \lim_{h\to0}(2x + h^2) = 2x$$",
                 [("error", "not equal for h ≠ 0"), ("ok", None)],
                 id="under-a-limit-a-change-that-keeps-the-value-by-luck"),
    pytest.param(r"$$\lim_{h \to 0}\frac{2xh + h^2}{h} = \lim_{h\to0}(2x + h) = 2x$$",
                 [("ok", "rewrites"), ("ok", None)], id="under-a-limit-an-identity"),
    pytest.param("$$(x+1)^2 = x^2 + 1$$", [("error", None)],
                 id="a-wrong-identity-with-no-equation-before-is-still-an-error"),
    pytest.param("$$g(x) = x^2$$\n\n$$g(x) = x^2 + 1$$",  # notes: the next exercise's g
                 [("unchecked", "definition of g(x)"), ("unchecked", "a slip or a new")],
                 id="g-defined-again-differently"),
    pytest.param("$$g(x) = x^2$$\n\n$$g(x) = x^2$$",
                 [("unchecked", "definition of g(x)"), ("ok", "agrees with the definition")],
                 id="g-defined-again-the-same"),
    pytest.param("$$g(x) = x^2$$\n\n$$g(y) = y \\cdot y$$",
                 [("unchecked", "definition"), ("ok", "agrees with the definition")],
                 id="g-again-with-another-variable"),
    pytest.param("$$0/0 = 0/0$$", [("unchecked", "undefined")], id="zero-over-zero-twice"),
    pytest.param("$$\\frac{1}{0} = \\frac{2}{0}$$", [("unchecked", "undefined")],
                 id="division-by-zero-both-sides"),
    pytest.param("$$\\infty - \\infty = \\infty - \\infty$$", [("unchecked", "undefined")],
                 id="infinity-minus-infinity"),
    pytest.param("$$\\lim_{x\\to0}\\sin\\frac{1}{x} = \\lim_{x\\to0}\\sin\\frac{1}{x}$$",
                 [("unchecked", "does not exist")], id="a-limit-that-does-not-exist-twice"),
    pytest.param("$$\\lim_{x\\to\\infty}\\frac{1}{\\sqrt{x}} = 0$$", [("ok", "limit")],
                 id="one-over-sqrt-at-infinity"),
    pytest.param("$$\\lim_{x\\to\\infty}\\frac{1}{\\sqrt[3]{x}} = 0$$", [("ok", "limit")],
                 id="one-over-cube-root-at-infinity"),
    pytest.param("$$\\lim_{x\\to\\infty}(\\sqrt{x+1} - \\sqrt{x}) = 0$$", [("ok", "limit")],
                 id="difference-of-roots-at-infinity"),
    pytest.param("$$\\lim_{x\\to\\infty}\\frac{1}{\\sqrt[3]{x}} = 0.001$$",
                 [("error", "wrong value of the limit")], id="slow-limit-wrong-value"),
    pytest.param("$$L(\\theta) = \\prod_{i=1}^{n} p^{x_i}(1-p)^{1-x_i}$$",
                 [("unchecked", "definition of L(θ)")], id="a-definition-is-not-an-ok"),
    pytest.param("$$p = 0.2$$ and $$\\frac{p}{1-p} = 0.25$$",
                 [("unchecked", "definition of p"), ("ok", "values defined above")],
                 id="value-definition-then-use"),
]


def _steps(text: str):
    return tutor.check_document(text, kind="markdown").steps


@pytest.mark.parametrize("text, expected", DOCUMENTS)
def test_document_verdicts(text, expected):
    assert_verdicts(text, expected)


def test_a_definition_counts_as_unchecked_not_ok_in_the_summary():
    report = tutor.check_document("$$g(x) = x^2$$\n\n$$g(2) = 4$$", kind="markdown")
    assert [(s.verdict, s.method) for s in report.steps][0] == ("unchecked", "definition")
    counts = report.summary()
    assert (counts["ok"], counts["unchecked"]) == (1, 1), counts


def test_no_suggested_answer_from_an_undefined_function():
    steps = _steps(r"$$f'(x) = \lim_{h\to0}\frac{(x+h)^2 - x^2}{h} = 2x + 1$$")
    assert not any(s.diagnosis and "Derivative" in s.diagnosis for s in steps), steps
    assert steps[0].verdict == "unchecked"


@pytest.mark.parametrize("lines, verdicts", [
    (["g(x) = x^2", "g(x) = x^2 + 1"], ["unchecked", "error"]),
    (["H'(p) = -log(p) + log(1-p)"], ["unchecked"]),
    (["0/0", "0/0"], ["unchecked"]),
    (["lim x->oo 1/x^(1/3)", "0"], ["ok"]),
])
def test_the_same_rules_in_a_plain_derivation(lines, verdicts):
    assert [r.verdict for r in check_derivation(lines)] == verdicts


def test_a_redefinition_is_taken_back_with_undo():
    derivation = tutor.Derivation()
    derivation.add("g(x) = x^2")
    assert derivation.add("g(x) = x^3")[-1].verdict == "error"
    derivation.undo()
    derivation.undo()
    assert derivation.add("g(x) = x^3")[-1].verdict == "unchecked"  # a definition again


def test_a_dropped_chain_rule_factor_through_sigma_is_named():
    steps = check_derivation(["d/dz (-y ln(sigma(z)) - (1 - y) ln(1 - sigma(z)))",
                              "-y/sigma(z) + (1 - y)/(1 - sigma(z))"])
    assert (steps[-1].verdict, steps[-1].code) == ("error", "chain-rule")
