#!/usr/bin/env bash
# Issue 6: how many requests fail when one of two project-service instances dies under load.
# Starts the stack with two project-service instances (project-service on 8081, project-service-2 on
# 8091), runs authenticated GET /api/v1/projects/{id} through the gateway with wrk, kills
# project-service-2 with SIGKILL a few seconds in (no shutdown: its connections are reset), and reports
# wrk's total requests, non-2xx answers and socket errors, and when the gateway took the instance out.
# With --running it uses a stack you started yourself (./nyttiggjort start --instances project-service=2
# on the default ports), and leaves it running with that instance dead.
#
#   bench/instance-kill.sh [--running] [duration-seconds] [connections] [kill-after-seconds]
source "$(dirname "$0")/lib.sh"
running=false
if [ "${1:-}" = "--running" ]; then
  running=true
  shift
fi
duration="${1:-20}"
connections="${2:-16}"
kill_after="${3:-5}"
victim_port="${NYTTIGGJORT_PROJECT_SERVICE_2_PORT:-8091}"
report="$root/bench/results/instance-kill-$stamp.txt"

if [ "$running" = true ]; then
  curl -fsS http://127.0.0.1:8080/q/health/ready >/dev/null || { echo "No ready gateway on 127.0.0.1:8080." >&2; exit 1; }
else
  NYTTIGGJORT_INSTANCES=project-service=2 start_stack
fi
# The process that listens on the second instance's port.
victim_pid=$(ss -Hltnp "sport = :$victim_port" | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -1)
[ -n "$victim_pid" ] || { echo "Nothing listens on 127.0.0.1:$victim_port: start the stack with --instances project-service=2." >&2; exit 1; }
# The gateway's periodic health check (every 5 s) may not have seen the second instance ready yet.
in_rotation() {
  curl -sS http://127.0.0.1:8080/q/health/ready \
    | grep -qE "\"http://127.0.0.1:$victim_port\": *\"ready, circuit CLOSED, in rotation\""
}
for _ in $(seq 1 30); do in_rotation && break; sleep 0.5; done
in_rotation || { echo "The gateway does not have 127.0.0.1:$victim_port in rotation:" >&2; curl -sS http://127.0.0.1:8080/q/health/ready >&2; exit 1; }

t=$(token kari.nordmann)
id=$(curl -fsS -H "Authorization: Bearer $t" "http://127.0.0.1:8080/api/v1/projects?size=1" \
  | sed -E 's/.*"items":\[\{"id":"([^"]+)".*/\1/')
url="http://127.0.0.1:8080/api/v1/projects/$id"

# Warm up both instances, the gateway's pools and the JITs.
wrk -t2 -c8 -d15s -H "Authorization: Bearer $t" "$url" >/dev/null

out="$data/instance-kill.wrk"
wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Authorization: Bearer $t" "$url" >"$out" 2>&1 &
wrk_pid=$!
sleep "$kill_after"
kill -9 "$victim_pid"
killed_at=$(date +%H:%M:%S.%N | cut -c1-12)
# When the gateway reports the instance out of rotation (breaker open or health check failed).
out_after=""
t0=$(date +%s%N)
for _ in $(seq 1 200); do
  if curl -sS http://127.0.0.1:8080/q/health/ready | grep -qE "\"http://127.0.0.1:$victim_port\": *\"[^\"]*out of rotation\""; then
    out_after=$(( ($(date +%s%N) - t0) / 1000000 ))
    break
  fi
  sleep 0.05
done
wait "$wrk_pid"

total=$(awk '/requests in/ {print $1}' "$out")
non2xx=$(awk '/Non-2xx/ {print $5}' "$out")
socket_errors=$(sed -nE 's/.*Socket errors: (.*)/\1/p' "$out")
{
  header "Instance kill"
  echo "wrk -c$connections -d${duration}s GET /api/v1/projects/{id} through the gateway (token); two project-service"
  echo "instances; project-service-2 (pid $victim_pid, port $victim_port) killed with SIGKILL at ${kill_after}s ($killed_at)."
  echo
  printf 'requests in total      %s\n' "$total"
  printf 'requests/s             %s\n' "$(awk '/Requests\/sec/ {print $2}' "$out")"
  printf 'p50 / p99              %s / %s\n' "$(awk '$1=="50%" {print $2}' "$out")" "$(awk '$1=="99%" {print $2}' "$out")"
  printf 'non-2xx answers        %s\n' "${non2xx:-0}"
  printf 'socket errors          %s\n' "${socket_errors:-none}"
  if [ -n "$out_after" ]; then
    printf 'out of rotation after  %s ms (seen by polling the readiness of the gateway every 50 ms)\n' "$out_after"
  else
    printf 'out of rotation after  not within 10 s of polling\n'
  fi
  if [ "$running" = false ]; then
    echo
    echo "The gateway's log on it:"
    grep -E "taken out|out of rotation|failed after" "$data/logs/gateway.log" | sed -E 's/^/  /' | cut -c1-200 | head -20
  fi
} | tee "$report"
echo "Saved to $report"
