"""The one registry of names: functions and call rules, letters, relations, units, evaluators."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import mpmath
import numpy as np
import sympy as sp

from tutor.functions import logit, normal_cdf, normal_quantile, sigmoid, softplus

# --- functions ------------------------------------------------------------------------------
# How a function word is spelled (the letters of `Function.spelled`):
#   P  plain operator word: `sin x`, `sin^2 x`, `sin(x)` (plain.lark FUNC)
#   T  LaTeX command: `\sin x` (latex.lark FUNC)
#   W  LaTeX word before a bracket or a power: `tanh(x)`, `var[X]` (latex.lark FUNC_WORD)
#   B  LaTeX command before a bracket: `\Pr(A)` (latex.lark FUNC_WORD)
#   O  `\operatorname{…}` or `\mathrm{…}`: `\operatorname{ReLU}(x)` (latex.lark OPFUNC)
#   R  offered by the REPL's completer
# A word with no P spelling is still read in plain text when a bracket follows (`erf(x)`).


@dataclass(frozen=True)
class Function:
    """A function word a learner writes, and what a call of it builds."""

    word: str
    sympy: Any = None             # the class a call builds; None: an opaque function of the word
    arity: int | None = 1         # how many arguments it takes (None: any number)
    spelled: str = ""             # P T W B O R, above
    inverse: str | None = None    # what `^{-1}` makes of it: sin^{-1} is arcsin
    log_base: int | str | None = None  # a logarithm: 2, 10, or "document" (the document's base)
    other_arity: str = "error"    # a call with another number of arguments: "error" | "opaque"
    events: str = ""              # "measure" | "conditions" | "events": see EVENT_FUNCTIONS
    make: Callable | None = None  # builds the call when it is not sympy(*args)
    same_as: str | None = None    # another word for the same function (\\Pr is P)

    def build(self, *args) -> sp.Basic:
        """The unevaluated call on `args` (the number of arguments is already checked)."""
        if self.make is not None:
            return self.make(*args)
        return self.sympy(*args, evaluate=False)


def _relu(x):
    return sp.Max(0, x, evaluate=False)


def _extremum(kind: type, word: str) -> Callable:
    """max(a, b, …) of its arguments; max(z) of one, the largest entry of z (softmax's
    `e^{z_i - max(z)}`): never z itself, as sympy's Max of one argument is."""
    return lambda *args: sp.Function(word)(*args) if len(args) == 1 else kind(
        *args, evaluate=False)


