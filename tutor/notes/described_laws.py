"""Laws of random variables described in words ("$X$ = the score of a fair die", "$X$ is
uniform on $\\{1, \\dots, 6\\}$", "Bernoulli(p): $E[X] = …$"): which variable, which law, where.

A description names one law and one random variable: the one in the sentence's math, else the
only one inside E, Var or Cov in the rest of its paragraph. A sentence that hedges ("if",
"not", "when"), or speaks of several draws ("sum", "two", "dice", "maximum", …), describes
nothing. A named description holds to the next heading, problem label, or sentence naming its
variable again; an unnamed one, to the end of its paragraph. The law is (family, argument
texts): the arguments are read later by the one grammar, never here.
"""

from __future__ import annotations

import re

from tutor.notes.dice_abroad import FAIR_DIE_ABROAD, HEDGE_ABROAD
from tutor.notes.laws_abroad import law_abroad
from tutor.notes.pmf_tables import pmf_table_laws

_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+", re.M)  # `- `, `* `, `1. `
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n[ \t]*\n|:\s*\n")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
# \\(y\\), \[…\]; each bounded in length and never past an opener of its kind, so a run of
# unclosed openers (`Let \(Let \(…`) costs a short scan each
_MATH = re.compile(r"\$\$?(.{1,1000}?)\$\$?|\\\\?\(((?:(?!\\\\?\().){1,1000}?)\\\\?\)"
                   r"|\\\[((?:(?!\\\[).){1,1000}?)\\\]", re.S)
# a problem's label at the start of a line (`**3.**`, `**Q2**`, `Problem 4`): a new problem
PROBLEM_LABEL = (r"(?:\*\*|__)\s*(?:Q|Problem|Exercise|Question|Ex\.?|Exo|Prob\.?|Zad\.|Zadanie)?"
                 r"\s*\d+"
                 # `Example 2`, `**Example 2.**`, `\\textbf{Пример 2.}` (a LaTeX bold label)
                 r"|(?:[*_]{1,2}|\\text(?:bf|it)\s*\{|\\emph\s*\{)?"
                 r"(?:Problem|Exercise|Question|Example|Task|Ejercicio|Problema|Ejemplo|Aufgabe"
                 r"|Exercice|Exemplo|Exercício|Questão|Esempio|Esercizio|Exemple"
                 r"|Beispiel|Übung|Ví\s+dụ|Bài(?:\s+tập)?|Zad\.|Zadanie|Przykład|Пример|Задача"
                 r"|Упражнение|Örnek|Soru|Alıştırma|Contoh|Soal|Latihan|Voorbeeld|Opgave"
                 r"|Oefening|Приклад|Завдання|Příklad|Úloha|Παράδειγμα|Άσκηση|예제|예시|문제"
                 r"|مثال|उदाहरण|ตัวอย่าง)\s*\d+"
                 r"|(?:例|例题|例題|习题|問題)\s*\d+"  # 例 3, 例题2 (Chinese, Japanese)
                 # `\textbf{Неявная функция.}`, `\textbf{By parts:}`: a LaTeX run-in heading
                 r"|\\textbf\s*\{[^{}$\\]{2,48}[.:]\s*\}"
                 # 举个例子：, 例如：, 比如： (Chinese "for example:"): an example starts anew
                 r"|(?:举个例子|举例|例如|比如)\s*[：:]"
                 # `worked example:`, `**Example:**`: an example with no number starts anew
                 r"|[*_]{0,3}(?:[Ww]orked\s+)?(?:[Ee]xample|EXAMPLE)\s*[:.]"
                 # `2.- $f(x) = …$`: a Spanish exercise number (a new exercise, its own f)
                 r"|\d{1,2}\.-(?=\s)"
                 # `14. Find the partial derivatives of:`: a numbered exercise prompt
                 r"|\d+[.)]\s+(?:Find|Compute|Calculate|Evaluate|Show|Prove|Derive|Consider"
                 r"|Determine|Solve|Differentiate|Integrate|Simplify|Expand)\b")
# a heading, a rule, or a problem label ends a description
_BREAK = re.compile(r"^ {0,3}(?:#{1,6}\s|[-*_](?:\s*[-*_]){2,}\s*$|" + PROBLEM_LABEL + ")",
                    re.M)
