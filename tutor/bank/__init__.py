"""The problem bank: validated TOML problems, lookup by id or alias, hints and generators."""