F = Function
FUNCTIONS: dict[str, Function] = {f.word: f for f in (
    F("sin", sp.sin, spelled="PTWR", inverse="arcsin"),
    F("cos", sp.cos, spelled="PTWR", inverse="arccos"),
    F("tan", sp.tan, spelled="PTWR", inverse="arctan"),
    F("cot", sp.cot, spelled="PTWR", inverse="arccot"),
    F("sec", sp.sec, spelled="PTWR", inverse="arcsec"),
    F("csc", sp.csc, spelled="PTWR", inverse="arccsc"),
    F("arcsin", sp.asin, spelled="PTWOR"), F("arccos", sp.acos, spelled="PTWOR"),
    F("arctan", sp.atan, spelled="PTWOR"),
    # \cot^{-1} x is arccot x, as \tan^{-1} x is arctan x (no TeX command of its own)
    F("arccot", sp.acot, spelled="PWOR"), F("arcsec", sp.asec, spelled="PWOR"),
    F("arccsc", sp.acsc, spelled="PWOR"),
    # asin … atanh are also sympy's own spelling: \operatorname{asin}{\left(x \right)}
    F("asin", sp.asin, spelled="PO"), F("acos", sp.acos, spelled="PO"),
    F("atan", sp.atan, spelled="PO"),
    F("sinh", sp.sinh, spelled="PTWOR", inverse="arcsinh"),
    F("cosh", sp.cosh, spelled="PTWOR", inverse="arccosh"),
    F("tanh", sp.tanh, spelled="PTWOR", inverse="arctanh"),
    F("coth", sp.coth, spelled="PTO"),
    # the Russian spellings of sinh, cosh, tanh, coth (`\sh x`, `\ch x`, `\th x`, `\cth x`)
    F("sh", sp.sinh, spelled="T"), F("ch", sp.cosh, spelled="T"), F("th", sp.tanh, spelled="T"),
    F("cth", sp.coth, spelled="T"),
    F("sech", sp.sech, spelled="PTO"), F("csch", sp.csch, spelled="PTO"),
    F("arcsinh", sp.asinh, spelled="PO"), F("arccosh", sp.acosh, spelled="PO"),
    F("arctanh", sp.atanh, spelled="PWOR"),
    F("asinh", sp.asinh, spelled="PO"), F("acosh", sp.acosh, spelled="PO"),
    F("atanh", sp.atanh, spelled="PO"),
    F("exp", sp.exp, spelled="PTWOR"),
    F("ln", sp.log, spelled="PTWOR"),
    # `log` itself is its own terminal (LOG: log_2 x, \log_{2} x take a base after it)
    F("log", sp.log, arity=None, spelled="WOR", log_base="document"),
    F("log2", sp.log, spelled="PR", log_base=2),
    F("log10", sp.log, spelled="PR", log_base=10),
    F("lg", sp.log, spelled="T", log_base=10),
    F("ld", sp.log, spelled="PO", log_base=2),  # logarithmus dualis (German notes on entropy)
    F("sqrt", sp.sqrt, spelled="PR"), F("abs", sp.Abs, spelled="PR"),
    F("floor", sp.floor, spelled="P"), F("ceil", sp.ceiling, spelled="P"),
    F("sgn", sp.sign, spelled="PTO"), F("sign", sp.sign, spelled="PO"),
    F("erf", sp.erf, spelled="W"),
    F("max", sp.Max, arity=None, spelled="PTWR", make=_extremum(sp.Max, "max")),
    F("min", sp.Min, arity=None, spelled="PTWR", make=_extremum(sp.Min, "min")),
    F("binom", sp.binomial, arity=2, spelled="PR", other_arity="opaque"),
    F("sigmoid", sigmoid, spelled="PWOR"), F("Sigmoid", sigmoid, spelled="WO"),
    F("logit", logit, spelled="PWOR"),
    F("softplus", softplus, spelled="PWOR"),
    F("relu", sp.Max, spelled="PWOR", make=_relu), F("ReLU", sp.Max, spelled="PWO", make=_relu),
    # σ(x), \sigma(x), sigma(x) are the sigmoid: a Greek letter that calls (a bare σ is a name)
    F("sigma", sigmoid, spelled="R", other_arity="opaque"),
    # opaque functions: known words, values nothing more is known about
    F("det", arity=None, spelled="T"),
    F("softmax", arity=None, spelled="WR"),
    *(F(w, arity=None, spelled="W") for w in ("argmax", "argmin", "corr", "Corr", "std", "Std",
                                               "KL", "MSE", "pdf", "cdf", "pmf", "PDF", "CDF",
                                               "PMF")),  # pdf(x; θ): never p·d·f, nor p·df
    *(F(w, arity=None, spelled="W", events="events") for w in ("var", "Var", "cov", "Cov")),
    # VAR(X), COV(X, Y) in capitals (notes that write every operator so): Var and Cov
    *(F(w.upper(), arity=None, spelled="W", events="events", same_as=w)
      for w in ("Var", "Cov")),
    F("Pr", arity=None, spelled="WB", events="measure", same_as="P"),
    # the short names of laws, plain in math: `X \sim Bin(10, 0.3)`, `T \sim Exp(2)` (not B·i·n)
    *(F(w, arity=None, spelled="W") for w in ("Bin", "Ber", "Poi", "Geo", "Exp")),
)}
del F

# words that are another spelling of a function: the name the call is read with
SAME_AS = {w: f.same_as for w, f in FUNCTIONS.items() if f.same_as}
# the words a call of which builds a known sympy function (the rest are opaque)
KNOWN_FUNCTIONS = frozenset(w for w, f in FUNCTIONS.items() if f.sympy is not None)
# one-argument functions by word: what `f'(x)` differentiates when f is one of them
UNARY = {w: f.sympy for w, f in FUNCTIONS.items()
         if f.sympy is not None and f.arity == 1 and f.make is None and f.log_base is None}
