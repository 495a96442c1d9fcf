#!/usr/bin/env bash
# Runs every benchmark in one process and prints the figures against the targets of issue 5;
# BenchmarkDotNet's tables and targets.md land in BenchmarkDotNet.Artifacts/results/.
# Arguments go to BenchmarkDotNet, e.g.  bash tests/PaperCatalog.Benchmarks/run.sh --filter '*Parse*'
set -euo pipefail
cd "$(dirname "$0")"
dotnet run -c Release -- "$@"
