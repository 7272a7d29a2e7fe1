"""The input families, and the seeded stream of cases that cycles through them."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable, Iterable, Iterator

from fuzzing.building_blocks import mutate, pick_api, relation_call, wrap
from fuzzing.cases import Case, Corpus, known_cases, load_corpus

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


def align_block(rows: list[str], environment: str) -> str:
    """`rows` as one chain of equalities in a LaTeX `environment` (align, align*)."""
    return f"\\begin{{{environment}}}\n" + " \\\\\n&= ".join(rows) + f"\n\\end{{{environment}}}"


def md_part(rng: random.Random, corpus: Corpus) -> str:
    """One piece of a Markdown note."""
    line, group = math_line(rng, corpus), rng.choice(corpus.groups)[:5]
    align = align_block(group, "align")
    return rng.choice((
        rng.choice(PROSE), f"## {rng.choice(corpus.problem_ids or ['PRB-1'])} heading",
        "## PRB-33", f"$${line}$$", f"$$\n{line}\n$$", f"Inline ${line}$ in prose.",
        f"$$\n{align}\n$$", align, f"```python\nx = {line!r}\n```", f"```math\n{line}\n```",
        f"\\[ {line} \\]", f"> $${line}$$", f"- ${line}$", f"$$ {line}", "$$", f"\\({line}\\)",
        f"$$\n{mutate(rng, align, rng.randint(1, 4))}\n$$", "```\n$$x = 1$$"))


def tex_part(rng: random.Random, corpus: Corpus) -> str:
    """One piece of a LaTeX document."""
    line, group = math_line(rng, corpus), rng.choice(corpus.groups)[:5]
    align = align_block(group, "align*")
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


# ---------------------------------------------------------------- family: other markups' readers

# what opens a structure in each markup read apart from Markdown and LaTeX (left unclosed, or
# repeated thousands of times, a reader that searches for its closing again and again is slow)
MARKUP_OPENERS = {
    "html": ("<script>", "<!--", "<script type=\"math/tex\">", "<pre>", "&amp;", "<br/>",
             "<annotation encoding=\"application/x-tex\">", "\\(", "$$"),
    "typ": ("$", "\"", "#set text(", "// ", " \\", "&", "frac(", "(dif ", "[", "= "),
    "org": ("#+begin_src", "#+begin_export latex", "\\(", "\\[", "* ", "$", "- [ ] "),
    "adoc": ("stem:[", "latexmath:[", "++++", "[stem]", "----", "$$"),
    "rst": (".. math::", ":math:`", "::", "`", ".. note::", "   "),
    # prose the notes readers search: named laws, listed data, words that introduce names
    "md": ("binomial ", "## Poisson\n", "With $", "Let \\(", "1, 2, 3, ", "1, 2, 3: $",
           "\\sum x_i ", "\\bar x ", "$", "\\(", "n = 4 ", "failures "),
}


def gen_markups(rng: random.Random, corpus: Corpus, n: int) -> Case:
    kind = rng.choice(tuple(MARKUP_OPENERS))
    openers = MARKUP_OPENERS[kind]
    if rng.random() < 0.4:  # one opener repeated, never closed, then a line of math
        text = rng.choice(openers) * rng.randint(500, 20000) + rng.choice(corpus.lines)
    else:
        text = "\n".join(rng.choice(openers) + math_line(rng, corpus) + rng.choice(("", "\n"))
                         for _ in range(rng.randint(2, 20)))
    return Case("", "document", a=text, kind=kind, as_file=rng.random() < 0.1)


# ---------------------------------------------------------------- family: long runs of blanks

BLANKS = (" ", "\t", "\u00a0", "\u3000", "\\,", "\\quad ", "~", "&nbsp;")


def spaced_out(rng: random.Random, text: str) -> str:
    """`text` with one to three long runs of blanks put in at random places (a pattern that
    tries a run from each of its characters is quadratic in the run's length)."""
    for _ in range(rng.randint(1, 3)):
        at = rng.randint(0, len(text))
        run = rng.choice(BLANKS) * rng.randint(2_000, 30_000)
        text = text[:at] + run + text[at:]
    return text


def gen_blanks(rng: random.Random, corpus: Corpus, n: int) -> Case:
    if rng.random() < 0.5:  # a line of math, read alone or checked as a step
        line = spaced_out(rng, math_line(rng, corpus))
        return Case("", rng.choice(("parse", "compare")), a=line, b=math_line(rng, corpus))
    kind = rng.choice(("md", "tex", "txt"))
    parts = [md_part(rng, corpus) if kind != "tex" else tex_part(rng, corpus)
             for _ in range(rng.randint(2, 6))]
    return Case("", "document", a=spaced_out(rng, "\n\n".join(parts)), kind=kind)


# ---------------------------------------------------------------- the case stream

Generator = Callable[[random.Random, Corpus, int], Case]
FAMILIES: dict[str, Generator] = {
    "unicode": gen_unicode, "mutation": gen_mutation, "nesting": gen_nesting, "huge": gen_huge,
    "known": gen_known, "injection": gen_injection, "documents": gen_documents,
    "markups": gen_markups, "blanks": gen_blanks,
}


def make_case(index: int, seed: int, families: list[str]) -> Case:
    """Case number `index` of the stream for `seed`: the same every run, whatever the count."""
    family = families[index % len(families)]
    rng = random.Random(f"{seed}:{index}")
    case = FAMILIES[family](rng, load_corpus(), index // len(families))
    return dataclasses.replace(case, family=family, lines=list(case.lines), index=index)


def generate(count: int, seed: int, families: Iterable[str] | None = None) -> Iterator[Case]:
    chosen = list(families or FAMILIES)
    for index in range(count):
        yield make_case(index, seed, chosen)