INVERSES = {w: f.inverse for w, f in FUNCTIONS.items() if f.inverse}


def spelled(kind: str) -> tuple[str, ...]:
    """The function words with spelling `kind` (P, T, W, B, O, R), longest first."""
    words = {("\\" + w if kind == "B" else w) for w, f in FUNCTIONS.items() if kind in f.spelled}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


# --- one-letter names that call ---------------------------------------------------------------
# f(x + 1) always calls; p(x_i) calls on a single symbol, p(1 - p) multiplies; any letter
# multiplies a bracket that contains the letter itself (n(n+1)), and two or more arguments call.
# Φ, the normal CDF, calls on any argument: Φ((130 - 100)/15)
ALWAYS_CALL = frozenset("fgFGHLlDJRVK") | {"Phi"}
CALL_ON_SYMBOL = frozenset("pqPQEh")
# the values of a distribution: square brackets always call (E[X^2], P[A])
VALUE_LETTERS = frozenset("pqPQE")

# --- probability and expectation names --------------------------------------------------------
# `|` in a call of one of these is conditioning, P(A | B) = P(A, B) / P(B), and the arguments
# are unordered events, P(A, B) = P(B, A). "measure": one probability measure, which the judge
# models with random probabilities (P(A) and p(A) are the same number); "conditions": a second
# distribution (q, Q in KL(p || q)), read the same way but never modeled as the first one.
_PROBABILITY_LETTERS = {"P": "measure", "p": "measure", "q": "conditions", "Q": "conditions"}
# expectations and indicators take events as arguments too: E[X | Y = y], I(y = k)
_EXPECTATION_LETTERS = {"E": "events", "I": "events"}
# an entropy given an event of a decision tree's split: ENT(C | A = t) (H(C | A = t) is read
# as H_cond: tutor.read.events)
_ENTROPY_NAMES = {"ENT": "events"}
_EVENTS = {**_PROBABILITY_LETTERS, **_EXPECTATION_LETTERS, **_ENTROPY_NAMES,
           **{w: f.events for w, f in FUNCTIONS.items() if f.events}}
PROBABILITY_NAMES = frozenset(w for w, kind in _EVENTS.items() if kind != "events")
PROBABILITY_MEASURE = frozenset(w for w, kind in _EVENTS.items() if kind == "measure")
EVENT_FUNCTIONS = frozenset(_EVENTS)  # names whose arguments may be events (X = 1, A | B)

# --- Greek letters and letter-like names ------------------------------------------------------
# name, unicode letter, spelled: p a plain word (theta), i a plain word with digits (theta1),
# t a LaTeX command (\theta). π, pi, \pi are the number π (their own terminals).
GREEK = (
    ("alpha", "α", "pit"), ("beta", "β", "pit"), ("gamma", "γ", "pit"), ("delta", "δ", "pit"),
    ("epsilon", "ε", "pit"), ("zeta", "ζ", "pit"), ("eta", "η", "pit"), ("theta", "θ", "pit"),
    ("iota", "ι", "pit"), ("kappa", "κ", "pit"), ("lambda", "λ", "pit"), ("mu", "μ", "pit"),
    ("nu", "ν", "pit"), ("xi", "ξ", "pit"), ("omicron", "ο", ""), ("pi", "π", ""),
    ("rho", "ρ", "pit"), ("sigma", "σ", "pit"), ("tau", "τ", "pit"), ("upsilon", "υ", "pit"),
    ("phi", "φ", "pit"), ("chi", "χ", "pit"), ("psi", "ψ", "pit"), ("omega", "ω", "pit"),
    ("Gamma", "Γ", "t"), ("Delta", "Δ", "t"), ("Theta", "Θ", "t"), ("Lambda", "Λ", "t"),
    ("Xi", "Ξ", "t"), ("Pi", "Π", ""), ("Sigma", "Σ", "t"), ("Phi", "Φ", "t"), ("Psi", "Ψ", "t"),
    ("Omega", "Ω", "t"),
    ("varepsilon", "", "t"), ("vartheta", "", "t"), ("varrho", "", "t"), ("varphi", "", "t"),
    ("ell", "", "pt"),
)
# spellings that are read as another name
ALIAS_NAMES = {"varepsilon": "epsilon", "vartheta": "theta", "varphi": "phi", "varrho": "rho",
               "ell": "l", "varsigma": "sigma"}
