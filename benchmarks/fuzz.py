"""Fuzz the public API (parse, compare, check_derivation, check_document) with generated inputs."""

from __future__ import annotations

import argparse
import faulthandler
import itertools
import json
import multiprocessing
import os
import random
import re
import signal
import statistics
import sys
import tempfile
import time
import tomllib
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from multiprocessing.connection import wait
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APIS = ("parse", "compare", "compare_assume", "derivation", "document")
API_WEIGHTS = (3, 3, 1, 2, 1)
BUDGET = 0.5  # seconds per step given to the library (compare's budget, the per-step timeout)
SLACK = 0.5  # a call overruns past budget x steps + SLACK
HARD_EXTRA = 10.0  # a worker still busy this long past a call's allowance is killed
MEMORY = 3 << 30  # bytes of address space a worker may add to what it inherits
SHOWN = 300  # characters of an input shown in the report
KEPT = 4000  # characters of an input kept in the JSON file


# ---------------------------------------------------------------- cases and outcomes

@dataclass
class Case:
    """One call of the public API: which function, with which arguments."""

    family: str
    api: str  # one of APIS
    a: str = ""  # parse's text, compare's first side, the document's text
    b: str = ""  # compare's second side
    lines: list[str] = field(default_factory=list)  # check_derivation's lines
    assume: tuple[str, ...] = ()
    kind: str = "md"  # the document kind ("md", "tex", "txt")
    as_file: bool = False  # give check_document a path instead of text
    index: int = -1

    def steps(self) -> int:
        """An upper bound on the steps the call checks (for the hard timeout)."""
        if self.api == "derivation":
            return max(1, len(self.lines))
        if self.api == "document":
            return max(1, sum(1 for line in self.a.splitlines() if line.strip()))
        return 1

    def show(self, limit: int | None = SHOWN) -> str:
        """The call as Python source, shortened to `limit` characters."""
        if self.api == "parse":
            text = f"tutor.parse({self.a!r})"
        elif self.api.startswith("compare"):
            extra = f", assume={list(self.assume)!r}" if self.assume else ""
            text = f"tutor.compare({self.a!r}, {self.b!r}{extra})"
        elif self.api == "derivation":
            text = f"tutor.check_derivation({self.lines!r})"
        else:
            where = ", from a file" if self.as_file else ""
            text = f"tutor.check_document({self.a!r}, kind={self.kind!r}){where}"
        if limit is None or len(text) <= limit:
            return text
        return f"{text[:limit]}… [{len(text)} characters]"


@dataclass
class Outcome:
    """What one call did: status, time, and for a traceback where it came from."""

    index: int
    family: str
    api: str
    status: str  # "ok", "parse_error", "traceback", "killed" (hard timeout), "died" (worker)
    seconds: float = 0.0
    allowed: float = 0.0
    kind: str = ""  # the exception type
    frame: str = ""  # the last frame in tutor/: "tutor/x.py:12 in f"
    where: str = ""  # the innermost frame
    message: str = ""
    flagged: bool = False  # a step came back as parse_error
    internal: list[str] = field(default_factory=list)  # internal errors turned into verdicts
    created: list[str] = field(default_factory=list)  # files that appeared in the cwd
    example: str = ""  # the input, for outcomes worth reporting
    size: int = 0  # the input's full length

    @property
    def crashed(self) -> bool:
        return self.status in ("traceback", "died")

    @property
    def overrun(self) -> bool:
        return self.status == "killed" or self.seconds > self.allowed

    @property
    def notable(self) -> bool:
        return self.crashed or self.overrun or bool(self.internal or self.created)


# ---------------------------------------------------------------- the real lines

@dataclass
class Corpus:
    """Math lines of the examples, test data and problem bank, grouped by derivation."""

    groups: list[list[str]]
    lines: list[str]
    problem_ids: list[str]


ENVIRONMENTS = r"(?:align|aligned|equation|gather|multline|split)\*?"
DISPLAY = [re.compile(p, re.S) for p in (
    rf"\\begin\{{{ENVIRONMENTS}\}}(.*?)\\end\{{{ENVIRONMENTS}\}}", r"\$\$(.*?)\$\$",
    r"\\\[(.*?)\\\]", r"\\\((.*?)\\\)", r"(?<![\\$])\$([^$\n]+)\$")]
ROW_JUNK = re.compile(r"\\(?:label|tag)\{[^}]*\}|\\nonumber|\\notag|&")


def _rows(block: str) -> list[str]:
    rows = (ROW_JUNK.sub(" ", row) for row in re.split(r"\\\\", block))
    return [" ".join(row.split()) for row in rows if row.strip()]


def latex_groups(text: str) -> list[list[str]]:
    """The math rows of a Markdown or LaTeX text, one group per display or inline formula."""
    groups: list[list[str]] = []

    def take(match: re.Match) -> str:
        rows = _rows(match.group(1))
        if rows:
            groups.append(rows)
        return " "

    for pattern in DISPLAY:
        text = pattern.sub(take, text)
    return groups


def plain_groups(text: str) -> list[list[str]]:
    """The derivations of a plain step file: blank lines separate them, `#` starts a comment."""
    groups: list[list[str]] = [[]]
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not raw.strip():
            groups.append([])
        elif line:
            groups[-1].append(line)
    return [g for g in groups if g]


def problem_groups(text: str) -> tuple[list[list[str]], list[str]]:
    """The start/solution, target, given and mistake lines of a problem file, and its ids."""
    data = tomllib.loads(text)
    solution = [data.get("start")] + list(data.get("solution", []))
    groups = [[s for s in solution if isinstance(s, str)]]
    groups.append([data["target"]] if isinstance(data.get("target"), str) else [])
    groups += [[f"{k} = {v}"] for k, v in data.get("given", {}).items()]
    groups += [[m["step"]] for m in data.get("mistakes", []) if isinstance(m.get("step"), str)]
    ids = [data.get("id", "")] + list(data.get("aliases", []))
    return [g for g in groups if g], [i for i in ids if isinstance(i, str) and i]


@lru_cache(maxsize=1)
def load_corpus() -> Corpus:
    """Read the real lines once: examples/*.md|tex|txt, tests/data/*.md, problems/**/*.toml."""
    groups: list[list[str]] = []
    ids: list[str] = []
    latex = [*ROOT.glob("examples/*.md"), *ROOT.glob("examples/*.tex"),
             *ROOT.glob("tests/data/*.md")]
    for path in sorted(latex):
        groups += latex_groups(path.read_text(encoding="utf-8"))
    for path in sorted(ROOT.glob("examples/*.txt")):
        groups += plain_groups(path.read_text(encoding="utf-8"))
    for path in sorted(ROOT.glob("problems/**/*.toml")):
        found, names = problem_groups(path.read_text(encoding="utf-8"))
        groups += found
        ids += names
    groups = groups or [["(x+1)^2", "x^2 + 2x + 1"]]
    return Corpus(groups, sorted({line for g in groups for line in g}), sorted(set(ids)))


