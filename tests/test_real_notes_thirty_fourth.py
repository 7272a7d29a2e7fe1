"""Habits of the thirty-fourth round: entropies given an event, primes after a bracketed name."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.document_steps import assert_verdicts

ENTROPY_OF_A_BRANCH = ("$${name}(C{bar}A=t) = -\\frac{{2}}{{3}}\\log_2\\frac{{2}}{{3}} - "
                       "\\frac{{1}}{{3}}\\log_2\\frac{{1}}{{3}} = {value}$$\n")


# `H(C | A = t)`, `ENT(C|A=t)`: the entropy of C on one branch of a decision tree's split (an
# event after the bar); it was a parse error ("a relation cannot be the argument of H_cond"),
# and the name is shown as written (H, never H_cond)
@pytest.mark.parametrize(("name", "bar", "value", "expected"), [
    ("H", "|", "0.918", [("unchecked", "H is not defined here"), ("ok", None)]),
    ("H", "\\mid ", "0.918", [("unchecked", "H is not defined here"), ("ok", None)]),
    ("H", "|", "0.981", [("unchecked", "H is not defined here"), ("error", None)]),
    ("ENT", "|", "0.918", [("unchecked", "ENT is not defined here"), ("ok", None)]),
])
def test_an_entropy_given_an_event(name, bar, value, expected):
    assert_verdicts(ENTROPY_OF_A_BRANCH.format(name=name, bar=bar, value=value), expected)


def test_an_entropy_given_an_event_said_twice():
    assert_verdicts("$$H(C|A=t) = 0.918$$\n\n$$H(C|A=t) = 0.5$$\n",
                    [("unchecked", None), ("error", "H(C | A = t) is 0.918 above")])


# `(\sin^{-1})'(x)`, `(\tan)'(x)`: a prime after a function's name in brackets is its derivative
# (the inverse of sin is arcsin); it was "unexpected character ')'"
@pytest.mark.parametrize(("left", "right", "expected"), [
    ("(\\sin^{-1})'(x)", "\\frac{1}{\\sqrt{1-x^2}}", "ok"),
    ("(\\cos^{-1})'(x)", "\\frac{1}{\\sqrt{1-x^2}}", "error"),
    ("(\\cos^{-1})'(x)", "-\\frac{1}{\\sqrt{1-x^2}}", "ok"),
    ("(\\tan)'(x)", "\\sec^2 x", "ok"),
    ("(\\ln)'(x)", "\\frac{1}{x}", "ok"),
    ("(\\ln)'(x)", "x", "error"),
])
def test_a_prime_after_a_bracketed_name(left, right, expected):
    assert_verdicts(f"$${left} = {right}$$\n", [(expected, None)])


@pytest.mark.parametrize(("text", "expected"), [
    ("(\\sin^{-1})'(x)", "    \\arcsin'(x)"), ("(\\tan)'(x)", "  \\tan'(x)"),
    ("(\\ln^{-1})'(x)", "(\\ln^{-1})'(x)"), ("(\\sin)' x", "(\\sin)' x"),
])
def test_primes_after_names_are_moved_in_place(text, expected):
    from tutor.read.primes_after_calls import primes_after_calls
    assert primes_after_calls(text) == expected


# Hugo's KaTeX shortcodes (a Japanese book site): `{{< katex >}}…{{< /katex >}}` over lines is a
# display, on one line inline math, `{{< katex display >}}` a display; every step was unseen
@pytest.mark.parametrize(("text", "expected"), [
    ("{{< katex >}}\n2 + 2 = 4\n{{< /katex >}}\n", [("ok", None)]),
    ("{{< katex >}}\n2 + 2 = 5\n{{< /katex >}}\n", [("error", None)]),
    ("so {{< katex >}}3 \\cdot 4 = 12{{< /katex >}} here\n", [("ok", None)]),
    ("{{< katex display >}}3 \\cdot 4 = 13{{< /katex >}}\n", [("error", None)]),
    ("{{% katex %}}\n(x+1)^2 = x^2 + 2x + 1\n{{% /katex %}}\n", [("ok", None)]),
])
def test_hugo_katex_shortcodes(text, expected):
    assert_verdicts(text, expected)


# plain TeX's `{\bf w}` (bold w), a wide space U+3000 between two parts of a formula (Japanese
# notes), and ∂E_n(𝐰)/∂w_0 (a function of the vector w in its component: a chain-rule factor,
# not the parse error "needs what is above the bar written in that expression only")
@pytest.mark.parametrize(("text", "expected"), [
    ("$${\\bf x} + { \\bf x} = 2 {\\bf x}$$\n", [("ok", None)]),
    ("$${\\rm e}^{0} = 1$$\n", [("ok", None)]),
    ("$$x\u3000+ x = 2x$$\n", [("ok", None)]),
    ("$$x\u3000+ x = 3x$$\n", [("error", None)]),
    ("$$\\frac{\\partial E_{n}( { \\bf w } ) }{\\partial w_{0} } = 1$$\n",
     [("unchecked", "a chain-rule factor")]),
    ("$$\\frac{\\partial L(\\mathbf{w})}{\\partial w_0} = 1$$\n",
     [("unchecked", "a chain-rule factor")]),
])
def test_readings_of_the_thirty_fourth_round(text, expected):
    assert_verdicts(text, expected)


# `Örnek 2`, `Contoh 2`, `예제 2`, `Voorbeeld 2` on a line of their own: a new example, whose
# P(A) is not the one stated under the example before (two false alarms of held-out real34 05)
EXAMPLES = "{label} 1\n\n$P(A) = 0.5$\n\n$P(B) = 2P(A) = 1$\n\n{label} 2\n\n$P(B) = 2P(A) = 0.6$\n"


@pytest.mark.parametrize("label", ["Örnek", "Contoh", "예제", "Voorbeeld", "Příklad",
                                   "Παράδειγμα", "Приклад", "問題"])
def test_an_example_label_starts_anew(label):
    assert_verdicts(EXAMPLES.format(label=label),
                    [("unchecked", "is given"), ("unchecked", "is given"), ("ok", None),
                     ("ok", None), ("unchecked", "earlier heading or problem label")])


def test_without_a_label_the_stated_value_holds():
    assert_verdicts(EXAMPLES.format(label="Then"),
                    [("unchecked", "is given"), ("unchecked", "is given"), ("ok", None),
                     ("ok", None), ("error", None)])


# a mixed number ending a chain (`= -\frac{9}{2} = -4 \frac{1}{2}`, Russian homework) is one
# number, -9/2 (four false alarms: it was read as -4·1/2); elsewhere a number before a fraction
# multiplies (`2\frac{1}{2}x^{-1/2}`), and an improper fraction is never part of a mixed number
@pytest.mark.parametrize(("text", "expected"), [
    ("$\\frac{-18}{4} = -\\frac{9}{2} = -4 \\frac{1}{2}$\n", ["ok", "ok"]),
    ("$\\frac{-18}{4} = -\\frac{9}{2} = -4 \\frac{1}{3}$\n", ["ok", "error"]),
    ("$\\frac{12}{11} = 1\\frac{1}{11}$\n", ["ok"]),
    ("$\\frac{3}{2} = 1\\frac{1}{2}$\n", ["ok"]),
    ("$\\frac{5}{2} = 1\\frac{1}{2}$\n", ["error"]),
    ("$2 \\cdot \\frac{1}{2} = 2\\frac{1}{2} x^0$\n", ["ok"]),
])
def test_a_mixed_number_ending_a_chain(text, expected):
    assert_verdicts(text, [(v, None) for v in expected])


@pytest.mark.parametrize(("text", "expected"), [
    ("= -4 \\frac{1}{2}", "= -\\frac{9}{2}  "),
    ("= 1\\frac{1}{3} =", "= \\frac{4}{3}  ="),
    ("= 2\\frac{3}{2}", "= 2\\frac{3}{2}"),          # not a proper fraction: a product
    ("= 9\\frac{1}{11}", "= 9\\frac{1}{11}"),        # 100/11 needs more room than it had
    ("y = 2 \\frac{1}{2} x", "y = 2 \\frac{1}{2} x"),  # more after it: a product
])
def test_mixed_numbers_are_read_in_place(text, expected):
    from tutor.read.mixed_numbers import mixed_numbers_read
    assert mixed_numbers_read(text) == expected


# `(af + bg)' = af' + bg'` under a heading "Linearität": a, b, c, k are constants of a rule
# unless primed on its right side (it was "does not hold for every function a, b, f, g")
@pytest.mark.parametrize(("rule", "expected"), [
    ("(af+bg)'=af'+bg'", "ok"),
    ("(cf)' = cf'", "ok"),
    ("(af - bg)' = af' - bg'", "ok"),
    ("(af+bg)' = af' + g'", "error"),
    ("(cf)' = c'f", "error"),
    ("(uv)' = u'v", "error"),
    ("(fg)' = f'g'", "error"),
])
def test_constant_letters_in_a_rule(rule, expected):
    assert_verdicts(f"${rule}$\n", [(expected, None)])


# a product of rounded decimals that themselves carry roundings of earlier steps
# (-0.364 × 0.447 where 0.447 = 0.149 × 3 and 0.149 rounds σ'(1.5)): off by a little more than
# the decimals' own rounding allows is unchecked, not an error (a false alarm of real34 08);
# a wrong digit is still an error
BACKPROP = ("```\nL = (y - 1)^2\ny = σ(wx)\n\nx = 3, w = 0.5, y = σ(1.5) ≈ 0.818\n\n"
            "dL/dy = 2(y - 1) = 2(-0.182) = -0.364\ndy/dw = σ'(wx) × x = 0.149 × 3 = 0.447\n"
            "dL/dw = {product}\n```\n")


@pytest.mark.parametrize(("product", "expected"), [
    ("-0.364 × 0.447 = -0.163", [("unchecked", "roundings of earlier steps"), ("ok", None)]),
    ("-0.364 × 0.474 = -0.173", [("error", None), ("warning", "carried forward")]),
])
def test_roundings_carried_along(product, expected):
    from tutor.batch import check_document
    steps = check_document(BACKPROP.format(product=product), kind="md").steps
    got = [(s.verdict, s.message) for s in steps if s.line == 9]
    assert [v for v, _ in got] == [v for v, _ in expected], got
    assert all(f is None or f in m for (_, m), (_, f) in zip(got, expected, strict=True)), got


@pytest.mark.parametrize(("value", "shown"), [
    ("0.000001", "0.000001"), ("0.00002", "0.00002"), ("0.5", "0.5"), ("1e-12", "1e-12"),
    ("1.5e-20", "1.5e-20"),
])
def test_small_decimals_shown_as_written(value, shown):
    from tutor.derive.notation import notation
    assert notation(sp.Float(value)) == shown


# `\begin{split} … \end{split}` alone in prose (a Hugo page MathJax renders), `f\rq(3)` (\rq for
# the prime), `$$\large{f'(x) = …}.$$` (a size wrapper with a full stop after it)
@pytest.mark.parametrize(("text", "expected"), [
    ("Work it out:\n\n\\begin{split}\n(x+1)^2 &= x^2 + 2x + 1 \\\\\n&= x(x + 2) + 1\n"
     "\\end{split}\n", [("ok", None), ("ok", None)]),
    ("Work it out:\n\n\\begin{split}\n(x+1)^2 &= x^2 + x + 1\n\\end{split}\n", [("error", None)]),
    ("$$f(x) = x^2, f\\rq(3) = 6$$\n", [("unchecked", "definition"), ("ok", None)]),
    ("$$f(x) = x^2, f\\rq(3) = 9$$\n", [("unchecked", "definition"), ("error", None)]),
    ("$$\\large{\\frac{d}{dx} x^2 = 2x}.$$\n", [("ok", None)]),
    ("$$\\large{\\frac{d}{dx} x^2 = x}.$$\n", [("error", None)]),
])
def test_wrappers_and_primes_of_the_thirty_fourth_round(text, expected):
    assert_verdicts(text, expected)


# `P(D') = 0.995` beside `P(D) = 0.005`, `P(T | D')`: a primed event inside P(…) is the
# complement (the law of total probability through D' was "P(T) is given"); a value that
# disagrees is a new one (the values stated before are set aside)
TOTAL = ("- $P(D) = 0.005$\n- $P(D') = {rest}$\n- $P(T \\mid D) = 0.98$\n"
         "- $P(T \\mid D') = 0.05$\n\n$$P(T) = P(T \\mid D) P(D) + P(T \\mid D') P(D')$$\n")


@pytest.mark.parametrize(("rest", "expected"), [
    ("0.995", [("unchecked", None), ("ok", None), ("unchecked", None), ("unchecked", None),
               ("ok", "rules of probability")]),
    ("0.95", [("unchecked", None), ("unchecked", "a new value for P(Dᶜ)"), ("unchecked", None),
              ("unchecked", None), ("unchecked", "contradict each other")]),
])
def test_a_primed_event_is_the_complement(rest, expected):
    assert_verdicts(TOTAL.format(rest=rest), expected)


# `(g \circ f)(x)` is g(f(x)) (Korean notes on the chain rule: "unknown command \circ"); a
# composition named alone (`$g \circ f$`) is no claim
@pytest.mark.parametrize(("text", "expected"), [
    ("$f(x) = x^2$, $g(x) = \\sin x$, $(g \\circ f)(x) = \\sin(x^2)$\n",
     [("unchecked", None), ("unchecked", None), ("ok", None)]),
    ("$f(x) = x^2$, $g(x) = \\sin x$, $(f \\circ g)(x) = \\sin(x^2)$\n",
     [("unchecked", None), ("unchecked", None), ("error", None)]),
    ("the composition $g \\circ f$ of two functions\n", []),
])
def test_compositions(text, expected):
    assert_verdicts(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("(g \\circ f)(x) = 1", "g(f(x))        = 1"), ("(g\\circ f)(2t)", "g(f(2t))      "),
    ("g \\circ f", "g \\circ f"),
])
def test_compositions_are_called_in_place(text, expected):
    from tutor.read.compositions import compositions_called
    assert compositions_called(text) == expected


# a row whose left side cannot be worked out (∂E_n(𝐰)/∂y_n: a chain-rule factor) is unchecked,
# and what follows its = is read: the rows after it are compared with it (they were
# "continues a line that could not be read or checked")
ROWS = ("$$\n\\begin{aligned}\n\\frac{\\partial E_{n}( \\mathbf{w} )}{\\partial y_{n}}\n"
        "&= \\frac{\\partial}{\\partial y_{n}} (- ( t_{n} \\log y_{n} + (1 - t_{n}) "
        "\\log (1 - y_{n}))) \\\\\n"
        "&= - \\frac{t_{n}}{y_{n}} + \\frac{1 - t_{n}}{1 - y_{n}} \\\\\n&= {last}\n"
        "\\end{aligned}\n$$\n")


@pytest.mark.parametrize(("last", "expected"), [
    ("\\frac{y_{n} - t_{n}}{(1 - y_{n}) y_{n}}", "ok"),
    ("\\frac{t_{n} - y_{n}}{(1 - y_{n}) y_{n}}", "error"),
])
def test_rows_after_a_factor_that_cannot_be_worked_out(last, expected):
    assert_verdicts(ROWS.replace("{last}", last),
                    [("unchecked", "chain-rule factor"), ("ok", None), (expected, None)])


# a table of rules whose rows write the derivative out in one column and its value in the next
# (`| Derivada de potencia | $\cfrac{d}{dx}[x^n]$ | $nx^{n-1}$ |`): each row is a claim (no step)
RULE_TABLE = ("| Nombre | Expresión | Equivalencia |\n| --- | :---: | :---: |\n"
              "| Constante | $\\cfrac{{d}}{{dx}}[c]$ | $0$ |\n"
              "| Potencia | $\\cfrac{{d}}{{dx}}[x^n]$ | ${power}$ |\n")


@pytest.mark.parametrize(("power", "expected"), [
    ("nx^{n-1}", [("ok", None), ("ok", None)]),
    ("nx^{n+1}", [("ok", None), ("error", None)]),
])
def test_a_table_of_rules_written_out(power, expected):
    assert_verdicts(RULE_TABLE.format(power=power), expected)


# `1.- $f(x) = \pi$`, then `2.- $f(x) = -\frac{7}{8}$` (a Spanish list of exercises): each
# number starts a new exercise with its own f (the second was "f(x) was defined above as π")
def test_spanish_exercise_numbers_start_anew():
    text = ("1.- $f(x) = \\pi$\n\n$f'(x) = 0$\n\n---\n\n2.- $f(x) = -\\frac{7}{8}$\n\n"
            "$f'(x) = 0$\n\n3.- $f(x) = x^2$\n\n$f'(x) = 3x$\n")
    assert_verdicts(text, [("unchecked", "definition"), ("ok", None),
                           ("unchecked", "definition"), ("ok", None),
                           ("unchecked", "definition"), ("error", None)])


# `## Forward pass`, `## Total error`, `## Backward pass`, `### Output layer`: the phases of one
# network worked by hand open no new section (ŷ₁ of the forward pass was "given under an
# earlier heading" in the backward pass); a heading of another kind still does
@pytest.mark.parametrize(("title", "phase"), [
    ("## Forward pass", True), ("## The backward pass", True), ("### Backwards pass", True),
    ("## Total error", True), ("### Calculating the total error", True),
    ("### Output layer", True), ("### Hidden layers", True), ("### Updating weights", True),
    ("## Forward rate agreements", False), ("## Output", False), ("## Problem 2", False),
])
def test_phase_headings_told(title, phase):
    import re

    from tutor.notes.step_headings import section_starts
    assert (section_starts(title, [0], re.compile("(?!)")) == []) is phase


# the derivative's definition at a point, `lim_{x→c} (f(x) − f(c))/(x − c)`, is f'(c) for any f
# (it was "a limit of f, not defined here"); a quotient of another shape stays a limit of f
@pytest.mark.parametrize(("text", "expected"), [
    ("$$f'(c) = \\lim_{x\\to c}\\frac{f(x)-f(c)}{x-c}$$\n", [("ok", None)]),
    ("$$f'(c) = \\lim_{x\\to c}\\frac{f(x)-f(c)}{c-x}$$\n", [("error", None)]),
    ("$$f'(a) = \\lim_{x\\to a}\\frac{f(x)-f(a)}{x+a}$$\n", [("unchecked", "a limit of f")]),
    ("$$g(x) = x^2, \\lim_{x\\to 3}\\frac{g(x)-g(3)}{x-3} = 6$$\n",
     [("unchecked", "definition"), ("ok", None)]),
])
def test_the_derivative_defined_at_a_point(text, expected):
    assert_verdicts(text, expected)


# `$a$ gelijk aan $1$`, `$n$ is equal to $2$` (a Dutch course): the words of `=` between two
# spans give a value, as `$a = 1$` would (the example's steps were "a substitution: holds when
# d/dx (a·x^n) = 2x")
@pytest.mark.parametrize(("words", "value", "expected"), [
    ("gelijk aan", "6x", "ok"), ("is gelijk aan", "6x", "ok"), ("is equal to", "6x", "ok"),
    ("equals", "5x", "error"), ("ist gleich", "6x", "ok"), ("равно", "6x", "ok"),
])
def test_equality_in_words_between_spans(words, value, expected):
    text = (f"$$f(x) = ax^n$$\n\nHere $a$ {words} $3$ and $n$ {words} $2$.\n\n"
            f"$$f'(x) = {value}$$\n")
    assert_verdicts(text, [("unchecked", "definition"), ("unchecked", "a = 3"),
                           ("unchecked", "n = 2"), (expected, None)])


# a gap that is no number (∞ − ∞ of a fuzzed line `(-0.78 - oo * 0.157)` then `00`): rounding
# cannot explain it, and no "Invalid NaN comparison" escapes as an internal error
@pytest.mark.parametrize(("gap", "slack"), [
    (sp.nan, sp.Float("0.001")), (sp.oo, sp.Float("0.001")), (sp.Float("0.0001"), sp.nan),
])
def test_rounding_of_a_gap_that_is_no_number(gap, slack):
    from tutor.judge.rounded import rounding_verdict
    assert rounding_verdict(gap, slack, True) is None


def test_a_line_after_an_infinite_value():
    from tutor.batch import check_document
    steps = check_document("(-0.781272 - oo * 0.157012)\n00\n", kind="txt").steps
    assert [s.verdict for s in steps] == ["error"], [(s.verdict, s.message) for s in steps]


# `J(\mathbf{w}, b) \overset{\underset{\mathrm{def}}{}}{=} …` (a label two groups deep over =):
# a definition, as `\overset{\text{def}}{=}` is (5 parse errors "\overset cannot stand here")
@pytest.mark.parametrize("label", ["\\underset{\\mathrm{def}}{}", "\\text{def}", "\\mathrm{def}",
                                   "\\underset{\\text{def}}{}"])
def test_a_definition_sign_with_a_nested_label(label):
    assert_verdicts(f"- $$b\\overset{{{label}}}{{=}} b+\\alpha(y-\\hat{{y}})$$\n",
                    [("unchecked", "definition of b")])


@pytest.mark.parametrize(("label", "bare"), [
    ("\\underset{\\mathrm{def}}{}", "def"), ("\\text{def}", "def"), ("\\text{L'H}", "L'H"),
    ("\\stackrel{\\text{(1)}}{}", "(1)"),
])
def test_labels_of_relations_unwrapped(label, bare):
    from tutor.read.builder import _unwrapped
    assert _unwrapped(label) == bare


# a name defined by a formula in weights the text gives only in prose (z_1 = w_1 x_1 + …), then
# worked out to a number (z_1 = 0.15 · 0.05 + … = 0.3275): that number is its value in the steps
# after it (`h_1 = σ(z_1) = 1/(1 + e^{-0.3275})` was "a substitution: holds when σ(z_1) = …")
FORWARD_BY_HAND = ("$$z_1 = w_1 x_1 + w_2 x_2 + b_1$$\n\n"
                   "$$z_1 = 0.15 \\cdot 0.05 + 0.2 \\cdot 0.1 + 0.3 = 0.3275$$\n\n"
                   "$$h_1 = \\sigma(z_1) = \\frac{{1}}{{1 + e^{{-{z}}}}} = {h}$$\n")


@pytest.mark.parametrize(("z", "h", "expected"), [
    ("0.3275", "0.5812", [("ok", "numbers worked out"), ("ok", None)]),
    ("0.3725", "0.5812", [("unchecked", "substitution"), ("error", None)]),
    ("0.3275", "0.5912", [("ok", None), ("error", None)]),
])
def test_a_number_worked_out_for_a_formula(z, h, expected):
    from tutor.batch import check_document
    steps = check_document(FORWARD_BY_HAND.format(z=z, h=h), kind="md").steps
    got = [(s.verdict, s.message) for s in steps if s.line == 5][1:]
    assert [v for v, _ in got] == [v for v, _ in expected], got
    assert all(f is None or f in m for (_, m), (_, f) in zip(got, expected, strict=True)), got


# `x_12`, `E_y1`, `out_y2` (backprop worked by hand in unrendered notes): digits, or a letter and
# digits, after _ are one subscript (TeX's x₁·2 was read: "holds when E_y·1 = 0.5"); one letter,
# a braced group and `x_1x_2` keep their reading
@pytest.mark.parametrize(("text", "name"), [
    ("x_12", "x_12"), ("E_y1", "E_y1"), ("w_{12}", "w_12"), ("x_1", "x_1"), ("h_o1", "h_o1"),
])
def test_subscript_runs(text, name):
    from tutor.read.parser import parse
    assert str(parse(f"{text} + 1")) == f"{name} + 1"


@pytest.mark.parametrize(("text", "expected"), [
    ("x_1x_2", "x_1*x_2"), ("w_5h_1", "h_1*w_5"), ("x_12^2", "x_12**2"),
])
def test_subscript_runs_stop_where_they_should(text, expected):
    from tutor.read.parser import parse
    assert str(parse(text)) == expected


# `dL/dW₂ = dL/dy × dy/dz₂ × dz₂/dW₂` (plain-text backprop, Korean notes): digits subscripted in
# Unicode inside a Leibniz fraction are `_2` (a parse error "unexpected '_2' here")
@pytest.mark.parametrize(("text", "expected"), [
    ("dL/dW₂ = dL/dy × dy/dz₂ × dz₂/dW₂\n", [("unchecked", "the chain rule written out")]),
    ("dL/dW₁ = dL/dy × dy/dz₂ × dz₂/dW₂\n", [("unchecked", "not the chain rule as written")]),
    ("y = 3x₂^2\ndy/dx₂ = 6x₂\n", [("unchecked", "definition"), ("ok", None)]),
    ("y = 3x₂^2\ndy/dx₂ = 3x₂\n", [("unchecked", "definition"), ("error", None)]),
])
def test_leibniz_fractions_with_unicode_subscripts(text, expected):
    from tutor.batch import check_document
    got = [(s.verdict, s.message) for s in check_document(text, kind="txt").steps]
    assert [v for v, _ in got] == [v for v, _ in expected], got
    assert all(f is None or f in m for (_, m), (_, f) in zip(got, expected, strict=True)), got
