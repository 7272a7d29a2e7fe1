"""Bad input: every mistake gives a ParseError with a sentence, a line and a column, quickly,
evaluating nothing; no other exception ever leaves parse()."""

from __future__ import annotations

import builtins
import time

import pytest
import sympy as sp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tutor.read.builder
from tutor.errors import ParseError
from tutor.read.builder import Chain
from tutor.read.parser import (
    KNOWN_BAD,
    MAX_DEPTH,
    MAX_LENGTH,
    TOO_DEEP,
    _depth,
    mark_bars,
    parse,
    parse_chains,
)
from tutor.read.sentences import MISPLACED_PRIME, NEGATION, SUBSCRIPTED_CALL

# (input, the sentence, line, column); every KNOWN_BAD example stands here with its label
BRACED_ARGUMENT = ("braces {…} are not brackets in LaTeX: put a function's argument in ( ) or "
                   "\\left( \\right)")
MODULAR = "modular arithmetic (\\pmod, \\bmod, \\mod) is not supported: congruences are not checked"
ERRORS = [
    # a function's braced argument is what TeX shows: \sin{x+1} is sin x + 1
    ("\\sin{x+1}", BRACED_ARGUMENT, 1, 7),
    ("\\log{2x - 1}", BRACED_ARGUMENT, 1, 9),
    ("\\exp{-x + 1}", BRACED_ARGUMENT, 1, 9),  # one signed term, \exp{-x}, is read
    # an operator is missing its right-hand side
    ("x +", "an operator is missing its right-hand side", 1, 4),
    ("2 *", "an operator is missing its right-hand side", 1, 4),
    ("x^", "an operator is missing its right-hand side", 1, 3),
    ("\\frac{1}{2} -", "an operator is missing its right-hand side", 1, 14),
    ("x /", "an operator is missing its right-hand side", 1, 4),
    ("a \\cdot", "an operator is missing its right-hand side", 1, 8),
    ("2x +\n", "an operator is missing its right-hand side", 2, 1),
    # two operators in a row
    ("x + * 2", "two operators in a row", 1, 5),
    ("2 ** * 3", "two operators in a row", 1, 6),
    ("x // 2", "two operators in a row", 1, 4),
    ("x * / 2", "two operators in a row", 1, 5),
    ("a \\cdot \\cdot b", "two operators in a row", 1, 9),
    ("2 +* 3", "two operators in a row", 1, 4),
    ("a\n+ * b", "two operators in a row", 2, 3),
    ("(x + * 2", "two operators in a row", 1, 6),
    # an empty pair of brackets
    ("()", "an empty pair of brackets", 1, 2),
    ("x + ()", "an empty pair of brackets", 1, 6),
    ("{}", "an empty pair of brackets", 1, 2),
    ("f()", "an empty pair of brackets", 1, 3),
    ("2 + []", "an empty pair of brackets", 1, 6),
    ("x^{}", "an empty pair of brackets", 1, 4),
    ("sin()", "an empty pair of brackets", 1, 5),
    ("\\sin()", "an empty pair of brackets", 1, 6),
    # a relation is missing one side
    ("= x", "a relation is missing one side", 1, 1),
    ("x = ", "a relation is missing one side", 1, 5),
    ("x < ", "a relation is missing one side", 1, 5),
    ("x = = 1", "a relation is missing one side", 1, 5),
    ("a \\leq", "a relation is missing one side", 1, 7),
    ("\\implies b", "a relation is missing one side", 1, 1),
    ("x ==", "a relation is missing one side", 1, 4),
    ("f(x) = ", "a relation is missing one side", 1, 8),
    ("x\ny = ", "a relation is missing one side", 2, 5),
    # commas
    ("f(x,)", "a comma must stand between two things", 1, 5),
    ("f(,x)", "a comma must stand between two things", 1, 3),
    ("x,,y", "a comma must stand between two things", 1, 3),
    # operators that need more
    # `sum x`, `∑ x_i` as `\sum x_i`: the index from the summand's subscripts, else none
    ("sum x", "a sum needs an index, e.g. \\sum_{i=1}^{N} or \\sum_i x_i", 1, 1),
    ("sum 2", "a sum needs an index, e.g. \\sum_{i=1}^{N} or \\sum_i x_i", 1, 1),
    ("lim 2", "a limit needs its variable and point, e.g. lim x->0 … or \\lim_{x \\to 0} …", 1, 5),
    ("\\lim x", "a limit needs its variable and point, e.g. lim x->0 … or \\lim_{x \\to 0} …",
     1, 6),
    ("\\lim 2", "a limit needs its variable and point, e.g. lim x->0 … or \\lim_{x \\to 0} …",
     1, 6),
    ("\\frac", "a fraction needs two arguments: \\frac{a}{b}", 1, 6),
    ("\\frac{1}", "a fraction needs two arguments: \\frac{a}{b}", 1, 9),
    ("\\frac 1", "a fraction needs two arguments: \\frac{a}{b}", 1, 8),
    ("2 + sin", "a function needs its argument, e.g. sin x or \\sin(x)", 1, 8),
    ("2 + \\sin", "a function needs its argument, e.g. sin x or \\sin(x)", 1, 9),
    ("2 + log", "a function needs its argument, e.g. sin x or \\sin(x)", 1, 8),
    ("2 + \\log", "a function needs its argument, e.g. sin x or \\sin(x)", 1, 9),
    ("2 + \\ln", "a function needs its argument, e.g. sin x or \\sin(x)", 1, 8),
    ("d/dx", "a derivative needs what it differentiates, e.g. d/dx (x^2)", 1, 5),
    ("\\frac{d}{dx}", "a derivative needs what it differentiates, e.g. d/dx (x^2)", 1, 13),
    ("P(A|)", "a condition | needs something on both sides, e.g. P(A|B)", 1, 5),
    ("P(|A)", "a condition | needs something on both sides, e.g. P(A|B)", 1, 5),
    ("\\int x", "an integral needs its variable at the end, e.g. \\int_0^1 x^2 \\, dx", 1, 7),
    ("\\int_0^1 x^2", "an integral needs its variable at the end, e.g. \\int_0^1 x^2 \\, dx",
     1, 13),
    # brackets: where the bracket was opened
    ("(x+1", "missing closing parenthesis for the '(' opened at column 1", 1, 5),
    ("sin(x", "missing closing parenthesis for the '(' opened at column 4", 1, 6),
    ("f(x", "missing closing parenthesis for the '(' opened at column 2", 1, 4),
    ("(x + (y", "missing closing parenthesis for the '(' opened at column 6", 1, 8),
    ("((((", "missing closing parenthesis for the '(' opened at column 4", 1, 5),
    ("\\left( x + 1", "missing closing parenthesis for the '(' opened at column 6", 1, 13),
    ("(\n x +", "missing closing parenthesis for the '(' opened at line 1, column 1", 2, 5),
    ("\\frac{1}{x", "missing closing brace for the '{' opened at column 9", 1, 11),
    ("\\frac{1}{", "missing closing brace for the '{' opened at column 9", 1, 10),
    ("x^{2", "missing closing brace for the '{' opened at column 3", 1, 5),
    ("\\sqrt{x", "missing closing brace for the '{' opened at column 6", 1, 8),
    ("\\sqrt[3]{", "missing closing brace for the '{' opened at column 9", 1, 10),
    ("\\text{hello", "missing closing brace for the '{' opened at column 6", 1, 12),
    # a relation or a separator before the bracket closes: the closer is missing there
    ("\\frac{1}{2 = x", "missing closing brace for the '{' opened at column 9", 1, 12),
    ("\\sqrt{x = 2", "missing closing brace for the '{' opened at column 6", 1, 9),
    ("x^{2 + 1 = 3", "missing closing brace for the '{' opened at column 3", 1, 10),
    ("\\sum_{i=1}^{n x_i = 3", "missing closing brace for the '{' opened at column 12", 1, 19),
    ("\\frac{x}{2 \\implies y = 3", "missing closing brace for the '{' opened at column 9",
     1, 12),
    ("\\frac{a}{b + c, x = 1", "missing closing brace for the '{' opened at column 9", 1, 15),
    ("(x + 1 = 2", "missing closing parenthesis for the '(' opened at column 1", 1, 8),
    ("[x + 1 = 2", "missing closing bracket for the '[' opened at column 1", 1, 8),
    ("x+1)", "')' closes a bracket that was never opened", 1, 4),
    ("x}", "'}' closes a bracket that was never opened", 1, 2),
    ("(x))", "')' closes a bracket that was never opened", 1, 4),
    ("))))", "')' closes a bracket that was never opened", 1, 1),
    ("x \\right)", "')' closes a bracket that was never opened", 1, 9),
    ("[x)", "')' closes a bracket that was never opened", 1, 3),
    ("(x]", "']' closes a bracket that was never opened", 1, 3),
    ("\\frac{1}{2}}", "'}' closes a bracket that was never opened", 1, 12),
    # characters and commands
    ("x = ??", "unexpected character '?'", 1, 5),
    ("__import__('os')", "unexpected character '_'", 1, 1),
    ("@", "unexpected character '@'", 1, 1),
    ("x # y", "unexpected character '#'", 1, 3),
    ("∮", "unexpected character '∮'", 1, 1),
    ("∫", "the line ends too early", 1, 2),  # an integral begun (plain `∫ 2x dx` is read)
    ("x^^2", "unexpected character '^'", 1, 3),
    ("x_", "unexpected character '_'", 1, 2),
    ("\\frak{g}", "unknown command \\frak", 1, 1),
    ("x + \\nabla f", "say which variable the gradient is taken in: \\nabla_w f", 1, 5),
    ("x + \\nabla_w", "the line ends too early", 1, 13),
    ("\\begin{cases} x \\end{cases}", "the environment {cases} is not supported here", 1, 1),
    # constructs refused by name (issue 12)
    ("\\sigma(z)' = 2", MISPLACED_PRIME, 1, 10),
    ("k(x)'' + 1", MISPLACED_PRIME, 1, 5),  # f(x)'' reads as f''(x) (a rule table's habit)
    ("\\operatorname{g}(z)_i = 1", SUBSCRIPTED_CALL, 1, 20),  # softmax(z)_i reads (its entry)
    ("f(x)_1", SUBSCRIPTED_CALL, 1, 5),
    ("\\neg D", NEGATION, 1, 1),
    ("x = \\lnot y", NEGATION, 1, 5),
    ("¬ A", NEGATION, 1, 1),
    ("17 \\equiv 2 \\pmod{5}", MODULAR, 1, 13),  # never 2 ± od·5: \\pm is a whole command
    ("17 \\bmod 5 = 2", MODULAR, 1, 4),
    ("\\prod_{k \\neq i} x_k", "a product over all indices but one (\\prod_{k \\neq i}) is not "
     "supported yet", 1, 1),
    ("", "the line is empty", 1, 1),
    ("   ", "the line is empty", 1, 1),
    # found by the transformer: positions of the construct
    ("\\sum x", "a sum needs an index, e.g. \\sum_{i=1}^{N} or \\sum_i x_i", 1, 1),
    ("y = (xy)'", "a prime on a bracket needs exactly one variable inside it", 1, 5),  # (2)' is 0
    ("\\frac1.5{x}", "put a numerator of more than one digit in braces: \\frac{12}{…}", 1, 1),
    ("2 + " + "9" * 301, "this number has more than 300 digits", 1, 5),
]


