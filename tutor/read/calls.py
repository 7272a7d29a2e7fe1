"""Names and calls: read a name, and resolve `f(x)`, `P(A | B)`, `sin x`, `log_2 x` to sympy."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp
from lark import v_args

from tutor.errors import ParseError
from tutor.indices import indicator_event, kronecker_call, kronecker_name
from tutor.names import opaque_function, symbol
from tutor.read import events
from tutor.read.bold import accent_in_face, is_bold, plain_token, unicode_accented
from tutor.read.calculator_calls import calculator_call
from tutor.read.dependent_calls import dependent_call
from tutor.read.events import SIGN_LETTERS, Given, complement_of, complement_power, conditioned_name
from tutor.read.glued_calls import refuse_glued_name
from tutor.read.nested_calls import nested_calls
from tutor.read.number_calls import number_call
from tutor.read.operator_d import bracket_derivative, derivative_call
from tutor.read.orders import order_term
from tutor.read.rewrites import GRADIENT_D, INCREMENT, SUM_NAME
from tutor.read.subscript_conditions import probability_named
from tutor.read.subscript_names import subscript_name
from tutor.read.subscript_partials import subscript_partial
from tutor.read.trig_brackets import bracket_after_argument
from tutor.vectors import Transposed, as_vector
from tutor.vocabulary import (
    ALIAS_NAMES,
    ALWAYS_CALL,
    CALL_ON_SYMBOL,
    FONT_COMMANDS,
    FUNCTIONS,
    GREEK_LETTERS,
    GREEK_UNICODE,
    INVERSES,
    KNOWN_FUNCTIONS,
    PROBABILITY_NAMES,
    VALUE_LETTERS,
    Function,
)


def _log(arg, base=None):
    if base is None:
        return sp.log(arg, evaluate=False)
    return sp.Mul(sp.log(arg, evaluate=False), sp.Pow(sp.log(base, evaluate=False), -1,
                                                       evaluate=False), evaluate=False)


@dataclass(frozen=True)
class ParseContext:
    """What a line is read with: defined function names, the base of bare log, declared i."""

    functions: frozenset[str] = frozenset()
    symbols: frozenset[str] = frozenset()  # constants read as names here (π = 0.1)
    # (name, parameter names) of the functions defined: ∂f/∂x of a defined f(x, y) is in x, y
    signatures: frozenset[tuple[str, tuple[str, ...]]] = frozenset()
    log_base: int | None = None
    imaginary: bool = False
    values: frozenset[str] = frozenset()  # names defined as values (L = (a-y)^2): ∂L/∂a reads
    vectors: frozenset[str] = frozenset()  # names declared vectors or matrices (front matter)
    # (name, the names in its value) of the names defined as formulas: L_ŷ of L = (ŷ - y)^2
    formulas: frozenset[tuple[str, frozenset[str]]] = frozenset()
    sums: tuple = ()  # (kind, index, low, high) of the sums on the row above: read.sums_above


inline = v_args(inline=True)  # a rule method takes its children as arguments


def inverse(x):
    return sp.Pow(x, -1, evaluate=False)


_INDEX_TERM = re.compile(r"([+-]?)(\d*)([a-zA-Z]?)")


def index_expression(body: str):
    """The index a compound subscript stands for: `i+1`, `2i`, `n-k` (None for `1`, `i`, `ij`,
    `max`: those are a plain name)."""
    if not re.fullmatch(r"[+-]?(\d+[a-zA-Z]?|[a-zA-Z])([+-](\d+[a-zA-Z]?|[a-zA-Z]))*", body) or (
            body.isalpha() or body.isdigit()):
        return None
    total = sp.Integer(0)
    for sign, digits, letter in _INDEX_TERM.findall(body):
        if not (digits or letter):
            continue
        term = sp.Integer(int(digits or 1)) * (symbol(letter) if letter else 1)
        total += -term if sign == "-" else term
    return total


def _base_name(token) -> tuple[str, str | None]:
    """(the name a name token spells, a subscript written inside its accent: \\hat{\\beta_0})."""
    text, kind, inner = str(token), token.type, None
    if kind == "PI":
        base = "pi"
    elif kind == "GREEK":
        base = GREEK_UNICODE.get(text, text.lstrip("\\"))
    elif kind == "INDICATOR":  # \\mathbb{1}: the indicator I
        base = "I"
    elif kind == "ITALIC_NAME":  # \\mathit{two words'}: the letters and primes, no spaces
        base = re.sub(r"\s+", "", re.match(r"\\mathit\s*\{(.*)\}$", text, re.S).group(1))
    elif kind == "ACCENTED" and accent_in_face(text):  # \\mathbf{\\hat{y}}, \\hat{\\mathbf{y}}
        accent, letter, _ = accent_in_face(text)
        base = f"{letter}_{accent}" if accent else letter
    elif kind in ("ACCENTED", "OPNAME"):
        m = re.match(r"\\(\w+)\s*\{?\s*\\?([a-zA-Z]+)\s*(_[^}]*\}?)?", text)
        accent, letter, inner = m.groups()
        base = letter if accent in FONT_COMMANDS else f"{letter}_{accent}"
    elif text.startswith(GRADIENT_D):  # dZ, dW1 (tutor.read.rewrites): the names dZ, dW_1
        letter, digits = text[1], text[2:]
        base = f"d{letter}" + (f"_{digits}" if digits else "")
    else:  # \Delta x is marked as an increment (tutor.read.rewrites): the name Δx
        base = unicode_accented(text.replace(INCREMENT, "Δ", 1).replace(SUM_NAME, "Sigma"))
    return ALIAS_NAMES.get(base, base), inner


# a letter glued to a logarithm, `ylog`, `xln`: a slip of typing, not a name


class CallRules:
    """The Builder's rules for names and calls (a mixin: it needs `text` and `context`)."""
    text: str
    context: ParseContext

    @inline
    def name(self, token, *marks):
        kinds = {getattr(m, "type", ""): m for m in marks}  # SUB or PRIME_SUB, STAR_SUP, …
        label = kinds.get("LABEL_SUP")
        sub = kinds.get("SUB", kinds.get("PRIME_SUB"))
        if label is not None:  # x^{(i)}, a^{[2]}_j: the label indexes the name, before a subscript
            bare = re.fullmatch(r"\ue021\s*\{?\s*([lL])\s*\}?", str(label))  # a^L_j: layer L
            above, after = (bare.group(1), "") if bare else re.match(
                r"\^\s*\{\s*[\[(]\s*(\w+)\s*[\])]\s*(.*?)\s*\}$", str(label)).groups()
            if after:  # W^{[2]T}, A^{[1]2}: the name of layer 2 transposed, squared
                return self._after_label(self.name(token, *[m for m in marks if m is not label],
                                                   label.update(value=f"^{{[{above}]}}")), after)
            if str(token) == "e" and sub is None and self._plain_name("e") == sp.E:  # e^{(x)}
                return sp.Pow(sp.E, sp.Integer(above) if above.isdigit() else symbol(above))
            sub = "_{" + (f"{above},{subscript_name(str(sub))}" if sub is not None else above) + "}"
        named = self._name(token, sub, labelled=label is not None)
        if "STAR_SUP" in kinds:  # θ^*: the optimum θ_star
            return symbol(self._name_of(named) + "_star")
        if "-" in str(kinds.get("SIGN_SUP", "")):  # D^-: no disease, the complement of D (D^+)
            return complement_of(named, self.text)
        return named

    def _after_label(self, named, after: str):
        if after.isdigit():
            return sp.Pow(named, sp.Integer(after), evaluate=False)
        return Transposed(as_vector(named))  # T or \\top

    def _name(self, token, sub=None, labelled=False):
        text = str(token)
        if token.type in ("INDEXED", "GREEK_INDEXED"):  # plain x2, theta0
            letters, digits = re.match(r"([A-Za-z]+)(\d+)", text).groups()
            return symbol(f"{letters}_{digits}")
        base, inner = _base_name(token)
        sub = sub if sub is not None or inner is None else inner  # \\hat{\\beta_0}
        if is_bold(token):  # \\mathbf{w}, \\vec{x}: a vector or a matrix
            return as_vector(self._name(plain_token(token), sub))
        if sub is not None and getattr(sub, "type", "") == "PRIME_SUB":  # a'_b
            primes, _, written = str(sub).partition("_")
            return symbol(f"{base}{primes}_{subscript_name('_' + written)}")
        event = indicator_event(str(sub)) if token.type == "INDICATOR" and sub else None
        if event is not None:  # 𝟙_{i=k}, as 𝟙[i = k]
            return self._call("I", [event])
        if sub is not None:
            partial = subscript_partial(base, subscript_name(str(sub)), self.context,
                                        opaque_function)
            if partial is not None:  # F_x, F_{xy} of a defined F(x, y): ∂F/∂x, ∂²F/∂x∂y
                return partial
            # δ^{(1)}_2 of backprop notes: layer 1's unit 2, a name (never Kronecker's δ_{12})
            delta = None if labelled else kronecker_name(base, subscript_name(str(sub)))
            if delta is not None:  # δ_{ik}
                return delta
            named = symbol(f"{base}_{subscript_name(str(sub))}")
            index = index_expression(subscript_name(str(sub)))
            if index is not None:  # x_{i+1}: x at i+1 inside a sum over i (tutor.read.calculus)
                self.__dict__.setdefault("subscripts", {})[named] = (base, index)
            return named
        return self._plain_name(base)

    def _plain_name(self, base: str):
        """A name without subscript: π, e, i as declared, a declared vector, else a symbol."""
        refuse_glued_name(base, self.text)  # sinx^2, ylog\hat{y}
        if base == "pi":  # π as the constant, unless the section named a proportion π
            return sp.pi if "pi" not in self.context.symbols else symbol("π")
        if base == "e" and "e" not in self.context.symbols:
            return sp.E
        if base == "i" and self.context.imaginary:
            return sp.I
        if base in self.context.vectors:  # declared: `tutor: {vectors: [w, X]}`
            return as_vector(symbol(base))
        return symbol(base)

    def _name_of(self, head) -> str:
        if head is sp.E or head is sp.pi:
            return "e" if head is sp.E else "pi"
        return head.name if isinstance(head, sp.Symbol) else str(head)

    def args(self, c):
        """The arguments of a call: KL(p || q) has two."""
        return [e for a in c for e in (a if isinstance(a, tuple) else (a,))]

    @inline
    def sign_event(self, token):
        """`+`, `-`, `++` alone as an event (the outcomes of a test): one opaque name each."""
        return symbol("".join(SIGN_LETTERS[ch] for ch in str(token) if ch in SIGN_LETTERS))

    @inline
    def complement(self, name):
        """`\\neg D`, `\\lnot D`, `¬D` in P(…): the complement of D, the name Dᶜ (as D^c)."""
        return complement_of(name, self.text)

    pair = inline(lambda self, p, q: (p, q))
    given = inline(lambda self, event, condition: Given(self._events(event),
                                                       self._events(condition)))
    joint = inline(lambda self, a, b: Given(self._events(a) + self._events(b), ()))
    union = inline(lambda self, a, b: events.union_of(*[x.parts if isinstance(
        x, events.Union) else (self._events(x),) for x in (a, b)], self.text))

    @staticmethod
    def _events(x) -> tuple:
        return x.event if isinstance(x, Given) else (x,)

    @inline
    def call(self, head, args):
        if isinstance(head, sp.KroneckerDelta) and len(args) == 1:  # δ_ik(1 - σ): a product
            return sp.Mul(head, args[0], evaluate=False)
        name = self._name_of(head)
        primed = self.prime_before_sub_call(name, args)  # f'_1(x) (tutor.read.notation)
        return primed if primed is not None else self._call(name, args, head)

    @inline
    def bracket_call(self, head, args):
        """`E[X^2]`, `P[A]`, `Var[X]`: square brackets after a function letter always call."""
        name = self._name_of(head)
        if name.split("_")[0] in VALUE_LETTERS and not any(isinstance(a, Given) for a in args):
            return opaque_function(name)(*args)
        return bracket_derivative(name, args, self.context.functions) or self._call(  # D[x]
            name, args, head)

    def _call(self, name: str, args: list, head=None):
        name, args = probability_named(name, args, self.context.functions)  # \\Pr(A), P_B(A)
        events.refuse_misplaced_union(name, args, self.text)  # f(A ∪ B)
        if name in PROBABILITY_NAMES:  # P(D^c): the complement of the event D
            args = [complement_power(a, self.text) for a in args]
        defined = self.context.functions
        special = next((s for s in (kronecker_call(name, args), order_term(name, args), number_call(
            name, args, defined), derivative_call(name, args, defined, self.text), calculator_call(
                name, args, defined), dependent_call(name, args, defined, self.text))
            if s is not None), None)
        if special is not None:  # 𝟙[i=k]; O(x^4), the rest of a series; dbinom(3, 10, 0.5)
            return self.letter_products().setdefault(id(special), special) if isinstance(
                special, sp.Derivative) else special  # D(x² + 1)³: held for the power after
        given = any(isinstance(a, (Given, sp.core.relational.Relational, sp.And, events.Union))
                    for a in args)
        if name in PROBABILITY_NAMES and (given or len(args) > 1) and (given or not (
                name in self.context.functions or any(a.is_Number for a in args))):
            return self._probability(name, args)  # q(2, 1) of q(x, y) = x² + 3y²: in order
        if given:  # L(theta | x), E[X | Y]: an opaque function of the event and the condition
            return opaque_function(conditioned_name(name))(*[e for a in args for e in (
                self._events(a) + (a.condition if isinstance(a, Given) else ()))])
        if name in self.context.functions:  # g(u(x)): a composition
            return opaque_function(name)(*nested_calls(args, self.letter_products()))
        if name == "diff" and len(args) > 1:  # diff(f, x, y), diff(f, x, 2): sympy's spelling
            return _diff(args, self.text)
        named = head if head is not None else symbol(name)
        letter = name.split("_")[0]
        greek = letter in GREEK_LETTERS
        # σ(1 - σ): a bare σ inside the bracket makes σ a name, and this a product
        contains_self = any(a.has(named) for a in args if isinstance(a, sp.Basic))
        if name in KNOWN_FUNCTIONS and head is not None and len(name) > 1 and not (
                greek and contains_self):
            return self._known(name, args)
        if name == "C" and len(args) == 2 and not _estimate_beside(args):
            return sp.binomial(*args, evaluate=False)
        simple_arg = isinstance(args[0], (sp.Symbol, sp.Indexed, sp.Number))
        # p, q, P, E are values of a distribution on an outcome (p(x_i)); p(1 + e^z) is a product;
        # a Greek letter is a letter too: φ(x) calls, θ(1 - θ) and μ(x + y) multiply
        letter_fn = letter in ALWAYS_CALL or ((letter in CALL_ON_SYMBOL or greek) and simple_arg)
        # E(X^2 - 2X E[X]): an expectation of an expression in a random variable calls
        letter_fn = letter_fn or (name == "E" and _has_random_letter(args[0]))
        word = len(letter) > 1 and not greek
        if len(args) > 1 or word or (letter_fn and not contains_self):
            return opaque_function(name)(*nested_calls(args, self.letter_products()))
        # n(n+1), x(x+1), p(1-p): a product, not a call; a power after it is the bracket's
        product = sp.Mul(named, args[0], evaluate=False)
        self.letter_products()[id(product)] = product
        return product

    def letter_products(self) -> dict:
        """The products `x(x+1)` read so far, by identity: in x(x+1)^2 only (x+1) is squared."""
        if not hasattr(self, "_letter_products"):
            self._letter_products = {}
        return self._letter_products

    def _probability(self, name, args):
        event, condition = events.event_and_condition(args)
        expanded = events.union_probability(lambda n, e, c: self._probability(n, [Given(
            e, c)]), name, event, condition, self.text)
        if expanded is not None:  # P(A ∪ B) = P(A) + P(B) - P(A ∩ B)
            return expanded
        f = opaque_function(name)
        joint = f(*sorted(set(event + condition), key=sp.default_sort_key))
        if not condition:
            return joint
        return sp.Mul(joint, inverse(f(*sorted(set(condition), key=sp.default_sort_key))),
                      evaluate=False)

    def _known(self, name: str, args: list):
        """A call of a registry function (tutor.vocabulary.FUNCTIONS); unknown words are opaque."""
        fn = FUNCTIONS.get(name)
        if fn is None or fn.sympy is None:
            return opaque_function(name)(*args)
        if fn.log_base is not None:
            return self._logarithm(fn, args)
        if fn.arity is not None and len(args) != fn.arity:
            if fn.other_arity == "opaque":
                return opaque_function(name)(*args)
            raise ParseError(f"{name} takes one argument, not {len(args)}", self.text)
        return fn.build(*args)

    def _logarithm(self, fn: Function, args: list):
        """log x in the document's base, log(x, b), log2 x, lg x: their number of arguments."""
        document = fn.log_base == "document"
        if document and len(args) == 2:
            return _log(args[0], args[1])
        if len(args) != 1:
            count = "one or two arguments" if document else "one argument"
            raise ParseError(f"{fn.word} takes {count}, not {len(args)}", self.text)
        return _log(args[0], self.context.log_base if document else fn.log_base)

    def _fn_name(self, token) -> str:
        m = re.match(r"\\(?:operatorname|mathrm)\s*\{\s*(\w+)", str(token))
        return m.group(1) if m else str(token).lstrip("\\")

    apply = inline(lambda self, token, arg: bracket_after_argument(  # \\sin 3θ(1 + \\cos 3θ)
        self._fn_name(token), arg, lambda name, a: self._known(name, _listed(a))))
    apply_prime = inline(lambda self, token, prime, args: self.prime_call(
        symbol(self._fn_name(token)), prime, _listed(args)))

    @inline
    def apply_word(self, token, args):
        name = self._fn_name(token)
        if name in KNOWN_FUNCTIONS:
            return self._known(name, args)
        return self._call(name, args)

    @inline
    def apply_power(self, token, power, arg):
        name, args = self._fn_name(token), _listed(arg)
        if power == -1 and name in INVERSES:
            return self._known(INVERSES[name], args)
        return sp.Pow(self._known(name, args), power, evaluate=False)

    apply_log_base = inline(lambda self, token, base, arg: _log(_listed(arg)[0], base))

    @inline
    def apply_log_sub(self, token, sub, arg):
        sub = subscript_name(str(sub))
        return _log(_listed(arg)[0], sp.Integer(int(sub)) if sub.isdigit() else symbol(sub))


