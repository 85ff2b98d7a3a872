#!/usr/bin/env bash
# Measures scoring-service through the gateway: creating an assessment (POST, which also asks
# project-service whether the assessor may see the project) and reading the municipality's portfolio.
#
#   bench/scoring.sh [duration-seconds] [connections]
source "$(dirname "$0")/lib.sh"
duration="${1:-20}"
connections="${2:-16}"
report="$root/bench/results/scoring-$stamp.txt"

start_stack
t=$(token ola.hansen)
id=$(curl -fsS -H "Authorization: Bearer $t" "http://127.0.0.1:8080/api/v1/projects?size=1" \
  | sed -E 's/.*"items":\[\{"id":"([^"]+)".*/\1/')
cat >"$data/assess.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"scores":[{"factor":"BEHOV","score":4,"justification":"Benchmark"},{"factor":"LOSNING","score":3,"justification":"Benchmark"},{"factor":"ILDSJEL","score":5,"justification":"Benchmark"},{"factor":"TEAM","score":2,"justification":"Benchmark"},{"factor":"FORANKRING","score":4,"justification":"Benchmark"}]}'
LUA

wrk -t2 -c4 -d15s -s "$data/assess.lua" -H "Authorization: Bearer $t" \
  "http://127.0.0.1:8080/api/v1/scoring/projects/$id/assessments" >/dev/null
{
  header "Scoring"
  run "create assessment (gateway)" "$connections" "$duration" \
    "http://127.0.0.1:8080/api/v1/scoring/projects/$id/assessments" -s "$data/assess.lua" -H "Authorization: Bearer $t"
  wrk -t2 -c4 -d10s -H "Authorization: Bearer $t" "http://127.0.0.1:8080/api/v1/scoring/portfolio" >/dev/null
  run "read portfolio (gateway)" "$connections" "$duration" \
    "http://127.0.0.1:8080/api/v1/scoring/portfolio" -H "Authorization: Bearer $t"
  echo
  assessments=$(curl -fsS -H "Authorization: Bearer $t" "http://127.0.0.1:8080/api/v1/scoring/projects/$id/assessments?size=1" \
    | sed -E 's/.*"total":([0-9]+).*/\1/')
  echo "Assessments stored for the benchmarked project afterwards: $assessments"
  rss_report
} | tee "$report"
echo "Saved to $report"
