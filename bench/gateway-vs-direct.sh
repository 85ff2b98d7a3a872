#!/usr/bin/env bash
# Measures, in one run: an authenticated GET /api/v1/projects/{id} through the gateway, the same
# read made direct to project-service (same token), and an unauthenticated trivial endpoint
# (project-service /q/health/live) as the ceiling; then each service's time to ready and RSS.
#
#   bench/gateway-vs-direct.sh [duration-seconds] [connections]
source "$(dirname "$0")/lib.sh"
duration="${1:-20}"
connections="${2:-32}"
report="$root/bench/results/gateway-vs-direct-$stamp.txt"

start_stack
t=$(token kari.nordmann)
id=$(curl -fsS -H "Authorization: Bearer $t" "http://127.0.0.1:8080/api/v1/projects?size=1" \
  | sed -E 's/.*"items":\[\{"id":"([^"]+)".*/\1/')

# Warm up the JITs and connection pools before measuring (C2 needs about 15 s under load here).
wrk -t2 -c8 -d15s -H "Authorization: Bearer $t" "http://127.0.0.1:8080/api/v1/projects/$id" >/dev/null
wrk -t2 -c8 -d15s -H "Authorization: Bearer $t" "http://127.0.0.1:8081/api/v1/projects/$id" >/dev/null

{
  header "Gateway vs direct"
  run "gateway, authenticated read" "$connections" "$duration" "http://127.0.0.1:8080/api/v1/projects/$id" -H "Authorization: Bearer $t"
  run "direct, authenticated read" "$connections" "$duration" "http://127.0.0.1:8081/api/v1/projects/$id" -H "Authorization: Bearer $t"
  run "direct, /q/health/live (ceiling)" "$connections" "$duration" "http://127.0.0.1:8081/q/health/live"
  echo
  echo "gateway / direct (authenticated): $(ratio "$(rps_of "gateway, authenticated read")" "$(rps_of "direct, authenticated read")")"
  echo "direct authenticated / ceiling:   $(ratio "$(rps_of "direct, authenticated read")" "$(rps_of "direct, /q/health/live (ceiling)")")"
  echo
  echo "Stack up with demo data in ${stack_ready}s (Keycloak included). Time to ready, from the launcher:"
  grep -E "ready in" "$data/launcher.out" | sed 's/^/  /'
  rss_report
} | tee "$report"
echo "Saved to $report"
