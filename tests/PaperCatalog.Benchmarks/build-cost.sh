#!/usr/bin/env bash
# What a real list's catalog adds to `dotnet build`, beside a floor of the same constants written by hand.
#   bash tests/PaperCatalog.Benchmarks/build-cost.sh [runs] [list.md]     (BUILDCOST_WORK=DIR keeps the apps)
# Packs the package with a unique version into a temporary feed, writes three console apps (no catalog, the
# floor, the catalog), touches Program.cs and times `dotnet build` of each, alternating, with the compiler
# server on and off, with and without a documentation file. Prints the medians and the ratio of what the
# catalog adds to what the floor adds, for the whole build and for the Csc task alone (MSBuild's performance
# summary), which leaves out MSBuild's own time around the compiler. Takes a few minutes; run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO=$(pwd)
RUNS=${1:-5}
LIST=${2:-$REPO/tests/PaperCatalog.Tests/TestData/corpus/wild/xnhyacinth-long-context.md}
# BUILDCOST_WORK=DIR keeps the apps there (to look at them, or to time the generator with -p:ReportAnalyzer=true).
if [ -n "${BUILDCOST_WORK:-}" ]; then WORK=$BUILDCOST_WORK; mkdir -p "$WORK"; else WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT; fi
VERSION=0.1.0-buildcost.$(date +%Y%m%d%H%M%S)

dotnet build -c Release tests/PaperCatalog.Benchmarks -v q -nologo > /dev/null
dotnet pack src/Catalog/PaperCatalog.csproj -c Release -p:Version=$VERSION -o "$WORK/feed" -v q -nologo > /dev/null
cat > "$WORK/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="buildcost" value="$WORK/feed" /></packageSources></configuration>
XML
# The list's own errors do not stop the build: only the cost is measured.
ids=$(grep -o '"PCAT[0-9]*"' src/Generator/Diagnostics/DiagnosticDescriptors.cs | tr -d '"')
for app in none floor catalog; do
  mkdir -p "$WORK/$app"
  items=""
  case $app in
    none) echo 'System.Console.WriteLine(0);' > "$WORK/$app/Program.cs" ;;
    floor)
      dotnet tests/PaperCatalog.Benchmarks/bin/Release/net10.0/PaperCatalog.Benchmarks.dll --write-floor "$LIST" "$WORK/$app/Floor.cs"
      echo 'System.Console.WriteLine(Sample.Papers.All.Count);' > "$WORK/$app/Program.cs"
      items="<ItemGroup><PackageReference Include=\"PaperCatalog\" Version=\"$VERSION\" /></ItemGroup>" ;;
    catalog)
      cp "$LIST" "$WORK/$app/list.md"
      echo 'System.Console.WriteLine(Sample.Papers.All.Count);' > "$WORK/$app/Program.cs"
      { echo "is_global = true"; for id in $ids; do echo "dotnet_diagnostic.$id.severity = none"; done; } > "$WORK/$app/.globalconfig"
      items="<ItemGroup><PackageReference Include=\"PaperCatalog\" Version=\"$VERSION\" /><PaperCatalog Include=\"list.md\" /></ItemGroup>" ;;
  esac
  # Environment variables, not -p: global properties would reach the referenced projects and rebuild them.
  cat > "$WORK/$app/$app.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><RootNamespace>Sample</RootNamespace>
    <Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings><NoWarn>\$(NoWarn);CS1591</NoWarn>
    <GenerateDocumentationFile>\$(BUILDCOST_DOC)</GenerateDocumentationFile>
  </PropertyGroup>
  $items
</Project>
XML
  (cd "$WORK/$app" && BUILDCOST_DOC=false dotnet build -c Release -v q -nologo > /dev/null)
done

# 0 runs: only write the apps (with BUILDCOST_WORK, to keep them).
[ "$RUNS" = 0 ] && exit 0
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for server in true false; do
  for doc in false true; do
    for app in none floor catalog; do : > "$WORK/$app.times"; : > "$WORK/$app.csc"; done
    for run in $(seq "$RUNS"); do
      for app in none floor catalog; do
        touch "$WORK/$app/Program.cs"
        start=$(date +%s.%N)
        (cd "$WORK/$app" && BUILDCOST_DOC=$doc UseSharedCompilation=$server dotnet build -c Release --no-restore -v q -nologo -clp:PerformanceSummary > "$WORK/$app.log")
        end=$(date +%s.%N)
        echo "$end - $start" | bc >> "$WORK/$app.times"
        # The Csc task alone (the compiler and the generator in it), without MSBuild's own time around it.
        awk '$3 == "Csc" { print $1 / 1000 }' "$WORK/$app.log" >> "$WORK/$app.csc"
      done
    done
    none=$(median "$WORK/none.times"); floor=$(median "$WORK/floor.times"); catalog=$(median "$WORK/catalog.times")
    cnone=$(median "$WORK/none.csc"); cfloor=$(median "$WORK/floor.csc"); ccatalog=$(median "$WORK/catalog.csc")
    printf 'server %-5s documentation file %-5s  build: none %.2f s  floor %.2f s  catalog %.2f s  added %.2fx   csc: none %.2f s  floor %.2f s  catalog %.2f s  added %.2fx\n' \
      "$server" "$doc" "$none" "$floor" "$catalog" "$(echo "($catalog - $none) / ($floor - $none)" | bc -l)" \
      "$cnone" "$cfloor" "$ccatalog" "$(echo "($ccatalog - $cnone) / ($cfloor - $cnone)" | bc -l)"
  done
done
