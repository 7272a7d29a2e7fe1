"""`du = 2x\\,dx` after `u = x^2`: the differential of a substitution, checked as du/dx = 2x."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import sympy as sp

from tutor.derive.context import ParsedLine
from tutor.derive.rearranged_differentials import rearranged_differential
from tutor.errors import Differential, ParseError
from tutor.model import Chain, Part, span_of
from tutor.read.parser import parse_chains
from tutor.read.prose import DIFFERENTIAL_D
from tutor.vocabulary import greek

_D = DIFFERENTIAL_D  # d, or an upright \mathrm{d}
# the separators of a statement's pieces (prose's list, but never the comma of `\,`)
_THEN = r"(?:(?<!\\)[,;]|\\(?:Rightarrow|implies|Longrightarrow|quad|qquad)(?![a-zA-Z])|⇒)"
_LETTER = (r"(?:[a-zA-Z]|[α-ω]|\\(?:" + "|".join(greek("t")) + r")(?![a-zA-Z]))")  # u, θ, \theta
_GAP = r"(?:\s|\\[,;:! ]|[.,;~])*"  # spaces, TeX's small ones (\, \;), a full stop
_SEPARATOR = re.compile(_THEN)
# du = 2x\,dx, between separators: `u = x^2 ⇒ du = 2x dx ⇒ x dx = du/2`
_DIFFERENTIAL = re.compile(_GAP + r"(?P<d>" + _D + r")\s*(?P<name>" + _LETTER + r")\s*="
                           r"(?P<value>[^=]*?)(?P<dx>" + _D + r")\s*(?P<var>" + _LETTER + r")"
                           + _GAP, re.S)
_DEFINITION = re.compile(r"\s*(?P<name>" + _LETTER + r")\s*=[^=]+", re.S)
_BEFORE_DX = re.compile(r"(?:\s|\\[,;:!]|[})])$")  # 2x dx, 2x\,dx, \frac{1}{x}dx, (2x)dx
_ANOTHER_DIFFERENTIAL = re.compile(r"(?<![a-zA-Z\\])" + _D + r"\s*" + _LETTER)
MAX_LENGTH = 300  # a differential is short: longer statements are not searched for one


@dataclass(frozen=True)
class _Found:
    """Where a statement holds a differential: the name's definition before it ([0, end) or
    None), the differential's match, where the statement goes on after it (or None)."""

    first: int | None
    match: re.Match
    after: int | None


class DifferentialChain(Chain):
    """du/dx = F read from `du = F dx`: a claim when u is defined just before it, else
    (`dv = e^x dx`, the choice of parts) nothing to check (`substitutions_tied`)."""


def read_chains(text: str, syntax: str, context) -> list[Chain]:
    """The chains of a statement (tutor.read.parser.parse_chains); a differential `du = F dx`
    or `du = dx` (after `u = x^2 ⇒` maybe) as du/dx = F, a DifferentialChain."""
    found = _differential_in(text)
    if found is None or found.match.group("value").strip():
        try:
            return parse_chains(text, syntax, context)
        except ParseError:  # a differential, or one after `u = 1 + x^2, \quad`
            if found is None or not _BEFORE_DX.search(found.match.group("value")):
                rearranged = rearranged_differential(text, syntax, context, DifferentialChain)
                if found is None and rearranged is not None:  # x\,dx = \frac{du}{2}
                    return [rearranged]
                raise
    m = found.match
    chains = parse_chains(_kept(text, 0, found.first), syntax, context) if found.first else []
    return chains + [_derivative_claim(text, m, syntax, context)] + _after(text, found, syntax,
                                                                          context)


def _after(text: str, found: _Found, syntax: str, context) -> list[Chain]:
    """The chains after the differential (`⇒ v = e^x`); none when nothing is there, or only
    the differential rearranged (`⇒ x\\,dx = \\frac{du}{2}`, not read)."""
    rest = "" if found.after is None else text[found.after:]
    if not rest.strip(" \t\n.,;"):
        return []
    try:
        return parse_chains(_kept(text, found.after, len(text)), syntax, context)
    except ParseError:
        if _ANOTHER_DIFFERENTIAL.search(rest):
            return []
        raise


