"""Practice session logic with a fake checker, and the prompt_toolkit app on a pipe."""

from __future__ import annotations

import pytest
from prompt_toolkit.document import Document
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from tutor.errors import ParseError, TutorError
from tutor.model import Problem, StepResult
from tutor.practice import chooser, repl
from tutor.practice.render import format_result
from tutor.practice.session import (
    HELP,
    PracticeSession,
    bracket_depth,
    split_statements,
)

TARGET = "2x + 1"


def make_problem(pid: str = "toy-square", topic: str = "algebra", **kw) -> Problem:
    fields = dict(
        id=pid, title="Expand a square", topic=topic,
        statement="Simplify $(x+1)^2 - x^2$ as far as it goes.", target=TARGET,
        hints=["Expand the square first.", "(a+b)^2 = a^2 + 2ab + b^2.",
               "x^2 + 2x + 1 - x^2"],
        solution=["x^2 + 2x + 1 - x^2", "2x + 1"], start="(x+1)^2 - x^2",
        given={"f(x)": "(x+1)^2"}, assume=["x real"])
    fields.update(kw)
    return Problem(**fields)


def result(n: int, text: str, verdict: str, **kw) -> StepResult:
    return StepResult(line=n, end_line=n, column=kw.pop("column", 1), source=text,
                      relation="=", verdict=verdict, message=kw.pop("message", ""), **kw)


def fake_checker(lines: list[str], problem: Problem | None) -> list[StepResult]:
    """Verdicts by keyword; earlier lines get results too (the session must pick the last)."""
    out = []
    for n, text in enumerate(lines, 1):
        if "bad" in text:
            out.append(result(n, text, "error", message="not equal to the previous line",
                              code="sign", diagnosis="-x is not +x", method="witness x=0.5"))
        elif "maybe" in text:
            out.append(result(n, text, "unchecked", message="unknown function q"))
        elif "typo" in text:
            out.append(result(n, text, "parse_error", message="unexpected ')'", column=3))
        elif "boom" in text:
            raise RuntimeError("checker bug")
        elif "chain" in text:
            out += [result(n, "a = b", "ok", message="equal"),
                    result(n, "b = c", "error", message="not equal", code="term")]
        else:
            out.append(result(n, text, "ok", message="equal", method="expand"))
    out.append(result(len(lines), lines[-1], "error", code="final-answer",
                      message="the final result is wrong (an earlier error carried forward)"))
    return out


def fake_reaches(lines: list[str], problem: Problem) -> bool:
    return lines[-1].replace(" ", "") == problem.target.replace(" ", "")


def fake_reader(text: str) -> str:
    if text.count("(") != text.count(")"):
        raise ParseError("unbalanced bracket", text=text, column=text.index("(") + 1)
    return text.replace("2x", "2·x")


class FakeStore:
    def __init__(self, fail: bool = False):
        self.calls: list[tuple] = []
        self.fail = fail

    def _log(self, *call):
        if self.fail:
            raise TutorError("database is locked")
        self.calls.append(call)

    def start_attempt(self, problem_id, topic):
        self._log("start", problem_id, topic)
        return len([c for c in self.calls if c[0] == "start"])

    def record_step(self, attempt_id, n, text, verdict, code):
        self._log("step", attempt_id, n, text, verdict, code)

    def record_hint(self, attempt_id, level):
        self._log("hint", attempt_id, level)

    def finish_attempt(self, attempt_id, solved, revealed=False):
        self._log("finish", attempt_id, solved, revealed)


class Clock:
    def __init__(self):
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def session(problem: Problem | None = None, **kw) -> PracticeSession:
    kw.setdefault("checker", fake_checker)
    kw.setdefault("reaches", fake_reaches)
    kw.setdefault("reader", fake_reader)
    kw.setdefault("clock", Clock())
    return PracticeSession(make_problem() if problem is None else problem, **kw)


def run(s: PracticeSession, *inputs: str) -> list[str]:
    out: list[str] = []
    for text in inputs:
        out += s.handle(text)
    return out


def joined(lines: list[str]) -> str:
    return "\n".join(lines)


# -- pure helpers --------------------------------------------------------------------------
@pytest.mark.parametrize("text, depth", [
    ("", 0), ("(x+1)", 0), ("(x+1", 1), ("lim h->0 ((x+h", 2), ("f(x))", 0), ("[{(", 3),
])
def test_bracket_depth(text, depth):
    assert bracket_depth(text) == depth


