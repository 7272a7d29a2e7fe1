"""Spellings of real notes put in the grammar's words before lexing, keeping every position."""

from __future__ import annotations

import re

from tutor.read.angle_means import angle_means, angle_vector
from tutor.read.asides import asides_blanked, colon_before_quad_as_comma, substitution_notes_blanked
from tutor.read.bare_moments import bare_moments, drawn_laws_unbraced
from tutor.read.braced_partials import partials_unbraced
from tutor.read.check_marks import INTEGRAL, check_marks_blanked, dots_before_differentials
from tutor.read.cjk_words import cjk_words_blanked
from tutor.read.column_vectors import column_vectors, nested_brackets
from tutor.read.compositions import compositions_called
from tutor.read.decimal_commas import (
    braced_commas_decimal,
    braced_decimal_commas,
    decimal_commas,
    refuse_ambiguous_braced,
)
from tutor.read.digit_names import accented_digit_names
from tutor.read.dot_products import dots_as_products, dots_between_brackets
from tutor.read.events import event_spellings
from tutor.read.exported import exported_spellings
from tutor.read.finite_sums import sums_over_listed_numbers
from tutor.read.form_marks import form_marks_blanked
from tutor.read.infix_fractions import infix_fractions, leibniz_spellings
from tutor.read.item_numbers import item_number_blanked
from tutor.read.law_parameters import law_spellings
from tutor.read.layer_partials import bare_layer_labels, partial_layer_labels
from tutor.read.letter_times import letter_x_as_times
from tutor.read.maps_to import maps_to_read
from tutor.read.marks import take_off_marks, unbraced_marks
from tutor.read.mixed_numbers import mixed_numbers_read
from tutor.read.old_fonts import old_fonts_read
from tutor.read.one_sided_zeros import one_sided_zeros
from tutor.read.operation_notes import operation_notes_blanked
from tutor.read.order_labels import derivative_orders_as_primes
from tutor.read.plain_letters import plain_letters
from tutor.read.plain_limits import typed_limits_braced
from tutor.read.prescripts import prescript_binomials
from tutor.read.primes_after_calls import primes_after_calls
from tutor.read.prose import substitution_members
from tutor.read.repeating_decimals import repeating_decimals
from tutor.read.romance_names import bare_romance_calls, romance_function_names
from tutor.read.root_brackets import root_brackets_braced
from tutor.read.script_order import subscripts_first, upper_bounds_with_carets
from tutor.read.sign_subscripts import class_signs_subscripted
from tutor.read.spacing_marks import backslash_marks, thin_space_thousands, wide_punctuation
from tutor.read.subscripts import empty_scripts_dropped, subscripts_moved
from tutor.read.sum_names import SUM_NAME, bare_sums_named  # noqa: F401 (re-exported)
from tutor.read.sum_sets import sums_over_sets
from tutor.read.thousands import THOUSANDS, braced_thousands, thousands
from tutor.read.trig_arguments import trig_arguments_closed
from tutor.read.truncated_decimals import truncated_decimals
from tutor.read.unmarked_bounds import bounds_marked, differentials_unbraced
from tutor.read.upright_powers import upright_function_powers
from tutor.read.wrapped_relations import unwrapped

GRADIENT_D = "\ue005"  # the d of a backprop name dZ, dW^{[2]}, db1 (the grammar's WORD takes it)
INCREMENT = "\ue006"  # the Δ of an increment Δx, Δt, Δw (the grammar's WORD takes it)

