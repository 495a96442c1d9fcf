#!/usr/bin/env bash
# Builds the generator of an earlier commit for BaselineBenchmarks and runs them against this build:
#   bash tests/PaperCatalog.Benchmarks/baseline.sh COMMIT [BenchmarkDotNet arguments]
# The earlier build goes to a temporary worktree; nothing of it is committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
commit="${1:?give the commit to compare with}"; shift
worktree="$(mktemp -d)/baseline"
git worktree add --detach "$worktree" "$commit" >/dev/null
trap 'git worktree remove --force "$worktree"' EXIT
dotnet build "$worktree/src/Generator" -c Release -o "$worktree/out" >/dev/null
export PAPERCATALOG_BASELINE="$worktree/out"
cd tests/PaperCatalog.Benchmarks
dotnet run -c Release -- --filter '*BaselineBenchmarks*' "$@"
