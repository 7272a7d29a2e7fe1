"""Moments stated in the displays above, under the heading where the walk stands: they confirm."""

from __future__ import annotations

from tutor.compat import AppliedUndef
from tutor.derive.context import Context
from tutor.model import Chain
from tutor.trees import nodes_of


class MomentsAbove:
    """The moments of the displays closed under this heading (E(X) = … = 1.7 two displays up):
    a claim they close is confirmed (Var(X) = E(X²) - E(X)² = 3.7 - 1.7²); they never refute
    one, since a new example may reuse the names."""

    def __init__(self) -> None:
        self.section: int | None = None   # the heading their displays stand under
        self.moments: dict = {}
        self.open_section = 0   # the heading of the display whose moments ctx.moments holds

    def carry(self, ctx: Context, follows: bool) -> None:
        """A new display: unless it goes on from the one before, that one's moments are set
        aside here (ctx.moments starts empty)."""
        if follows:
            return
        kept = self.moments if self.section == self.open_section else {}
        self.section, self.moments = self.open_section, {**kept, **ctx.moments}
        self.open_section, ctx.moments = ctx.section, {}

    def confirming(self, section: int) -> dict:
        """The moments that may confirm a claim under heading `section`."""
        return self.moments if section == self.section else {}


def stated_value(chain: Chain, expand):
    """What a moment is said to be: the right side, or the first side after it that holds no
    call (E(X) = Σ_x x P(X = x) = 0(0.1) + 1(0.3) + … = 1.7: the sum worked out), the sides
    joined by `=` only; `expand` puts in the definitions above."""
    sides = [expand(chain.parts[1].expr)]
    for part, link in zip(chain.parts[2:], chain.links[1:], strict=False):
        if not nodes_of(sides[-1], AppliedUndef) or link.op != "=":
            break
        sides.append(expand(part.expr))
    return sides[-1] if not nodes_of(sides[-1], AppliedUndef) else sides[0]