@pytest.mark.parametrize("text, statements", [
    ("2x", ["2x"]),
    ("  2x  \n\n3x\n", ["2x", "3x"]),
    ("lim h->0 (x\n + h)/h\nhint", ["lim h->0 (x + h)/h", "hint"]),
    ("a\r\nb\rc", ["a", "b", "c"]),
    ("(open\nstill", ["(open still"]),
    ("\n \n", []),
])
def test_split_statements(text, statements):
    assert split_statements(text) == statements


@pytest.mark.parametrize("res, expect", [
    (result(1, "x", "ok", message="equal", method="expanded"), "✓ equal — expanded"),
    (result(1, "x", "ok"), "✓ follows from the line before"),
    (result(1, "x", "error", message="not equal to the previous line", code="sign",
            diagnosis="-(x+h) + x is -h, not +h"),
     "✗ not equal to the previous line: -(x+h) + x is -h, not +h  [sign]"),
    (result(1, "x", "warning", message="the limit was dropped", code="limit-dropped"),
     "! the limit was dropped  [limit-dropped]"),
    (result(1, "x", "unchecked", message="unknown function p"), "? unknown function p"),
    (result(1, "1/(2x", "parse_error", message="missing )", column=6),
     "✗ could not read this: missing )\n  1/(2x\n       ^"),
])
def test_format_result(res, expect):
    assert joined(format_result(res)) == expect


# -- steps ---------------------------------------------------------------------------------
def test_right_step_is_echoed_and_confirmed():
    s = session()
    out = run(s, "x^2 + 2x + 1 - x^2")
    assert out[0] == "  read as: x^2 + 2·x + 1 - x^2"
    assert out[1] == "✓ equal — expand"
    assert s.lines == ["x^2 + 2x + 1 - x^2"] and not s.solved


def test_wrong_step_gives_diagnosis_and_code_and_counts_a_mistake():
    s = session()
    out = joined(run(s, "bad step"))
    assert "✗ not equal to the previous line: -x is not +x  [sign]" in out
    assert s.mistakes == 1 and s.lines == ["bad step"]


@pytest.mark.parametrize(("verdict", "code", "counted"), [
    ("warning", "limit-rewrite", 1),   # 2h became 7h under the limit: the step is off
    ("warning", None, 0),
    ("ok", None, 0),
])
def test_a_warning_with_a_code_counts_as_a_mistake(verdict, code, counted):
    def checker(lines, problem):
        return [StepResult(1, 1, 1, lines[-1], "=", verdict, "message", code)]
    s = session(checker=checker)
    run(s, "some step")
    assert s.mistakes == counted


def test_final_answer_code_is_not_shown_mid_derivation():
    out = joined(run(session(), "x^2 + 2x + 1 - x^2"))
    assert "final-answer" not in out and "✗" not in out


def test_unchecked_step_says_why():
    assert "? unknown function q" in run(session(), "maybe q(x)")


def test_reader_parse_error_shows_caret_and_keeps_nothing():
    s = session()
    out = run(s, "2(x + 1")
    assert out == ["✗ could not read this: unbalanced bracket", "  2(x + 1", "   ^"]
    assert s.lines == []


def test_checker_parse_error_is_not_kept():
    s = session()
    out = run(s, "typo)")
    assert out[-2:] == ["  typo)", "    ^"] and s.lines == []


def test_checker_crash_is_unchecked_not_fatal():
    s = session()
    out = joined(run(s, "boom"))
    assert "? internal error (RuntimeError): checker bug" in out
    assert s.lines == ["boom"] and not s.done


def test_leading_equals_sign_continues_from_the_line_before():
    s = session()
    run(s, "= x^2 + 2x + 1 - x^2", "==x", "=")
    assert s.lines == ["x^2 + 2x + 1 - x^2", "==x", "="]


def test_chain_reports_each_step():
    out = run(session(), "chain")
    assert "✓ a = b: equal" in out and "✗ b = c: not equal  [term]" in out


def test_paste_of_several_lines_checks_them_in_order():
    s = session()
    out = run(s, "x^2 + 2x + 1 - x^2\nbad\nundo\n2x + 1")
    assert s.lines == ["x^2 + 2x + 1 - x^2", "2x + 1"] and s.solved
    assert [line[0] for line in out if line and line[0] in "✓✗"] == ["✓", "✗", "✓"]