# `+` and `-` as events (P(D|+)): letters that look like them, so that the name shows as written
def _has_random_letter(arg) -> bool:
    """Whether an argument holds a random variable's name: X, Y_1, or ξ, η, ζ (E(ξ²), E(η - 1))."""
    return isinstance(arg, sp.Basic) and any(
        re.fullmatch(r"(?:[A-DF-Z]|xi|eta|zeta)(_\w+)?", s.name) for s in arg.free_symbols)


def _listed(arg) -> list:
    """A function's argument: a bracket of arguments (a list) or one factor (`sin 2x`)."""
    return arg if isinstance(arg, list) else [arg]


def _diff(args: list, text: str):
    """`diff(f, x, y)`, `diff(f, x, 2)`: f differentiated in each variable (a number after a
    variable repeats it)."""
    variables: list = []
    for a in args[1:]:
        if isinstance(a, sp.Symbol):
            variables.append((a, 1))
        elif isinstance(a, sp.Integer) and variables and 1 < int(a) <= 9:
            variables[-1] = (variables[-1][0], variables[-1][1] + int(a) - 1)
        else:
            raise ParseError("diff(f, x, …) takes variables (and how many times), e.g. "
                             "diff(x^2 y, x, y)", text)
    return sp.Derivative(args[0], *variables, evaluate=False)


def _estimate_beside(args) -> bool:
    """`C(y, \\hat{y})`: a cost of a value and its estimate, never a count of choices."""
    return any(part in ("hat", "tilde", "star") for a in args if isinstance(a, sp.Basic)
               for s in a.free_symbols for part in s.name.split("_")[1:])
