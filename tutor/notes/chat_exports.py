"""A study group's chat saved as plain text (Discord, Slack, WhatsApp, IRC): what is the chat's.

An export's rules (`=====`), its header (`Guild:`, `Channel:`), each message's header (`[11/24/2026
7:58 PM] maya.k`, `Maya Kaur  7:58 PM`), its reactions and attachments (`{Reactions}`, `😅 (1)`)
are no steps; a message that starts on its header's line (`11/24/26, 7:58 PM - Maya: P(H) = 0.5`,
`[19:58] <maya> P(H) = 0.5`) keeps its text, the header before it blanked.
"""

from __future__ import annotations

import re

_DATE = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
# `[11/24/2026 7:58 PM] maya.k`, `[7:58 PM] maya.k`: Discord's header, the name alone after it
_BRACKETED_HEADER = re.compile(rf"\[(?:{_DATE},?\s+)?{_TIME}\]\s+[^\s:]+(?:\s+[^\s:]+)?\s*$")
# `Maya Kaur  7:58 PM`, `maya.k — Today at 7:58 PM`: Slack's and Discord's copied headers
_NAME_TIME_HEADER = re.compile(rf"[^\W\d][\w.\- ]{{0,40}}?\s+(?:[—–-]\s+)?(?:(?:Today|Yesterday)"
                               rf"\s+at\s+|{_DATE},?\s+)?{_TIME}\s*$")
# `11/24/26, 7:58 PM - Maya: …` (WhatsApp), `[19:58] <maya> …` (IRC): a header, then the text
_INLINE_HEADER = re.compile(rf"(?:{_DATE},?\s+{_TIME}\s+-\s+[^:\n]{{1,40}}:"
                            rf"|\[{_TIME}\]\s+<[^>\s]+>)\s+")
_RULE = re.compile(r"\s*([=\-_*])\1{4,}\s*$")
_EXPORT_HEADER = re.compile(r"(?:Guild|Server|Channel|Topic|Exported|Workspace):\s")
_BLOCK = re.compile(r"\{(?:Reactions|Attachments|Embed|Stickers|Mentions)\}\s*$")
_REACTION = re.compile(r"\s*\S{1,4}\s*\(\d+\)(?:\s*\S{1,4}\s*\(\d+\))*\s*$")  # `😅 (1) 👍 (2)`
EDITED = re.compile(r"\s\((?:edited|bearbeitet|modifié)\)\s*$")
MIN_HEADERS = 2  # a chat has a few messages; one line like a header alone is not one


def chat_lines(lines: list[str]) -> set[int]:
    """Indices of the lines of a chat export that are the chat's own (headers, rules, reactions,
    attachments); none when the file is no chat (fewer than two message headers)."""
    headers = [i for i, line in enumerate(lines) if _BRACKETED_HEADER.match(line)
               or _NAME_TIME_HEADER.fullmatch(line.strip()) or _INLINE_HEADER.match(line)]
    if len(headers) < MIN_HEADERS:
        return set()
    skipped = {i for i in headers if not _INLINE_HEADER.match(lines[i])}
    in_block = False
    for index, line in enumerate(lines):
        if _RULE.match(line) or _EXPORT_HEADER.match(line) or _REACTION.match(line):
            skipped.add(index)
        in_block = bool(line.strip()) and (in_block or bool(_BLOCK.match(line.strip())))
        if in_block:  # `{Attachments}` and the address below it
            skipped.add(index)
    return skipped


def message_start(line: str) -> int:
    """Where a message's text starts on its header's line (0: the line has no such header)."""
    m = _INLINE_HEADER.match(line)
    return m.end() if m else 0