@pytest.mark.parametrize(("text", "message", "line", "column"), ERRORS,
                         ids=[repr(e[0])[:40] for e in ERRORS])
def test_bad_input_is_explained(text, message, line, column):
    with pytest.raises(ParseError) as caught:
        parse(text)
    error = caught.value
    assert (error.message, error.line, error.column) == (message, line, column)
    assert error.describe() == f"line {line}, column {column}: {message}"
    assert "^" in error.caret()


def test_every_known_bad_example_is_in_the_table():
    table = {text: message for text, message, _, _ in ERRORS}
    for label, examples in KNOWN_BAD.items():
        for example in examples:
            assert table.get(example) == label, example


def test_a_missing_parenthesis_says_where_it_was_opened():
    with pytest.raises(ParseError, match="missing closing parenthesis for the '\\(' opened at "
                                         "column 7"):
        parse("2 + 3 (x - (y + 1)")


def test_plain_and_latex_agree_on_sentences():
    for text in ("x + ", "x = "):
        for syntax in ("plain", "latex"):
            with pytest.raises(ParseError) as caught:
                parse(text, syntax)
            assert caught.value.column == len(text) + 1


# --- evaluating nothing -------------------------------------------------------------------------


def test_user_text_is_never_evaluated(monkeypatch):
    imported: list[str] = []
    real_import = builtins.__import__

    def spy_import(name, *args, **kwargs):
        imported.append(name)
        return real_import(name, *args, **kwargs)

    def refuse(*args, **kwargs):
        raise AssertionError("user text reached eval/exec/parse_expr")

    import sympy.parsing.sympy_parser as sympy_parser

    monkeypatch.setattr(builtins, "__import__", spy_import)
    monkeypatch.setattr(builtins, "eval", refuse)
    monkeypatch.setattr(builtins, "exec", refuse)
    monkeypatch.setattr(sympy_parser, "parse_expr", refuse)
    for text in ("__import__('os')", "__import__('os').system('ls')", "eval('1')",
                 "exec(x)", "os.system(x)", "lambda: 1", "Symbol('x')", "x.__class__",
                 "\\input{/etc/passwd}", "\\immediate\\write18{ls}"):
        try:
            parse(text)
        except ParseError:
            pass
    assert "os" not in imported and "subprocess" not in imported


