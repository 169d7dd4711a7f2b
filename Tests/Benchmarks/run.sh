#!/usr/bin/env bash
# Runs the benchmarks and prints their figures (written up in docs/performance.md).
#   Tests/Benchmarks/run.sh directline   Direct Line round trips vs a bare echo endpoint
#   Tests/Benchmarks/run.sh knowledge    knowledge search latency at 110 and 10,000 articles (BenchmarkDotNet)
#   Tests/Benchmarks/run.sh understanding  the blind evaluation (issue #12): bot vs plain BM25 on both halves, and
#                                        the old internal set; --misses also lists the development half's misses
#   Tests/Benchmarks/run.sh export       export 1,000,000 demo cases to CSV and XLSX vs a plain query
#   Tests/Benchmarks/run.sh handoff      staff message to the worker's WebSocket, with conversations held by staff
set -euo pipefail
cd "$(dirname "$0")"
dotnet run -c Release --project RightsBot.Benchmarks.csproj -- "${@:-directline}"