# ---------------------------------------------------------------- shared generator pieces

ASSUMES = ("x > 0", "x real", "n integer positive", "0 < p < 1", "k integer", "x != 0",
           "0 <= x <= 1", "t < 0", "i integer", "y nonnegative", "h > 0", "a real", "x <= 1 <=",
           "∞ > 0", "x integer odd even", "p > 1", "0 < p < 1 < p", "n natural", "")
RELATIONS = ("<=", "<", ">", ">=", "=", "!=", r"\le", r"\geq", r"\neq", "≤", "≥", "≠", r"\approx",
             "=>", "<=>", r"\implies", r"\to", "->", r"\in", "~")
FUNCTIONS = ("sin", "atan", "binom", "log", "exp", "sqrt", "max", "min", "tanh", "sigma", "P",
             "E", "f", r"\sin", r"\log_{2}", r"\sqrt", r"\operatorname{ReLU}", r"\sigma", "abs",
             "floor", "C", "g", "ln", "log2", "var", r"\tanh^{-1}", "p")
ODD_NUMBERS = ("0", "1e-9", "3.14159", "99999999999999999999", "-1", "0.000000001", "1e308",
               "2e8585827", "∞", "oo", r"\infty", "-0", "1/0", "0.5", "pi", "e", "i", "10^400")
WORDS = ("x", "log", "bits", "hello", "l'hopital", "ReLU", "if", "and", "", "{", "}", "$", "\\",
         "é", "x y", "max", "sum", "lim", "lambda", "__init__", "MB")
BRACKETS = ("(", ")", "[", "]", "{", "}", "|", r"\{", r"\}", r"\left(", r"\right)", r"\left[",
            r"\right]", "⟨", "⟩", r"\|", r"\lfloor", r"\rceil")


def pick_api(rng: random.Random) -> str:
    return rng.choices(APIS, API_WEIGHTS)[0]


def assumptions(rng: random.Random) -> tuple[str, ...]:
    return tuple(rng.sample(ASSUMES, rng.randint(1, 2)))


def as_document(rng: random.Random, lines: list[str], kind: str) -> str:
    """A small notes file of the given kind holding `lines` as one derivation."""
    if kind == "txt":
        return "\n".join(lines) + "\n"
    style = rng.randrange(4)
    if style == 0:
        body = "\n\n".join((f"\\[{line}\\]" if kind == "tex" else f"$${line}$$") for line in lines)
    elif style == 1:
        body = "$$\n" + " = ".join(lines) + "\n$$"
    elif style == 2:
        rows = [lines[0] + r" \\"] + [f"&= {line} \\\\" for line in lines[1:]]
        body = "\\begin{align}\n" + "\n".join(rows) + "\n\\end{align}"
    else:
        body = "\n".join(f"Then ${line}$ holds." for line in lines)
    return f"Some notes.\n\n{body}\n"


def wrap(rng: random.Random, api: str, text: str, partner: str = "x",
         lines: list[str] | None = None) -> Case:
    """A case of `api` built around `text` (compared with `partner`, or among `lines`)."""
    if api in ("parse", "compare"):
        return Case("", api, a=text, b=partner if api == "compare" else "")
    if api == "compare_assume":
        return Case("", api, a=text, b=partner, assume=assumptions(rng))
    lines = list(lines or [text, partner])
    if api == "derivation":
        return Case("", api, lines=lines)
    kind = rng.choice(("md", "md", "tex", "txt"))
    return Case("", api, a=as_document(rng, lines, kind), kind=kind, as_file=rng.random() < 0.1)


# ---------------------------------------------------------------- family: random unicode

POOLS = (
    "".join(chr(c) for c in range(32, 127)),
    "+-*/^_=<>()[]{}|!.,;:'\\&$%~ 0123456789xyznkpqeiπ∞∑∏√∫∂∇≤≥≠≈→←↔⇒·×−±²³⁻¹½θσλμαβ∈∀∃",
    "".join(chr(c) for c in range(32)) + "\x7f\x85\u2028\u2029",
    "\u200f\u202e\u202b\u2067\u2069\u05d0\u05d1\u05e9\u0627\u0628\u0644\u0661\u06f1",
    "\u0300\u0301\u0302\u0303\u0308\u0332\u20d7\u0338\u034f\u0345\u1dc0",
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u3000\u00a0",
    "ｘ＋１＝（）＾，。、：中文数学한국어ぁ",
    "".join(chr(c) for c in (0x1D465, 0x1D53C, 0x1D7D8, 0x1F600, 0x10000, 0x1D11E, 0x20000,
                             0xE0001, 0x10FFFD, 0x1D6D1, 0x1D400, 0x1F9EE)),
)


def any_char(rng: random.Random) -> str:
    """A random code point, never a surrogate."""
    code = rng.randrange(0x110000 - 0x800)
    return chr(code + 0x800 if code >= 0xD800 else code)


def noise(rng: random.Random) -> str:
    """A random string mixing one to three pools of characters."""
    length = rng.randrange(rng.choice((2, 6, 20, 80, 300, 4100)))
    pools = rng.sample(POOLS, rng.randint(1, 3))
    chars = [any_char(rng) if rng.random() < 0.1 else rng.choice(rng.choice(pools))
             for _ in range(length)]
    return "".join(chars)


def sprinkle(rng: random.Random, text: str) -> str:
    """`text` with a few random characters inserted."""
    chars = list(text)
    for _ in range(rng.randint(1, 4)):
        piece = rng.choice(rng.choice(POOLS)) if rng.random() < 0.8 else any_char(rng)
        chars.insert(rng.randrange(len(chars) + 1), piece)
    return "".join(chars)


def gen_unicode(rng: random.Random, corpus: Corpus, n: int) -> Case:
    text = noise(rng) if rng.random() < 0.6 else sprinkle(rng, rng.choice(corpus.lines))
    partner = rng.choice((noise(rng), rng.choice(corpus.lines), "x", "1"))
    api = pick_api(rng)
    if api == "document" and rng.random() < 0.5:
        raw = "\n".join(rng.choice((noise(rng), f"$${text}$$", "$$", "")) for _ in range(5))
        return Case("", api, a=raw, kind=rng.choice(("md", "tex", "txt")),
                    as_file=rng.random() < 0.1)
    return wrap(rng, api, text, partner)


