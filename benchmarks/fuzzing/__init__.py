"""Fuzzing of tutor's public API: cases, input families, the worker pool, the report."""
