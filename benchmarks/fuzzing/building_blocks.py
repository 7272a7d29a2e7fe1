"""What the input families build with: odd vocabulary, wrapping a text into a call, mutation."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from fuzzing.cases import APIS, Case

API_WEIGHTS = (3, 3, 1, 2, 1)  # how often each of APIS is picked

# ---------------------------------------------------------------- odd vocabulary and wrapping

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


# ---------------------------------------------------------------- token-level mutation

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
