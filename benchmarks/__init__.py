"""Benchmarks of the quality checker: ``python -m benchmarks.run`` (see docs/benchmarks.md)."""
