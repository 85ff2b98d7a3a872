#!/usr/bin/env bash
# Issue 3's scale test: loads 100,000 projects spread over 356 municipalities (Jevnaker 3053 among
# them) straight into project-service's database, then measures, direct to project-service with a
# real token, in one run: a single-project read, the municipality's list page, and its summary.
#
#   bench/project-scale.sh [duration-seconds] [connections] [projects]
source "$(dirname "$0")/lib.sh"
duration="${1:-20}"
connections="${2:-16}"
projects="${3:-100000}"
report="$root/bench/results/project-scale-$stamp.txt"
command -v psql >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null; }

start_stack
echo "Loading $projects projects over 356 municipalities ..."
t0=$(date +%s.%N)
PGPASSWORD=postgres psql -q -h 127.0.0.1 -p 15432 -U postgres -d project -v ON_ERROR_STOP=1 <<SQL
insert into project (id, municipality, title, description, sector, champion, status, created_by, created_at,
                     updated_at, version, step, problem_statement, visibility)
select gen_random_uuid(),
       -- 356 municipality numbers 3001..3356; 3053 (Jevnaker) is one of them.
       (3001 + (g % 356))::text,
       'Generert prosjekt ' || g,
       'Et generert prosjekt for ytelsesmåling, nummer ' || g || '.',
       (array['OPPVEKST','HELSE_OG_OMSORG','NAV_SOSIAL','BYGGESAK_TEKNISK','PLAN','KULTUR','ADMINISTRASJON','ANNET'])[1 + g % 8],
       'Ildsjel ' || (g % 997),
       'ACTIVE', 'bench-generator',
       now() - (g % 1000) * interval '1 hour', now() - (g % 1000) * interval '1 minute', 0,
       (array['FOUNDATION','NEEDS','EXPLORE','REALISE','IN_USE','STOPPED'])[1 + (g / 7) % 6],
       'Generert problemstilling', case when g % 10 = 0 then 'SHARED' else 'MUNICIPALITY' end
from generate_series(1, $projects) g;
analyze project;
SQL
load_seconds=$(echo "$(date +%s.%N) - $t0" | bc)
in_jevnaker=$(PGPASSWORD=postgres psql -tA -h 127.0.0.1 -p 15432 -U postgres -d project \
  -c "select count(*) from project where municipality = '3053'")

t=$(token kari.nordmann)
id=$(curl -fsS -H "Authorization: Bearer $t" "http://127.0.0.1:8081/api/v1/projects?size=1" \
  | sed -E 's/.*"items":\[\{"id":"([^"]+)".*/\1/')
single="http://127.0.0.1:8081/api/v1/projects/$id"
list="http://127.0.0.1:8081/api/v1/projects?size=20"
summary="http://127.0.0.1:8081/api/v1/projects/summary"
for url in "$single" "$list" "$summary"; do
  wrk -t2 -c8 -d10s -H "Authorization: Bearer $t" "$url" >/dev/null
done
{
  header "Project scale ($projects projects, 356 municipalities; Jevnaker has $in_jevnaker; loaded in ${load_seconds}s)"
  run "single project read (direct)" "$connections" "$duration" "$single" -H "Authorization: Bearer $t"
  run "list page, size 20 (direct)" "$connections" "$duration" "$list" -H "Authorization: Bearer $t"
  run "summary (direct)" "$connections" "$duration" "$summary" -H "Authorization: Bearer $t"
  run "summary, one caller (direct)" 1 "$duration" "$summary" -H "Authorization: Bearer $t"
  echo
  echo "list page / single read: $(ratio "$(rps_of "list page, size 20 (direct)")" "$(rps_of "single project read (direct)")")"
  rss_report
} | tee "$report"
echo "Saved to $report"