def test_words_that_look_like_code_are_opaque_names():
    got = parse("eval(x)")
    assert isinstance(got, sp.Function("eval")(sp.Symbol("x")).func) or got.func.__name__ == "eval"
    assert parse("Symbol(x)").func.__name__ == "Symbol_"


# --- huge and deep input ------------------------------------------------------------------------


# Hostile input must never hang: these guards allow HANG seconds of this process's own CPU time
# (a hang, not a speed: speed is measured in benchmarks/, and a busy machine does not count)
HANG = 15.0


def _timed(fn, *args):
    start = time.process_time()
    try:
        result = fn(*args)
    except ParseError as exc:
        result = exc
    return result, time.process_time() - start


def test_a_megabyte_line_is_refused_at_once():
    got, seconds = _timed(parse, "x+" * 500_000 + "1")
    assert isinstance(got, ParseError) and seconds < HANG
    assert got.message == f"this line has 1000001 characters; the limit is {MAX_LENGTH}"
    assert len(got.text) <= 200


def test_five_thousand_nested_parentheses():
    got, seconds = _timed(parse, "(" * 5000 + "x" + ")" * 5000)
    assert isinstance(got, ParseError) and seconds < HANG
    assert got.message == f"this line has 10001 characters; the limit is {MAX_LENGTH}"
    got, seconds = _timed(parse, "(" * 1900 + "x" + ")" * 1900)  # within the length limit
    assert isinstance(got, ParseError) and seconds < HANG
    assert got.message == f"brackets nested deeper than {MAX_DEPTH} levels"
    assert got.column == MAX_DEPTH + 1