_HEDGE = re.compile(r"\b(?:not|if|when|unless|whether|sum|sums|total|two|three|both|pair|dice"
                    r"|product|max|min|maximum|minimum|larger|smaller|largest|smallest|difference|twice|count|number\s+of|loaded|biased"
                    r"|unfair|rolls|tosses|flips|until|approximately|approximated?|approximation|close\s+to"
                    r"|near|against|versus|vs|limit|conditional|given|where"
                    r"|except|counts|instead|but|minus|plus|squared|doubled|halved|divided"
                    r"|multiplied|times|scaled|shifted)\b|n't\b",
                    re.IGNORECASE)
_CHANGE = re.compile(r"\b(?:now|instead|suppose|let|another|new|other|next|but|however)\b",
                     re.IGNORECASE)
MAX_WORDS = 8  # "so", "then for the die", "Two independent rolls:": the same variable goes on
_DIE = re.compile(r"\bfair\s+(?:six-sided\s+|6-sided\s+)?die\b", re.IGNORECASE)
_NAMED_FAMILY = re.compile(r"\b(Bernoulli|Binomial|Poisson|Exponential)\s*\(([^()$]{1,40})\)")
# "Bernoulli with success probability $0.3$", "Poisson with mean 4", "exponential with rate λ"
# (an exponential law by its rate only: "mean 2" is a rate of 1/2)
_WORDED_FAMILY = re.compile(r"\b(Bernoulli|Poisson|exponential)\b(?:\s+(?:random\s+variable|"
                            r"distribution|distributed|law))?\s+with\s+(?:success\s+)?(probability"
                            r"|rate|mean|parameter)(?:\s+of)?\s+(\$[^$]{1,20}\$|\d+(?:\.\d+)?)",
                            re.IGNORECASE)
# `\lambda = `, `p=`: a parameter's name before its value in "with mean $\lambda = 3$"
_PARAMETER_SAID = re.compile(r"^(?:\\[a-z]+|[a-z])\s*=\s*")
# a rate or mean per unit of time or space ("4 per hour", "2 an hour", "3/min")
_PER_UNIT = re.compile(r"\s*(?:per|an?|each|every)\s+[a-z]|\s*/\s*[a-z]", re.IGNORECASE)
# the trials to the first success, that one counted (a count of failures has another law)
_GEOMETRIC = re.compile(r"\b(?:number\s+of|counts?\s+the)\s+"
                        r"(?:trials|tosses|flips|rolls|attempts|draws)\s+(?:up\s+to"
                        r"\s+and\s+including|until|needed\s+to\s+get|to\s+get|to\s+obtain)\s+(?:the\s+)?"
                        r"first\s+(?:success|head|six)\b", re.IGNORECASE)
_CHANCE = re.compile(r"\$\s*(p|q|\\theta|\\pi)\s*=")  # the success probability's name, if said
_UNIFORM = re.compile(r"\buniform(?:ly)?\s+(?:distributed\s+)?(?:on|over|in)\s+(?:the\s+)?"
                      r"(?:set\s+|interval\s+)?(\$[^$]{1,60}\$|\[[^\]$]{1,40}\])", re.IGNORECASE)
_DISCRETE_SET = re.compile(r"\\\{\s*([^,{}]+?)\s*,\s*(?:[^,{}]+?\s*,\s*)?(?:\\[lc]?dots|\.\.\.|…)"
                           r"\s*,\s*([^,{}]+?)\s*\\\}")
# "takes the values $0, 1, 2$ with probabilities $…$" (each list in one piece of math)
_VALUES_WITH_CHANCES = re.compile(r"\b(?:takes?|taking|assumes?)\s+(?:on\s+)?(?:the\s+)?values?"
                                  r"\s+\$([^$]{1,200})\$\s*,?\s+with\s+(?:respective\s+)?"
                                  r"probabilit(?:y|ies)(?:\s+of)?\s+\$([^$]{1,300})\$",
                                  re.IGNORECASE)
_INTERVAL = re.compile(r"\[\s*([^,\[\]]+?)\s*,\s*([^,\[\]]+?)\s*\]")
# X, Y_1, X_{2}: a random variable's name (E is the expectation)
_NAME = re.compile(r"(?<![A-Za-z\\])([A-DF-Z](?:_\{?\s*[A-Za-z0-9]+\s*\}?)?)(?![A-Za-z_{])")
_OPERATOR = re.compile(r"(?:\\mathbb\s*\{E\}|\\operatorname\s*\{(?:E|Var|Cov)\}|\\text\s*\{"
                       r"(?:E|Var|Cov)\}|\\mathrm\s*\{(?:E|Var|Cov)\}|\\?(?:Var|Cov)|E)"
                       r"\s*(?:\\left)?\s*[\[(]([^\])]*)[\])]")

