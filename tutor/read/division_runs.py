"""`4 / 15 / 3 / 5`: three divisions in a row between plain numbers, no brackets. Read left
to right it is 4/(15·3·5); the writer of a conditional probability means (4/15)/(3/5). Neither
reading is sure, so the line asks for the brackets instead of being read one way."""

from __future__ import annotations

import re

from tutor.errors import ParseError

_NUMBER = r"\d+(?:[.,]\d+)?"
_RUN = re.compile(rf"(?<![\w.,)}}^_/]){_NUMBER}(?:\s*/\s*{_NUMBER}){{3,}}(?![\w.(^/])")


def check_division_runs(text: str) -> None:
    """Refuse `a / b / c / d` of plain numbers: the brackets meant are not written."""
    run = _RUN.search(text)
    if run is not None:
        numbers = [n.strip() for n in run.group().split("/")]
        raise ParseError(f"{run.group()} has three divisions in a row: read left to right it is "
                         f"{numbers[0]}/({'·'.join(numbers[1:])}); write the brackets you mean, "
                         f"e.g. ({numbers[0]}/{numbers[1]})/({'/'.join(numbers[2:])})", text,
                         1, run.start() + 1)
