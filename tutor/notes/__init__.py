"""Documents: Markdown/Obsidian, LaTeX and step files as fragments of math, at their true place."""