# ---------------------------------------------------------------- family: mutations of real lines

TOKEN = re.compile(r"\\[A-Za-z]+|\\.|\d+(?:\.\d+)?|[A-Za-z]+|\s+|.", re.S)


def latex_bit(rng: random.Random) -> str:
    """A LaTeX command or fragment to drop somewhere."""
    word = rng.choice(WORDS)
    tok = rng.choice(("x", "k", "i", "1", "n", "{", "", "x+1", r"\infty", "k=1"))
    return rng.choice((
        r"\frac", r"\frac{1}{2}", r"\frac{", r"\sum_{k=1}^{n}", r"\sum_{k=1}^{n} ",
        r"\lim_{x\to 0}", r"\lim_{x \to 0} ", r"\partial", r"\frac{\partial}{\partial x}",
        r"\begin{pmatrix}", r"\begin{pmatrix} 1 \\ 2 \end{pmatrix}", r"\end{pmatrix}",
        f"\\text{{{word}}}", f"\\operatorname{{{word}}}", r"\hat{}", f"\\hat{{{tok}}}",
        f"_{{{tok}}}", f"^{{{tok}}}", "_{}", "^{}", "_", "^", r"\left(", r"\right)", r"\sqrt[3]{",
        r"\int_0^1", " dx", r"\,", "&", r"\\", r"\cancel{", r"\boxed{2}", r"\mathbf{w}^T",
        r"\nabla_w", r"\binom{n}{k}", r"\log_{2}", r"\sin^{-1}", "'", "!", "|", r"\|", r"\infty",
        r"\to", r"\approx", r"\dots", "??", r"\pm", r"\quad", ",", r"\begin{align}",
        r"\end{align}", "$", "$$", "%", r"\overset{x}{=}", r"\tag{1}", r"\mathcal{H}", r"\vec{v}"))


def _delete(rng: random.Random, toks: list[str]) -> None:
    if len(toks) > 1:
        del toks[rng.randrange(len(toks))]


def _duplicate(rng: random.Random, toks: list[str]) -> None:
    k = rng.randrange(len(toks))
    toks.insert(k, toks[k])


def _swap(rng: random.Random, toks: list[str]) -> None:
    i, j = rng.randrange(len(toks)), rng.randrange(len(toks))
    toks[i], toks[j] = toks[j], toks[i]


def _insert_latex(rng: random.Random, toks: list[str]) -> None:
    toks.insert(rng.randrange(len(toks) + 1), latex_bit(rng))


def _relation_inside(rng: random.Random, toks: list[str]) -> None:
    """A relation inside a function argument: `sin(x <= 1)`, `binom(k<=3.14159, pi)`."""
    rel = f" {rng.choice(RELATIONS)} {rng.choice(ODD_NUMBERS + ('x', '1', 'k'))}"
    opens = [k for k, t in enumerate(toks) if t in ("(", "{", "[")]
    if opens and rng.random() < 0.7:
        toks.insert(min(rng.choice(opens) + 2, len(toks)), rel)
    else:
        toks[:] = [rng.choice(FUNCTIONS) + "(", *toks, rel + ")"]


def _swap_bracket(rng: random.Random, toks: list[str]) -> None:
    spots = [k for k, t in enumerate(toks) if t in BRACKETS]
    if spots:
        toks[rng.choice(spots)] = rng.choice(BRACKETS)
    else:
        toks.insert(rng.randrange(len(toks) + 1), rng.choice(BRACKETS))


def _odd_number(rng: random.Random, toks: list[str]) -> None:
    spots = [k for k, t in enumerate(toks) if t[:1].isdigit()]
    if spots:
        toks[rng.choice(spots)] = rng.choice(ODD_NUMBERS)
    else:
        toks.insert(rng.randrange(len(toks) + 1), rng.choice(ODD_NUMBERS))


MUTATIONS: tuple[Callable[[random.Random, list[str]], None], ...] = (
    _delete, _duplicate, _swap, _insert_latex, _relation_inside, _swap_bracket, _odd_number)


def mutate(rng: random.Random, text: str, times: int = 1) -> str:
    """`text` after `times` token-level mutations."""
    toks = TOKEN.findall(text) or [""]
    for _ in range(times):
        rng.choice(MUTATIONS)(rng, toks)
    return "".join(toks)


def relation_call(rng: random.Random) -> str:
    """A function applied to a relation: `atan(1e-9 < x)`, `binom(k<=3.14159, pi)`."""
    inner = f"{rng.choice('xkt')} {rng.choice(RELATIONS)} {rng.choice(ODD_NUMBERS)}"
    if rng.random() < 0.5:
        inner = f"{rng.choice(ODD_NUMBERS)} {rng.choice(RELATIONS)} {inner}"
    second = rng.choice(("", ", pi", ", x", ", 2", ", x = 1"))
    return f"{rng.choice(FUNCTIONS)}({inner}{second})"


def gen_mutation(rng: random.Random, corpus: Corpus, n: int) -> Case:
    group = rng.choice(corpus.groups)
    k = rng.randrange(len(group))
    original = group[k]
    if rng.random() < 0.15:
        mutated = relation_call(rng)
    else:
        mutated = mutate(rng, original, rng.choice((1, 1, 1, 2, 3, 4)))
    partner = rng.choice((original, mutate(rng, original), group[k - 1] if k else "x", "x"))
    lines = group[max(0, k - 3):k] + [mutated] + group[k + 1:k + 3]
    return wrap(rng, pick_api(rng), mutated, partner, lines if len(lines) > 1 else None)


# ---------------------------------------------------------------- family: deep nesting

NESTERS: tuple[tuple[str, str, str], ...] = (  # (opening, middle, closing), repeated d times
    ("(", "x", ")"), ("(", "x", ""), ("", "x", ")"), ("[", "x", "]"), ("{", "x", "}"),
    (r"\left(", "x", r"\right)"), (r"\frac{", "1", "}{2}"), (r"\frac{1}{", "x", "}"),
    ("sqrt(", "x", ")"), (r"\sqrt{", "x", "}"), ("sin(", "x", ")"), ("-(", "x", ")"),
    ("x^(", "2", ")"), ("2^", "2", ""), ("x^{", "x", "}"), ("|", "x", "|"),
    (r"\lim_{x \to 0} ", "x", ""), (r"\sum_{k=1}^{2} ", "k", ""), ("d/dx ", "x^2", ""),
    ("f(", "x", ")"), ("(", "x", "]"), ("1+", "1", ""), ("", "x", "'"), ("(x+1)", "", ""),
    (r"\left|", "x", r"\right|"), ("exp(", "1", ")"), ("log(", "2", ")"), ("{(", "x", ")}"),
    (r"\cancel{", "x", "}"), ("P(", "A", "|B)"), ("e^{", "x", "}"), ("(1/(", "x", "))"),
)
DEPTHS = (3, 10, 59, 60, 61, 100, 200, 500, 1000, 2000, 3000, 5000)