# `P(X = 0)`, `\Pr(X \le 2)`: the random variable a probability asks about (an event's letter
# alone, `P(A \mid B)`, is no random variable)
_ASKED = re.compile(r"(?<![A-Za-z\\])(?:\\Pr|P)\s*(?:\\left\s*)?\("
                    r"\s*([A-DF-Z](?:_\{?[A-Za-z0-9]{1,3}\}?)?)"
                    r"\s*(?:=|<|>|\\[lg]eq?\b|\\[lg]eqslant)")


def described_laws(text: str, headings: list[int]) -> list[tuple[int, int, str, tuple]]:
    """(from, to, name, (family, argument texts)) for each law described in the prose; a list
    item (`- fair die: …`, `- Poisson(3): …`) describes for itself, as after a heading."""
    found = []
    headings = sorted({*headings, *(m.start() for m in _LIST_ITEM.finditer(text))})
    for start, end in _sentences(text, headings):
        sentence = text[start:end]
        law = _law(sentence)
        prose = _GEOMETRIC.sub(" ", _MATH.sub(" ", sentence))  # its "number of … until" is fine
        if law is None or _HEDGE.search(prose) or HEDGE_ABROAD.search(prose):
            continue
        names = _names_in_math(sentence)
        if len(names) > 1:
            continue
        if names:
            name = names.pop()
            found.append((start, _named_end(text, end, name, headings), name, law))
            continue
        paragraph = _PARAGRAPH_END.search(text, end)
        stop = min([paragraph.start() if paragraph else len(text)]
                   + [h for h in headings if h >= end])  # a heading (an Anki card) ends it
        inside = _operands(text[end:stop])
        if len(inside) == 1:
            found.append((start, stop, inside.pop(), law))
    return found + pmf_table_laws(text, headings)  # `| $x$ | $P(X=x)$ |` over its rows


def described_at(events: list[tuple[int, int, str, tuple]], offset: int) -> tuple:
    """((name, law), …) of the descriptions in force at `offset` (a later one of a name wins)."""
    laws = {}
    for start, end, name, law in events:
        if start <= offset < end:
            laws[name] = law
    return tuple(laws.items())


