"""Headings that number the steps of one worked answer (`### Step 2: Simplify`, a chat
assistant's habit) or name the phases of one network worked by hand (`## Forward pass`,
`## Backward pass`): no new section, so what the answer defined above them still stands."""

from __future__ import annotations

import re

# `### Step 2: Simplify`, `#### **Step 3 — …**`, `\subsection*{Step 1}`, Schritt/Étape/Paso/…
# (`### 🔹 Step 2`, `### ✅ **Step 3**`: a mark may come first)
_STEP = re.compile(r"[ \t]*(?:[-*+][ \t]+)?#{1,6}[ \t]+(?:\*\*|__)?[ \t]*(?:[^\w\s#*]{1,3}[ \t]*)?"
                   r"(?:\*\*|__)?[ \t]*|\\(?:sub)*section\*?\s*\{\s*(?:\\textbf\s*\{)?")
_STEP_WORD = re.compile(r"(?:Step|Schritt|Étape|Etapa|Paso|Passo|Krok|Шаг|ขั้นตอนที่|ขั้นที่)\s*"
                        r"\d{1,2}(?!\d)"
                        # the phases of one network worked by hand: `## Forward pass`, `## Total
                        # error`, `## Backward pass`, `### Output layer`, `### Updating weights`
                        r"|(?:the\s+)?(?:forward|backwards?)\s+(?:pass|propagation)\b"
                        r"|(?:calculating\s+)?the\s+total\s+error\b|total\s+error\b"
                        r"|(?:the\s+)?(?:output|hidden)\s+layers?\b"
                        r"|updat(?:e|ing)\s+(?:the\s+)?weights\b", re.IGNORECASE)


def section_starts(text: str, headings: list[int], label: re.Pattern) -> list[int]:
    """Where sections start in `text`, in order: the `headings` (offsets where headings start)
    but those of a step (`### Step 2: …`), and each match of a problem `label` (`**Q7.**`)."""
    return sorted([offset for offset in headings if not _is_step(text, offset)]
                  + [m.start() for m in label.finditer(text)])


def _is_step(text: str, offset: int) -> bool:
    """Whether the heading at `offset` is a step's: its title opens with `Step <number>`."""
    line_start = text.rfind("\n", 0, offset) + 1
    opening = _STEP.match(text, line_start if text[line_start:offset].strip() == "" else offset)
    return opening is not None and _STEP_WORD.match(text, opening.end()) is not None