# same-length spellings: `\*` (Markdown's escaped star), \mleft, \lbrace, \vert …
_SAME_LENGTH = {
    "\\*": " *", "\\mleft": " \\left", "\\mright": "\\right ", "\\lbrace": "\\{     ",
    "\\rbrace": "\\}     ", "\\vert": "|    ", "\\lvert": "|     ", "\\rvert": "|     ",
    "\\\\%": " \\%", "\\$": "  ",  # `50\\%`: Markdown's escaped \\ before %; `\\$5`: money
    # `\bold{x}` for a bold x; `\overset{\wedge}{\mu}` for μ̂; an end-of-proof mark is no math
    "\\bold": "\\bm  ", "\\overset{\\wedge}": "\\hat            ", "\\blacksquare": " " * 12,
    "\\mathop{}": " " * 9, "\\mathop{}\\!": " " * 11,  # \\diff: \\mathop{}\\!\\mathrm{d}
    "\\qed": "    ", "\\infin": "\\infty", "\\rq": "'  ",  # \\infin, \\gt, \\lt; f\\rq(x): f'(x)
    "\\gt": "  >", "\\lt": "  <", "\\E": " E", "\\Var": " Var", "\\Cov": " Cov",  # \\E: a macro
    "\\mathbf{1}": "\\mathbb{1}",  # the vector of ones in `Z = XW + \\mathbf{1}b^\\top`: a name
    "\\text{e}": "       e", "\\textrm{e}": "         e",  # Euler's e set upright, as \\mathrm{e}
    "\\square": " " * 7, "\\mathbb{V}": "\\text{Var}",  # a proof's box; 𝕍(X), a variance
    "\\lgroup": "(      ", "\\rgroup": "      )",  # \left\lgroup … \right\rgroup: round
    "\\not=": "\\neq ", "\\not =": "\\neq  ", "\\not\\in": "\\notin ",  # \\not= is ≠
    "\\Rarr": "⇒    ", "\\rArr": "⇒    ", "\\Lrarr": "⇔     ", "\\lrArr": "⇔     ",  # KaTeX's
    # font sizes (`p_{\\small \\text{MLE}}`): no part of a name
    **{f"\\{size}": " " * (len(size) + 1) for size in ("tiny", "scriptsize", "footnotesize",
       "small", "normalsize", "large", "Large", "LARGE", "huge", "Huge")},
}
_CURRENCY = str.maketrans("£€¥", "   ")  # a sign of money before a number is ink, as `\$5`
_EX = re.compile(r"\\(text|mathrm)\{Ex\}")  # `\text{Ex}[J]`: MIT 6.042's expectation, E[J]
_SPELLING = re.compile("|".join(re.escape(k) + ("(?![a-zA-Z])" if k[-1].isalpha() else "")
                                for k in sorted(_SAME_LENGTH, key=len, reverse=True)))

# `\text{\sigma^2}`: math written inside \text{…} (a command first): read as the math
_MATH_IN_TEXT = re.compile(r"\\text\s*\{(?=\s*\\[a-zA-Z])([^{}]*)\}")

# `\mathrm{d}x`, `\text{d}\lambda`: the upright d of a differential is d (TeX's convention
# for the differential; a variable d is set in italic)
_UPRIGHT_D = re.compile(r"\\(?:mathrm|text|operatorname)\s*\{\s*d\s*\}")

# `\text{log}_2(p)`, `\mathrm{ln}(x)`, `\textbf{log}`: a function's name upright (or bold)
_UPRIGHT_FUNCTION = re.compile(r"\\(?:text(?:rm|bf)?|math(?:rm|bf)|operatorname)\s*\{\s*"
                               r"(log|ln|exp)\s*\}")

# `e^{\inf}`: \inf (an infimum in TeX) written for ∞; an infimum has a subscript
_INF = re.compile(r"\\inf(?![a-zA-Z_])(?!\s*_)")

# `log\left(…\right)`, `exp\left(`: a function written without its backslash, before \left(
_BARE_CALL = re.compile(r"(?<![\\a-zA-Z])(log|ln|exp|sin|cos|tan)\s*\\left\s*\(")

# `\frac{\text{TP}}{\text{TP} + \text{FP}}`, `\log \text{odds}`: a word in \text{} as an operand
# (after \frac's brace, an operator, or log) is a name, as the same word written plainly
# `\text{out}_{h1}`, `\text{net}_{o1}`: a word with a subscript is a name (net_h1)
# `\text{Likelihood} \times \text{Prior}`: a word before an operator is a name (as after one)
_TEXT_BEFORE_OPERATOR = re.compile(r"\\text\s*\{([A-Z]{2,6}|[A-Za-z]{4,12})\}"
                                   r"(?=\s*(?:\\times|\\cdot|[+\-*/]))")
