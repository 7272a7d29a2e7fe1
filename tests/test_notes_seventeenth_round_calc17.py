"""The seventeenth round of real-notes habits (calculus): formulas copied out of Wikipedia as
`{\\displaystyle …}` in prose or on lines of their own, Greek connective words in `\\text{}`."""

from __future__ import annotations

import pytest

import tutor
from tests.document_steps import assert_steps, assert_verdicts
from tutor.notes.wikipedia_math import braces_undone, wikipedia_math_as_dollars

# ---------------------------------------------------------------- Wikipedia's {\displaystyle …}


# Wikipedia's grouping braces around one command go; argument braces stay (blanks keep places)
@pytest.mark.parametrize(("body", "undone"), [
    (r"{\frac {d}{dx}}\sinh x", r" \frac {d}{dx} \sinh x"),
    (r"{\bigl (}1-\sigma (x){\bigr )}", r" \bigl ( 1-\sigma (x) \bigr ) "),
    (r"{\Bigl [}xe^{x}{\Bigr ]}_{0}^{1}", r" \Bigl [ xe^{x} \Bigr ] _{0}^{1}"),
    (r"y\log {\hat {y}}", r"y\log  \hat {y} "),
    (r"{\frac {\frac {a}{b}}{c}}", r" \frac {\frac {a}{b}}{c} "),
    (r"x^{\frac {1}{2}}", r"x^{\frac {1}{2}}"),      # an exponent's braces are its argument
    (r"\frac {1}{\cosh ^{2}x}", r"\frac {1}{\cosh ^{2}x}"),
    (r"{x+1}^{2}", r"{x+1}^{2}"),                    # a group of more than one command stays
    (r"\sqrt[{3}]{x}", r"\sqrt[{3}]{x}"),
    (r"\boxed{\frac{1}{2}}", r"\boxed{\frac{1}{2}}"),  # an argument of any other command
    (r"\stackrel{\text{L'H}}{=}", r"\stackrel{\text{L'H}}{=}"),
    (r"\begin{aligned} x \end{aligned}", r"\begin{aligned} x \end{aligned}"),
    (r"\log {\hat {y}}", r"\log  \hat {y} "),        # after a function: a grouping
    (r"{\begin{aligned}a&=b\\&=c\end{aligned}}", r" \begin{aligned}a&=b\\&=c\end{aligned} "),
])
def test_wikipedia_grouping_braces_undone(body, undone):
    assert braces_undone(body) == undone
    assert len(braces_undone(body)) == len(body)


# in prose `$…$`, alone on a line `$$…$$`; lines never move; math already in `$` is left alone
@pytest.mark.parametrize(("text", "read"), [
    ("so {\\displaystyle \\sigma (0)={\\tfrac {1}{2}}}, then",
     "so               $\\sigma (0)= \\tfrac {1}{2}$ , then"),
    ("{\\displaystyle {\\frac {d}{dx}}\\cosh x=\\sinh x}\nnext",
     "             $$\\frac {d}{dx} \\cosh x=\\sinh x$$\nnext"),
    ("$a = {\\displaystyle x}$", "$a = {\\displaystyle x}$"),
    ("$$\n{\\displaystyle x}\n$$", "$$\n{\\displaystyle x}\n$$"),
    ("wrapped in {\\displaystyle ...} as it came", "wrapped in {\\displaystyle ...} as it came"),
    ("{\\displaystyle x", "{\\displaystyle x"),          # never closed: no math
    ("{\\displaystyle x\n\ny}", "{\\displaystyle x\n\ny}"),  # a paragraph between: no math
])
def test_displaystyle_written_as_dollars(text, read):
    assert wikipedia_math_as_dollars(text) == read
    assert len(wikipedia_math_as_dollars(text)) == len(text)


SECH = ("Hyperbolic functions:\n\n"
        "{{\\displaystyle {{\\frac {{d}}{{dx}}}}\\operatorname {{sech}} x={}}}\n")


# a Wikipedia formula alone on its line is checked: a dropped sign is found
@pytest.mark.parametrize(("right", "verdict"), [
    (r"-\operatorname {sech} x\tanh x", "ok"),
    (r"\operatorname {sech} x\tanh x", "error"),
])
def test_a_pasted_wikipedia_derivative_is_checked(right, verdict):
    assert_verdicts(SECH.format(right), [(verdict, None)])