GREEK_UNICODE = {letter: name for name, letter, _ in GREEK if letter}
# names that are one (Greek) letter: θ(x) calls on a single symbol, θ(1 - θ) multiplies, as p does
GREEK_LETTERS = frozenset(ALIAS_NAMES.get(n, n) for n, _, _ in GREEK)


def greek(kind: str) -> tuple[str, ...]:
    """The letter names with spelling `kind` (p, i, t), longest first."""
    return tuple(sorted((n for n, _, how in GREEK if kind in how), key=lambda w: (-len(w), w)))


# accents and fonts on a letter: \hat{y} is y_hat, \mathbf{w} is w
ACCENTS = ("hat", "bar", "tilde", "vec", "dot", "ddot", "overline", "widehat", "widetilde")
FONTS = ("mathbf", "boldsymbol", "bm", "mathcal", "mathbb", "mathit", "mathsf", "mathfrak")
# capital acronyms of statistics and metrics: one name each, never a product of letters
# (TP/(TP + FP) was T·P/(T·P + F·P))
ACRONYMS = ("RMSE", "TPR", "FPR", "TNR", "FNR", "PPV", "NPV", "MSE", "MAE", "SSE", "SST",
            "SSR", "RSS", "TSS", "ESS", "IQR", "AUC", "TP", "TN", "FP", "FN", "F1", "IG",
            "SE", "SD",  # standard error and deviation: SE = SD/√n, never S·E = D·S/√n
            "CE", "BCE", "NLL", "KL", "KLD", "JSD",  # losses named: CE = -ln 0.8, never C·E
            "ENT")  # ENT(C | A = t): entropy in decision-tree notes, never E·N·T
# three-letter words that name a quantity when a subscript follows (net_{h1}, out_{o1} of a
# network worked by hand): never the product n·e·t
SUBSCRIPTED_WORDS = ("net", "out", "err", "avg", "tot", "obj")
FONT_COMMANDS = frozenset(FONTS + ("mathrm", "operatorname"))  # \operatorname{odds} is odds

# --- relations --------------------------------------------------------------------------------
# every spelling of a relation in either grammar -> its normal spelling
RELATIONS = {
    "=": "=", "≠": "!=", "!=": "!=", "/=": "!=", "\\neq": "!=", "\\ne": "!=",
    "<": "<", ">": ">", "≤": "<=", "<=": "<=", "\\leq": "<=", "\\le": "<=", "\\leqslant": "<=",
    "≥": ">=", ">=": ">=", "\\geq": ">=", "\\ge": ">=", "\\geqslant": ">=",
    "≈": "~=", "~=": "~=", "=~": "~=", "~": "~=", "≃": "~=", "\\approx": "~=", "\\simeq": "~=",
    "\\sim": "~=", "\\cong": "~=",
    "≡": "===", "===": "===", "\\equiv": "===",
    ":=": ":=", "\\coloneqq": ":=", "\\triangleq": ":=",
    "⇒": "=>", "⟹": "=>", "=>": "=>", "==>": "=>", "\\implies": "=>", "\\Rightarrow": "=>",
    "\\Longrightarrow": "=>", "\\therefore": "=>", "\\Downarrow": "=>", "\\downarrow": "=>",
    "⇔": "<=>", "⟺": "<=>", "<=>": "<=>", "<==>": "<=>", "\\iff": "<=>",
    "\\Leftrightarrow": "<=>", "\\Longleftrightarrow": "<=>", "\\Updownarrow": "<=>",  # ⇕
    "→": "->", "->": "->",
    "\\leftarrow": "<-", "\\gets": "<-", "\\longleftarrow": "<-", "←": "<-",
}