def _differential_in(text: str) -> _Found | None:
    """The differential among the statement's pieces between separators (`,`, `⇒`, `\\quad`),
    after nothing or after its name's definition; None when there is none."""
    if len(text) > MAX_LENGTH or "=" not in text or "d" not in text:
        return None
    cuts = [m.span() for m in _SEPARATOR.finditer(text)]
    pieces = [(start, end, after) for start, (end, after) in zip(
        [0, *(after for _, after in cuts)], [*cuts, (len(text), None)], strict=True)
              if text[start:end].strip(" \t\n\\,;:!")]  # `, \quad`: one separator
    for k, (start, end, after) in enumerate(pieces[:2]):
        m = _DIFFERENTIAL.fullmatch(text, start, end)
        if m is None:
            continue
        if k == 1:
            first = _DEFINITION.fullmatch(text, pieces[0][0], pieces[0][1])
            if first is None or first.group("name") != m.group("name"):
                return None  # x = … ⇒ du = …: not the name's own definition
        return _Found(pieces[0][1] if k else None, m, after)
    return None


def _derivative_claim(text: str, m: re.Match, syntax: str, context) -> Chain:
    """du/dx = F from `du = F dx`: F read where it stands (1 when nothing stands before dx).
    A total differential (`du = y\\,dx + x\\,dy`) is no such claim."""
    if _ANOTHER_DIFFERENTIAL.search(m.group("value")):
        raise Differential("a total differential (du = … dx + … dy): not a claim", text)
    chains = parse_chains(_kept(text, m.start("name"), m.start("dx") if m.group("value")
                                .strip() else m.end("var")), syntax, context)
    if len(chains) != 1 or len(chains[0].parts) != 2:
        raise Differential("a differential with more than one value: not a claim", text)
    chain = chains[0]
    name, var = (_symbol(m.group(group), syntax, context) for group in ("name", "var"))
    left = Part(sp.Derivative(sp.Function(name.name)(var), var),
                span_of(text, m.start("d"), m.end("name")))
    right = chain.parts[1]
    if not m.group("value").strip():  # du = dx
        right = Part(sp.Integer(1), span_of(text, m.start("dx"), m.end("var")))
    if name in right.expr.free_symbols:
        raise Differential("a differential in terms of itself: not a claim", text)
    return DifferentialChain([left, right], chain.links)


def _symbol(text: str, syntax: str, context) -> sp.Symbol:
    """The symbol a letter (`u`, `\\theta`) is read as; a Differential when it is none."""
    chains = parse_chains(text, syntax, context)
    if len(chains) != 1 or not isinstance(chains[0].parts[0].expr, sp.Symbol):
        raise Differential("a differential of what is not a name: not a claim", text)
    return chains[0].parts[0].expr


def _kept(text: str, start: int, end: int) -> str:
    """`text` with everything outside [start, end) blanked (line breaks kept)."""
    return "".join(ch if start <= k < end or ch == "\n" else " " for k, ch in enumerate(text))


def substitutions_tied(parsed: list[ParsedLine]) -> list[ParsedLine]:
    """The lines with each differential `du = F dx` read against the substitution `u = g`
    written just before it on its line (the chain before it): d/dx g = F. A
    differential with no such substitution before it (`u = x, dv = e^x dx` of parts: dv
    before v) is dropped: nothing to check."""
    tied, before = [], None
    for item in parsed:
        chains = []
        for chain in item.chains:
            if isinstance(chain, DifferentialChain):
                chain = _tied(chain, before[1] if before and before[0] == item.line.line
                              else None)
                if chain is None:
                    continue
            chains.append(chain)
            before = (item.line.line, chain)
        tied.append(replace(item, chains=chains) if chains != item.chains else item)
    return tied


def _tied(chain: DifferentialChain, before: Chain | None) -> Chain | None:
    """du/dx = F with u's substitution put in (d/dx (x^2) = 2x), or None."""
    call = chain.parts[0].expr.expr
    name = before.parts[0].expr if before is not None else None
    if not isinstance(name, sp.Symbol) or name.name != call.func.__name__ or \
            before.links[0].op != "=" or isinstance(before, DifferentialChain):
        return None
    (var,) = call.args
    value = before.parts[1].expr
    left = replace(chain.parts[0], expr=sp.Derivative(value, var))
    return DifferentialChain([left, *chain.parts[1:]], chain.links)