_TEXT_SUBSCRIPTED = re.compile(r"\\text(?:rm|it|sf)?\s*\{\s*([A-Za-z]{3,12})\s*\}(?=\s*_)")
_TEXT_OPERAND = re.compile(r"(?:\\frac\s*\{|\}\s*\{|[+\-/]|\\cdot|\\times|\\(?:log|ln|exp)"
                           r"|\\nabla\s*_\s*(?:\{[^{}]*\}|\\?\w+))\s*"
                           r"\\text\s*\{([A-Z]{2,6}|[A-Za-z]{4,12})\}")

# `\partial\,\text{KL}`: a thin space between ∂ and what is differentiated is ink
_SPACED_PARTIAL = re.compile(r"(?<=\\partial)\\[,;:!](?=\s*\\(?:text|mathrm|operatorname|mathcal))")

# `\Pi_{i=1}^n`: the capital letter written for the product sign (it has limits)
_CAPITAL_PI = re.compile(r"\\Pi(?=\s*_\s*\{[^{}]*=)")

# `X_1 = 40 \quad and \quad X_2 = 3.5`: a word between two statements, read as a comma
_AND = re.compile(r"(?<=[\s}])and(?=\s)")

# dZ, dW^{[2]}, db^{[1]}, dA1: the gradient names of backprop notes (dZ = ∂L/∂Z), never d·Z;
# an uppercase letter, a layer label, digits or a subscript after the d, no `/` around (dL/dW)
_GRADIENT = re.compile(r"(?<![\\A-Za-z/])d(?=[A-Z]\d*(?![A-Za-z\d])(?!\s*/)|[a-z]\d+(?![A-Za-z\d])"
                       r"(?!\s*/)|[a-z]\s*\^\s*\{\s*[\[(]|[a-z]_(?:\{[^{}]*\}|\w)(?![\s}]*/))")
# `\Delta x`, `Δt`: an increment, one name (Δx² is (Δx)², never Δ·x²); `\Delta = b^2 - 4ac`,
# `\Delta ABC` stay as they are
_INCREMENT = re.compile(r"(?:\\Delta|Δ)(?:\s*(?=[A-Za-z](?![A-Za-z]))|\s*\{\s*([A-Za-z])\s*\})")
# `f\prime(x)`, `f^{\prime\prime}(x)`, `y^{'}`: primes spelled as commands or raised (f'(x))
_PRIME_COMMAND = re.compile(r"\^\s*\{\s*((?:\\prime\s*|'\s*)+)\}|(?:\^\s*)?\\prime(?![a-zA-Z])")
_EMPTY_BEFORE_PRIME = re.compile(r"\{\s*\}('+)")  # g{}'(z): the empty group sets the prime only

# `… \quad (|x| < 1)`, `… + C (n≠-1)`: a condition in brackets after a space at the end
_CONDITION = re.compile(r"(\\q?quad|\\[,;]|(?<=\+ C) |(?<=\+C) )\s*(\()[^()]*(?:<|>|\\[lg]eq?"
                        r"(?![a-zA-Z])|\\neq?(?![a-zA-Z])|[≤≥≠])[^()]*\)(?=[\s$.,;]*$)")

# `f(x) = λe^{-λx} \quad x \geq 0`, `p(x) = … \qquad x = 1, 2, \dots`: a condition or the
# values of a variable after a wide space, ending the formula (it was multiplied in: ·x ≥ 0)
_QUAD_CONDITION = re.compile(r"\\q?quad(?=\s*[a-zA-Z](?:_\{?\w+\}?)?\s*(?:=|<|>|≤|≥|\\(?:[lg]eq?|in"
                             r"|neq?)(?![a-zA-Z]))[^=<>≤≥]*$)")

# `E(X) = 1 \qquad \mathbb{V}(X) = 0.95`, `… \qquad \frac{\partial L}{\partial b} = …`: a wide
# space, then a name, call or derivative and its =: the next statement (the space a comma)
_QUAD_STATEMENT = re.compile(r"\\q?quad(?=\s*(?:\\[a-zA-Z]+\s*(?:\{\w+\})?|[A-Za-z]|\\[dt]?frac\s*"
                             r"\{\s*(?:\\partial|d)[^{}]*\}\s*\{\s*(?:\\partial|d)[^{}]*\})"
                             r"(?:_\{?\w+\}?)?\s*(?:\([^()]*\)|\[[^\[\]]*\])?\s*=)")