# a pasted chain continued on the next line as `{\displaystyle =…}`
def test_a_pasted_chain_goes_on_on_the_next_line():
    text = ("First principles:\n\n"
            r"{\displaystyle \lim _{h\to 0}{\frac {(x+h)^{2}-x^{2}}{h}}"
            r"=\lim _{h\to 0}{\frac {2xh+h^{2}}{h}}}" "\n"
            r"{\displaystyle =\lim _{h\to 0}\left(2x+h\right)=2x}" "\n")
    assert_steps(text, [(3, "ok", "under the limit"), (4, "ok", "under the limit"),
                        (4, "ok", "evaluates the limit")])


# inline in prose, with Wikipedia's `{\tfrac …}` and `{\bigl (}…{\bigr )}`
@pytest.mark.parametrize(("value", "verdict"), [("4", "ok"), ("2", "error")])
def test_a_pasted_formula_in_prose_is_checked(value, verdict):
    text = (r"At the origin {\displaystyle \sigma '(0)={\tfrac {1}{2}}{\bigl (}1-{\tfrac {1}{2}}"
            r"{\bigr )}={\tfrac {1}{" + value + r"}}} as the article says.")
    assert_verdicts(text, [("ok", None), (verdict, None)])


# a definite integral with Wikipedia's `{\Bigl [}…{\Bigr ]}_{0}^{1}`
def test_a_pasted_bracketed_antiderivative():
    text = ("By parts:\n\n"
            r"{\displaystyle \int _{0}^{1}xe^{x}\,dx="
            r"{\Bigl [}xe^{x}-e^{x}{\Bigr ]}_{0}^{1}=1}" "\n")
    assert_verdicts(text, [("ok", None), ("ok", None)])


# Wikipedia's aligned rows inside `{\displaystyle {\begin{aligned}…\end{aligned}}}`, pasted
# after the article's rendered text (`f ( x ) = …`): each row is checked
def test_pasted_aligned_rows():
    text = (r"Three terms: f ( x ) = x 2 . {\displaystyle {\begin{aligned}(x+1)^{2}-1&="
            r"x^{2}+2x\\&=x{\bigl (}x+2{\bigr )}.\end{aligned}}}")
    assert_verdicts(text, [("ok", None), ("ok", None)])


# a plain-text file of pasted Wikipedia formulas is read as math too
def test_a_text_file_of_pasted_formulas():
    text = "Logistic:\n{\\displaystyle 1-\\sigma (x)=\\sigma (-x)}\n"
    steps = tutor.check_document(text, kind="txt").steps
    assert [s.verdict for s in steps] == ["ok"]


# Wikipedia's formulas pasted into `$$…$$` (with or without `{\\displaystyle …}`) keep its
# grouping braces: `{\\frac {d}{dx}}` was a parse error, now the step is checked
@pytest.mark.parametrize(("row", "verdict"), [
    (r"{\displaystyle {\frac {d}{dx}}e^{2x}=2e^{2x}.}", "ok"),
    (r"{\displaystyle {\frac {d}{dx}}e^{2x}=e^{2x}.}", "error"),
    (r"{\frac {d}{dx}}\left(x^{3}\right)=3x^{2}", "ok"),
    (r"{\frac {d}{dx}}\sin {\big (}x^{2}{\big )}=2x\cos {\big (}x^{2}{\big )}", "ok"),
    (r"{\frac {d}{dx}}\sin {\big (}x^{2}{\big )}=x\cos {\big (}x^{2}{\big )}", "error"),
])
def test_wikipedia_braces_inside_dollars(row, verdict):
    assert_verdicts("Pasted:\n$$\n" + row + "\n$$\n", [(verdict, None)])


# a pasted formula the text dump wrapped over two lines
def test_a_wrapped_pasted_formula():
    text = ("The chain rule gives\n  {\\displaystyle {\\frac {d}{dx}}\\sin (x^{2})=\n"
            "  2x\\cos (x^{2}).}  and more text\n")
    assert [s.verdict for s in tutor.check_document(text, kind="txt").steps] == ["ok"]