# -- solving -------------------------------------------------------------------------------
def test_reaching_the_target_solves_and_records():
    store, clock = FakeStore(), Clock()
    s = session(store=store, clock=clock)
    assert "Hint (about your last line): Check the signs" in joined(run(s, "bad", "undo", "hint"))
    clock.t += 125
    out = run(s, "x^2 + 2x + 1 - x^2", "2x + 1")
    assert s.solved
    assert "★ Solved! 2 steps · 1 mistake · 1 hint · 2 min 05 s" in out
    assert store.calls[0] == ("start", "toy-square", "algebra")
    assert ("hint", 1, -1) in store.calls  # a hint that answered the slip, off the ladder
    assert store.calls[-1] == ("finish", 1, True, False)
    steps = [c for c in store.calls if c[0] == "step"]
    assert [(c[2], c[4], c[5]) for c in steps] == [(1, "error", "sign"), (1, "ok", None),
                                                   (2, "ok", None)]
    assert "Solved already" in joined(run(s, "2x + 1 + 0"))
    run(s, "quit")
    assert store.calls[-1] == ("finish", 1, True, False)  # quitting keeps it solved


def test_undo_after_solving_reopens_and_keeps_it_solved():
    store = FakeStore()
    s = session(store=store)
    run(s, "x^2 + 2x + 1 - x^2", "2x + 1")
    assert s.solved
    out = joined(run(s, "undo"))
    assert not s.solved and "stays solved in your progress" in out
    out = joined(run(s, "2x + 1"))   # checked again (before: "Solved already")
    assert s.solved and "Solved already" not in out and "Solved!" in out
    run(s, "undo", "quit")
    finishes = [c for c in store.calls if c[0] == "finish"]
    assert finishes == [("finish", 1, True, False)]  # one success, never a failure after it


def test_target_after_an_uncorrected_wrong_step_is_not_solved():
    s = session()
    out = joined(run(s, "bad", "2x + 1"))
    assert not s.solved and "step 1 is wrong" in out


def test_solution_needs_confirmation_and_is_recorded_as_revealed():
    store = FakeStore()
    s = session(store=store)
    out = run(s, "solution")
    assert s.pending and s.prompt.endswith("[y/N] ")
    assert run(s, "n") == ["Solution not shown."] and not s.revealed
    run(s, "solution")
    out = joined(run(s, "y"))
    assert s.revealed and "Worked solution:" in out and "2x + 1" in out
    assert ("finish", 1, False, True) in store.calls
    run(s, "x^2 + 2x + 1 - x^2", "2x + 1")
    assert s.solved and store.calls[-1] == ("finish", 1, True, True)


def test_solution_question_answered_with_math_checks_the_math():
    s = session()
    run(s, "solution")
    out = run(s, "x^2 + 2x + 1 - x^2")
    assert out[0] == "Solution not shown." and s.lines == ["x^2 + 2x + 1 - x^2"]


# -- commands ------------------------------------------------------------------------------
def test_hint_levels_then_no_more():
    s = session()
    outs = [joined(run(s, "hint")) for _ in range(4)]
    assert outs[0] == "Hint 1/3: Expand the square first."
    assert outs[1].startswith("Hint 2/3: (a+b)^2")
    assert outs[2].startswith("Hint 3/3:")
    assert outs[3].startswith("No more hints") and s.hints_used == 3


def test_hint_without_hints():
    assert "no hints" in joined(run(session(make_problem(hints=[])), "hint"))


@pytest.mark.parametrize("inputs, lines, expect", [
    (["undo"], [], "Nothing to undo."),
    (["x^2 + 2x + 1 - x^2", "undo"], [], "now continuing from: (x+1)^2 - x^2"),
    (["x^2 + 2x + 1 - x^2", "bad", "UNDO"], ["x^2 + 2x + 1 - x^2"], "undone: bad"),
])
def test_undo(inputs, lines, expect):
    s = session()
    out = run(s, *inputs)
    assert s.lines == lines and expect in out


def test_steps_lists_the_derivation_with_verdicts():
    s = session()
    assert run(s, "steps") == ["   0    (x+1)^2 - x^2", "   1  ✓ x^2 + 2x + 1 - x^2"][:1]
    run(s, "x^2 + 2x + 1 - x^2", "bad")
    assert run(s, "steps") == ["   0    (x+1)^2 - x^2", "   1  ✓ x^2 + 2x + 1 - x^2",
                               "   2  ✗ bad"]


