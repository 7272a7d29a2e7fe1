"""Parse latency: warm (median, p90, p99 over real-notes lines), first parse in a fresh process,
and `tutor --help` wall time.

Run: python benchmarks/parse_bench.py [--repeat N]
Lines are timed as read for the first time (the reader's line cache is cleared before each);
the same line read again is timed on its own.
Targets: median parse of a ~60-character LaTeX line <= 1 ms warm; first parse in a fresh
process <= 0.5 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# lines as they stand in study notes (Obsidian align rows after '&' is blanked) and as typed
LATEX = [
    r"\frac{p}{1-p} = \frac{0.2}{0.8} = 0.25",
    r"\ln 0.25 \approx -1.386",
    r"\sigma(z)  = \frac{1}{1+e^{-z}}",
    r"\sigma'(z)  = \frac{e^{-z}}{(1+e^{-z})^{2}}",
    r"\sigma'(z) = \sigma(z)\,(1-\sigma(z))",
    r"\tanh(z) = 2\sigma(2z) - 1",
    r"f(x) = 3x^{2} + 2x",
    r"f'(x)  = \lim_{h \to 0} \frac{f(x+h) - f(x)}{h}",
    r"\lim_{h \to 0} \frac{3(x+h)^{2} + 2(x+h) - 3x^{2} - 2x}{h}",
    r"\lim_{h \to 0} \frac{6xh + 3h^{2} + 2h}{h}",
    r"\lim_{h \to 0} \left(6x + 3h + 2\right)",
    r"6x + 3",
    r"\lim_{x \to 0} \frac{\sin 3x}{x} \to \text{l'hopital} \to "
    r"\lim_{x \to 0} \frac{3\cos 3x}{1} = 3",
    r"\lim_{x \to 1} \frac{x^{2}+1}{x+1} = \lim_{x \to 1} \frac{2x}{1} = 2",
    r"H = -\sum_{i=1}^{8} \frac{1}{8}\log_{2}\frac{1}{8} = \log_{2} 8 = 3 \text{ bits}",
    r"\frac{1}{1+e^{-(2+0.5t)}}  = 0.9",
    r"e^{-(2+0.5t)}  = \frac{1}{9}",
    r"2 + 0.5t  = \ln 9",
    r"t  = 2\ln 9 - 2",
    r"\sigma(x)=\frac{1}{1+e^{-x}},~~~\sigma'(x)=\sigma(x)(1-\sigma(x))",
    r"-(\theta \log_{2}\theta + (1-\theta)\log_{2}(1-\theta))",
    r"P(A|B) = \frac{P(B|A)P(A)}{P(B)}",
    r"P(X=k) = \binom{n}{k} p^{k} (1-p)^{n-k}",
    r"E[X] = np, \quad \mathrm{Var}(X) = np(1-p)",
    r"H(X) = -\sum_{i} p(x_i) \log_{2} p(x_i)",
    r"\frac{d^{2}}{dx^{2}} \log x = -\frac{1}{x^{2}}",
    r"\frac{d}{dx}\left(\frac{1}{1+e^{-x}}\right) = \frac{e^{-x}}{(1+e^{-x})^{2}}",
    r"(\operatorname{arctanh} x)' = \frac{1}{1-x^{2}}",
    r"\sin^{2}x + \cos^{2}x = 1",
    r"2 \sin x \cos x = \sin 2x",
    r"\sqrt[100]{x} = x^{1/100}",
    r"\begin{pmatrix} n \\ k \end{pmatrix} = \frac{n!}{k!(n-k)!}",
    r"C_n^k = \binom{n}{k}",
    r"\log \prod_{i=1}^{n} p(x_i|\theta) = \sum_{i=1}^{n} \log p(x_i|\theta)",
    r"-\frac{1}{N} \sum_{i=1}^{N} y_i \log \hat{y}_i + (1-y_i)\log(1-\hat{y}_i)",
    r"\hat{\theta} = \frac{1}{n}\sum_{i=1}^{n} x_i",
    r"OR = \frac{560 \cdot 36}{260 \cdot 69} \approx 1.1237",
    r"SE = \sqrt{\frac{1}{560}+\frac{1}{260}+\frac{1}{69}+\frac{1}{36}} \approx 0.2189",
    r"\ln\frac{p}{1-p} = -6 + 0.05x_1 + x_2",
    r"x_1 = 20\left(\ln\frac{p}{1-p} + 6 - x_2\right)",
    r"4427441408~bits = 553.43~MB",
    r"\int_{0}^{1} x^{2} \, dx = \frac{1}{3}",
    r"\frac{\cancel{h}(4x+2h-1)}{\cancel{h}} = 4x + 2h - 1",
    r"|\sum_{i} x_i| \le \sum_i |x_i|",
]

PLAIN = [
    "2x^2 - 3x + 1",
    "lim h->0 (g(x+h) - g(x))/h",
    "lim h->0 (1 - (x+h) + 2(x+h)^2 - 1 + x - 2x^2)/h",
    "lim h->0 (-h + 4xh + 2h^2)/h",
    "lim h->0 (4x - 1 + 2h)",
    "4x - 1",
    "d/dx (x^3 sin x)",
    "3x^2 sin x + x^3 cos x",
    "sigma(x) (1 - sigma(x))",
    "e^(-x) / (1 + e^(-x))^2",
    "binom(n,k) p^k (1-p)^(n-k)",
    "sum(i=1..N, i^2) = N(N+1)(2N+1)/6",
    "P(A|B) = P(B|A) P(A) / P(B)",
    "log2(8) = 3",
    "log(x, 10) = ln(x)/ln(10)",
    "x² + 2x + 1 = (x + 1)²",
    "√(x² + 1)",
    "lim x->oo (1 + 1/x)^x = e",
    "3x + 6 = 12",
    "x = 2",
    "20*(log(p/(1-p)) + 6 - x2)",
    "1/(1+exp(4.8792-0.0258*33))",
    "exp(0.0258 +- 2.576*0.0194)",
    "f'(x) = 4x - 1",
    "θ² − 2θ·π + π²",
    "-p log p - (1-p) log(1-p)",
    "sqrt(1/560 + 1/260 + 1/69 + 1/36)",
    "2 sin x cos x",
    "tanh(x) = 2 sigma(2x) - 1",
    "n(n+1)/2",
    "E[X^2] - E[X]^2",
    "1e-3 * 2^10",
    "|x - 1| <= 2",
]

CORPUS = LATEX + PLAIN

FRESH = (
    "import time; t0 = time.perf_counter()\n"
    "from tutor.read.parser import parse\n"
    "t1 = time.perf_counter()\n"
    "parse(r'f(x) = \\frac{1}{1+e^{-x}}')\n"
    "t2 = time.perf_counter()\n"
    "print(t1 - t0, t2 - t1)\n"
)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _timed_read(parse, error, line: str) -> float:
    """Seconds to read one line (a line that cannot be read counts too)."""
    start = time.perf_counter()
    try:
        parse(line)
    except error:
        pass
    return time.perf_counter() - start


def warm(repeat: int) -> None:
    from tutor.errors import ParseError
    from tutor.read.parser import parse

    try:
        from tutor.read.parser import clear_parse_cache as forget
    except ImportError:  # a reader without a line cache
        def forget() -> None:
            return None

    failures = []
    for line in CORPUS:  # warm every lexer state and the caches first
        try:
            parse(line)
        except ParseError as exc:
            failures.append(f"{line!r}: {exc}")
    times: list[float] = []
    sixty: list[float] = []
    cached: list[float] = []
    for _ in range(repeat):
        for line in CORPUS:
            forget()  # time a line not read before; the cached read is timed on its own
            elapsed = _timed_read(parse, ParseError, line)
            times.append(elapsed)
            if line in LATEX and 45 <= len(line) <= 75:
                sixty.append(elapsed)
            cached.append(_timed_read(parse, ParseError, line))
    ms = [t * 1e3 for t in times]
    print(f"corpus: {len(CORPUS)} lines ({len(LATEX)} LaTeX, {len(PLAIN)} plain), "
          f"{repeat} rounds, {len(failures)} not parsed")
    for failure in failures:
        print("  not parsed:", failure)
    print(f"warm parse: median {statistics.median(ms):.3f} ms, p90 {percentile(ms, 0.9):.3f} ms, "
          f"p99 {percentile(ms, 0.99):.3f} ms, max {max(ms):.3f} ms")
    print(f"the same line read again (the line cache): median "
          f"{statistics.median(cached) * 1e3:.3f} ms")
    if sixty:
        med = statistics.median(sixty) * 1e3
        verdict = "ok" if med <= 1.0 else "ABOVE TARGET"
        print(f"warm parse of 45-75 character LaTeX lines: median {med:.3f} ms "
              f"(target <= 1 ms: {verdict})")


def fresh(runs: int) -> None:
    totals, imports, parses, walls = [], [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", FRESH], capture_output=True, text=True,
                             cwd=ROOT, timeout=120)
        walls.append(time.perf_counter() - start)
        if out.returncode != 0:
            print("first parse in a fresh process: failed:", out.stderr.strip()[-300:])
            return
        t_import, t_parse = map(float, out.stdout.split())
        imports.append(t_import)
        parses.append(t_parse)
        totals.append(t_import + t_parse)
    total = statistics.median(totals)
    verdict = "ok" if total <= 0.5 else "ABOVE TARGET"
    print(f"first parse in a fresh process (median of {runs}): "
          f"import {statistics.median(imports):.3f} s + "
          f"first parse {statistics.median(parses):.3f} s = {total:.3f} s "
          f"(target <= 0.5 s: {verdict}); process wall time incl. interpreter start "
          f"{statistics.median(walls):.3f} s")


def help_time(runs: int) -> None:
    walls = []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "tutor", "--help"], capture_output=True,
                             text=True, cwd=ROOT, timeout=120)
        walls.append(time.perf_counter() - start)
        if out.returncode != 0:
            print("tutor --help wall time: n/a")
            return
    print(f"tutor --help wall time (median of {runs}): {statistics.median(walls):.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30, help="rounds over the corpus (warm)")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes to start")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    warm(args.repeat)
    fresh(args.runs)
    help_time(args.runs)


if __name__ == "__main__":
    main()