# `y' = 0 \quad 7x^2 - 2x - 7 = 0`: a wide space, then an equation of its own to the end
_QUAD_EQUATION = re.compile(r"\\q?quad(?=\s*(?![A-Za-z]{2,}\b)(?:[-\w(]|\\(?:d?frac|sqrt|left)\b)"
                            r"[^=<>≤≥≠]*=[^=<>≤≥≠]*$)")  # never an arrow, a word, \text
_RELATION = re.compile(r"=|<|>|≤|≥|≠|\\[lg]eq?(?![a-zA-Z])|\\neq?(?![a-zA-Z])")
_JOINED = re.compile(r"(?:\band|\bor|\\text\s*\{[^{}]*\}|\\(?:quad|qquad|text\w*|Rightarrow|implies"
                     r"|Longrightarrow|iff|Leftrightarrow|therefore|to)|⇒|→)\s*$")  # \quad\implies
_TIE_AT_AN_END = re.compile(r"\A\s*~|~\s*\Z")


def _groups_read(text: str) -> str:
    """Vectors, marks, mixed numbers (= 1\\frac{1}{2}), ∫ x dx/…, binomials ({}_n C_k), sums."""
    if "{" in text or unbraced_marks(text):  # A^\\complement, \\mbox H: marks without braces
        text = column_vectors(nested_brackets(take_off_marks(text)))  # (1.6, 0.2): no binomial
    text = prescript_binomials(infix_fractions(leibniz_spellings(mixed_numbers_read(text))))
    return sums_over_sets(sums_over_listed_numbers(text)) if "{" in text else text


# `\ln(\mid x \mid)`, `P(A \mid B)`: \mid is the bar | (mark_bars tells |x| from a condition)
_MID = re.compile(r"\\mid(?![a-zA-Z])")


def rewrite(text: str) -> str:
    """`text` in the grammar's spelling, each character where it stood (errors keep columns)."""
    if text.lstrip().startswith("\\text"):
        text = _LEADING_LABEL.sub(lambda m: _label_blanked(m), text, count=1)
    text = compositions_called(primes_after_calls(item_number_blanked(maps_to_read(
        text)).translate(_CURRENCY)))  # f : A → B, x ↦ …; `7) [f]' = …`, `= -£49`, (g ∘ f)(x)
    if ":" in text:  # `\sin(x): \quad \sin(x) = …` (its \text{…} words already blanked)
        text = _COLON_LABEL.sub(lambda m: " " * len(m.group()), text, count=1)
    text = root_brackets_braced(one_sided_zeros(repeating_decimals(typed_limits_braced(
        bare_romance_calls(operation_notes_blanked(bounds_marked(text)))))))  # ∫0^1; `= 7 | -3`
    text = class_signs_subscripted(letter_x_as_times(text))  # (4/9)x(3/10): ×; p+ = 1/2: p₊
    text = event_spellings(partials_unbraced(bare_sums_named(derivative_orders_as_primes(text))))
    text = trig_arguments_closed(dots_as_products(_groups_read(truncated_decimals(unwrapped(
        text)))))  # (a ≈ b); = .5515...: about .5515
    if "\\" in text:
        text = _MID.sub("   |", backslash_marks(text))  # w\_1; \text{ }; \mid: a bar
        text = accented_digit_names(exported_spellings(romance_function_names(text)))
        text = bare_moments(_EX.sub(r"\\\1{E} ", drawn_laws_unbraced(text)))  # \mathbb{E}X: E[X]
        text = old_fonts_read(_SPELLING.sub(lambda m: _SAME_LENGTH[m.group()], text))  # {\bf w}
    if "^" in text and "_" in text:  # a^L_j: layer L's unit j (Nielsen), else x^2_i is x_i^2
        text = subscripts_first(bare_layer_labels(text))
    if "_{" in text:  # \sum_{i=1}{m}: \sum_{i=1}^m
        text = upper_bounds_with_carets(text)
    text = subscripts_moved(empty_scripts_dropped(text))  # softmax(z)_i; \int_{}^{}
    text = cjk_words_blanked(text)  # ただし、M = …: words of prose at either end
    text = differentials_unbraced(dots_before_differentials(check_marks_blanked(text)))  # ✓, ·dx
    text = plain_letters(text)  # 𝐸, 𝑋, − (U+2212); S_Có, Hài: words of names, unaccented
    text = thin_space_thousands(wide_punctuation(text), THOUSANDS)  # ，, ÷, 1\,000
    text = law_spellings(text)  # (0{,}5; 0{,}25), Bin(n = 10; p = 0{,}1), P(… | n = 10 en …)
    if "," in text:
        text = decimal_commas(text)
        if not braced_commas_decimal(text):
            refuse_ambiguous_braced(text)
            text = braced_thousands(text)
        text = thousands(braced_decimal_commas(text))
    text = dots_between_brackets(text)  # σ(x).(1 - σ(x))
    if "~" in text:  # `$$~ … ~$$`: TeX's unbreakable space at either end of the math
        text = _TIE_AT_AN_END.sub(lambda m: " " * len(m.group()), text)
    return substitution_members(_words_in_math(_symbols(form_marks_blanked(text))))


