"""Practice: the terminal REPL, its session logic and the SQLite progress store."""
