#!/usr/bin/env bash
# The long fuzz run: the property tests of RobustnessTests with many more cases than the normal suite.
#   bash tests/fuzz.sh [parser-cases] [seed]     e.g.  bash tests/fuzz.sh 200000 random
# A tenth of the cases also compile the generated code. A failure prints the CsCheck seed that
# reproduces it: pass that seed back to run the same case.
set -euo pipefail
cd "$(dirname "$0")/.."
export PAPERCATALOG_FUZZ_ITERATIONS="${1:-20000}"
export PAPERCATALOG_FUZZ_SEED="${2:-random}"
dotnet test tests/PaperCatalog.Tests/PaperCatalog.Tests.csproj --filter "Category=Fuzz" --logger "console;verbosity=normal"