def nested(rng: random.Random) -> str:
    opening, middle, closing = rng.choice(NESTERS)
    depth = 200 if opening.startswith(r"\frac") and rng.random() < 0.5 else rng.choice(DEPTHS)
    return opening * depth + middle + closing * depth


def gen_nesting(rng: random.Random, corpus: Corpus, n: int) -> Case:
    text = nested(rng)
    if rng.random() < 0.2:
        text = mutate(rng, text, rng.randint(1, 3))
    partner = rng.choice(("x", "0", "1", nested(rng), rng.choice(corpus.lines)))
    return wrap(rng, pick_api(rng), text, partner)


# ---------------------------------------------------------------- family: huge numbers

def digits(rng: random.Random, k: int) -> str:
    return str(rng.randrange(1, 10)) + "".join(rng.choices("0123456789", k=max(0, k - 1)))


def huge_number(rng: random.Random) -> str:
    """An expression with an enormous (or enormously small) value."""
    r, d = rng.randrange, lambda k: digits(rng, k)
    makers: tuple[Callable[[], str], ...] = (
        lambda: f"{r(1, 10)}e{r(10**5, 10**7)}", lambda: f"{r(1, 10)}e-{r(10**5, 10**7)}",
        lambda: f"{r(1, 10)}.{r(100)}E+{r(300, 10**9)}", lambda: "^".join(["10"] * r(3, 6)),
        lambda: f"{rng.choice((1000000, 10**7, 99999, 10**100, 170, 171))}!",
        lambda: f"exp(10^{r(300, 5000)}) x", lambda: f"sum_(i=1)^oo (i-{d(20)})",
        lambda: d(rng.choice((100, 1000, 4300, 4301, 5000, 6000))),
        lambda: "0." + "0" * rng.choice((100, 1000, 10000)) + "1",
        lambda: "e^{e^{e^{" + str(r(10, 1000)) + "}}}",
        lambda: r"\frac{1}{10^{" + str(r(300, 100000)) + "}}",
        lambda: f"(x+1)^{rng.choice((1000, 100000, 10**9))}",
        lambda: r"\binom{10^{" + str(r(5, 30)) + "}}{" + str(r(2, 10**6)) + "}",
        lambda: r"\sum_{i=1}^{10^{" + str(r(6, 40)) + "}} i",
        lambda: r"\prod_{k=1}^{" + str(rng.choice((10**4, 10**6, 10**9))) + "} k",
        lambda: f"lim x->oo (1 + 1/x)^({d(30)} x)", lambda: f"2^(2^(2^{r(5, 40)}))",
        lambda: f"{d(r(1, 400))}.{d(r(1, 400))} x", lambda: f"log({d(500)})",
        lambda: f"sin(10^{r(20, 1000)})", lambda: f"gamma({d(25)})", lambda: f"1/{d(3000)}",
        lambda: f"x^{d(40)} - x^{d(40)}", lambda: r"\sqrt{" + d(4000) + "}",
        lambda: f"max(sum_(i=1)^oo ({rng.choice(('0.000000001', '1e-30', '1'))}), (f(x)))",
        lambda: f"{d(30)}x + 1e{r(100, 400)}", lambda: f"10^10^10^10 - 10^10^10^{r(9, 11)}",
        lambda: f"tanh({d(400)})", lambda: f"{r(1, 10)}e{r(300, 400)} * x - 1",
    )
    return rng.choice(makers)()


def gen_huge(rng: random.Random, corpus: Corpus, n: int) -> Case:
    text = huge_number(rng)
    partner = rng.choice(("1", "x", "oo", "0", text, huge_number(rng), mutate(rng, text)))
    return wrap(rng, pick_api(rng), text, partner)


# ---------------------------------------------------------------- family: the known crashes

KNOWN_COMPARE = (  # issue 10, verbatim
    ("2e8585827", "1"), ("3e1894724", "1"), ("exp(10^400) x", "x"),
    ("sum_(i=1)^oo (i-99999999999999999999)", "1"), ("log(|∞|*0.5, tanh(t))", "1"),
    ("max(sum_(i=1)^oo (0.000000001), (f(x)))", "oo"), ("sin(x <= 1)", "1"),
    ("atan(1e-9 < x)", "1"), ("binom(k<=3.14159, pi)", "1"), ("x > 2", "2 < x"),
    ("x = x = x", "x"),
)
KNOWN_DOCUMENTS = (  # issue 10, verbatim
    "$$f(x, x) = x^2$$",
    "$$o = \\boxed{2}\\boxed{3}\\boxed{4}$$\n\nThen the loss.\n\n"
    "$$\\frac{\\partial L}{\\partial o} = p - y$$",
    "$$ki = \\sum_{i=1}^{n} x_i$$",
    "$$P(X = 1) = p, \\quad P(X = 0) = 1 - p$$",
)
FOLLOW_UP = "\n\n$$(x+1)^2 = x^2 + 2x + 1$$\n\n$$(a+b)^2 = a^2 + b^2$$\n"


def known_cases() -> list[Case]:
    """Every known crash input of issue 10, through every API that can take it."""
    cases = []
    for a, b in KNOWN_COMPARE:
        cases += [Case("", "compare", a=a, b=b), Case("", "compare", a=b, b=a),
                  Case("", "parse", a=a), Case("", "compare_assume", a=a, b=b, assume=("x > 0",)),
                  Case("", "derivation", lines=[a, b]),
                  Case("", "document", a=f"Notes.\n\n$${a}$$\n\n$${b}$$\n"),
                  Case("", "document", a=f"{a}\n{b}\n", kind="txt")]
    for doc in KNOWN_DOCUMENTS:
        rows = [row for group in latex_groups(doc) for row in group]
        cases += [Case("", "document", a=doc + "\n"), Case("", "document", a=doc + FOLLOW_UP),
                  Case("", "document", a=doc + FOLLOW_UP, as_file=True),
                  Case("", "derivation", lines=rows)]
    return cases


def gen_known(rng: random.Random, corpus: Corpus, n: int) -> Case:
    cases = known_cases()
    return cases[n % len(cases)]


# ---------------------------------------------------------------- family: injection through names

