"""Tables of distributions (`| Poisson$(\\lambda)$ | … | $\\lambda$ | $\\lambda$ |`, a row per law
with its mean and variance): each mean or variance cell of a row naming a law by its usual letters
is a claim, the law's moment = the cell, checked at the row.

Only laws whose moments one convention gives are read: a geometric law's mean (trials or
failures?), a uniform law's variance (on an interval or on the integers?) and laws with a rate or
a scale (Gamma) are left alone; so are parameters in other letters (`Exp(\\beta)`: a scale?).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tutor.notes.fragments import Fragment
from tutor.notes.indented_math import FENCE

# the usual letters of each law, and its mean and variance in them (None: not one convention)
_LAWS = {
    "bernoulli": (("p",), "p", "p (1 - p)"),
    "binomial": (("n", "p"), "n p", "n p (1 - p)"),
    "poisson": (("lambda",), "\\lambda", "\\lambda"),
    "exponential": (("lambda",), "\\frac{1}{\\lambda}", "\\frac{1}{\\lambda^{2}}"),
    "geometric": (("p",), None, "\\frac{1 - p}{p^{2}}"),
    "normal": (("mu", "sigma^2"), "\\mu", "\\sigma^{2}"),
    "uniform": (("a", "b"), "\\frac{a + b}{2}", None),
    "beta": (("alpha", "beta"), "\\frac{\\alpha}{\\alpha + \\beta}",
             "\\frac{\\alpha \\beta}{(\\alpha + \\beta)^{2} (\\alpha + \\beta + 1)}"),
}
_NAMES = {"bernoulli": "bernoulli", "ber": "bernoulli", "bern": "bernoulli", "binomial": "binomial",
          "bin": "binomial", "binom": "binomial", "poisson": "poisson", "poi": "poisson",
          "pois": "poisson", "exponential": "exponential", "exp": "exponential",
          "geometric": "geometric", "geom": "geometric", "geo": "geometric", "normal": "normal",
          "gaussian": "normal", "n": "normal", "uniform": "uniform", "unif": "uniform",
          "u": "uniform", "beta": "beta", "b": "binomial"}
# the law's cell: its name, then its parameters in brackets (`Exponential$(\lambda)$`)
_LAW_CELL = re.compile(r"([A-Za-z]+)\s*\(([^()]*)\)")
_WRAPPERS = re.compile(r"\$|\*\*|\\(?:text|mathrm|operatorname|mathcal|textrm|mathbf|mathbb)"
                       r"\s*\{([^{}]*)\}|\\[,;:! ]")
_MEAN = re.compile(r"(?i)(?:mean|expectation|expected\s+value|e(?:\s*[\[(]\s*x\s*[\])])?|mu|μ)")
_VARIANCE = re.compile(r"(?i)(?:variance|var\s*(?:[\[(]\s*x\s*[\])])?|sigma\^\{?2\}?|σ\^?2|σ²)")
_MATH_CELL = re.compile(r"\s*\$([^$]+)\$\s*")
_TWO_CELLS = re.compile(r"\s*\$([^$]+)\$\s*,\s*\$([^$]+)\$\s*")
_RULE_CELL = re.compile(r"\s*:?-+:?\s*")
_ONE_LETTER = re.compile(r"[a-z]|\\[a-z]+(?:\^\{2\})?")  # p, \lambda, \sigma^{2}
MAX_ROWS = 40


def moment_table_rows(text: str, first_block: int) -> list[Fragment]:
    """A fragment for each mean or variance cell of each row of a table of laws in `text`
    (blocks numbered from `first_block`, one a cell: each is a claim of its own)."""
    lines, found = text.split("\n"), []
    for k, header in table_headers(lines):
        columns = _moment_columns([_plain(lines[k][a:b]) for a, b in header])
        end = k + 2
        while columns and end < len(lines) and end - k - 2 < MAX_ROWS and row_spans(lines[end]):
            for kind, column in columns:
                found += _cell_claims(lines[end], end + 1, kind, column, first_block + len(found))
            end += 1
    return found


def table_headers(lines: list[str]) -> Iterator[tuple[int, list[tuple[int, int]]]]:
    """(k, the spans of its cells) for each Markdown table header, line k, outside code fences:
    line k + 1 is its rule (`|---|:--:|`)."""
    fence = None
    for k in range(len(lines) - 1):
        opens = FENCE.match(lines[k])
        if opens and (fence is None or opens.group(1).startswith(fence)):
            fence = opens.group(1) if fence is None else None  # a table in code is code
        header, rule = row_spans(lines[k]), row_spans(lines[k + 1])
        if not fence and header and len(rule) == len(header) and all(
                _RULE_CELL.fullmatch(lines[k + 1], *span) for span in rule):
            yield k, header


def row_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table row (outer bars optional; a bar inside `$…$` is
    math's), or [] when the line is no row."""
    if "|" not in line:
        return []
    spans, start, math = [], 0, False
    for at, ch in enumerate(line):
        math = math != (ch == "$" and (at == 0 or line[at - 1] != "\\"))
        if ch == "|" and not math:
            spans.append((start, at))
            start = at + 1
    spans.append((start, len(line)))
    if not line[:spans[0][1]].strip():
        spans = spans[1:]  # `| a | b |`: nothing before the first bar
    if spans and not line[spans[-1][0]:].strip():
        spans = spans[:-1]  # nothing after the last
    return spans if len(spans) >= 2 else []