def test_show_and_intro_are_readable():
    s = session()
    out = run(s, "show")
    assert out == s.intro()
    text = joined(out)
    assert "toy-square · algebra" in text and "Simplify (x+1)^2 - x^2" in text
    assert "$" not in text and "given:  f(x) = (x+1)^2" in text
    assert "start:  (x+1)^2 - x^2" in text and TARGET not in text


def test_restart_starts_a_new_attempt():
    store = FakeStore()
    s = session(store=store)
    run(s, "hint", "bad")
    out = joined(run(s, "restart"))
    assert "Starting afresh" in out and s.lines == [] and s.hints_used == 0
    assert s.mistakes == 0 and ("finish", 1, False, False) in store.calls
    run(s, "hint")
    assert store.calls[-2:] == [("start", "toy-square", "algebra"), ("hint", 2, 1)]


def test_next_moves_to_another_problem_of_the_topic():
    probs = [make_problem("a1"), make_problem("other", topic="calculus"), make_problem("a2")]
    s = session(probs[0], catalogue=lambda: probs)
    run(s, "bad")
    out = run(s, "next")
    assert s.problem.id == "a2" and s.lines == [] and out[0].startswith("a2 · algebra")
    run(s, "next")
    assert s.problem.id == "a1"
    lonely = session(probs[1], catalogue=lambda: probs)
    assert "No other calculus problem" in joined(run(lonely, "next"))


@pytest.mark.parametrize("word", ["quit", "exit", "QUIT"])
def test_quit_finishes_the_attempt(word):
    store = FakeStore()
    s = session(store=store)
    run(s, "bad", word, "hint")  # nothing after quit is handled
    assert s.done and store.calls[-1] == ("finish", 1, False, False)


def test_help_fits_the_screen():
    out = run(session(), "help")
    assert out == HELP.splitlines() and run(session(), "?") == out
    assert len(out) <= 20 and max(map(len, out)) <= 80


def test_quit_without_doing_anything_records_nothing():
    store = FakeStore()
    run(session(store=store), "show", "steps", "quit")
    assert store.calls == []


def test_failing_store_is_reported_once():
    s = session(store=FakeStore(fail=True))
    first = joined(run(s, "hint"))
    assert "progress will not be saved" in first and "Hint 1/3" in first
    assert "progress" not in joined(run(s, "x^2 + 2x + 1 - x^2"))
    assert s.store is None


def test_toolbar():
    s = session()
    run(s, "hint", "bad")
    bar = s.toolbar()
    assert "toy-square" in bar and "step 1" in bar and "hints 1/3" in bar
    assert len(session(make_problem("x" * 100)).toolbar()) <= 80


def test_scratchpad():
    s = PracticeSession(None, checker=fake_checker, reader=fake_reader, clock=Clock())
    assert "Scratchpad" in joined(s.intro())
    assert "needs a problem" in joined(run(s, "hint"))
    assert "needs a problem" in joined(run(s, "solution"))
    run(s, "x + x", "2x", "bad")
    assert s.lines == ["x + x", "2x", "bad"] and not s.solved
    assert "Scratchpad" in joined(run(s, "restart")) and s.lines == []


def test_first_scratchpad_line_without_result_is_noted():
    s = PracticeSession(None, checker=lambda lines, p: [], reader=str, clock=Clock())
    assert run(s, "x + x")[-1] == "· noted: the next line is checked against it"


def test_render_expr_one_line():
    sympy = pytest.importorskip("sympy")
    from tutor.practice.render import render_expr

    x, h = sympy.symbols("x h")
    assert render_expr(sympy.Rational(1, 2) * x) == "x/2"
    assert render_expr(1 / (2 * x)) in ("1/(2x)", "1/(2·x)")   # the reports' notation
    assert render_expr(sympy.Add(x**2, 1, evaluate=False)) == "x^2 + 1"
    assert render_expr(sympy.pi) == "π"
    assert render_expr(sympy.Limit((4 * x * h - h) / h, h, 0, "+-")).startswith("lim h→0 (")
    assert render_expr(sympy.Limit(x, x, 0, "+")).startswith("lim x→0+ (")   # as written
    assert render_expr(sympy.Eq(x, 2)) == "x = 2"
    assert len(render_expr(sum(sympy.symbols("a:60")))) <= 66