def _symbols(text: str) -> str:
    """The upright differential d (`\\mathrm{d}x`), `\\inf` written for ∞, `log\\left(`, `\\Pi`,
    a boxed answer `\\boxed{y' = 2x}` (the box is ink: its relation is read)."""
    if "\\boxed" in text:
        text = _unboxed(text)
    if "nabla" in text:  # \vec\nabla f, \mathbf{\nabla}: the nabla itself (never a name)
        text = _DRESSED_NABLA.sub(lambda m: "\\nabla".rjust(len(m.group())), text)
    if "brace" in text or "color" in text or _HTML_WRAPPED.search(text):  # \underbrace{…}_{u'v}
        text = _without_ink_wrappers(text)
    if "\\partial\\" in text:
        text = _SPACED_PARTIAL.sub("  ", text)
    text = partial_layer_labels(text)  # ∂L/∂a^{[1]}, ∂E/∂W^{(2)}_1: in a_1, W_{2,1}
    if "{d" in text or "{ d" in text:
        text = _UPRIGHT_D.sub(lambda m: "d" + " " * (len(m.group()) - 1), text)
    if "{log" in text or "{ln" in text or "{exp" in text or "{ " in text:
        text = _UPRIGHT_FUNCTION.sub(lambda m: f"\\{m.group(1)}".ljust(len(m.group())), text)
    if "\\inf" in text or "\\left" in text or "\\Pi" in text:
        text = _spelled_commands(text)
    text = upright_function_powers(text)  # \operatorname{sech}^2 x
    if "\\prime" in text or "'" in text:  # y^{'}, f^{''}(x): primes too
        text = _PRIME_COMMAND.sub(lambda m: ("'" * (m.group().count("prime") + m.group().count(
            "'"))).ljust(len(m.group())), _EMPTY_BEFORE_PRIME.sub(
                lambda m: m.group(1).ljust(len(m.group())), text))
    return text


def _words_in_math(text: str) -> str:
    """Words the writer put among the math: a remark in brackets after `\\quad`, a condition
    beside the formula, math inside `\\text{…}`, `and` between two statements; a gradient's
    entries in angle brackets, the d of the gradient names dZ, dW1."""
    if "quad" in text and "(" in text:
        text = asides_blanked(text)  # `\quad (by parts)`, `\quad\text{(up to } x^5\text{)}`
    text = substitution_notes_blanked(text)  # = \left[ t = 1 + x^2 \right] =
    if "quad" in text or "\\," in text or "\\;" in text or "C (" in text:
        text = _condition_beside(text)
    if "\\text" in text:
        text = _TEXT_OPERAND.sub(_plain_word, text)
        text = _TEXT_SUBSCRIPTED.sub(lambda m: m.group(1).ljust(len(m.group())), text)
        text = _TEXT_BEFORE_OPERATOR.sub(lambda m: m.group(1).ljust(len(m.group())), text)
        text = _MATH_IN_TEXT.sub(lambda m: " " * (len(m.group()) - len(m.group(1)) - 1)
                                 + m.group(1) + " ", text)
    if " and" in text:
        text = _AND.sub(lambda m: _and_between(text, m), text)
    if "angle" in text or "⟨" in text or "\\left<" in text:
        text = angle_means(angle_vector(text))
    if "Delta" in text or "Δ" in text:
        text = _INCREMENT.sub(lambda m: (INCREMENT + m.group(1)).ljust(len(m.group())) if m.group(
            1) else " " * (len(m.group()) - 1) + INCREMENT, text)  # \Delta{x}: Δx as well
    if "d" in text and not INTEGRAL.search(text):  # ∫ f dA: a differential
        text = _GRADIENT.sub(lambda m: _gradient_d(text, m), text)
    return text


