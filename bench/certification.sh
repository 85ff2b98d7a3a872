#!/usr/bin/env bash
# Measures public certificate verification through the gateway, without a token: by certificate id
# (GET) and by presenting the VC-JWT itself (POST), against the demo data's issued certificates.
#
#   bench/certification.sh [duration-seconds] [connections]
source "$(dirname "$0")/lib.sh"
duration="${1:-20}"
connections="${2:-32}"
report="$root/bench/results/certification-$stamp.txt"

start_stack
t=$(token ingrid.berg)
certificate=$(curl -fsS -H "Authorization: Bearer $t" \
  "http://127.0.0.1:8080/api/v1/certification/certificates?status=ACTIVE&size=1" \
  | sed -E 's/.*"items":\[\{"id":"([^"]+)".*/\1/')
credential=$(curl -fsS -H "Authorization: Bearer $t" "http://127.0.0.1:8080/api/v1/certification/certificates/$certificate" \
  | sed -E 's/.*"credential":"([^"]+)".*/\1/')
cat >"$data/verify.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"credential":"$credential"}'
LUA
by_id="http://127.0.0.1:8080/api/v1/certification/public/certificates/$certificate/verification"
by_jwt="http://127.0.0.1:8080/api/v1/certification/public/verifications"
curl -fsS "$by_id" | grep -q '"VALID"' || { echo "verification by id did not answer VALID"; exit 1; }

wrk -t2 -c8 -d15s "$by_id" >/dev/null
wrk -t2 -c8 -d15s -s "$data/verify.lua" "$by_jwt" >/dev/null
{
  header "Certificate verification"
  run "verify by id (GET, public)" "$connections" "$duration" "$by_id"
  run "verify a VC-JWT (POST, public)" "$connections" "$duration" "$by_jwt" -s "$data/verify.lua"
  echo
  rss_report
} | tee "$report"
echo "Saved to $report"
