# Shared by the benchmark scripts: start a throw-away stack, get tokens, run wrk and report.
# Loopback only. Source it; it sets $root, $data and $report and stops the stack on exit.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v bc >/dev/null || { apt-get update -qq && apt-get install -y -qq bc >/dev/null; }
data="$(mktemp -d /tmp/nyttiggjort-bench-XXXX)"
mkdir -p "$root/bench/results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"

stop_stack() {
  if [ -n "${launcher_pid:-}" ]; then
    kill "$launcher_pid" 2>/dev/null || true
    wait "$launcher_pid" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap stop_stack EXIT

# Starts the stack with demo data on the default ports; sets $stack_ready (seconds).
start_stack() {
  local log="$data/launcher.out" t0
  echo "Starting the stack (data in $data) ..."
  t0=$(date +%s.%N)
  # wrk sends everything with one token (or from one address): raise the per-caller limits far above
  # what two cores can serve, so the limiter's cost is measured but it never answers 429.
  GATEWAY_RATE_LIMIT_SIGNED_IN_RATE="${GATEWAY_RATE_LIMIT_SIGNED_IN_RATE:-1000000}" \
  GATEWAY_RATE_LIMIT_SIGNED_IN_BURST="${GATEWAY_RATE_LIMIT_SIGNED_IN_BURST:-1000000}" \
  GATEWAY_RATE_LIMIT_ANONYMOUS_RATE="${GATEWAY_RATE_LIMIT_ANONYMOUS_RATE:-1000000}" \
  GATEWAY_RATE_LIMIT_ANONYMOUS_BURST="${GATEWAY_RATE_LIMIT_ANONYMOUS_BURST:-1000000}" \
  NYTTIGGJORT_DATA="$data" "$root/nyttiggjort" start --no-build ${NYTTIGGJORT_START_ARGS:-} >"$log" 2>&1 &
  launcher_pid=$!
  for _ in $(seq 1 360); do
    grep -q "already certified" "$log" && curl -fsS http://127.0.0.1:8080/q/health/ready >/dev/null 2>&1 && break
    kill -0 "$launcher_pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.5
  done
  stack_ready=$(echo "$(date +%s.%N) - $t0" | bc)
}

token() { # user
  curl -fsS -d grant_type=password -d client_id=nyttiggjort-demo -d username="$1" -d password=demo \
    http://127.0.0.1:8180/realms/nyttiggjort/protocol/openid-connect/token \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# Processes whose CPU time each run reports per request: name, then the pgrep -f pattern.
cpu_groups=(
  "gateway" "gateway/target/quarkus-app"
  "project" "project-service/target/quarkus-app"
  "scoring" "scoring-service/target/quarkus-app"
  "certification" "certification-service/target/quarkus-app"
  "postgres" "(^|/)postgres( |:|$)"
)

# CPU time (clock ticks, user + system) the processes matching a pgrep -f pattern have used so far.
cpu_ticks() {
  local total=0 pid
  for pid in $(pgrep -f "$1" || true); do
    # Fields 14 and 15 of /proc/PID/stat; the command name (field 2) has no spaces for java and postgres.
    [ -r "/proc/$pid/stat" ] && total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}

# run NAME CONNECTIONS DURATION URL [wrk args...]: one wrk run, one line of results: req/s, latency and the
# CPU time each process group used per request (µs; wrk's own included). Running the same NAME again (rounds)
# adds to its record; rps_of and cpu_of give the median over the rounds.
run() {
  local name="$1" connections="$2" duration="$3" url="$4"; shift 4
  local file="$data/$(printf '%s' "$name" | tr -c 'A-Za-z0-9' '_')"
  local threads=2 tick i
  [ "$connections" -lt 2 ] && threads=1
  tick=$(getconf CLK_TCK)
  local -a before=()
  for ((i = 0; i < ${#cpu_groups[@]}; i += 2)); do before+=("$(cpu_ticks "${cpu_groups[i+1]}")"); done
  local TIMEFORMAT='%U %S'
  { time wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$@" "$url" >"$file.wrk" 2>&1; } 2>"$file.time"
  local rps p50 p99 non2xx requests cpu="" used
  rps=$(awk '/Requests\/sec/ {print $2}' "$file.wrk")
  p50=$(awk '$1=="50%" {print $2}' "$file.wrk")
  p99=$(awk '$1=="99%" {print $2}' "$file.wrk")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$file.wrk")
  requests=$(awk '/requests in/ {print $1}' "$file.wrk")
  if [ "${requests:-0}" -le 0 ]; then
    echo "$name: wrk completed no request"; cat "$file.wrk"; return 1
  fi
  for ((i = 0; i < ${#cpu_groups[@]}; i += 2)); do
    used=$(( ( $(cpu_ticks "${cpu_groups[i+1]}") - before[i/2] ) * 1000000 / tick / requests ))
    [ "$used" -ge 5 ] && cpu+=" ${cpu_groups[i]} $used"
    echo "$used" >>"$file.cpu.${cpu_groups[i]}"
  done
  used=$(awk -v n="$requests" '{printf "%d", ($1 + $2) * 1000000 / n}' "$file.time")
  cpu+=" wrk $used"
  echo "$used" >>"$file.cpu.wrk"
  printf '%-40s %10s req/s   p50 %-9s p99 %-9s non-2xx %-6s CPU µs/req:%s\n' "$name" "$rps" "$p50" "$p99" "${non2xx:-0}" "$cpu"
  echo "$rps" >>"$file.rps"
}

median() { sort -n "$1" | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

rps_of() { median "$data/$(printf '%s' "$1" | tr -c 'A-Za-z0-9' '_').rps"; }

cpu_of() { # NAME GROUP: median µs of CPU per request
  median "$data/$(printf '%s' "$1" | tr -c 'A-Za-z0-9' '_').cpu.$2"
}

ratio() { echo "scale=2; $1 / $2" | bc; }

rss_report() {
  echo "RSS after the run:"
  for svc in project-service scoring-service certification-service gateway; do
    local pid
    pid=$(pgrep -f "$svc/target/quarkus-app/quarkus-run.jar" | head -1 || true)
    [ -n "$pid" ] && printf '  %-22s %6d MB\n' "$svc" $(( $(ps -o rss= -p "$pid") / 1024 ))
  done
  local kc
  kc=$(pgrep -f "kc.home.dir" | head -1 || true)
  [ -n "$kc" ] && printf '  %-22s %6d MB\n' "keycloak" $(( $(ps -o rss= -p "$kc") / 1024 ))
  return 0
}

header() { # title
  echo "$1 $stamp: $(nproc) cores, loopback, wrk -t2"
  echo "Java: $(java -version 2>&1 | head -1)"
  echo
}