# the sympy relation of each normal spelling that states a condition
RELATION_CLASSES = {"=": sp.Eq, "<": sp.Lt, ">": sp.Gt, "<=": sp.Le, ">=": sp.Ge, "!=": sp.Ne}

# Greek capitals that name a function when called on a number (a name or a product otherwise):
# Φ(1.96) the standard normal distribution function, Γ(1/2) the gamma function
NUMBER_CALLS = {"Phi": normal_cdf, "Gamma": sp.gamma}
NUMBER_INVERSES = {"Phi": normal_quantile}  # Φ^{-1}(0.975): the quantile

# --- what notes write that is not read (yet) ---------------------------------------------------
# a construct (a regex) -> the message that names it, given when a line holding it cannot be read
UNSUPPORTED = {
    r"\\operatorname\*": "\\operatorname* (an operator with limits below it) is not supported yet",
    r"\\[lr]angle(?![a-zA-Z])|[⟨⟩]": "inner products and bra-kets ⟨…⟩ are not supported yet",
    r"\\otimes(?![a-zA-Z])|⊗": "tensor products (\\otimes) are not supported yet",
    r"\\(pmod|bmod|mod|pod)(?![a-zA-Z])": "modular arithmetic (\\pmod, \\bmod, \\mod) is not "
                                         "supported: congruences are not checked",
}
# argmax/argmin in a form not read (read: `\\arg\\max_\\theta f`): the message that names it
ARG_OPTIMUM = (r"\\arg\s*\\?(max|min)|\\operatorname\*?\s*\{\s*arg\s*(\\,)?\s*(max|min)\s*\}"
               r"|\barg\s*(max|min)\b", "argmax/argmin is read with one variable below it "
               "(\\arg\\max_\\theta f(\\theta)); written this way it is not checked")
# set and logic statements (x ∈ [0, 1], A ∪ B, ∀x, KaTeX's \R): prose, never claims to check
SET_NOTATION = (r"\\(in|notin|nsim|forall|exists|cup|cap|subset|subseteq|supset|emptyset|varnothing"
                r"|setminus|perp|indep|independent|colon|mathbb\s*\{[RNZQC]\}|[RNZQC]|Reals)(?![a-zA-Z])"
                r"|[∈∉∀∃∪∩⊂⊆⊃∅⊥⫫≁]")  # X \perp Y: independence; X \nsim t(n): no law
# a function name or an arrow alone, as prose math: `$\\ln$`, `$\\log_2$`, `$\\to$`
LONE_WORDS = ("to", "rightarrow", "leftarrow", "mapsto", "implies", "Rightarrow", "iff",
              "therefore", "because", "Longrightarrow", "Leftrightarrow", "longrightarrow",
              "Longleftrightarrow", "Updownarrow", "Downarrow", "downarrow",  # ⇕, ⇓ alone
              "square", "blacksquare", "qed", "Box")  # an end-of-proof box alone

# --- words between statements (`\\text{ og }`); OR_WORDS part roots (x = 0 or x = 2), SO_WORDS
# may stand before them ------------------------------------------------------------------------
OR_WORDS = ("or", "oder", "ou", "o", "ή", "или", "หรือ", "eller", "tai", "või", "vai", "nebo",
            "alebo", "vagy", "veya", "atau", "hoặc", "ali", "ili", "або", "arba", "lub", "albo",
            "sau", "of", "ofwel", "או", "یا", "或", "または")
SO_WORDS = ("so", "hence", "thus", "therefore", "then", "άρα", "οπότε", "επομένως", "donc", "also",
            "daher", "luego", "quindi", "então", "поэтому", "значит", "ดังนั้น", "เพราะฉะนั้น",
            "จะได้", "så", "siis", "joten", "tehát", "dus", "zatem", "więc", "takže", "tedy",
            "dakle", "torej", "deci", "dolayısıyla", "jadi", "maka", "vậy", "所以", "因此")
AND_WORDS = ("and", "und", "et", "og", "och", "ja", "sekä", "és", "ve", "dan", "và", "ir", "un",
             "и", "та", "και", "و", "和", "且", "と")
