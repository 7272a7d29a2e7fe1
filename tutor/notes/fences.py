"""Where a Markdown code fence opens or closes: ``` or ~~~ at most three spaces in; which fences
hold Markdown, not code."""

from __future__ import annotations

import re

# a backtick fence has no backtick after it on its line: ```AAABB``` is inline code (CommonMark)
FENCE = re.compile(r" {0,3}(`{3,}(?![^`\n]*`)|~{3,})")

# what follows a fence that opens Markdown: an Obsidian callout (```ad-example), mdBook's
# admonish box (```admonish example), a MyST directive whose body is Markdown (```{admonition}
# Exercise, ````{note}, ```{dropdown} …)
MARKDOWN_FENCE = re.compile(
    r"\s*(?:ad-|admonish(?:\s|$)|\{\s*(?:admonition|note|tip|hint|important|warning|caution"
    r"|attention|danger|error|seealso|dropdown|card|tab-item|tab-set|exercise|solution|prf:[a-z]+|margin"
    r"|sidebar|topic|epigraph|div|container|example|proof|theorem|lemma|definition|remark"
    r"|problem|question|important)\s*\}(?:\s|$))", re.IGNORECASE)
