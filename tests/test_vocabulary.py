"""The registry of names (tutor.vocabulary) is what the grammars, the reader, the evaluators and
the REPL use: every spelling it lists reads as it says, every evaluator agrees with sympy."""

from __future__ import annotations

import ast
from pathlib import Path

import mpmath
import numpy as np
import pytest
import sympy as sp
from prompt_toolkit.document import Document

from tutor import vocabulary as v
from tutor.judge.units import unit_factor
from tutor.names import function, symbol
from tutor.practice.repl import TutorCompleter
from tutor.read import grammar
from tutor.read.parser import parse, parse_chains

x, y, n, k = (sp.Symbol(s) for s in "xynk")
A, B = sp.Symbol("A"), sp.Symbol("B")


def _expected(fn: v.Function):
    """(arguments as text, the call the registry says they build)."""
    if fn.log_base is not None:
        base = None if fn.log_base == "document" else fn.log_base
        value = sp.log(x, evaluate=False)
        if base is not None:
            value = sp.Mul(value, sp.Pow(sp.log(base, evaluate=False), -1, evaluate=False),
                           evaluate=False)
        return "x", value
    if fn.sympy is None:
        return "x", function(fn.same_as or fn.word)(x)
    if fn.arity is None:
        return "x, y", fn.build(x, y)
    if fn.arity == 2:
        return "n, k", fn.build(n, k)
    return "x", fn.build(x)


# (word, spelling, text, syntax): every spelling of every registry function
SPELLINGS = {
    "P": lambda w, a: (f"{w}({a})", "plain"),
    "T": lambda w, a: (f"\\{w}({a})", "latex"),
    "W": lambda w, a: (f"{w}({a})", "latex"),
    "B": lambda w, a: (f"\\{w}({a})", "latex"),
    "O": lambda w, a: (f"\\operatorname{{{w}}}({a})", "latex"),
}
CASES = [(fn.word, kind) for fn in v.FUNCTIONS.values() for kind in fn.spelled if kind != "R"]


@pytest.mark.parametrize(("word", "kind"), CASES, ids=[f"{w}-{c}" for w, c in CASES])
def test_every_spelling_reads_as_the_registry_says(word, kind):
    fn = v.FUNCTIONS[word]
    args, expected = _expected(fn)
    text, syntax = SPELLINGS[kind](word, args)
    assert sp.srepr(parse(text, syntax)) == sp.srepr(expected), text


@pytest.mark.parametrize("word", sorted(v.KNOWN_FUNCTIONS - {"sigma"}))
def test_known_functions_read_in_plain_text_with_a_bracket(word):
    """A word without a plain spelling (`erf`, `lg`) still calls when a bracket follows."""
    args, expected = _expected(v.FUNCTIONS[word])
    assert sp.srepr(parse(f"{word}({args})", "plain")) == sp.srepr(expected)


@pytest.mark.parametrize("text", ["sigma(x)", "σ(x)", "\\sigma(x)"])
def test_sigma_calls_the_sigmoid(text):
    assert parse(text) == v.FUNCTIONS["sigma"].build(x)


@pytest.mark.parametrize(("word", "inverse"), sorted(v.INVERSES.items()))
def test_inverses(word, inverse):
    assert parse(f"\\{word}^{{-1}} x") == v.FUNCTIONS[inverse].build(x)


@pytest.mark.parametrize("text", ["relu(x, y)", "log2(x, y)", "lg(x, y)", "log(x, 2, 3)",
                                  "sin(x, y)"])
def test_a_wrong_number_of_arguments_is_an_error(text):
    with pytest.raises(Exception, match="takes one"):
        parse(text)


# --- evaluators ------------------------------------------------------------------------------
POINTS = {"acosh": (1.7,), "acoth": (1.7,), "asec": (1.7,), "acsc": (1.7,), "gamma": (3.5,),
          "factorial": (4.0,), "binomial": (7.0, 3.0), "atan2": (0.3, 0.7), "Max": (0.3, 0.7),
          "Min": (0.3, 0.7)}


@pytest.mark.parametrize("fn", v.EVALUABLE, ids=lambda e: e.name)
def test_evaluators_agree_with_sympy(fn):
    point = POINTS.get(fn.name, (0.3,))
    with mpmath.workdps(30):
        exact = mpmath.mpf(str(fn.sympy(*(sp.Rational(str(p)) for p in point)).evalf(30)))
        high = fn.mp(*(mpmath.mpf(str(p)) for p in point))
        assert abs(high - exact) <= mpmath.mpf(10) ** -25 * max(1, abs(exact))
    floats = float(np.asarray(fn.np(*(np.array([p]) for p in point))).ravel()[0])
    assert abs(floats - float(exact)) <= 1e-12 * max(1.0, abs(float(exact)))


