"""How results show themselves: marks, one-line texts, HTML and Markdown fragments (strings only).

Shared by the display methods of tutor.model (Jupyter's `_repr_html_`, `_repr_markdown_`, `str`)
and the HTML report, so a step looks the same in a notebook and on the report page. It works on
any object with the fields of a StepResult, Verdict or FileReport and imports nothing of tutor.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

MARKS = {"ok": "✓", "error": "✗", "warning": "⚠", "unchecked": "?", "parse_error": "?"}
COLORS = {"ok": "#1a7f37", "error": "#cf222e", "warning": "#9a6700", "unchecked": "#0969da",
          "parse_error": "#8250df"}
VERDICT_MARKS = {"equal": "✓", "not_equal": "✗", "unknown": "?"}
RELATION_TEX = {"=": "=", "->": r"\to", "=>": r"\Rightarrow", "<=>": r"\Leftrightarrow",
                "!=": r"\neq", "<=": r"\le", ">=": r"\ge", "<": "<", ">": ">", "~": r"\approx",
                "≈": r"\approx", "approx": r"\approx"}

# plain notation made to look like math (display only: the text is never read as code here)
_PLAIN_WORDS = re.compile(r"(?<![\\A-Za-z])(sin|cos|tan|cot|sec|csc|sinh|cosh|tanh|arcsin|"
                          r"arccos|arctan|ln|log|exp|lim|max|min|det)(?![A-Za-z])")
_PLAIN_GREEK = re.compile(r"(?<![\\A-Za-z])(alpha|beta|gamma|delta|epsilon|theta|lambda|mu|"
                          r"sigma|tau|phi|pi|omega)(?![A-Za-z])")
_PLAIN_NAMES = re.compile(r"(?<![\\A-Za-z])(sqrt|softplus|logit|ReLU|relu)(?![A-Za-z])")
_PLAIN_ARROWS = (("<=>", r" \Leftrightarrow "), ("=>", r" \Rightarrow "), ("->", r" \to "),
                 ("<=", r" \le "), (">=", r" \ge "), ("!=", r" \neq "), ("*", r" \cdot "))
_PLAIN_LIMIT = re.compile(r"(?<![\\A-Za-z])lim\s+([A-Za-z]\w*)\s*->\s*(-?(?:oo|∞|[\w.]+))")
_PLAIN_INFINITY = re.compile(r"(?<![A-Za-z])oo(?![A-Za-z])|∞")

MathFormat = Callable[[str, str], str]  # (TeX to typeset, the text as written) -> HTML


def mark(verdict: str) -> str:
    """✓ ✗ ⚠ ? for a step verdict."""
    return MARKS.get(verdict, "?")


def looks_like_tex(source: str) -> bool:
    """Text with a backslash is TeX; braces alone are plain (`lim_{x->0}`), as the reader says."""
    return "\\" in source


def _braced_powers(source: str) -> str:
    """`e^(x^3)` -> `e^{x^3}`: a bracketed exponent typeset whole, its brackets dropped."""
    out, k = [], 0
    while k < len(source):
        if source.startswith("^(", k) or source.startswith("_(", k):
            depth, end = 0, k + 1
            while end < len(source):
                depth += {"(": 1, ")": -1}.get(source[end], 0)
                if depth == 0:
                    break
                end += 1
            if end < len(source):
                out.append(f"{source[k]}{{{_braced_powers(source[k + 2:end])}}}")
                k = end + 1
                continue
        out.append(source[k])
        k += 1
    return "".join(out)


def plain_to_tex(source: str) -> str:
    """Plain step text (`lim h->0 sin(x)/x`) as TeX to typeset: function names upright, arrows,
    bracketed exponents braced, the variable of a limit under it."""
    source = _PLAIN_LIMIT.sub(r"lim_{\1 -> \2}", _braced_powers(source))
    for plain, tex in _PLAIN_ARROWS:
        source = source.replace(plain, tex)
    source = _PLAIN_INFINITY.sub(r"\\infty ", source)
    source = _PLAIN_WORDS.sub(r"\\\1 ", source)
    source = _PLAIN_GREEK.sub(r"\\\1 ", source)
    return _PLAIN_NAMES.sub(r"\\operatorname{\1}", source)


# Word's linear math (UnicodeMath) as TeX can set it: its n-ary mark and invisible brackets,
# double-struck e and d, the invisible function application, an accent apart from its letter
_OFFICE_MARKS = str.maketrans({"▒": " ", "〖": "{", "〗": "}", "ⅇ": "e", "ⅆ": "d", "│": "|",
                               "\u2061": " ", "\u2062": " ", "\u0305": "\u0304"})
_SPACED_ACCENT = re.compile(r"(?<=\w) ([\u0302\u0303\u0304\u0305])")


def _office_marks_set(text: str) -> str:
    return _SPACED_ACCENT.sub(r"\1 ", text).translate(_OFFICE_MARKS)


def step_tex(source: str, relation: str | None, left: str = "") -> str:
    """The TeX of a step as written: its relation to the line above, then its text; `left` is
    what stands before it on its line, relation included (`2x = ` of `2x = 8`), if known."""
    def tex_of(text: str) -> str:
        return " ".join((text if looks_like_tex(text) else plain_to_tex(_office_marks_set(
            text))).split())

    if left:
        return f"{tex_of(left)} {tex_of(source)}"
    if relation:
        return f"{RELATION_TEX.get(relation, relation)} {tex_of(source)}"
    return tex_of(source)


def location(step, path: str | None = None) -> str:
    """`notes.md:12:5`, or `notes.ipynb: cell 3, line 2:5` for a notebook step."""
    prefix = f"{path}:" if path else ""
    if getattr(step, "cell", None):
        return f"{prefix} cell {step.cell}, line {step.line}:{step.column}".lstrip()
    return f"{prefix}{step.line}:{step.column}"


# ---------------------------------------------------------------- text


def step_str(step, path: str | None = None) -> str:
    """`✗ 12:5 error: not equal to the previous line [sign]` and the diagnosis, if any."""
    code = f" [{step.code}]" if step.code else ""
    text = f"{mark(step.verdict)} {location(step, path)} {step.verdict}: {step.message}{code}"
    read_as = step.read_as if step.read_as != " ".join(step.source.split()) else None
    extra = [f"  {label}: {value}" for label, value in
             (("read as", read_as), ("diagnosis", step.diagnosis)) if value]
    return "\n".join([text, *extra])


def verdict_str(verdict) -> str:
    """`equal (numeric: agrees at 96 points)`, `not equal: x = 2`, `unknown: reason`."""
    text = f"{VERDICT_MARKS.get(verdict.status, '?')} {verdict.status.replace('_', ' ')}"
    if verdict.witness:
        text += " at " + ", ".join(f"{k} = {v}" for k, v in verdict.witness.items())
    detail = verdict.reason or verdict.method
    return f"{text} ({detail})" if detail else text


def counts_str(counts: dict[str, int]) -> str:
    return " ".join(f"{mark(verdict)}{count}" for verdict, count in counts.items() if count)


def report_str(report) -> str:
    """The file, its counts, then one line per step that is not ok."""
    lines = [f"{report.path}: {len(report.steps)} steps  {counts_str(report.summary())}".rstrip()]
    if report.error:
        lines.append(f"  error: {report.error}")
    lines += ["  " + step_str(s).replace("\n", "\n  ") for s in report.steps if s.verdict != "ok"]
    return "\n".join(lines)


# ---------------------------------------------------------------- HTML


def as_written(step, left: str = "") -> str:
    """A step as it stands in the notes: what is before it on its line (or its relation)."""
    before = left or step.relation or ""
    return " ".join(f"{before} {step.source}".split())


def jupyter_math(tex: str, written: str = "") -> str:
    """Inline math a notebook typesets (MathJax or KaTeX looks for \\( \\) in HTML outputs)."""
    return f"<span class='tutor-math'>\\({html.escape(tex)}\\)</span>"


def step_html(step, math: MathFormat = jupyter_math, path: str | None = None,
              tag: str = "div", left: str = "") -> str:
    """One step: its mark, where it stands, the math typeset, and beside it what was said."""
    color = COLORS.get(step.verdict, "#57606a")
    e = html.escape
    formula = math(step_tex(step.source, step.relation, left), as_written(step, left))
    code = f" <code class='code'>[{e(step.code)}]</code>" if step.code else ""
    details = "".join(
        f"<div class='{cls}'><span class='label'>{label}</span> {e(value)}</div>"
        for cls, label, value in (("read-as", "read as", step.read_as),
                                  ("diagnosis", "diagnosis", step.diagnosis),
                                  ("method", "method", step.method)) if value)
    return (f"<{tag} class='step verdict-{e(step.verdict)}' data-verdict='{e(step.verdict)}'>"
            f"<span class='mark' style='color:{color}' title='{e(step.verdict)}'>"
            f"{mark(step.verdict)}</span> "
            f"<span class='where'>{e(location(step, path))}</span> "
            f"<span class='formula'>{formula}</span>"
            f"<div class='said'><div class='message'>"
            f"<span class='verdict' style='color:{color}'>{e(step.verdict)}</span>: "
            f"{e(step.message)}{code}</div>{details}</div></{tag}>")


def verdict_html(verdict) -> str:
    status = verdict.status.replace("_", " ")
    color = {"equal": COLORS["ok"], "not_equal": COLORS["error"]}.get(verdict.status, "#0969da")
    rows = [("method", verdict.method), ("reason", verdict.reason),
            ("direction", verdict.direction),
            ("witness", ", ".join(f"{k} = {v}" for k, v in (verdict.witness or {}).items()))]
    details = "".join(f"<div><span class='label'>{k}</span> {html.escape(v)}</div>"
                      for k, v in rows if v)
    return (f"<div class='tutor-verdict'><b style='color:{color}'>"
            f"{VERDICT_MARKS.get(verdict.status, '?')} {status}</b>{details}</div>")


def report_html(report, math: MathFormat = jupyter_math) -> str:
    """A file's summary and its steps, for a notebook output."""
    e = html.escape
    steps = "".join(step_html(s, math, tag="li") for s in report.steps)
    error = f"<p class='error'>{e(report.error)}</p>" if report.error else ""
    return (f"<div class='tutor-report'><b>{e(report.path)}</b> — {len(report.steps)} steps "
            f"{e(counts_str(report.summary()))}{error}"
            f"<ol style='list-style:none;padding-left:0'>{steps}</ol></div>")


# ---------------------------------------------------------------- Markdown


def _md(text: str) -> str:
    """Text safe inside Markdown: the characters that would start markup escaped."""
    return re.sub(r"([\\`*_{}\[\]<>#|$])", r"\\\1", text)


def step_markdown(step, path: str | None = None) -> str:
    tex = step_tex(step.source, step.relation).replace("$", r"\$")
    code = f" `[{step.code}]`" if step.code else ""
    line = (f"- {mark(step.verdict)} `{location(step, path)}` ${tex}$ — **{step.verdict}**: "
            f"{_md(step.message)}{code}")
    extra = [f"  - *{label}:* {_md(value)}" for label, value in
             (("read as", step.read_as), ("diagnosis", step.diagnosis)) if value]
    return "\n".join([line, *extra])


def verdict_markdown(verdict) -> str:
    return f"**{_md(verdict_str(verdict))}**"


def report_markdown(report) -> str:
    head = f"**{_md(report.path)}** — {len(report.steps)} steps {counts_str(report.summary())}"
    error = [f"> {_md(report.error)}"] if report.error else []
    return "\n".join([head, "", *error, *(step_markdown(s) for s in report.steps)])