def _plain_word(m: re.Match) -> str:
    """The operand `\\text{TP}` as `      TP ` (what came before it kept)."""
    start = m.start(1) - m.start()
    head = m.group()[:start]
    command = head[:head.rindex("\\text")]
    return command + " " * (len(head) - len(command)) + m.group(1) + " "


def _spelled_commands(text: str) -> str:
    """`e^{\\inf}` for ∞; `log\\left(` for `\\log(` (the `\\right)` after it closes it); `\\Pi` with
    limits for the product ∏."""
    text = _INF.sub("∞   ", text)
    text = _CAPITAL_PI.sub("∏  ", text)
    return _BARE_CALL.sub(lambda m: "\\" + m.group(1) + "(" + " " * (
        len(m.group()) - len(m.group(1)) - 2), text)


def _gradient_d(text: str, m: re.Match) -> str:
    """The d of a gradient name marked, unless it opens braces (`\\frac{dH_b}{dp}`,
    `\\mathrm{dZ}`: a derivative or a name already)."""
    return m.group() if text[:m.start()].rstrip().endswith("{") else GRADIENT_D


def _and_between(text: str, m: re.Match) -> str:
    """`and` between two statements (an = on each side, not inside `\\text{ and }`): a comma."""
    before, after = text[:m.start()], text[m.end():]
    if "=" in before and "=" in after and not before.rstrip().endswith("{") \
            and not after.lstrip().startswith("}"):
        return ",  "
    return m.group()


def _condition_beside(text: str) -> str:
    """`… \\quad (|x| < 1)`: the condition in brackets becomes a condition beside the formula
    (`…, |x| < 1`, each character where it stood), which the claims are checked under."""
    text = colon_before_quad_as_comma(text)  # `k = 7:\quad θ = 8/12`: values, then a claim
    m = _CONDITION.search(text)
    if not m:  # `… \quad x \geq 0`, `\qquad k = 0, 1, \ldots`: the space before it a comma
        text = _QUAD_CONDITION.sub(lambda q: _quad_comma(text, q), text)
        text = _QUAD_STATEMENT.sub(lambda q: _quad_comma(text, q), text)
        return _QUAD_EQUATION.sub(lambda q: _quad_comma(text, q), text)
    return text[:m.start(2)] + "," + text[m.start(2) + 1:m.end() - 1] + " " + text[m.end():]


def _quad_comma(text: str, q: re.Match) -> str:
    """The wide space as a comma, after a statement of its own only (not `ratio \\quad for
    \\quad x = 2`, where words are multiplied, nor `x = 1,\\quad y = 2`, a comma already)."""
    before = text[:q.start()].rstrip()
    if not _RELATION.search(before) or before.endswith((",", ";")) or _JOINED.search(before):
        return q.group()
    return "," + " " * (len(q.group()) - 1)


_DRESSED_NABLA = re.compile(r"\\(?:vec|mathbf|boldsymbol|bm|overrightarrow)\s*"
                            r"(?:\\nabla(?![a-zA-Z])|\{\s*\\nabla\s*\})")
_BOXED = re.compile(r"\\boxed\s*\{")
_ENDS_WITH_UNIT = re.compile(r"\\(?:text|mathrm)\s*\{[^{}]*\}\s*$")  # \boxed{1.75 \text{ bits}}


