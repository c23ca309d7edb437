"""owui-sdk benchmarks: ``python benchmarks/run.py --help`` (see benchmarks/README.md)."""
