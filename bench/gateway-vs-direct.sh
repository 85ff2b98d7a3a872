#!/usr/bin/env bash
# Measures, in one run and on loopback only:
#   1. an authenticated GET /api/v1/projects/{id} through the gateway,
#   2. the same read made direct to project-service (same token),
#   3. an unauthenticated trivial endpoint (project-service /q/health/live) as the ceiling,
# plus each service's time to ready (from the launcher) and its RSS after the run.
# Starts its own stack with a throw-away data directory and stops it at the end.
#
#   bench/gateway-vs-direct.sh [duration-seconds] [connections]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
duration="${1:-20}"
connections="${2:-32}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

data="$(mktemp -d /tmp/nyttiggjort-bench-XXXX)"
out="$root/bench/results"
mkdir -p "$out"
log="$data/launcher.out"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
report="$out/gateway-vs-direct-$stamp.txt"

cleanup() {
  [ -n "${launcher_pid:-}" ] && kill "$launcher_pid" 2>/dev/null && wait "$launcher_pid" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

echo "Starting the stack (data in $data) ..."
stack_start=$(date +%s.%N)
NYTTIGGJORT_DATA="$data" "$root/nyttiggjort" start --no-build >"$log" 2>&1 &
launcher_pid=$!
for _ in $(seq 1 240); do
  curl -fsS http://127.0.0.1:8080/q/health/ready >/dev/null 2>&1 && grep -q "projects created" "$log" && break
  kill -0 "$launcher_pid" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done
stack_ready=$(echo "$(date +%s.%N) - $stack_start" | bc)

token=$(curl -fsS -d grant_type=password -d client_id=nyttiggjort-demo -d username=kari.nordmann -d password=demo \
  http://127.0.0.1:8180/realms/nyttiggjort/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
id=$(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:8080/api/v1/projects?size=1" \
  | sed -E 's/.*"items":\[\{"id":"([^"]+)".*/\1/')

run() { # name url [header]
  local name="$1" url="$2"; shift 2
  local file="$data/$(printf '%s' "$name" | tr -c 'A-Za-z0-9' '_')"
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$@" "$url" >"$file.wrk" 2>&1
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$file.wrk")
  p50=$(awk '$1=="50%" {print $2}' "$file.wrk")
  p99=$(awk '$1=="99%" {print $2}' "$file.wrk")
  local non2xx
  non2xx=$(awk '/Non-2xx/ {print $5}' "$file.wrk")
  printf '%-34s %10s req/s   p50 %-9s p99 %-9s non-2xx %s\n' "$name" "$rps" "$p50" "$p99" "${non2xx:-0}"
  echo "$rps" >"$file.rps"
}

# Warm up the JITs and connection pools before measuring.
wrk -t2 -c8 -d5s -H "Authorization: Bearer $token" "http://127.0.0.1:8080/api/v1/projects/$id" >/dev/null
wrk -t2 -c8 -d5s -H "Authorization: Bearer $token" "http://127.0.0.1:8081/api/v1/projects/$id" >/dev/null

{
  echo "Nyttiggjort benchmark $stamp: $(nproc) cores, wrk -t2 -c$connections -d${duration}s, loopback"
  echo "Java: $(java -version 2>&1 | head -1)"
  echo
  run "gateway, authenticated read" "http://127.0.0.1:8080/api/v1/projects/$id" -H "Authorization: Bearer $token"
  run "direct, authenticated read" "http://127.0.0.1:8081/api/v1/projects/$id" -H "Authorization: Bearer $token"
  run "direct, /q/health/live (ceiling)" "http://127.0.0.1:8081/q/health/live"
  echo
  g=$(cat "$data"/gateway__authenticated_read.rps); d=$(cat "$data"/direct__authenticated_read.rps)
  c=$(cat "$data"/direct___q_health_live__ceiling_.rps)
  echo "gateway / direct (authenticated): $(echo "scale=2; $g / $d" | bc)"
  echo "direct authenticated / ceiling:   $(echo "scale=2; $d / $c" | bc)"
  echo
  echo "Stack up with demo data in ${stack_ready}s (Keycloak included)."
  echo "Time to ready, from the launcher:"
  grep -E "ready in" "$log" | sed 's/^/  /'
  echo "RSS after the run:"
  for svc in project-service scoring-service certification-service gateway; do
    pid=$(pgrep -f "$svc/target/quarkus-app/quarkus-run.jar" | head -1 || true)
    [ -n "$pid" ] && printf '  %-22s %6d MB\n' "$svc" $(( $(ps -o rss= -p "$pid") / 1024 ))
  done
  pid=$(pgrep -f "keycloak" | head -1 || true)
  [ -n "$pid" ] && printf '  %-22s %6d MB\n' "keycloak" $(( $(ps -o rss= -p "$pid") / 1024 ))
} | tee "$report"
echo "Saved to $report"