def _unboxed(text: str) -> str:
    """Each `\\boxed{…}` holding a relation (or ending with a unit) blanked to its content."""
    for m in reversed(list(_BOXED.finditer(text))):
        depth, k = 1, m.end()
        while k < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[k], 0) if text[k - 1] != "\\" else 0
            k += 1
        inside = text[m.end():k - 1]
        if depth or not (_RELATION.search(inside) or _ENDS_WITH_UNIT.search(inside)):
            continue
        text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():k - 1] + " " + text[k:]
    return text


# `\text{Taylor sum:} \quad f(x) = …`, `\text{taylor } e^x: \quad e^x = …`: a label in words
# (and the math it names) before the formula, ended by a colon; `\text{Var}(X) = …` is a name
_LEADING_LABEL = re.compile(r"^(\s*\\text\s*\{([^{}]*)\})([^=:{}]*(?:\{[^{}]*\}[^=:{}]*)*:(?!=))?"
                            r"(?=[^=]*=)")


# a label ended by a colon and a space before a formula: `\sin(x): \quad \sin(x) = x - …`
_COLON_LABEL = re.compile(r"^[^=:<>]*[^=:<>\s\\]\s*:(?![=:])"
                          r"(?=(?:\s|\\q?quad(?![a-zA-Z])|\\[,;!]|~)+[^=]*(?:=|≈|\\sim(?![a-z])))"
                          r"|^\s*[A-Za-z]\s*:(?=\s*[A-Za-z]\s*=)")  # `f:y = …`: the function's name


_NAME_IN_WORDS = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){1,3}")  # two to four words, no more


def _label_blanked(m: re.Match) -> str:
    """The label blanked when it is words (a space or a colon in it) or ends with a colon."""
    words = m.group(2)
    if m.group(3) is None and not (":" in words or words != words.strip() or " " in words):
        return m.group()
    if m.group(3) is None and _NAME_IN_WORDS.fullmatch(words) and re.match(
            r"\s*=(?!=)", m.string[m.end():]):  # `\text{bits communicated} = 3`: a name
        return m.group().replace(words, words.replace(" ", "_"))
    return " " * len(m.group())


# `\underbrace{X}_{note}`, `\overbrace{X}^{note}`, `\textcolor{red}{X}`, `\colorbox{c}{X}`:
# ink around X (a brace with a note, a colour); X is read where it stands
# KaTeX's and MathJax's HTML wrappers too: `\htmlClass{salmon}{t(x)}`, `\class{x}{…}`: t(x)
_HTML_WRAPPED = re.compile(r"\\(?:html|class|cssId|style)")
_INK_WRAPPER = re.compile(r"\\(underbrace|overbrace|textcolor|colorbox|html(?:Class|Id|Style|Data)"
                          r"|class|cssId|style)\s*(\{[^{}]*\}\s*)?\{")


def _group_end(text: str, opened: int) -> int:
    """The index just after the `}` that closes the `{` before `opened`; -1 if none."""
    depth, k = 1, opened
    while k < len(text) and depth:
        if text[k] == "\\":
            k += 2
            continue
        depth += {"{": 1, "}": -1}.get(text[k], 0)
        k += 1
    return k if depth == 0 else -1


def _without_ink_wrappers(text: str) -> str:
    """Each ink wrapper blanked to its content, keeping every position: the command and its
    colour, the closing brace, and a brace's note (`_{u'v}`, `^{=1}`)."""
    for m in reversed(list(_INK_WRAPPER.finditer(text))):
        kind, colour = m.group(1), m.group(2)
        end = _group_end(text, m.end())
        if end < 0 or (not kind.endswith("brace") and colour is None):
            continue
        stop = end
        if kind.endswith("brace"):
            note = re.compile(r"\s*[_^]\s*(?:\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|\\?[A-Za-z0-9]+)")
            found = note.match(text, end)
            stop = found.end() if found else end
        blank = " " * (m.end() - m.start())
        text = text[:m.start()] + blank + text[m.end():end - 1] + " " * (stop - end + 1) \
            + text[stop:]
    return text
