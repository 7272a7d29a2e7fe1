"""Rows of math joined with the prose around them, once the rows are cut: relations carried
over, spans joined by a prose `=`, values written after spans, definitions beside a display,
remarks in brackets, rows under unread prose, values said to be approximate."""

from __future__ import annotations

from tutor.notes.bracketed_remarks import bracketed_remarks
from tutor.notes.errors_said import approximations_said
from tutor.notes.fragments import Fragment
from tutor.notes.joined_spans import spans_joined_by_equals
from tutor.notes.side_definitions import side_definitions
from tutor.notes.trailing_relations import carried_relations, prose_equals_carried
from tutor.notes.trailing_values import values_after_spans
from tutor.notes.unread_rows import unread_rows_named


def joined_with_prose(text: str, fragments: list[Fragment]) -> list[Fragment]:
    """The fragments of a Markdown note read with the prose around them (see the docstring)."""
    fragments = prose_equals_carried(text, carried_relations(fragments))  # `= $…$`: prose `=`
    fragments = spans_joined_by_equals(text, fragments)  # Set $g(x)$ = $3x^2$: one
    fragments = values_after_spans(text, fragments)  # `$0.99*0.05 + 0.95*0.03$ = 0.078`
    fragments = side_definitions(text, fragments)  # `$$∫…$$ with $u = …$` then `$$= …$$`
    return approximations_said(text, unread_rows_named(  # `$…<$ (as $e < 3$) $< …$`;
        text, bracketed_remarks(text, fragments)))  # `$= 25/54$ with an error of at most`: ≈