def test_nested_parentheses_within_the_limit_parse():
    got = parse("(" * 40 + "x+1" + ")" * 40)
    assert got == sp.Add(sp.Symbol("x"), 1, evaluate=False)


@pytest.mark.parametrize("text", ["-" * 1500 + "x", "^".join(["x"] * 800), "x" + "!" * 1000,
                                  "sqrt " * 600 + "x", "\\log " * 400 + "x",
                                  "\\frac{1}{" * 55 + "x" + "}" * 55 + "+ 1/" * 400 + "x"],
                         ids=["minus", "power", "factorial", "sqrt", "log", "frac"])
def test_deep_operator_chains_are_refused(text):
    got, seconds = _timed(parse, text)
    assert isinstance(got, ParseError) and seconds < HANG
    assert got.message in (TOO_DEEP, f"brackets nested deeper than {MAX_DEPTH} levels")


@pytest.mark.parametrize("text", ["+".join(["x"] * 1900), "x" * 3999, "(x)" * 1300,
                                  "-".join(["x"] * 1900), "\\alpha" * 660],
                         ids=["sum", "product", "brackets", "difference", "greek"])
def test_long_flat_lines_parse_quickly_and_shallow(text):
    got, seconds = _timed(parse, text)
    assert isinstance(got, (sp.Add, sp.Mul)) and seconds < HANG
    assert _depth(got) <= 70
    assert str(got)  # printable: not a thousand levels deep


def test_power_tower_parses_unevaluated_and_quickly():
    got, seconds = _timed(parse, "10^10^10^10")
    assert seconds < HANG
    assert isinstance(got, sp.Pow) and got.base == 10 and isinstance(got.exp, sp.Pow)
    got, seconds = _timed(parse, "10^{10^{10^{10}}}")
    assert isinstance(got, sp.Pow) and seconds < HANG


