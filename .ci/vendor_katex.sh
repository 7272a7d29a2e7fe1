#!/usr/bin/env bash
# Vendor KaTeX into tutor/report/katex/ for the offline HTML report (run by hand to upgrade).
# Takes only what the report inlines: the minified script and style sheet, the woff2 fonts
# (no woff/ttf: every browser that runs KaTeX reads woff2) and the MIT licence.
set -euo pipefail
VERSION="${1:-0.16.22}"
cd "$(dirname "$0")/.."
target=tutor/report/katex
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack -q "katex@$VERSION" >/dev/null && tar xzf "katex-$VERSION.tgz")
rm -rf "$target" && mkdir -p "$target/fonts"
cp "$work/package/dist/katex.min.js" "$work/package/dist/katex.min.css" "$work/package/LICENSE" \
   "$target/"
cp "$work/package/dist/fonts/"*.woff2 "$target/fonts/"
echo "$VERSION" > "$target/VERSION"
du -sh "$target"