# -- prompt_toolkit pieces -----------------------------------------------------------------
@pytest.mark.parametrize("line, tokens", [
    ("2x^2", [("class:number", "2"), ("class:name", "x"), ("class:operator", "^"),
              ("class:number", "2")]),
    ("sin(x)", [("class:function", "sin"), ("class:bracket", "("), ("class:name", "x"),
                ("class:bracket", ")")]),
    ("a) ", [("class:name", "a"), ("class:bracket-error", ")"), ("", " ")]),
    ("h->0", [("class:name", "h"), ("class:operator", "->"), ("class:number", "0")]),
])
def test_lexer_tokens(line, tokens):
    assert repl.MathLexer.tokens(line) == tokens


def test_lexer_marks_commands():
    get = repl.MathLexer().lex_document(Document("hint"))
    assert get(0) == [("class:command", "hint")] and get(5) == []


@pytest.mark.parametrize("text, expect", [
    ("hi", {"hint"}),
    ("so", {"solution", "softmax", "softplus"}),
    ("toy", {"toy-square"}),
    ("2 + si", {"sin", "sinh", "sigma", "sigmoid"}),
    ("x + lo", {"log", "log2", "log10", "logit"}),
    ("", set()),
])
def test_completer(text, expect):
    comp = repl.TutorCompleter(lambda: ["toy-square", "bayes"])
    got = {c.text for c in comp.get_completions(Document(text), None)}
    assert got == expect


def test_editing_mode(monkeypatch):
    from prompt_toolkit.enums import EditingMode

    monkeypatch.delenv("TUTOR_EDITING_MODE", raising=False)
    assert repl.editing_mode(False) == EditingMode.EMACS
    assert repl.editing_mode(True) == EditingMode.VI
    monkeypatch.setenv("TUTOR_EDITING_MODE", "vi")
    assert repl.editing_mode(False) == EditingMode.VI


# -- the app on a pipe ---------------------------------------------------------------------
@pytest.fixture(autouse=True)
def tutor_home(tmp_path, monkeypatch):
    monkeypatch.setenv("TUTOR_HOME", str(tmp_path))
    return tmp_path


def drive(keys: str, problem_id: str | None = "toy-square", **kw) -> tuple[int, list[str]]:
    out: list[str] = []
    probs = [make_problem(), make_problem("toy-two")]
    kw.setdefault("store", FakeStore())
    with create_pipe_input() as inp:
        inp.send_text(keys)
        rc = repl.run_practice(problem_id, input=inp, output=DummyOutput(), checker=fake_checker,
                               reaches=fake_reaches, catalogue=lambda: probs,
                               reader=fake_reader, echo=out.extend, **kw)
    return rc, out


def test_app_session_solves_and_quits(tutor_home):
    store = FakeStore()
    rc, out = drive("hint\rbad\rundo\rx^2 + 2x + 1 - x^2\r2x + 1\rquit\r", store=store)
    text = joined(out)
    assert rc == 0 and "Hint 1/3" in text and "[sign]" in text and "★ Solved!" in text
    assert store.calls[-1] == ("finish", 1, True, False)
    assert "x^2 + 2x + 1 - x^2" in (tutor_home / "history").read_text()


def test_app_open_bracket_continues_the_line():
    store = FakeStore()
    rc, out = drive("(x+1)^2 - (x\r^2)\rquit\r", store=store)
    assert [c[3] for c in store.calls if c[0] == "step"] == ["(x+1)^2 - (x ^2)"]


def test_app_bracketed_paste_checks_each_line():
    store = FakeStore()
    rc, out = drive("\x1b[200~x^2 + 2x + 1 - x^2\nbad\x1b[201~\rquit\r", store=store)
    steps = [(c[3], c[4]) for c in store.calls if c[0] == "step"]
    assert steps == [("x^2 + 2x + 1 - x^2", "ok"), ("bad", "error")]


def test_app_ctrl_c_cancels_the_line_and_ctrl_d_leaves():
    store = FakeStore()
    rc, out = drive("bad\x03hint\r\x04", store=store)
    assert rc == 0 and not [c for c in store.calls if c[0] == "step"]
    assert store.calls[-1] == ("finish", 1, False, False)


def test_app_solution_confirmation():
    store = FakeStore()
    rc, out = drive("solution\ry\rquit\r", store=store)
    assert "Worked solution:" in out and ("finish", 1, False, True) in store.calls