def _plain(cell: str) -> str:
    """A cell's text without `$`, `**` and wrappers such as `\\text{…}` (their words kept)."""
    return _WRAPPERS.sub(lambda m: m.group(1) or "", cell).strip()


def _moment_columns(header: list[str]) -> list[tuple[str, int]]:
    """[("mean" | "variance", column)] of a header whose first column names the laws."""
    columns = [("mean", j) for j, title in enumerate(header)
               if j and _MEAN.fullmatch(title.replace("\\", ""))]
    columns += [("variance", j) for j, title in enumerate(header)
                 if j and _VARIANCE.fullmatch(title.replace("\\", ""))]
    for j, title in enumerate(header):  # `$\mu$, $\sigma^2$`: both in one column
        pair = [part.strip().replace("\\", "") for part in title.split(",")]
        if j and len(pair) == 2 and _MEAN.fullmatch(pair[0]) and _VARIANCE.fullmatch(pair[1]):
            columns.append(("both", j))
    return columns


def _cell_claims(line: str, number: int, kind: str, column: int, block: int) -> list[Fragment]:
    """`<the law's moment> = <the cell>` for one cell of a row naming a law by its usual letters
    (two for a cell `$np$, $np(1-p)$` under `$\\mu$, $\\sigma^2$`), mapped back to where the
    cell stands; none for any other row or cell."""
    spans = row_spans(line)
    if column >= len(spans):
        return []
    law = _LAW_CELL.match(_plain(line[slice(*spans[0])]).replace("\\", ""))
    family = _NAMES.get(law.group(1).lower()) if law else None
    if family is None or law.string[law.end():].strip() and not law.string[law.end()].isspace():
        return []  # `Bin(n,p) on {0,…,n}`: words after the law are fine, letters glued on not
    letters, mean, variance = _LAWS[family]
    written = tuple(re.sub(r"\s|[{}]", "", p).replace("λ", "lambda").replace("μ", "mu")
                    .replace("σ", "sigma") for p in law.group(2).split(","))
    if written not in (letters, (letters[0], "sigma")[:len(letters)]):
        return []
    cell = (_MATH_CELL if kind != "both" else _TWO_CELLS).fullmatch(line, *spans[column])
    if cell is None:
        return []
    moments = [mean] if kind == "mean" else [variance] if kind == "variance" else [mean, variance]
    return [_claim(moment, cell, k + 1, line, number, block + k)
            for k, moment in enumerate(moments) if moment is not None]


def _claim(moment: str, cell: re.Match, group: int, line: str, number: int,
           block: int) -> Fragment:
    """The fragment `moment = <the cell's math>` at the cell."""
    # `1 \cdot \lambda = …`: a claim, where `\lambda = …` would define λ
    head = ("1 \\cdot " if _ONE_LETTER.fullmatch(moment) else "") + moment + " = "
    start, end = cell.start(group), cell.end(group)
    origins = (start,) * len(head) + tuple(range(start, end))
    return Fragment(head + cell.group(group), number, 1, number, "latex", block, False,
                    written=line, origins=origins)
