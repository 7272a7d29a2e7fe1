"""Notation of real notes: per cent, floors, \\over, evaluation brackets, tuples, \\text calls."""

from __future__ import annotations

import re

import sympy as sp
from lark import Token, v_args

from tutor.compat import AppliedUndef
from tutor.errors import NotAClaim, ParseError, Undecidable
from tutor.functions import sigmoid
from tutor.indices import same_family
from tutor.names import PERCENT, PRIME, name_spans, symbol
from tutor.read.brackets import bracket_variable, value_at, value_at_point
from tutor.read.calculus import argument_name
from tutor.read.calls import inline, inverse, opaque_function, subscript_name
from tutor.read.leibniz import greek_spelled, leibniz_at_order, refuse_letter_order
from tutor.read.sentences import MISPLACED_PRIME
from tutor.read.superscripts import superscript_value
from tutor.vectors import matrix_literal


def _word(token) -> str:
    """The word of `\\text{Var}`: its letters, spaces as underscores."""
    m = re.match(r"\\\w+\s*\{(.*)\}$", str(token))
    return re.sub(r"\s+", "_", (m.group(1) if m else str(token)).strip())


# `(x_0, y_0) = (1, 1)`: a tuple of names equal to a tuple of values, and nothing else
_ASSIGNMENT = re.compile(r"\(\s*[^()=<>]+,[^()=<>]+\)\s*=\s*\(\s*[^()=<>]+,[^()=<>]+\)"
                         r"|\[\s*[^\[\]()=<>]+,[^\[\]()=<>]+\]\s*=\s*\[\s*[^\[\]()=<>]+,[^\[\]()=<>]+\]")

_D = symbol("d")
# what stands before and after a name in brackets (`[x]`) or in a longer name (`dx`, `\\max`)
_OPENING, _CLOSING = re.compile(r"[\[A-Za-z\\]\Z"), re.compile(r"[\]A-Za-z]")
# the logarithm, the name and its written arguments in `d ln L(p) /`, `∂(log L)/`
_LOG_OF = re.compile(r"(ln|log)\s*[({]?\s*(\\?[a-zA-Z]+)\s*(?:\(([^()]*)\))?")


def _differential(expr) -> sp.Symbol | None:
    """x when `expr` is d·x as written (dx below a bar), else None."""
    factors = expr.args if isinstance(expr, sp.Mul) else ()
    if len(factors) == 2 and _D in factors:
        other = factors[0] if factors[1] == _D else factors[1]
        return other if isinstance(other, sp.Symbol) and other != _D else None
    return None


def _after_d(expr):
    """What follows the d of `d y`, `d\\,Tanh`, `d (x^2)` above a bar (1 for d alone)."""
    if expr == _D:
        return sp.Integer(1)
    factors = list(expr.args) if isinstance(expr, sp.Mul) else []
    if factors.count(_D) != 1:
        return None
    factors.remove(_D)
    return sp.Mul(*factors, evaluate=False) if len(factors) > 1 else factors[0]


# `\nabla f(x, y) = (…, …)`: a tuple right after a gradient and = is the gradient's column
_AFTER_GRADIENT = re.compile(r"(\\nabla|∇)[^=;]*=\s*(?:\\(?:left|[bB]igg?l?)\s*)?$")  # \left(
# `[0.1, 0.7, 0.2] - [0, 1, 0] = [0.1, -0.3, 0.2]`: tuples added or taken away, vectors
_TUPLE = r"[\[(][^\[\]()=]*,[^\[\]()=]*[\])]"
# `0.0478 × [0.9, 0.1]`: a number times a list; `[0.88 × 0.12, 0.91 × 0.09] ≈ [0.1051, 0.0833]`:
# two lists set equal (never an interval: a number times one, or one equal to another, means
# nothing). A list times a list (`[a, b] · [c, d]^T`) is left alone: row or column is not said
_NUMBER_TIMES = r"\d\s*(?:\\times|\\cdot|\*|×|·)\s*(?:\\left\s*)?"
_WORKED_TUPLE = (r"[\[(](?=[^\[\]()=]*(?:\\times|\\cdot|\\frac|[+*/×·^]|[\w}]\s*-))"
                 r"[^\[\]()=]*,[^\[\]()=]*[\])]")  # a list of worked entries: 0.88 × 0.12, …
