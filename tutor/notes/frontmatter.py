"""Read the `tutor:` settings of a note's YAML front matter (a small YAML subset, no library)."""

from __future__ import annotations

import re


def front_matter(lines: list[str]) -> tuple[int, dict]:
    """(index of the first line after the front matter, the `tutor:` settings)."""
    if not lines or lines[0].rstrip() != "---":
        return 0, {}
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            try:
                return index + 1, _tutor_settings(lines[1:index])
            except (ValueError, IndexError):
                return index + 1, {}
    return 0, {}


def _tutor_settings(lines: list[str]) -> dict:
    for index, line in enumerate(lines):
        key = re.match(r"tutor\s*:(.*)$", line)
        if not key:
            continue
        rest = _strip_yaml_comment(key.group(1)).strip()
        if rest:
            value = _parse_flow(rest)
        else:
            block = []
            for item in lines[index + 1:]:
                if item.strip() and not item[0].isspace():
                    break
                block.append(item)
            value = _parse_block_mapping(block)
        return _normalise_settings(value)
    return {}


def _normalise_settings(value: object) -> dict:
    if not isinstance(value, dict):
        return {}
    settings = dict(value)
    if "assume" in settings:
        assume = settings["assume"]
        items = assume if isinstance(assume, list) else [] if assume in (None, "") else [assume]
        settings["assume"] = [str(item) for item in items]
    if "vectors" in settings:  # names that are vectors or matrices: `vectors: [w, x, X]`
        names = settings["vectors"]
        names = names if isinstance(names, list) else str(names or "").split(",")
        settings["vectors"] = [str(n).strip() for n in names
                               if re.fullmatch(r"[A-Za-z]", str(n).strip())]
    if "log_base" in settings:
        base = settings["log_base"]
        if isinstance(base, str) and base.isdigit():
            base = int(base)
        if isinstance(base, int | str) and base != "":
            settings["log_base"] = base
        else:
            del settings["log_base"]
    return settings


def _strip_yaml_comment(text: str) -> str:
    quote = None
    for index, char in enumerate(text):
        if quote:
            quote = None if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "#" and (index == 0 or text[index - 1].isspace()):
            return text[:index]
    return text


def _parse_block_mapping(lines: list[str]) -> dict:
    mapping: dict = {}
    key = None
    for line in lines:
        item = _strip_yaml_comment(line).strip()
        if item == "-" or item.startswith("- "):
            if key is not None:
                if not isinstance(mapping.get(key), list):
                    mapping[key] = []
                mapping[key].append(_parse_flow(item[1:].strip()))
        elif entry := re.match(r"([A-Za-z_][\w-]*)\s*:\s*(.*)$", item):
            key = entry.group(1)
            mapping[key] = _parse_flow(entry.group(2)) if entry.group(2) else []
    return mapping


def _parse_flow(text: str) -> object:
    """A YAML flow value: {k: v, ...}, [a, b], "quoted", 'quoted', or a plain scalar."""
    value, _ = _flow_value(text.strip(), 0, top=True)
    return value


def _flow_value(text: str, index: int, top: bool = False) -> tuple[object, int]:
    while index < len(text) and text[index] == " ":
        index += 1
    if index >= len(text):
        return "", index
    char = text[index]
    if char in "[{":
        closer, items, mapping = ("]" if char == "[" else "}"), [], {}
        index += 1
        while True:
            while index < len(text) and text[index] in " ,":
                index += 1
            if index >= len(text) or text[index] == closer:
                return (items if char == "[" else mapping), index + 1
            if char == "[":
                item, after = _flow_value(text, index)
                if after <= index:
                    raise ValueError(f"unexpected {text[index]!r} in a flow list")
                items.append(item)
                index = after
            else:
                colon = text.index(":", index)
                key = text[index:colon].strip().strip("\"'")
                mapping[key], index = _flow_value(text, colon + 1)
    if char in "\"'":
        close = text.index(char, index + 1)
        return text[index + 1:close], close + 1
    stop = re.compile(r"$" if top else r"[,\]}]").search(text, index)
    end = stop.start() if stop else len(text)  # an unclosed `[1`: the value runs to the end
    scalar = text[index:end].strip()
    return (int(scalar) if re.fullmatch(r"[+-]?\d+", scalar) else scalar), end