PAYLOADS = (
    "[open('F','w').write('x')]", "open('F','w').write('x')",
    "__import__('os').system('touch F')", "(lambda: open('F','w'))()",
    "[__import__('pathlib').Path('F').touch()]", "x);open('F','w');(", "x]+[open('F','w')]+[",
    "{open('F','w')}", "F').write('x') #", "1 if open('F','w') else 0",
    "exec('open(\"F\",\"w\")')", "getattr(__builtins__,'open')('F','w')",
    "__import__", "exec", "eval", "open", "os", "lambda", "__class__", "__builtins__", "print",
    "import", "None", "True", "and", "not", "def", "class", "yield", "Symbol", "Integer",
    "sympy", "numpy", "np", "math", "mpmath", "builtins", "_Dummy_123", "x__0", "lambda_",
    "for", "in", "is", "if", "else", "return", "global", "del", "pass", "raise", "from",
)
CARRIERS = (  # "@" is where the payload goes
    r"\lim_{x \to 0} \left(x + \sum_{k_{}=1}^{3} \sum_{k_{@}=1}^{2} 1\right) = 6",
    r"\sum_{k_{@}=1}^{2} 1", r"\sum_{@=1}^{2} 1", r"x_{@} + 1", r"\lim_{x \to 0} x_{@} + x",
    r"\text{@} x", r"\lim_{x \to 0} \text{@}", r"\operatorname{@}(x)",
    r"\lim_{x \to 0} \operatorname{@}(x)", "@(x)", r"\lim_{x \to 0} @(x)", r"\hat{@}",
    r"\vec{@}", r"\bar{@}", r"\tilde{@} + 1", r"\dot{@}", r"\mathrm{@}", r"\mathbf{@}^T",
    r"\mathcal{@}", "3~@", r"5 \text{ @}", "4 @", r"\lim_{@ \to 0} @", r"\frac{d}{d@} x",
    r"\int_0^1 x \, d@", "sum(@=1..3, @)", "d/d@ (@^2)", r"\log_{@} x", "P(@ | x)", "E[@]",
    "f'(@)", r"\lim_{x \to 0} \frac{\sin(x_{@})}{x}", r"\sum_{i=1}^{n} @_i",
    r"\nabla_{@} x", r"4427441408~@", r"\sigma(@)", "@_1 + @_2",
)


def injection(rng: random.Random) -> str:
    text = rng.choice(CARRIERS)
    for _ in range(rng.choice((1, 1, 2))):
        text = text.replace("@", rng.choice(PAYLOADS), 1) if "@" in text else text
    return text.replace("@", rng.choice(PAYLOADS))


def gen_injection(rng: random.Random, corpus: Corpus, n: int) -> Case:
    text = injection(rng)
    api = pick_api(rng)
    if api == "compare_assume" and rng.random() < 0.5:
        return Case("", api, a=text, b="6", assume=(f"{rng.choice(PAYLOADS)} > 0",))
    return wrap(rng, api, text, rng.choice(("6", "x", "1", injection(rng))))


# ---------------------------------------------------------------- family: whole documents

FRONT_MATTER = (
    "---\ntags: [calculus]\ntutor:\n  log_base: 2\n  assume: [x > 0]\n---",
    "---\ntutor: [1, 2\n---", "---\ntutor:\n  log_base: -1e999\n---", "---\n---",
    "---\ntutor:\n  assume: \"open('F','w') > 0\"\n---", "---\n: : :\n---", "---\ntags: x",
    "---\ntutor:\n  log_base: e\n  assume: [0 < p < 1, n integer positive]\n---",
    "---\ntutor:\n  log_base: 10\n  assume: [\"x <= \"]\n---", "---\ntutor: 3\n---",
)
PROSE = ("Some notes on the derivation.", "> [!note] 先代入检查！", "- a list item with $x$ in it",
         "| $a$ | b |\n|---|---|\n| 1 | $x^2$ |", "![[figure.png]] and [[a link]]",
         "<details>\n<summary>answer</summary>", "</details>", "%%a comment $x$%%",
         "Text with a dollar sign: it costs $5 and $6.", "本周目标：复习熵。", "\\newline")


def math_line(rng: random.Random, corpus: Corpus) -> str:
    line = rng.choice(corpus.lines)
    return mutate(rng, line, rng.randint(1, 3)) if rng.random() < 0.5 else line


def md_part(rng: random.Random, corpus: Corpus) -> str:
    """One piece of a Markdown note."""
    line, group = math_line(rng, corpus), rng.choice(corpus.groups)[:5]
    align = "\\begin{align}\n" + " \\\\\n&= ".join(group) + "\n\\end{align}"
    return rng.choice((
        rng.choice(PROSE), f"## {rng.choice(corpus.problem_ids or ['PRB-1'])} heading",
        "## PRB-33", f"$${line}$$", f"$$\n{line}\n$$", f"Inline ${line}$ in prose.",
        f"$$\n{align}\n$$", align, f"```python\nx = {line!r}\n```", f"```math\n{line}\n```",
        f"\\[ {line} \\]", f"> $${line}$$", f"- ${line}$", f"$$ {line}", "$$", f"\\({line}\\)",
        f"$$\n{mutate(rng, align, rng.randint(1, 4))}\n$$", "```\n$$x = 1$$"))


def tex_part(rng: random.Random, corpus: Corpus) -> str:
    """One piece of a LaTeX document."""
    line, group = math_line(rng, corpus), rng.choice(corpus.groups)[:5]
    align = "\\begin{align*}\n" + " \\\\\n&= ".join(group) + "\n\\end{align*}"
    return rng.choice((
        "\\section{Odds (PRB-11)}", "Some prose.", align, mutate(rng, align, rng.randint(1, 4)),
        f"\\[{line}\\]", f"\\({line}\\)", f"${line}$", f"% a comment ${line}$",
        "\\newcommand{\\logit}{\\operatorname{logit}}",
        f"\\begin{{equation}}{line}\\end{{equation}}",
        "\\begin{align}", f"{line} \\label{{eq:1}} \\\\"))


def gen_documents(rng: random.Random, corpus: Corpus, n: int) -> Case:
    kind = rng.choices(("md", "tex", "txt"), (6, 2, 2))[0]
    count = rng.randint(1, 6)
    if kind == "txt":
        parts = ["\n".join(math_line(rng, corpus) for _ in range(rng.randint(1, 4)))
                 + rng.choice(("", "\n# a comment", "\n??")) for _ in range(count)]
    else:
        make = md_part if kind == "md" else tex_part
        parts = [make(rng, corpus) for _ in range(count)]
    if kind == "md" and rng.random() < 0.3:
        parts.insert(0, rng.choice(FRONT_MATTER))
    if kind == "tex" and rng.random() < 0.6:
        parts = ["\\documentclass{article}\n\\begin{document}", *parts, "\\end{document}"]
    text = rng.choice(("\n\n", "\n", "\r\n\r\n")).join(parts) + rng.choice(("\n", ""))
    return Case("", "document", a=text, kind=kind, as_file=rng.random() < 0.1)