_TUPLE_ARITHMETIC = re.compile(_TUPLE + r"\s*[-+]\s*" + _TUPLE + "|" + _NUMBER_TIMES + _TUPLE
                               + "|" + _WORKED_TUPLE + r"\s*(?:=|\\approx|≈)\s*(?:\\left\s*)?"
                               + _TUPLE)


class NotationRules:
    """The Builder's rules for notation met in real notes (a mixin: it needs CallRules)."""

    text: str

    percent = inline(lambda self, x, token: sp.Mul(x, PERCENT, evaluate=False))  # not x/100
    imaginary_unit = inline(lambda self, token: sp.I)  # \\imaginaryunit: i written unmistakably
    floor = inline(lambda self, x: sp.floor(x, evaluate=False))
    ceiling = inline(lambda self, x: sp.ceiling(x, evaluate=False))

    @inline
    def partial_bare(self, token, operand):
        """`\\frac{\\partial}{x} f`: the ∂ below the bar left out (a slip of the pen): ∂/∂x f."""
        below = re.match(r".*?\\partial\s*\}\s*\{(.*)\}\s*$", str(token).replace(
            "∂", "\\partial "), re.S).group(1).strip()
        return self.partial_sub(f"\\partial_{{{below}}}", operand)

    @inline
    def over(self, num, den):
        """`{a \\over b}`; `{dy \\over dx}`, `{d\\,Tanh \\over dx}`: the derivative."""
        derivative = self.leibniz(num, den)
        return sp.Mul(num, inverse(den), evaluate=False) if derivative is None else derivative

    def frac_derivative(self, num, den):
        """The derivative a \\frac writes in Leibniz's notation: higher orders and a function at
        a point (tutor.read.leibniz), else the first-order rule below; None for a fraction."""
        refuse_letter_order(num, den, self.text)  # \frac{d^{n-1}}{dx^{n-1}}: order a letter
        found = leibniz_at_order(num, den)  # \frac{d^2 (x^3)}{dx^2}, \frac{d f(\hat λ)}{dλ}
        return found if found is not None else self.leibniz(num, den)

    def leibniz(self, num, den):
        """dy over dx (`{dy \\over dx}`, `\\frac{dL}{d\\hat{y}}`): the derivative, never
        d·y/(d·x), which is y/x; None when it is no such fraction."""
        var, top = _differential(den), _after_d(num)
        if var is None or top is None or (top != 1 and top.is_number):  # 2d/(dx): d a letter
            return None
        if top == 1:
            raise ParseError("d over dx before an expression is not read here: write "
                             "\\frac{d}{dx}", self.text)
        if isinstance(top, sp.Symbol):
            top = sigmoid(var) if top.name == "sigma" else opaque_function(top.name)(
                *self._parameters(top.name, [var]))  # dL/da of L(a, y) defined above: in a
        return self._derivative(top, var, 1)

    @v_args(meta=True, inline=True)
    def tuple(self, meta, *items):
        """`(0.81, 1.90)`, `[0, 1]`: a tuple or an interval claims nothing; but names given
        values at once, `(x_0, y_0) = (1, 1)`, are read as each name given its value."""
        if _ASSIGNMENT.fullmatch(self.text.strip(" \t\n.,;")):
            return sp.Tuple(*items)  # tutor.read.builder splits the statement
        if not meta.empty and _AFTER_GRADIENT.search(self.text[:meta.start_pos]) or \
                _TUPLE_ARITHMETIC.search(self.text):  # or tuples added: vectors
            return matrix_literal([[x] for x in items])  # ∇f(x, y) = (12x - 10, 6y - 1)
        shown = self.text[meta.start_pos:meta.end_pos] if not meta.empty else "(…)"
        raise NotAClaim(f"a tuple or interval {shown}: not a claim", self.text)

    @inline
    def slash_partial_of(self, token):
        """`\\partial a / \\partial z`, `∂L/∂w_1` inline: as `\\frac{\\partial a}{\\partial z}`."""
        top, bottom = (re.sub(r"^(\\partial|∂)\s*", "", part.strip())
                       for part in greek_spelled(token).split("/"))
        return self._partial_of(f"\\partial {top}", f"\\partial {bottom}")

    def bracketed_whole(self, x):
        """What a pair of brackets holds, whole (`(x(x+1))^2`), marked as bracketed."""
        whole = self.letter_products().pop(id(x), x)
        self.__dict__.setdefault("bracketed", set()).add(id(whole))
        return whole

    @inline
    def square_paren(self, x):
        """`[x + 1]` is a bracket; `[x]` around a name alone, the name also standing outside
        brackets (`x - [x]`), may be x's whole part (notes that write the floor so): not
        guessed (`\frac{d}{dx}[c]` is a bracket)."""
        if isinstance(x, sp.Symbol) and any(  # x written outside brackets too
                not _OPENING.search(self.text, 0, start) and not _CLOSING.match(self.text, end)
                for start, end in name_spans(self.text, str(x))):
            raise Undecidable(f"[{x}]: brackets around a name alone, or the whole part of {x} "
                              "(as some notes write it)? not read", self.text)
        return self.bracketed_whole(x)

    @inline
    def call_primed(self, head, args, prime):
        """`x(1 + x^2)'` (the quotient rule written out): x times the derivative of its
        bracket, as x stands inside it (a product, never a call); refused otherwise."""
        if isinstance(head, sp.Symbol) and len(args) == 1 and head in getattr(
                args[0], "free_symbols", ()):
            return sp.Mul(head, self._primed(args[0], prime), evaluate=False)
        raise ParseError(MISPLACED_PRIME, self.text, getattr(prime, "line", 1),
                         getattr(prime, "column", 1))

    @inline
    def log_derivative_of(self, token):
        """`d ln L / dp`, `∂ log L(θ)/∂θ`, `∂(ln L)/∂p`: the log of L differentiated; L of the
        arguments written (`L(.)`: of any), else of the parameters it was defined with."""
        top, bottom = greek_spelled(token).rsplit("/", 1)
        function, name, written = _LOG_OF.search(top).groups()
        name = argument_name(name)
        _, variable = self._deriv_token(re.sub(r"∂|\\partial", "d", bottom))
        itself = symbol(name) == variable  # d ln x/dx: the log of the variable
        args = ([symbol(argument_name(a)) for a in written.split(",")]
                if written and written.strip() != "." else self._parameters(name, [variable]))
        if not itself and not written and not self._signature(name, [variable]) and any(
                defined == name for defined, _ in self.context.signatures):
            raise Undecidable(f"{name} is defined above in other variables than "
                              f"{variable}: a new {name} here?", self.text)
        inner = variable if itself else opaque_function(name)(*args)
        return self._derivative(self._known(function, [inner]), variable, 1)

    @inline
    def partial_in_expression(self, top, bottom):
        """`\\frac{\\partial \\log s_k}{\\partial s_k}`, `\\frac{\\partial \\log \\sigma(A)}
        {\\partial \\sigma(A)}`: the derivative of what is above in what is below, an
        expression read as one variable (u = σ(A), then ∂ log u/∂u at u = σ(A)); the others
        held fixed."""
        if isinstance(bottom, sp.Symbol):  # ∂ ln L/∂p with L(p) defined above: ln L(p)
            top = self._defined_called(top, [bottom])
        u = sp.Dummy("u")  # s_k too: a name defined above (s_k = e^{x_k}/Σ…) is the variable
        inner = top.xreplace({bottom: u}) if isinstance(bottom, sp.Basic) else top
        if isinstance(bottom, sp.Symbol) and not inner.has(u) and any(
                same_family(s, [bottom]) for s in top.free_symbols):  # ∂ log σ(A_k)/∂A_i
            return self._partial(top, [(bottom, 1)])
        if bottom.free_symbols and not top.free_symbols & bottom.free_symbols and all(
                isinstance(f, AppliedUndef) for f in top.atoms(sp.Function)):
            # ∂E_total/∂w5, ∂ŷ1/∂h1, ∂E_n(𝐰)/∂w_0: a quantity, not a formula
            through = self._through_defined(top, bottom)
            if through is not None:  # ∂(y - ŷ)²/∂w with ŷ = wx + b above
                return self._partial(through, [(bottom, 1)])
            raise Undecidable("a derivative of a quantity not written in the variable here "
                              "(a chain-rule factor): nothing to work it out with", self.text)
        if not bottom.free_symbols or not inner.has(u) or inner.has(*bottom.free_symbols):
            raise ParseError("a derivative in an expression needs what is above the bar written "
                             "in that expression only", self.text)
        held = sorted(s.name for s in inner.free_symbols if s.name in self.context.values)
        if held:  # ∂(x²y)/∂x with y = 2x above: y held fixed, or not?
            raise Undecidable(f"this partial derivative depends on what is held constant ({held[0]}"
                               " is defined above): differentiate a name, ∂f/∂x", self.text)
        return sp.Subs(sp.Derivative(inner, u), u, bottom)

    def _through_defined(self, top, bottom):
        """A formula above the bar in names defined above only (∂(y - ŷ)²/∂w, ŷ = wx + b): each
        such name a function of the variable, written out by its definition later
        (tutor.derive.graph; a name that is a number there stays unknown); None otherwise."""
        named = [s for s in top.free_symbols if s.name in self.context.values]
        if not named or isinstance(top, sp.Symbol) or not isinstance(bottom, sp.Symbol):
            return None
        return top.xreplace({s: opaque_function(s.name)(*self._parameters(s.name, [bottom]))
                             for s in named})

    @inline
    def sqrt_prime(self, arg, prime):
        """`\\sqrt{u}'` (Obsidian notes): the derivative of the root, as `(\\sqrt{u})'`."""
        return self.prime_of(sp.sqrt(arg, evaluate=False), prime)

    @inline
    def text_call(self, token, args):
        """`\\text{Var}(X)`, `\\text{Bin}(n, p)`: a word in \\text before a bracket calls."""
        return self.apply_word(_word(token), args)

    @inline
    def text_prime_call(self, token, prime, args):
        """`\\text{ReLU}'(x)`: the derivative of the word's function."""
        return self.prime_call(symbol(_word(token)), prime, args)

    def prime_before_sub_call(self, name: str, args):
        """`f'_1(x)` is `f_1'(x)`: TeX sets the prime before the subscript (None: no such prime)."""
        m = re.fullmatch(rf"([^{PRIME}_]+)({PRIME}+)_(.+)", name)
        if m is None:
            return None
        return self.prime_call(symbol(f"{m.group(1)}_{m.group(3)}"), "'" * len(m.group(2)), args)

    @inline
    def evaluated_at(self, body, low, high):
        """`\\left[\\frac{x^3}{3}\\right]_0^1`: F(1) - F(0), F's variable told (read.brackets)."""
        var = bracket_variable(body, self.text)
        if var is None:
            raise ParseError("an evaluation bracket [F]_a^b needs one variable in F: it holds "
                             "several, none written as the integral's", self.text)
        return sp.Add(value_at(body, var, high), sp.Mul(
            sp.S.NegativeOne, value_at(body, var, low), evaluate=False), evaluate=False)

    def index_upper_bounds(self, children):
        """`\\sum_i^N`, `\\sum_{j}^{K}`: the index from 1 (as in a sum without limits) to N."""
        item = children[0]
        var = symbol(subscript_name(str(item))) if isinstance(item, Token) else item
        return var, None, children[1]

    @inline
    def unicode_evaluated_at(self, body, low, high):
        """`[(1 + x²)⁴ / 4]₀¹`, `[ln(x)²/2]₁ᵉ`: the bounds written as Unicode scripts."""
        bound = subscript_name(str(low))
        low = sp.Integer(int(bound)) if bound.isdigit() else sp.E if bound == "e" else symbol(bound)
        return self.evaluated_at(body, low, superscript_value(str(high)))

    @inline
    def evaluated_at_t(self, body, low, _upper_t):
        """`\\left[F\\right]_0^T`: the ^T lexed as a transpose is the upper bound T."""
        return self.evaluated_at(body, low, symbol("T"))

    @inline
    def definite_integral_to_t(self, low, _upper_t, body, dx):
        """`\\int_0^T f\\,dt`: the ^T lexed as a transpose is the upper bound T."""
        return self.definite_integral(low, symbol("T"), body, dx)

    def evaluated_at_point(self, children):
        """`\\left.\\frac{dy}{dx}\\right|_{(1,2)}`: the body at the point (tutor.read.brackets)."""
        return value_at_point(children[0], tuple(children[1:]), self.text)

    @inline
    def bigop_of_negative(self, token, bounds, body):
        """`\\sum_{i=1}^{N} -[…]`: a signed term after the bounds is the summand."""
        return self._bigop(str(token), bounds, sp.Mul(sp.S.NegativeOne, body, evaluate=False))

    @inline
    def limit_of_negative(self, spec, body):
        """`lim h->0 -1/(x(x+h))`: a signed term after the limit is its operand."""
        return self.limit(spec, sp.Mul(sp.S.NegativeOne, body, evaluate=False))

    @inline
    def integral_over_domain(self, domain, body, dx):
        """`\\int_x p(x) \\log p(x)\\,dx`, `\\int_{\\mathcal{X}} …`: over all the values of x, the
        bounds not said (x_min to x_max, as Σ_x runs to n_max): never a wrong range claimed."""
        var = self._integration_variable(dx)
        if domain != var and not (isinstance(domain, sp.Symbol) and domain.name[:1].isupper()):
            raise Undecidable("an integral with a lower bound only (where does it end?)",
                              self.text)  # \int_0 f(x) dx
        return self.definite_integral(symbol(f"{var}_min"), symbol(f"{var}_max"), body, dx)

    apply_word_to_fraction = inline(lambda self, token, num, den: self.apply_word(
        token, [self.frac(num, den)]))  # ln\frac{n_i}{N}: the log of the fraction

    sqrt_of_fraction = inline(lambda self, num, den: sp.Pow(self.frac(num, den), sp.Rational(
        1, 2), evaluate=False))  # \sqrt \frac{a}{b}: TeX's \sqrt takes the \frac whole

    integral_of_one = inline(lambda self, dx: self.integral(sp.Integer(1), dx))
    definite_integral_of_one = inline(
        lambda self, low, high, dx: self.definite_integral(low, high, sp.Integer(1), dx))

    def summand_index(self, body):
        """The index of `\\sum x_i` written without one: the one subscript letter of the
        summand's names; of `\\sum x P(X = x)`, the value x of the one P(X = x) (None when
        there is none or more than one)."""
        letters = set()
        for s in body.free_symbols:
            base, _, sub = s.name.rpartition("_")
            if base and len(sub) == 1 and sub.isalpha():
                letters.add(sub)
        if not letters:
            letters = {str(call.args[0].rhs) for call in body.atoms(sp.Function)
                       if str(call.func) == "P" and len(call.args) == 1
                       and isinstance(call.args[0], sp.Equality)
                       and isinstance(call.args[0].rhs, sp.Symbol)
                       and str(call.args[0].lhs) == str(call.args[0].rhs).upper()}
        return symbol(letters.pop()) if len(letters) == 1 else None

    @staticmethod
    def opaque(name: str, args):
        return opaque_function(name)(*args)
