"""Benchmarks against the bare floor: ``python -m tests.benchmarks`` prints one table (README)."""