# ---------------------------------------------------------------- the case stream

Generator = Callable[[random.Random, Corpus, int], Case]
FAMILIES: dict[str, Generator] = {
    "unicode": gen_unicode, "mutation": gen_mutation, "nesting": gen_nesting, "huge": gen_huge,
    "known": gen_known, "injection": gen_injection, "documents": gen_documents,
}


def make_case(index: int, seed: int, families: list[str]) -> Case:
    """Case number `index` of the stream for `seed`: the same every run, whatever the count."""
    family = families[index % len(families)]
    rng = random.Random(f"{seed}:{index}")
    case = FAMILIES[family](rng, load_corpus(), index // len(families))
    return Case(family, case.api, case.a, case.b, list(case.lines), case.assume, case.kind,
                case.as_file, index)


def generate(count: int, seed: int, families: Iterable[str] | None = None) -> Iterator[Case]:
    chosen = list(families or FAMILIES)
    for index in range(count):
        yield make_case(index, seed, chosen)


# ---------------------------------------------------------------- running one case (in a worker)

@lru_cache(maxsize=1)
def _tutor_dir() -> str:
    import tutor

    return str(Path(tutor.__file__).resolve().parent) + os.sep


def _frame(path: str, lineno: int | str | None, name: str) -> str:
    tutor_dir = _tutor_dir()
    if path.startswith(tutor_dir):
        path = "tutor/" + path[len(tutor_dir):]
    elif "site-packages" + os.sep in path:
        path = path.split("site-packages" + os.sep, 1)[1]
    return f"{path}:{lineno} in {name}"


def _describe(outcome: Outcome, exc: BaseException) -> None:
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if f.filename.startswith(_tutor_dir())]
    name = type(exc).__qualname__
    module = type(exc).__module__
    outcome.kind = name if module == "builtins" else f"{module}.{name}"
    outcome.frame = _frame(*ours[-1][:3]) if ours else "(no frame in tutor/)"
    outcome.where = _frame(*frames[-1][:3]) if frames else ""
    outcome.message = str(exc)[:300]


def _internal(texts: Iterable[str | None]) -> list[str]:
    return [t[:300] for t in texts if t and "internal error" in t]


def _call(case: Case, budget: float, scratch: str) -> tuple[int, bool, list[str]]:
    """Run the case: (steps checked, a step was a parse_error, internal errors reported)."""
    import tutor

    if case.api == "parse":
        tutor.parse(case.a)
        return 1, False, []
    if case.api.startswith("compare"):
        verdict = tutor.compare(case.a, case.b, assume=case.assume, budget=budget)
        return 1, False, _internal([verdict.reason, verdict.method])
    if case.api == "derivation":
        steps = tutor.check_derivation(case.lines, budget=budget)
    elif case.as_file:
        path = Path(scratch) / f"notes.{case.kind}"
        path.write_text(case.a, encoding="utf-8")
        steps = tutor.check_document(str(path), timeout=budget).steps
    else:
        steps = tutor.check_document(case.a, kind=case.kind, timeout=budget).steps
    flagged = any(s.verdict == "parse_error" for s in steps)
    texts = [t for s in steps for t in (s.message, s.diagnosis, s.method)]
    return len(steps), flagged, _internal(texts)


def run_case(case: Case, budget: float, scratch: str, cwd: str | None = None) -> Outcome:
    """Run one case, catching everything; time it and look for files it created in `cwd`."""
    from tutor.errors import DocumentError, ParseError

    outcome = Outcome(case.index, case.family, case.api, "ok")
    steps = case.steps()
    start = time.perf_counter()
    try:
        steps, outcome.flagged, outcome.internal = _call(case, budget, scratch)
    except ParseError:
        outcome.status = "parse_error"
    except DocumentError as exc:  # an unreadable file (e.g. NUL bytes) is refused, not a crash
        outcome.status = "parse_error" if case.as_file else "traceback"
        if not case.as_file:
            _describe(outcome, exc)
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # noqa: B036 - BudgetExceeded and SystemExit count too
        outcome.status = "traceback"
        _describe(outcome, exc)
    outcome.seconds = time.perf_counter() - start
    outcome.allowed = budget * max(1, steps) + SLACK
    signal.setitimer(signal.ITIMER_REAL, 0)  # no stray alarm may reach the next case
    if cwd is not None:
        outcome.created = _sweep(cwd)
    return outcome


def _sweep(cwd: str) -> list[str]:
    """Names of the files in `cwd` (which starts empty), removed so the next case starts clean."""
    names = sorted(os.listdir(cwd))
    for name in names:
        try:
            os.remove(os.path.join(cwd, name))
        except OSError:
            pass
    return names


def _limit_memory() -> None:
    try:
        import resource

        with open("/proc/self/statm") as stream:
            pages = int(stream.read().split()[0])
        limit = pages * os.sysconf("SC_PAGE_SIZE") + MEMORY
        resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
    except (ImportError, OSError, ValueError):
        pass