AND_LETTERS = ("y", "e", "i", "a", "і", "й", "o")  # only as `\\text{ y }`: \\text{e} is e
# a reason said in brackets beside a formula (`\\quad(\\text{koska } F(a) = 0)`): "since"
REASON_WORDS = frozenset({"since", "because", "as", "by", "using", "koska", "weil", "da", "fordi",
                          "eftersom", "porque", "car", "puisque", "perché", "poiché", "pois", "bo",
                          "ponieważ", "protože", "mert", "çünkü", "vì", "karena", "поскольку",
                          "так", "оскільки", "επειδή", "αφού", "omdat", "want"})
WHERE_WORDS = ("where", "for", "at", "when", "with", "if", "since", "because")  # Where too
CONNECTIVE_WORDS = tuple(sorted({v for w in (*OR_WORDS, *SO_WORDS, *AND_WORDS, *WHERE_WORDS)
                                 for v in (w, w.capitalize())} - set(AND_LETTERS),
                                key=lambda w: (-len(w), w)))

# --- units ------------------------------------------------------------------------------------
# unit words after a value (`8 bits`, `553.43 MB`, `3 \text{ bits}`): how many bits each is
# (None: a unit that is not converted). All but `B` are read without \text (a lone B is a letter).
UNITS: dict[str, float | None] = {
    "bit": 1, "bits": 1, "nat": 1 / float(mpmath.log(2)), "nats": 1 / float(mpmath.log(2)),
    "byte": 8, "bytes": 8, "B": 8, "kB": 8e3, "KB": 8e3, "MB": 8e6, "GB": 8e9, "TB": 8e12,
    "KiB": 8 * 2**10, "MiB": 8 * 2**20, "GiB": 8 * 2**30, "TiB": 8 * 2**40, "kiB": None,
    "ms": None, "cm": None, "mm": None, "km": None, "kg": None, "°F": None, "°C": None,
}
UNIT_WORDS = tuple(sorted((u for u in UNITS if u != "B"), key=lambda w: (-len(w), w)))

# --- the REPL's words ---------------------------------------------------------------------------
# what the REPL completes and colours as a function: functions, operators, constants, letters
REPL_WORDS = tuple(sorted({*spelled("R"), "lim", "sum", "prod", "oo", "pi", *greek("p")}))


# --- evaluable functions: a sympy class, its mpmath and its numpy implementation --------------
def _gamma_float(x: float) -> float:
    if not math.isfinite(x):
        return math.nan
    if x == int(x) and 0 < x <= 171:
        return float(math.factorial(int(x) - 1))
    try:
        return math.gamma(x)
    except OverflowError:
        return math.inf
    except ValueError:
        return math.nan


def _binomial_float(n: float, k: float) -> float:
    try:
        if n == int(n) and k == int(k) and 0 <= n <= 10_000:
            return float(math.comb(int(n), int(k))) if 0 <= k <= n else 0.0
        return float(mpmath.binomial(n, k))
    except OverflowError:
        return math.inf


def _binomial_mp(n, k):
    """mpmath's binomial; whole numbers 0 <= k, n <= 10,000 exactly, without its gammas."""
    if all(isinstance(v, mpmath.mpf) and mpmath.isint(v) for v in (n, k)) and (
            0 <= n <= 10_000 and k >= 0):
        return mpmath.mpf(math.comb(int(n), int(k)))
    return mpmath.binomial(n, k)


_VGAMMA = np.vectorize(_gamma_float, otypes=[float])
_VBINOMIAL = np.vectorize(_binomial_float, otypes=[float])


def _binomial_floats(n, k) -> np.ndarray:
    """`_binomial_float` over arrays, the same values: whole numbers 0 <= n <= 10,000 (every
    term of a binomial sum) by math.comb in one pass, without a Python call per element
    through np.vectorize; anything else element by element as before."""
    n, k = np.broadcast_arrays(np.asarray(n, dtype=float), np.asarray(k, dtype=float))
    with np.errstate(invalid="ignore"):
        whole = (np.isfinite(n) & np.isfinite(k) & (n == np.floor(n)) & (k == np.floor(k))
                 & (n >= 0) & (n <= 10_000))
    if not whole.all():
        return _VBINOMIAL(n, k)
    try:
        values = [float(math.comb(a, b)) if 0 <= b <= a else 0.0
                  for a, b in zip(n.astype(np.int64).ravel().tolist(),
                                  k.astype(np.int64).ravel().tolist(), strict=True)]
    except OverflowError:  # beyond floats (C(2000, 1000)): inf, element by element
        return _VBINOMIAL(n, k)
    return np.array(values, dtype=float).reshape(n.shape)