def test_app_chooses_a_problem_from_the_list():
    rc, out = drive("toy-two\rshow\rquit\r", problem_id=None)
    assert out[0].startswith("algebra: a number or an id")
    assert out.count("toy-two · algebra") == 2


@pytest.mark.parametrize("keys", ["\r", "\x04"])
def test_app_chooser_can_leave(keys):
    rc, out = drive(keys, problem_id=None)
    assert rc == 0 and "   2   toy-two     Expand a square" in out


def test_app_chooser_reports_unknown_ids():
    rc, out = drive("toy-tow\r2\rquit\r", problem_id=None)
    assert "no problem toy-tow; did you mean toy-two? (no title matches either)" in out
    assert "toy-two · algebra" in out


BANK = [make_problem("deriv-a", "calculus", title="Derivative of a cubic", tags=["limits"]),
        make_problem("deriv-b", "calculus", title="Derivative of a root", aliases=["PRB-33"]),
        make_problem("bayes", "probability", title="Bayes rule for a test")]


@pytest.mark.parametrize("inputs, chosen, last", [
    (["1", "2"], "deriv-b", None),
    (["calculus", "1"], "deriv-a", None),
    (["prb-33"], "deriv-b", None),
    (["BAYES"], "bayes", None),
    (["root"], "deriv-b", None),  # one search hit is taken at once
    (["derivative"], None, "   2   deriv-b  Derivative of a root"),
    (["limits cubic"], "deriv-a", None),
    (["9"], None, "no number 9 here"),
    (["1", "7"], None, "no number 7 here"),
    (["zzz"], None, "no problem zzz (no title matches either)"),
    (["1", ""], None, "   2  probability                        1 problem, 0 solved"),
])
def test_chooser(inputs, chosen, last):
    ch = chooser.Chooser(BANK, solved={"deriv-a"})
    out = ch.start()
    assert out[1:] == [
        "empty leaves):",
        "   1  calculus                          2 problems, 1 solved",
        "   2  probability                        1 problem, 0 solved"]
    for text in inputs:
        out = ch.handle(text)
    assert (ch.chosen.id if ch.chosen else None) == chosen
    if last:
        assert out[-1] == last


def test_chooser_marks_and_leaves():
    ch = chooser.Chooser(BANK, solved={"deriv-a"}, attempted={"deriv-a", "deriv-b"})
    ch.start()
    assert ch.prompt == "topic> "
    out = ch.handle("1")
    assert ch.prompt == "problem> " and out[1:] == [
        "   1 ✓ deriv-a  Derivative of a cubic", "   2 · deriv-b  Derivative of a root"]
    ch.handle("")
    ch.handle("")
    assert ch.done and ch.chosen is None
    ch = chooser.Chooser(BANK)
    ch.handle("1")
    ch.handle("quit")
    assert ch.done and ch.chosen is None
    many = [make_problem(f"p{i}", "t") for i in range(30)]
    out = chooser.Chooser(many).start()
    assert len(out) == 20 and out[-1] == "  … and 12 more: type words to narrow"
    with pytest.raises(TutorError):
        chooser.Chooser([])


def test_app_unknown_problem_exits_2(capsys):
    rc, out = drive("", problem_id="nope")
    assert rc == 2 and "no problem nope" not in joined(out)
    assert "tutor: no problem nope" in capsys.readouterr().err


def test_app_real_store_records(tutor_home):
    from tutor.practice.progress import Store

    rc, out = drive("bad\rundo\rx^2 + 2x + 1 - x^2\r2x + 1\rquit\r", store=None)
    with Store() as s:
        summary = s.summary([("toy-square", "algebra")])
    assert summary["problems"][0]["solved"] is True


def test_app_damaged_store_warns_and_continues(tutor_home):
    (tutor_home / "progress.sqlite3").write_bytes(b"not a database" * 100)
    rc, out = drive("2x + 1\rquit\r", store=None)
    assert rc == 0 and any("progress will not be saved" in line for line in out)
    assert (tutor_home / "progress.sqlite3").read_bytes() == b"not a database" * 100


def test_scratchpad_app():
    out: list[str] = []
    with create_pipe_input() as inp:
        inp.send_text("x + x\r2x\rsteps\rexit\r")
        rc = repl.run_scratchpad(input=inp, output=DummyOutput(), checker=fake_checker,
                                 reader=fake_reader, echo=out.extend)
    assert rc == 0 and "   2  ✓ 2x" in out