def _worker(conn, cwd: str, scratch: str, budget: float, stack: str) -> None:  # pragma: no cover
    """Run the cases the parent sends, one at a time, until it sends None.

    On SIGUSR1 (sent before a hard-timeout kill) the Python stack is written to `stack`, even
    from inside C code.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business
    os.chdir(cwd)
    _limit_memory()
    with open(stack, "w") as dump:
        if hasattr(signal, "SIGUSR1"):
            faulthandler.register(signal.SIGUSR1, file=dump, all_threads=False)
        while (case := conn.recv()) is not None:
            conn.send(run_case(case, budget, scratch, cwd))


# ---------------------------------------------------------------- the worker pool

_SLOT_NUMBERS = itertools.count()


class _Slot:
    """A worker process and the case it is running."""

    def __init__(self, ctx, cwd: str, scratch: str, budget: float, extra: float):
        self.extra = extra
        self.stack = os.path.join(scratch, f"stack-{next(_SLOT_NUMBERS)}.txt")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, cwd, scratch, budget, self.stack),
                                daemon=True)
        self.proc.start()
        child.close()
        self.case: Case | None = None
        self.started = self.hard = 0.0

    def give(self, case: Case, budget: float) -> None:
        self.case, self.started = case, time.monotonic()
        self.hard = budget * case.steps() + SLACK + self.extra
        self.conn.send(case)

    def stuck_at(self) -> tuple[str, str]:
        """Where the busy worker is: its last frame in tutor/ and its innermost frame."""
        try:
            os.kill(self.proc.pid, signal.SIGUSR1)
            time.sleep(0.3)
            text = Path(self.stack).read_text(errors="replace")
        except (OSError, AttributeError, TypeError):
            return "", ""
        frames = re.findall(r'File "([^"]+)", line (\d+) in (\S+)', text)  # innermost first
        ours = [f for f in frames if f[0].startswith(_tutor_dir())]
        return (_frame(*ours[0]) if ours else "(no frame in tutor/)",
                _frame(*frames[0]) if frames else "")

    def stop(self, kill: bool = False) -> None:
        if not kill:
            try:
                self.conn.send(None)
                self.proc.join(2)
            except OSError:
                pass
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(5)
        self.conn.close()


def _collect(slot: _Slot, ready: list) -> tuple[Outcome | None, bool]:
    """The outcome of the slot's case if there is one yet, and whether the slot must be replaced."""
    case = slot.case
    assert case is not None
    elapsed = time.monotonic() - slot.started
    lost = Outcome(case.index, case.family, case.api, "died", elapsed, slot.hard - slot.extra)
    if slot.conn in ready:
        try:
            outcome, dead = slot.conn.recv(), False
        except (EOFError, OSError):
            slot.proc.join(1)
            outcome, dead = lost, True
            lost.kind = f"worker died (exit code {slot.proc.exitcode})"
    elif elapsed > slot.hard:
        outcome, dead = lost, True
        lost.status, lost.kind = "killed", "hard timeout"
        lost.frame, lost.where = slot.stuck_at()
    else:
        return None, False
    slot.case = None
    if outcome.notable:
        outcome.example, outcome.size = case.show(KEPT), len(case.show(None))
    return outcome, dead


def run_cases(cases: Iterable[Case], *, jobs: int, budget: float = BUDGET,
              hard_extra: float = HARD_EXTRA,
              progress: Callable[[list[Outcome]], None] | None = None
              ) -> tuple[list[Outcome], list[str]]:
    """Run every case in `jobs` worker processes; the outcomes, and files left in the cwd.

    A worker still busy `hard_extra` seconds past its case's allowance is killed (the case is
    "killed", an overrun) and replaced.
    """
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    _warm_up()
    stream = iter(cases)
    outcomes: list[Outcome] = []
    with (tempfile.TemporaryDirectory(prefix="fuzz-cwd-") as cwd,
          tempfile.TemporaryDirectory(prefix="fuzz-files-") as scratch):
        spawn = (ctx, cwd, scratch, budget, hard_extra)
        slots = [_Slot(*spawn) for _ in range(max(1, jobs))]
        try:
            _drive(slots, stream, outcomes, spawn, progress)
        finally:
            for slot in slots:
                slot.stop(kill=slot.case is not None)
        leftovers = sorted(os.listdir(cwd))
    return outcomes, leftovers


def _drive(slots: list[_Slot], stream: Iterator[Case], outcomes: list[Outcome], spawn: tuple,
           progress: Callable[[list[Outcome]], None] | None) -> None:
    budget = spawn[3]
    pending = True
    while pending or any(s.case is not None for s in slots):
        for slot in slots:
            if slot.case is None and pending:
                case = next(stream, None)
                if case is None:
                    pending = False
                else:
                    slot.give(case, budget)
        busy = [s.conn for s in slots if s.case is not None]
        ready = wait(busy, timeout=0.1) if busy else []
        for n, slot in enumerate(slots):
            if slot.case is None:
                continue
            outcome, dead = _collect(slot, ready)
            if dead:
                slot.stop(kill=True)
                slots[n] = _Slot(*spawn)
            if outcome is not None:
                outcomes.append(outcome)
                if progress:
                    progress(outcomes)


def _warm_up() -> None:
    """Build the parsers and caches once in the parent, so every forked worker starts warm."""
    try:
        import tutor

        tutor.parse("(x+1)^2")
        tutor.compare("(x+1)^2", "x^2 + 2x + 1")
        tutor.check_derivation(["x + x", "2x"])
        tutor.check_document("$$x + x = 2x$$\n", kind="md")
    except Exception as exc:  # noqa: BLE001 - the fuzz reports crashes, it does not stop on them
        print(f"warm-up failed: {type(exc).__name__}: {exc}", file=sys.stderr)


# ---------------------------------------------------------------- the report

def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}" if seconds < 10 else f"{seconds:.1f}s"


def summary_rows(outcomes: list[Outcome], key: str) -> list[dict]:
    """One row per value of `key` ("family" or "api"), and a total row."""
    groups: dict[str, list[Outcome]] = {}
    for o in outcomes:
        groups.setdefault(getattr(o, key), []).append(o)
    rows = []
    for name, group in [*sorted(groups.items()), ("total", outcomes)]:
        times = sorted(o.seconds for o in group) or [0.0]
        rows.append({
            key: name, "inputs": len(group), "tracebacks": sum(o.crashed for o in group),
            "parse_errors": sum(o.status == "parse_error" or o.flagged for o in group),
            "overruns": sum(o.overrun for o in group),
            "internal": sum(bool(o.internal) for o in group),
            "files": sum(bool(o.created) for o in group),
            "median_s": statistics.median(times),
            "p99_s": times[min(len(times) - 1, int(0.99 * len(times)))], "max_s": times[-1]})
    return rows


def print_table(rows: list[dict], key: str) -> None:
    head = (f"{key:<15} {'inputs':>7} {'tracebk':>7} {'parse_e':>7} {'overrun':>7} "
            f"{'internl':>7} {'files':>5} {'median':>7} {'p99':>7} {'max':>7}   (times in ms)")
    print(head)
    for r in rows:
        print(f"{r[key]:<15} {r['inputs']:>7} {r['tracebacks']:>7} {r['parse_errors']:>7} "
              f"{r['overruns']:>7} {r['internal']:>7} {r['files']:>5} {_ms(r['median_s']):>7} "
              f"{_ms(r['p99_s']):>7} {_ms(r['max_s']):>7}")


def traceback_kinds(outcomes: list[Outcome]) -> list[dict]:
    """Distinct tracebacks: exception type + last tutor/ frame, with the shortest input."""
    kinds: dict[tuple[str, str], dict] = {}
    for o in outcomes:
        if not o.crashed:
            continue
        key = (o.kind, re.sub(r":\d+ in ", " in ", o.frame))
        entry = kinds.setdefault(key, {"type": o.kind, "frame": o.frame, "count": 0,
                                       "apis": set(), "families": set(), "size": None})
        entry["count"] += 1
        entry["apis"].add(o.api)
        entry["families"].add(o.family)
        if entry["size"] is None or o.size < entry["size"]:
            entry.update(size=o.size, example=o.example, where=o.where, message=o.message,
                         index=o.index, frame=o.frame)
    found = sorted(kinds.values(), key=lambda e: -e["count"])
    for entry in found:
        entry["apis"], entry["families"] = sorted(entry["apis"]), sorted(entry["families"])
    return found


