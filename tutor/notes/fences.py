"""Where a Markdown code fence opens or closes: ``` or ~~~ at most three spaces in."""

from __future__ import annotations

import re

FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