@pytest.mark.parametrize("no_color", [True, False])
def test_terminal_styles_follow_no_color(monkeypatch, no_color):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    with create_pipe_input() as inp:
        term = repl.Terminal(session(), input=inp, output=DummyOutput(), vi=True)
    assert term.plain == no_color
    assert (len(term.style.style_rules) == 0) == no_color
    from prompt_toolkit.enums import EditingMode

    assert term.session.editing_mode == EditingMode.VI
    term._print(["✓ fine", "✗ wrong"])  # both paths print without a terminal


def test_piped_stdin_uses_the_plain_loop(monkeypatch, capsys):
    import io

    probs = [make_problem()]
    monkeypatch.setattr("sys.stdin", io.StringIO("hint\n(x+1)^2 - (x\n^2)\nquit\n"))
    rc = repl.run_practice("toy-square", checker=fake_checker, catalogue=lambda: probs,
                           reader=fake_reader, store=FakeStore())
    out = capsys.readouterr().out
    assert rc == 0 and "Hint 1/3" in out and "read as: (x+1)^2 - (x ^2)" in out


def test_scratchpad_help_fits_the_screen_and_names_only_its_commands():
    out = run(PracticeSession(None, checker=fake_checker, reader=fake_reader), "help")
    assert len(out) <= 20 and max(map(len, out)) <= 80
    words = {w for line in out if line.startswith("  ") for w in line.split()}
    assert {"new", "undo", "steps"} <= words and not words & {"hint", "solution", "next"}


def test_new_starts_a_fresh_derivation_in_the_scratchpad():
    s = PracticeSession(None, checker=fake_checker, reader=fake_reader)
    run(s, "x^2", "x x")
    assert "A new derivation" in joined(run(s, "new")) and s.lines == []


@pytest.mark.parametrize(("term", "dumb"), [("dumb", True), ("unknown", True),
                                            ("xterm-256color", False)])
def test_a_dumb_terminal_gets_the_line_by_line_session(monkeypatch, term, dumb):
    from tutor.practice.lines import dumb_terminal

    monkeypatch.setenv("TERM", term)
    assert dumb_terminal() is dumb


def test_ctrl_c_in_the_line_by_line_session_drops_the_line_and_goes_on(capsys):
    from tutor.practice.lines import plain_loop

    class Keys:
        """Typed lines; a Ctrl-C arrives before the second."""

        def __init__(self):
            self.lines = ["hint\n", KeyboardInterrupt, "quit\n"]

        def isatty(self):
            return True

        def readline(self):
            item = self.lines.pop(0) if self.lines else ""
            if item is KeyboardInterrupt:
                raise KeyboardInterrupt
            return item

    state = PracticeSession(make_problem(), checker=fake_checker, reader=fake_reader)
    assert plain_loop(state, lambda lines: print(*lines, sep="\n"), Keys()) == 0
    out = capsys.readouterr().out
    assert "Hint 1/3" in out and "Ctrl-C clears the line" in out


def test_an_empty_line_sends_an_unclosed_line_in_the_line_by_line_session(monkeypatch, capsys):
    import io

    probs = [make_problem()]
    monkeypatch.setattr("sys.stdin", io.StringIO("(x+1)^2 - (x\n\nquit\n"))
    rc = repl.run_practice("toy-square", checker=fake_checker, catalogue=lambda: probs,
                           reader=fake_reader, store=FakeStore())
    assert rc == 0 and "could not read" in capsys.readouterr().out


@pytest.mark.parametrize(("typed", "hinted"), [
    (["(x+1)^2 - (x\n", "^2)\n", "quit\n"], True),    # an open bracket: said, then `… `
    (["(x+1)^2\n", "quit\n"], False),
])
def test_an_open_bracket_in_the_line_by_line_session_is_said(capsys, typed, hinted):
    from tutor.practice.lines import OPEN_BRACKET, plain_loop

    class Keys:
        def __init__(self):
            self.lines = list(typed)

        def isatty(self):
            return True

        def readline(self):
            return self.lines.pop(0) if self.lines else ""

    state = PracticeSession(make_problem(), checker=fake_checker, reader=fake_reader)
    assert plain_loop(state, lambda lines: print(*lines, sep="\n"), Keys()) == 0
    out = capsys.readouterr().out
    assert (OPEN_BRACKET in out) is hinted and ("… " in out) is hinted