def internal_kinds(outcomes: list[Outcome]) -> list[dict]:
    """Internal errors the library turned into verdicts, by their first words."""
    kinds: dict[str, dict] = {}
    for o in outcomes:
        for text in o.internal:
            key = re.sub(r"\d+", "N", text[text.find("internal error"):])[:90]
            entry = kinds.setdefault(key, {"kind": key, "count": 0, "size": None})
            entry["count"] += 1
            if entry["size"] is None or o.size < entry["size"]:
                entry.update(size=o.size, example=o.example, message=text, api=o.api)
    return sorted(kinds.values(), key=lambda e: -e["count"])


def overrun_list(outcomes: list[Outcome]) -> list[dict]:
    found = [o for o in outcomes if o.overrun]
    found.sort(key=lambda o: o.allowed - o.seconds)
    return [{"index": o.index, "family": o.family, "api": o.api, "status": o.status,
             "seconds": round(o.seconds, 3), "allowed": round(o.allowed, 3),
             "stuck_at": o.frame, "innermost": o.where, "example": o.example} for o in found]


def print_report(outcomes: list[Outcome], leftovers: list[str], wall: float) -> dict:
    """Print the tables, the traceback kinds, overruns and created files; return it all as data."""
    report = {"wall_seconds": round(wall, 1), "families": summary_rows(outcomes, "family"),
              "apis": summary_rows(outcomes, "api"), "tracebacks": traceback_kinds(outcomes),
              "overruns": overrun_list(outcomes), "internal_errors": internal_kinds(outcomes),
              "created_files": [{"index": o.index, "files": o.created, "example": o.example}
                                for o in outcomes if o.created], "leftover_files": leftovers}
    print(f"\n{len(outcomes)} inputs in {wall:.0f} s\n")
    print_table(report["families"], "family")
    print()
    print_table(report["apis"], "api")
    print(f"\n{len(report['tracebacks'])} distinct traceback kinds")
    for k in report["tracebacks"]:
        print(f"- {k['type']} at {k['frame']} (x{k['count']}; {', '.join(k['apis'])}; "
              f"families {', '.join(k['families'])})\n    innermost: {k['where']}\n"
              f"    message: {k['message'][:160]}\n    e.g. #{k['index']}: {k['example'][:SHOWN]}")
    _print_rest(report)
    return report


def _print_rest(report: dict) -> None:
    overruns = report["overruns"]
    print(f"\n{len(overruns)} overruns (past budget x steps + {SLACK} s)")
    for o in overruns[:40]:
        stuck = f", stuck at {o['stuck_at']} / {o['innermost']}" if o["stuck_at"] else ""
        print(f"- #{o['index']} {o['seconds']:.2f} s > {o['allowed']:.2f} s ({o['status']}, "
              f"{o['family']}{stuck}): {o['example'][:200]}")
    if len(overruns) > 40:
        print(f"  … and {len(overruns) - 40} more (see --json)")
    print(f"\n{len(report['internal_errors'])} kinds of internal error reported as verdicts")
    for k in report["internal_errors"]:
        print(f"- {k['kind']} (x{k['count']}): {k['example'][:200]}")
    created = report["created_files"]
    print(f"\n{len(created)} inputs created files in the working directory")
    for c in created[:20]:
        print(f"- #{c['index']} created {c['files']}: {c['example'][:200]}")
    if report["leftover_files"]:
        print(f"files left in the working directory: {report['leftover_files']}")


# ---------------------------------------------------------------- command line

def _arguments(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="Fuzz tutor's public API with generated inputs.")
    ap.add_argument("--count", type=int, default=100_000, help="inputs to run (default 100000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    ap.add_argument("--families", default=",".join(FAMILIES),
                    help=f"comma-separated subset of {','.join(FAMILIES)}")
    ap.add_argument("--budget", type=float, default=BUDGET, help="seconds per step (default 0.5)")
    ap.add_argument("--json", metavar="FILE", help="write the report as JSON")
    ap.add_argument("--case", type=int, metavar="INDEX",
                    help="run one case in this process and show its full traceback")
    args = ap.parse_args(argv)
    args.families = [f.strip() for f in args.families.split(",") if f.strip()]
    unknown = [f for f in args.families if f not in FAMILIES]
    if unknown or not args.families:
        ap.error(f"unknown families {unknown}; choose from {', '.join(FAMILIES)}")
    if args.count < 0 or args.jobs < 1 or args.budget <= 0:
        ap.error("--count must be >= 0, --jobs >= 1 and --budget > 0")
    return args


def _replay(args: argparse.Namespace) -> int:
    case = make_case(args.case, args.seed, args.families)
    print(f"#{case.index} ({case.family}): {case.show(None)}")
    with tempfile.TemporaryDirectory() as scratch:
        start = time.perf_counter()
        try:
            print(_call(case, args.budget, scratch))
        except Exception:  # noqa: BLE001 - showing it is the point
            traceback.print_exc()
        print(f"{time.perf_counter() - start:.3f} s")
    return 0


def _progress(total: int) -> Callable[[list[Outcome]], None]:
    start, every = time.monotonic(), max(100, total // 50)

    def show(outcomes: list[Outcome]) -> None:
        done = len(outcomes)
        if done % every and done != total:
            return
        spent = time.monotonic() - start
        crashes = sum(o.crashed for o in outcomes[-every:])
        print(f"{done}/{total} in {spent:.0f} s, about {spent / done * (total - done):.0f} s left"
              f" ({crashes} tracebacks in the last {every})", file=sys.stderr, flush=True)

    return show


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")  # one thread per worker: --jobs decides the parallelism
    if args.case is not None:
        return _replay(args)
    start = time.monotonic()
    cases = generate(args.count, args.seed, args.families)
    outcomes, leftovers = run_cases(cases, jobs=args.jobs, budget=args.budget,
                                    progress=_progress(args.count))
    report = print_report(outcomes, leftovers, time.monotonic() - start)
    if args.json:
        settings = {"count": args.count, "seed": args.seed, "jobs": args.jobs,
                    "budget": args.budget, "slack": SLACK, "families": args.families}
        Path(args.json).write_text(json.dumps({"settings": settings, **report}, indent=1,
                                              ensure_ascii=False) + "\n", encoding="utf-8")
    bad = report["tracebacks"] or report["overruns"] or report["created_files"] or leftovers
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
