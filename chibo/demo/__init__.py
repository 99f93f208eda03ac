"""The demo and tooling wing: the demo committee and cells (`chibo demo`), the seed plans they
carry, the synthetic data generator (`chibo gen-data`) and the benchmarks (`make bench`).

It sits above every domain app and nothing in a domain app imports it (import-linter contract
in pyproject.toml), so demo and bench code never leak into the product's layers.
"""