def _sentences(text: str, headings: list[int]):
    """(start, end) of each sentence; a heading (or an Anki card's start) also ends one."""
    ends = sorted([(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
                  + [(h, h) for h in headings])
    start = 0
    for end, after in ends:
        if end >= start:
            yield start, end
            start = after
    yield start, len(text)


def _law(sentence: str) -> tuple | None:
    """(family, argument texts) of the law the sentence names, or None."""
    prose = _MATH.sub(lambda m: " " if "\\text" not in m.group(0) else m.group(0), sentence)
    prose = re.sub(r"\\(?:text|mathrm|operatorname)\s*\{(\w+)\}", r"\1", prose)
    if _DIE.search(prose) or FAIR_DIE_ABROAD.search(prose):  # "fairer Würfel", "dé équilibré"
        return ("DUniform", ("1", "6"))
    if _GEOMETRIC.search(prose):
        chance = _CHANCE.search(sentence)
        return ("GeomTrials", (chance.group(1) if chance else "p",))
    family = _NAMED_FAMILY.search(prose)
    if family:
        return (family.group(1), tuple(a.strip() for a in family.group(2).split(",")))
    worded = _WORDED_FAMILY.search(sentence)
    if worded and _PER_UNIT.match(sentence, worded.end()):
        return None  # "rate 4 per hour" of a time in minutes: the unit decides the law
    if worded and (worded.group(1).lower() != "exponential" or worded.group(2) == "rate"):
        value = worded.group(3).strip("$ ")  # "mean $\\lambda = 3$": the value after its name
        return (worded.group(1).capitalize(), (_PARAMETER_SAID.sub("", value),))
    abroad = law_abroad(sentence)  # "exponentieel verdeeld met $\lambda = 0{,}5$"
    if abroad is not None:
        return abroad
    return _values_listed(sentence) or _uniform(sentence)


def _values_listed(sentence: str) -> tuple | None:
    """`takes the values $0, 1, 2$ with probabilities $1/4, 1/2, 1/4$` (one list each)."""
    listed = _VALUES_WITH_CHANCES.search(sentence)
    if listed:
        values, chances = _items(listed.group(1)), _items(listed.group(2))
        if len(values) == len(chances) > 1:
            return ("Finite", (*values, *chances))
    return None


def _uniform(sentence: str) -> tuple | None:
    """Uniform on a set of whole numbers {1, …, 6} or on an interval [0, 2]."""
    uniform = _UNIFORM.search(sentence)
    if uniform:
        where = uniform.group(1)
        points = _DISCRETE_SET.search(where)
        if points:
            return ("DUniform", (points.group(1), points.group(2)))
        interval = _INTERVAL.search(where)
        if interval:
            return ("Uniform", (interval.group(1), interval.group(2)))
    return None


def _items(math: str) -> list[str]:
    """The items of a list written in math (`0, 1, 2`), split at commas outside braces."""
    items, depth, start = [], 0, 0
    for k, ch in enumerate(math):
        depth += {"{": 1, "(": 1, "}": -1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            items.append(math[start:k].strip())
            start = k + 1
    items.append(math[start:].strip())
    return [item for item in items if item]


def _names_in_math(sentence: str) -> set[str]:
    """The random variables' names in the sentence's math (not in the law's own arguments)."""
    names = set()
    for math in _MATH.finditer(sentence):
        body = _DISCRETE_SET.sub(" ", _unwrapped(next(filter(None, math.groups()), "")))
        names |= {_plain(n) for n in _NAME.findall(body)}
    return names


def _unwrapped(body: str) -> str:
    """Math without font-wrapped words (\\mathbb{E}, \\text{Var}) and P( of a probability."""
    body = re.sub(r"\\[a-zA-Z]+\s*\{[^{}]*\}", " ", body)
    return re.sub(r"(?<![A-Za-z\\])P\s*(?=\(|\\left|\[)", " ", body)


def _operands(text: str) -> set[str]:
    """The random variables inside E, Var or Cov in the math of `text`, and those a probability
    asks about (`P(X = 0)`, `P(X \\le 2)`)."""
    names = set()
    for math in _MATH.finditer(text):
        body = next(filter(None, math.groups()), "")
        for inside in _OPERATOR.findall(body):
            names |= {_plain(n) for n in _NAME.findall(inside)}
        names |= {_plain(n) for n in _ASKED.findall(body)}
    return names


def _named_end(text: str, after: int, name: str, headings: list[int]) -> int:
    """Where a description of `name` stops: the end of its paragraph, or of the paragraphs of
    math after it with a few words at most between; a heading, a problem label, a sentence
    that names the variable alone again (`$X$ = …`) or says something new ("now", "loaded")
    stops it sooner."""
    limit = min([h for h in headings if h >= after] + [len(text)])
    again = _NamedAlone(name)
    paragraph = _PARAGRAPH_END.search(text, after, limit)
    end = paragraph.start() if paragraph else limit
    if _says_more(text[after:end], again, len(text)):
        return after  # the rest of its own paragraph says something new: the sentence only
    while paragraph and end < limit:
        following = _PARAGRAPH_END.search(text, paragraph.end(), limit)
        stop = following.start() if following else limit
        block = text[paragraph.end():stop]
        if _BREAK.match(block) or _says_more(block, again, MAX_WORDS):
            break
        end, paragraph = stop, following
    return end


# `$X$`, `$X_{1} =`, `$X \sim`: a variable named alone at the start of math (one fixed pattern;
# the name is compared, never written into a pattern)
_ALONE = re.compile(r"\$\s*([A-Za-z](?:_\{?\w+\}?)?)\s*(?:\$|=|\\sim)")


class _NamedAlone:
    """Finds `name` named alone at the start of math in a block (see `_ALONE`)."""

    def __init__(self, name: str):
        self.name = name

    def search(self, block: str) -> bool:
        return any(_plain(m.group(1)) == self.name
                   for m in _ALONE.finditer(block))


def _says_more(block: str, again: _NamedAlone, most: int) -> bool:
    """Whether prose between math says more than a few plain words: the variable named
    again, a change ("now", "instead"), a hedge, or more than `most` words."""
    words = " ".join(_MATH.sub(" ", block).split())
    return bool(again.search(block) or len(words.split()) > most or _CHANGE.search(words)
                or _HEDGE.search(words) or HEDGE_ABROAD.search(words))


def _plain(name: str) -> str:
    """X_{1} as X_1."""
    return re.sub(r"[{}\s]", "", name)