# ---------------------------------------------------------------- Greek notes


# Greek connective words in `\\text{}`: όπου (where), άρα (so), ή (or)
def test_greek_where_in_text():
    assert_verdicts(r"$$L(w) = \frac{1}{2}(w x - y)^2, \quad \text{όπου } x = 2, \ y = 3$$",
                    [("unchecked", "definition of L(w)"), ("unchecked", "x = 2 here"),
                     ("unchecked", "y = 3 here")])


# a reason beside a row: `\\text{because}`, Greek γιατί / επειδή (it was a parse error)
@pytest.mark.parametrize("word", ["because", "γιατί", "επειδή", "αφού"])
def test_because_beside_a_limit(word):
    row = (r"$$\lim_{x \to 0} \frac{\sin 5x}{x} = 5 \quad \text{" + word + r"} \quad "
           r"\lim_{u \to 0} \frac{\sin u}{u} = 1$$")
    assert_verdicts("Limits:\n\n" + row, [("ok", None), ("ok", None)])


# the Greek word reads as the English one does
@pytest.mark.parametrize(("greek", "english", "row"), [
    ("άρα", "so", r"$$x^2 - 2x = 0 \quad \text{{{}}} \quad x(x - 2) = 0$$"),
    ("άρα", "so", r"$$x^2 - 2x = 0 \quad \text{{{}}} \quad x(x - 3) = 0$$"),
    ("ή", "or", r"$$x(2 - x) = 0 \quad \text{{so}} \quad x = 0 \ \text{{{}}} \ x = 2$$"),
])
def test_greek_connectives_read_as_english(greek, english, row):
    def verdicts(word):
        return [s.verdict for s in tutor.check_document(row.format(word), kind="md").steps]
    assert verdicts(greek) == verdicts(english)
    assert "parse_error" not in verdicts(greek)


# a function the text does not define is named as written (`f_{m-1}`), not by its inner code
def test_an_undefined_function_is_named_as_written():
    text = "Boosting:\n\n$$x^2 + 2x = f_{m-1}(x)$$\n"
    assert_verdicts(text, [("unchecked", "f_{m-1} is not defined here")])


# ---------------------------------------------------------------- roots listed after ⇒ / so


# `… = 0 ⇒ x = 0 or x = 1`: the roots listed are read as one equation (their product = 0):
# all of them right is ok (it was an error: "x = 1 solves the first equation, not the second");
# a wrong root or a missing one is still found
@pytest.mark.parametrize(("row", "verdict"), [
    (r"6x(x - 1) = 0 \implies x = 0 \text{ or } x = 1", "ok"),
    (r"6x(x - 1) = 0 \implies \boxed{x = 0 \text{ or } x = 1}", "ok"),
    (r"6x(x - 1) = 0 \quad \text{so} \quad x = 0, \; x = 1", "ok"),
    (r"x(2 - x) = 0 \quad \text{άρα} \quad x = 0 \ \text{ή} \ x = 2", "ok"),
    (r"x^3 - x = 0 \implies x = 0 \text{ or } x = 1 \text{ or } x = -1", "ok"),
    (r"6x(x - 1) = 0 \implies x = 0 \text{ or } x = 2", "error"),   # a wrong root
    (r"x^3 - x = 0 \implies x = 0 \text{ or } x = 1", "error"),     # a root missing
])
def test_roots_listed_after_an_equation(row, verdict):
    assert_verdicts("Solve:\n\n$$" + row + "$$\n", [("unchecked", "premise"), (verdict, None)])


# on the next line, after `⇒`
def test_roots_listed_on_the_next_line():
    assert_verdicts("Solve:\n\n$$x^2 - 3x + 2 = 0$$\n$$\\implies x = 1 \\text{ or } x = 2$$\n",
                    [("unchecked", "premise"), ("ok", "an equivalent equation")])


# values given beside a definition are no roots: left as they were
def test_values_beside_a_definition_are_no_roots():
    assert_verdicts("Values:\n\n$$f(x) = x^2 \\text{ for } x = 0, x = 1$$\n",
                    [("unchecked", "definition of f(x)"), ("unchecked", "x = 0 here"),
                     ("unchecked", "x = 1 here")])