_VERF = np.vectorize(math.erf, otypes=[float])
HUGE = 1e15  # an argument beyond which exp, cosh, gamma… are too large to compute in time


@dataclass(frozen=True)
class Evaluable:
    """A sympy function the fast evaluators compute, in mpmath (one point) and numpy (arrays)."""

    sympy: type
    mp: Callable
    np: Callable
    huge: float | None = None   # arguments beyond this: too large to compute
    periodic: bool = False      # periodic: a huge argument loses every digit

    @property
    def name(self) -> str:
        return self.sympy.__name__


E = Evaluable
EVALUABLE = (
    E(sp.exp, mpmath.exp, np.exp, huge=HUGE), E(sp.log, mpmath.log, np.log),
    E(sp.sin, mpmath.sin, np.sin, periodic=True), E(sp.cos, mpmath.cos, np.cos, periodic=True),
    E(sp.tan, mpmath.tan, np.tan, periodic=True),
    E(sp.cot, mpmath.cot, lambda x: 1 / np.tan(x), periodic=True),
    E(sp.sec, mpmath.sec, lambda x: 1 / np.cos(x), periodic=True),
    E(sp.csc, mpmath.csc, lambda x: 1 / np.sin(x), periodic=True),
    E(sp.asin, mpmath.asin, np.arcsin), E(sp.acos, mpmath.acos, np.arccos),
    E(sp.atan, mpmath.atan, np.arctan), E(sp.acot, mpmath.acot, lambda x: np.arctan(1 / x)),
    E(sp.asec, mpmath.asec, lambda x: np.arccos(1 / x)),
    E(sp.acsc, mpmath.acsc, lambda x: np.arcsin(1 / x)),
    E(sp.sinh, mpmath.sinh, np.sinh, huge=HUGE), E(sp.cosh, mpmath.cosh, np.cosh, huge=HUGE),
    E(sp.tanh, mpmath.tanh, np.tanh, huge=HUGE),
    E(sp.coth, mpmath.coth, lambda x: 1 / np.tanh(x), huge=HUGE),
    E(sp.sech, mpmath.sech, lambda x: 1 / np.cosh(x), huge=HUGE),
    E(sp.csch, mpmath.csch, lambda x: 1 / np.sinh(x), huge=HUGE),
    E(sp.asinh, mpmath.asinh, np.arcsinh), E(sp.acosh, mpmath.acosh, np.arccosh),
    E(sp.atanh, mpmath.atanh, np.arctanh), E(sp.acoth, mpmath.acoth, lambda x: np.arctanh(1 / x)),
    E(sp.Abs, mpmath.fabs, np.abs), E(sp.sign, mpmath.sign, np.sign),
    E(sp.floor, mpmath.floor, np.floor), E(sp.ceiling, mpmath.ceil, np.ceil),
    E(sp.erf, mpmath.erf, _VERF, huge=HUGE), E(sp.gamma, mpmath.gamma, _VGAMMA, huge=HUGE),
    E(sp.factorial, mpmath.factorial, lambda x: _VGAMMA(x + 1), huge=HUGE),
    E(sp.binomial, _binomial_mp, _binomial_floats, huge=HUGE),
    E(sp.Heaviside, lambda x, h0=0.5: mpmath.mpf(h0) if x == 0 else mpmath.mpf(x > 0),
      lambda x, h0=0.5: np.heaviside(x, float(h0))),
    E(sp.atan2, mpmath.atan2, np.arctan2),
    E(sp.Max, max, lambda *xs: functools.reduce(np.maximum, xs)),
    E(sp.Min, min, lambda *xs: functools.reduce(np.minimum, xs)),
)
del E
