"""`lim (1-cos x)/x² = 0/0`, then `lim sin x/(2x) = …`: a limit goes on from the one whose
indeterminate form was said (L'Hôpital's rule)."""

from __future__ import annotations

import sympy as sp

from tutor.derive.context import Line, WalkState


class SaidForms:
    """The limit whose form was said, and the next limit judged from it. Mixed into the
    derivation checker (form_said is set by its claims)."""

    def _after_form(self, ln: Line, part, state: WalkState) -> None:
        """`lim (1-cos x)/x² = 0/0`, then `lim sin x/(2x) = …` (its row or the next block): from
        the limit whose form was said (L'Hôpital's rule)."""
        said, self.form_said = self.form_said, None
        if said is not None and isinstance(part.expr, sp.Limit) and (said[1] == ln.block or (
                ln.follows and said[1] == state.block)) and part.expr.args[1:3] == \
                said[0].expr.args[1:3]:
            self._step(ln, said[0], "=", part, state.errors)