def test_a_million_factorial_stays_unevaluated():
    got, seconds = _timed(parse, "1000000!")
    assert isinstance(got, sp.factorial) and got.args == (1000000,) and seconds < HANG
    got, seconds = _timed(parse, "\\frac{1000000!}{999999!}")
    assert isinstance(got, sp.Mul) and seconds < HANG


def test_errors_inside_the_transformer_become_parse_errors(monkeypatch):
    def boom(self, children):
        raise KeyError("boom")

    monkeypatch.setattr(tutor.read.builder.Builder, "number", boom)
    with pytest.raises(ParseError) as caught:
        parse("x + 2")
    assert caught.value.column == 5  # where the number stands


# --- property: any text gives a result or a ParseError, quickly ---------------------------------

MATH_PIECES = [
    "x", "y", "2", "0.5", "e", "i", "pi", "+", "-", "*", "/", "^", "**", "(", ")", "[", "]", "{",
    "}", "|", ",", ";", "=", "<", ">", "<=", "!", "'", "_", "_{", "^{", " ", "  ", "\n", "&",
    "~", "$", ".", "..", "->", "=>", "sin", "sin ", "log", "lim", "sum", "d/dx", "f(", "p(",
    "P(", "x_1", "²", "√", "π", "θ", "∞", "·", "×", "−", "→", "≈", "σ", "Σ", "\\frac", "\\frac{",
    "\\sqrt", "\\sqrt[", "\\left(", "\\right)", "\\left|", "\\right|", "\\sin", "\\sin^{-1}",
    "\\log_{2}", "\\ln", "\\exp", "\\lim_{", "\\to", "\\infty", "\\sum_{", "\\prod", "\\int",
    "dx", "\\binom", "\\begin{pmatrix}", "\\end{pmatrix}", "\\\\", "\\cdot", "\\times", "\\pm",
    "\\sigma", "\\theta", "\\alpha", "\\text{", "\\text{bits}", "\\operatorname{", "\\mathrm{d}",
    "\\hat{", "\\cancel{", "\\,", "\\quad", "\\implies", "\\iff", "\\approx", "\\mid", "\\cap",
    "\\|", "||", "\\dots", "\\frak", "\\unknown", "\\", "%", "#", "@", "?", "\"", "`", "12345",
    "9" * 40, "1e-3",
]


def _check_any(text: str, syntax: str = "auto") -> None:
    start = time.process_time()  # this process's CPU: a busy machine does not count
    try:
        got = parse(text, syntax)
    except ParseError as exc:
        assert isinstance(exc.message, str) and exc.line >= 1 and exc.column >= 1
        exc.describe()
        exc.caret()
    else:
        assert isinstance(got, (sp.Basic, Chain, list))
        if isinstance(got, list):
            assert all(isinstance(c, Chain) for c in got)
    assert time.process_time() - start < 2.0


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_any_text_parses_or_raises_parse_error(text):
    _check_any(text)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(MATH_PIECES), max_size=40).map("".join),
       st.sampled_from(["auto", "plain", "latex"]))
def test_any_math_like_text_parses_or_raises_parse_error(text, syntax):
    _check_any(text, syntax)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="xyn0123456789+-*/^()[]{}|=!' .,_\\abcdefghijklmnopqrstuvwz",
               max_size=120))
def test_any_ascii_math_parses_or_raises_parse_error(text):
    _check_any(text)


@pytest.mark.parametrize(("text", "marks"), [
    ("2|x|", "2(x)"), ("P(A|B)", "P(A|B)"), ("|x|y|z|", "(x)y(z)"), ("KL(p||q)", "KL(p||q)"),
    ("\\left| x \\right|", "\\left| x \\right|"), ("\\ln|x| + |y|", "\\ln(x) + (y)"),
    ("f(2|x|)", "f(2(x))"), ("||x|-1|", "((x)-1)"), ("|\\pi|", "(\\pi)")])
def test_bars_are_told_apart(text, marks):
    assert mark_bars(text).replace("\ue000", "(").replace("\ue001", ")") == marks


def test_parse_chains_of_a_good_line():
    (chain,) = parse_chains("x = 1")
    assert [link.op for link in chain.links] == ["="]