def test_the_evaluators_use_the_registry():
    from tutor.judge.compiling import NAMES
    from tutor.judge.float_arrays import FLOAT_FUNCTIONS
    from tutor.judge.high_precision import MP_FUNCTIONS

    names = {e.name for e in v.EVALUABLE}
    assert set(NAMES.values()) == set(MP_FUNCTIONS) == set(FLOAT_FUNCTIONS) == names


# --- letters, probability, relations, units ------------------------------------------------------
@pytest.mark.parametrize("name", sorted(v.greek("p")))
def test_plain_greek_words(name):
    assert parse(f"2{name}", "plain") == 2 * symbol(v.ALIAS_NAMES.get(name, name))


@pytest.mark.parametrize("name", sorted(v.greek("t")))
def test_latex_greek_commands(name):
    assert parse(f"2\\{name}", "latex") == 2 * symbol(v.ALIAS_NAMES.get(name, name))


LETTERS = sorted(set(v.GREEK_UNICODE.items()) - {("Σ", "Sigma")})


@pytest.mark.parametrize(("letter", "name"), LETTERS)
def test_unicode_greek_letters(letter, name):
    """(Σ is a sum in both grammars, π the number π.)"""
    expected = sp.pi if name == "pi" else symbol(name)
    assert parse(f"2{letter}", "plain") == 2 * expected


@pytest.mark.parametrize("name", sorted(v.PROBABILITY_NAMES))
def test_probability_names_condition(name):
    f = function(v.SAME_AS.get(name, name))
    got = parse(f"{name}(A|B)", "plain")
    assert got == sp.Mul(f(A, B), sp.Pow(f(B), -1, evaluate=False), evaluate=False), got


@pytest.mark.parametrize("name", sorted(v.EVENT_FUNCTIONS))
def test_event_functions_take_events(name):
    got = parse(f"{name}(X = 1)", "plain")
    assert isinstance(got.args[0], sp.Eq)


def test_the_judge_models_one_probability_measure():
    assert v.PROBABILITY_MEASURE < v.PROBABILITY_NAMES
    assert {"q", "Q"}.isdisjoint(v.PROBABILITY_MEASURE)  # KL(p || q): q is another distribution


@pytest.mark.parametrize(("spelling", "op"), sorted(v.RELATIONS.items()))
def test_relations(spelling, op):
    syntax = "latex" if spelling.startswith("\\") else "plain"
    (chain,) = parse_chains(f"x {spelling} y", syntax)
    assert [link.op for link in chain.links] == [op]


@pytest.mark.parametrize("word", v.UNIT_WORDS)
def test_unit_words(word):
    (chain,) = parse_chains(f"3 {word}", "plain")
    assert chain.parts[0].unit == word and unit_factor(word) == v.UNITS[word]


@pytest.mark.parametrize("letter", sorted(v.ALWAYS_CALL))
def test_letters_that_always_call(letter):
    got = parse(f"{letter}(x+1)", "plain")
    assert got.func == function(letter) and got.args == (sp.Add(x, 1, evaluate=False),)


@pytest.mark.parametrize("letter", sorted(v.CALL_ON_SYMBOL))
def test_letters_that_call_on_a_symbol(letter):
    assert parse(f"{letter}(x)", "plain") == function(letter)(x)
    assert isinstance(parse(f"{letter}(1-x)", "plain"), sp.Mul)  # p(1-p): a product


# --- the REPL, the grammars ---------------------------------------------------------------------
@pytest.mark.parametrize("word", v.REPL_WORDS)
def test_the_repl_offers_every_word(word):
    completer = TutorCompleter(lambda: [])
    got = {c.text for c in completer.get_completions(Document(f"x + {word[:-1]}"), None)}
    assert word in got or len(word) == 1


@pytest.mark.parametrize("syntax", ["plain", "latex"])
def test_every_place_in_the_grammars_is_filled(syntax):
    patterns = [t.pattern.value for t in grammar.parser_for(syntax).terminals]
    assert not [p for p in patterns if grammar._PLACE.search(p)]
    lines = (grammar.grammar_dir() / f"{syntax}.lark").read_text().splitlines()
    places = {place for line in lines if not line.startswith("//")
              for place in grammar._PLACE.findall(line)}
    assert places and places <= set(grammar.FILLS)


def test_the_disk_cache_is_keyed_by_the_filled_words(monkeypatch):
    before = grammar._cache_file("plain")
    monkeypatch.setitem(grammar.FILLS, "units", ("bits",))
    assert grammar._cache_file("plain") != before


def test_the_registry_is_a_base_layer():
    tree = ast.parse(Path(v.__file__).read_text())
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {a.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                 for a in node.names}
    assert {m for m in imported if m.startswith("tutor")} <= {"tutor.functions", "tutor.names"}
