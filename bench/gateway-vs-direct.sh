#!/usr/bin/env bash
# Measures, in one run, what the gateway and token checks cost:
#   - an authenticated GET /api/v1/projects/{id} through the gateway and the same read direct to
#     project-service with the same token;
#   - a public read (certificate verification by id) direct WITHOUT a token, the same read through the
#     gateway without a token (the proxy alone) and through the gateway WITH a token (checked by the
#     gateway and again by the service: issue 6's "authenticated read via the gateway vs the same read
#     direct without a token");
#   - project-service /q/health/live as the ceiling; then time to ready and RSS.
# Every token is the same one, so from the second request on it is served by the verified-token cache
# (set NYTTIGGJORT_SECURITY_TOKEN_CACHE_ENABLED=false in the environment to measure without it).
#
#   bench/gateway-vs-direct.sh [seconds-per-run] [connections] [rounds]
source "$(dirname "$0")/lib.sh"
duration="${1:-15}"
connections="${2:-32}"
rounds="${3:-3}"
report="$root/bench/results/gateway-vs-direct-$stamp.txt"

start_stack
t=$(token kari.nordmann)
id=$(curl -fsS -H "Authorization: Bearer $t" "http://127.0.0.1:8080/api/v1/projects?size=1" \
  | sed -E 's/.*"items":\[\{"id":"([^"]+)".*/\1/')
admin=$(token ingrid.berg)
certificate=$(curl -fsS -H "Authorization: Bearer $admin" \
  "http://127.0.0.1:8080/api/v1/certification/certificates?status=ACTIVE&size=1" \
  | sed -E 's/.*"items":\[\{"id":"([^"]+)".*/\1/')
verify="api/v1/certification/public/certificates/$certificate/verification"
curl -fsS "http://127.0.0.1:8083/$verify" | grep -q '"VALID"' || { echo "verification did not answer VALID"; exit 1; }

# Warm up the JITs and connection pools before measuring. A JVM keeps C2 busy for well over a minute
# under this load on two cores (measured: project-service's C2 thread used 5.6 s of CPU in the first
# 20 s of gateway traffic), and a measurement taken during that time mostly measures the compiler.
# Measured: the gateway's read rate still rose through its second minute of traffic.
for _ in 1 2 3; do
  wrk -t2 -c32 -d20s -H "Authorization: Bearer $t" "http://127.0.0.1:8080/api/v1/projects/$id" >/dev/null
  wrk -t2 -c32 -d20s -H "Authorization: Bearer $t" "http://127.0.0.1:8081/api/v1/projects/$id" >/dev/null
  wrk -t2 -c32 -d15s -H "Authorization: Bearer $t" "http://127.0.0.1:8080/$verify" >/dev/null
  wrk -t2 -c32 -d10s "http://127.0.0.1:8080/$verify" >/dev/null
  wrk -t2 -c32 -d10s "http://127.0.0.1:8083/$verify" >/dev/null
  wrk -t2 -c32 -d10s -H "Authorization: Bearer $t" "http://127.0.0.1:8083/$verify" >/dev/null
done

rows() {
  run "gateway, project read, token" "$connections" "$duration" "http://127.0.0.1:8080/api/v1/projects/$id" -H "Authorization: Bearer $t"
  run "direct, project read, token" "$connections" "$duration" "http://127.0.0.1:8081/api/v1/projects/$id" -H "Authorization: Bearer $t"
  run "gateway, public read, token" "$connections" "$duration" "http://127.0.0.1:8080/$verify" -H "Authorization: Bearer $t"
  run "gateway, public read, no token" "$connections" "$duration" "http://127.0.0.1:8080/$verify"
  run "direct, public read, no token" "$connections" "$duration" "http://127.0.0.1:8083/$verify"
  run "direct, public read, token" "$connections" "$duration" "http://127.0.0.1:8083/$verify" -H "Authorization: Bearer $t"
}

{
  header "Gateway vs direct"
  # Two cores shared by wrk, the gateway, the services and PostgreSQL make single runs vary by ±15 %;
  # the rows are measured in interleaved rounds and the ratios use each row's median.
  for round in $(seq 1 "$rounds"); do
    echo "Round $round of $rounds"
    t=$(token kari.nordmann) # tokens live 5 minutes; a fresh one per round (its first use is a cache miss)
    rows
  done
  run "direct, /q/health/live (ceiling)" "$connections" "$duration" "http://127.0.0.1:8081/q/health/live"
  echo
  echo "Medians over $rounds rounds (req/s; CPU µs per request: gateway + service + postgres + wrk):"
  for row in "gateway, project read, token" "direct, project read, token" "gateway, public read, token" \
      "gateway, public read, no token" "direct, public read, no token" "direct, public read, token"; do
    service=project; case "$row" in *public*) service=certification ;; esac
    printf '  %-34s %8s req/s   CPU µs/req: gateway %4s  %s %4s  postgres %4s  wrk %3s\n' "$row" "$(rps_of "$row")" \
      "$(cpu_of "$row" gateway)" "$service" "$(cpu_of "$row" "$service")" "$(cpu_of "$row" postgres)" "$(cpu_of "$row" wrk)"
  done
  echo
  echo "gateway+token / direct no token (public read): $(ratio "$(rps_of "gateway, public read, token")" "$(rps_of "direct, public read, no token")")   <- issue 6's aim: >= 0.75"
  echo "gateway+token / direct+token (project read):  $(ratio "$(rps_of "gateway, project read, token")" "$(rps_of "direct, project read, token")")"
  echo "gateway no token / direct no token (the proxy): $(ratio "$(rps_of "gateway, public read, no token")" "$(rps_of "direct, public read, no token")")"
  echo "direct+token / direct no token (public read):   $(ratio "$(rps_of "direct, public read, token")" "$(rps_of "direct, public read, no token")")"
  echo
  echo "Stack up with demo data in ${stack_ready}s (Keycloak included). Time to ready, from the launcher:"
  grep -E "ready in" "$data/launcher.out" | sed 's/^/  /'
  rss_report
} | tee "$report"
echo "Saved to $report"
