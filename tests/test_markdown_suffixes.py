"""R Markdown (.Rmd), Quarto (.qmd) and MDX files are Markdown: read as notes (their code
chunks are fences) and found in a folder, as .md files are."""

from __future__ import annotations

import pytest

from tutor.batch import check_paths, collect

NOTE = ("---\ntitle: week 3\n---\n\n```{r}\nx <- rbinom(100, 10, 0.3)\n```\n\n"
        "$$\\frac{d}{dx} x^3 = 3x^3$$\n")


@pytest.mark.parametrize("name", ["week3.Rmd", "week3.qmd", "week3.mdx", "week3.md", "week3.mmd"])
def test_markdown_of_other_tools_is_read_as_notes(tmp_path, name):
    (tmp_path / name).write_text(NOTE, encoding="utf-8")
    (tmp_path / "data.csv").write_text("x,y\n1,2\n", encoding="utf-8")
    assert [path for path, _ in collect([str(tmp_path)])] == [str(tmp_path / name)]
    report = check_paths([str(tmp_path / name)])
    assert [(s.line, s.verdict) for f in report for s in f.steps] == [(9, "error")]
