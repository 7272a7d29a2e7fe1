"""A log written without brackets before a product (`\\ln \\frac{1}{\\sqrt{2\\pi}}
\\exp(-x^2/2)`): TeX's reading stops the argument at the function after it, ln(c)·exp(…);
writers of log-likelihoods mean the log of the whole product, ln(c·exp(…))."""

from __future__ import annotations

import re

import sympy as sp

# `\ln` or `\log` (a base allowed) with no bracket or brace after it
_BARE_LOG = re.compile(r"\\(?:ln|log)(?:_\{?\w{1,3}\}?)?(?![a-zA-Z])(?!\s*(?:\(|\\left|\\big|\{))")


def _over_the_product(node):
    """ln(u)·v·w as ln(u·v·w) when the other factors are functions (exp, a power of e, a
    call), not numbers or plain letters; else the node as it is."""
    if not isinstance(node, sp.Mul):
        return node
    logs = [f for f in node.args if isinstance(f, sp.log)]
    rest = [f for f in node.args if not isinstance(f, sp.log)]
    if len(logs) != 1 or not rest or not all(isinstance(f, (sp.exp, sp.Function)) or (
            isinstance(f, sp.Pow) and f.base == sp.E) for f in rest):
        return node
    return sp.log(sp.Mul(logs[0].args[0], *rest))


def log_product_reading(part):
    """The part with each bare log's argument reaching over the functions multiplied after it,
    or None when the text has no bare log or the reading is the same."""
    if not _BARE_LOG.search(part.span.text) or not part.expr.has(sp.log):
        return None
    read = part.expr.replace(lambda e: isinstance(e, sp.Mul), _over_the_product)
    return None if read == part.expr else read
