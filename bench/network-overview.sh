#!/usr/bin/env bash
# Issue 6's network overview at scale: loads 100,000 projects over 356 municipalities into project-service's
# database (4 % of them adoptions of a neighbour's shared project), assessments of 60 % of them (a third of
# those assessed twice) into scoring-service's, and certified agents (0 to 40 per municipality, some revoked or
# expired) into certification-service's, all by SQL. The services' aggregate tables are kept by triggers, so
# the bulk load keeps them current too; the script checks them against a recount before measuring. Then wrk
# against GET /api/v1/network/overview through the gateway with a network analyst's token, as JSON and as CSV.
# The gateway's rate limiter stays on, with the per-caller limits lib.sh raises above what wrk can send.
#
#   bench/network-overview.sh [duration-seconds] [connections] [projects]
source "$(dirname "$0")/lib.sh"
duration="${1:-20}"
connections="${2:-16}"
projects="${3:-100000}"
report="$root/bench/results/network-overview-$stamp.txt"
command -v psql >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null; }
sql() { # database: runs stdin
  PGPASSWORD=postgres psql -q -h 127.0.0.1 -p 15432 -U postgres -d "$1" -v ON_ERROR_STOP=1
}
value() { # database query
  PGPASSWORD=postgres psql -tA -h 127.0.0.1 -p 15432 -U postgres -d "$1" -v ON_ERROR_STOP=1 -c "$2"
}

start_stack

# Project g of municipality 3001 + g % 356 (3053, Jevnaker, is one of them) has the id md5('bench-project-g'),
# so scoring's rows name the same projects. Every 25th project from g = 26 on is an adoption of project g - 1,
# a SHARED project of the neighbouring municipality number.
echo "Loading $projects projects over 356 municipalities ..."
t0=$(date +%s.%N)
sql project <<SQL
insert into project (id, municipality, title, description, sector, champion, status, created_by, created_at,
                     updated_at, version, step, problem_statement, visibility, adopted_from)
select md5('bench-project-' || g)::uuid,
       (3001 + (g % 356))::text,
       'Generert prosjekt ' || g,
       'Et generert prosjekt for ytelsesmåling, nummer ' || g || '.',
       (array['OPPVEKST','HELSE_OG_OMSORG','NAV_SOSIAL','BYGGESAK_TEKNISK','PLAN','KULTUR','ADMINISTRASJON','ANNET'])[1 + g % 8],
       'Ildsjel ' || (g % 997),
       case when g % 97 = 0 then 'ARCHIVED' else 'ACTIVE' end, 'bench-generator',
       now() - (g % 1000) * interval '1 hour', now() - (g % 1000) * interval '1 minute', 0,
       case when g % 25 = 1 and g > 25 then 'FOUNDATION'
            else (array['FOUNDATION','NEEDS','EXPLORE','REALISE','IN_USE','STOPPED'])[1 + (g / 7) % 6] end,
       'Generert problemstilling',
       case when g % 10 = 0 or g % 25 = 0 then 'SHARED' else 'MUNICIPALITY' end,
       case when g % 25 = 1 and g > 25 then md5('bench-project-' || (g - 1))::uuid end
from generate_series(1, $projects) g;
analyze project;
SQL
project_seconds=$(echo "$(date +%s.%N) - $t0" | bc)

echo "Loading assessments of 60 % of them ..."
t0=$(date +%s.%N)
sql scoring <<SQL
insert into assessment (id, project_id, municipality, project_title, assessor_subject, assessor_name, assessed_at,
                        behov, losning, ildsjel, team, forankring, behov_justification, losning_justification,
                        ildsjel_justification, team_justification, forankring_justification)
select md5('bench-assessment-' || g || '-' || round)::uuid,
       md5('bench-project-' || g)::uuid,
       (3001 + (g % 356))::text,
       'Generert prosjekt ' || g,
       'bench-generator', 'Ytelsesmåling',
       now() - (g % 1000) * interval '1 hour' + round * interval '1 day',
       1 + (g + round) % 5, 1 + (g / 5 + round) % 5, 2 + g % 4, 1 + (g / 3) % 5, 3 + (g + round) % 3,
       'Generert', 'Generert', 'Generert', 'Generert', 'Generert'
from generate_series(1, $projects) g
cross join generate_series(1, 2) round
where g % 5 < 3 and (round = 1 or g % 5 = 0);
analyze assessment;
SQL
scoring_seconds=$(echo "$(date +%s.%N) - $t0" | bc)

# Per municipality one programme, panel and presentation, and (i * 7) % 41 certificates for municipality i:
# 0 to 40, so some are withheld (1-4); every 13th revoked and every 11th expired.
echo "Loading certificates ..."
t0=$(date +%s.%N)
sql certification <<SQL
create temporary table bench_municipality as
select i, (3001 + i)::text as m, md5('bench-programme-' || i)::uuid as programme,
       md5('bench-panel-' || i)::uuid as panel, md5('bench-presentation-' || i)::uuid as presentation,
       (i * 7) % 41 as agents
from generate_series(0, 355) i;

insert into programme (id, municipality, name, description, starts_on, ends_on, status, created_by, created_at,
                       updated_at, version)
select programme, m, 'Generert program ' || i, 'For ytelsesmåling', date '2026-01-05', date '2026-05-26', 'CLOSED',
       'bench-generator', now(), now(), 0
from bench_municipality;
insert into panel (id, programme_id, municipality, name, created_by, created_at)
select panel, programme, m, 'Generert panel', 'bench-generator', now() from bench_municipality;
insert into presentation (id, panel_id, project_id, project_title, scheduled_at, created_at)
select presentation, panel, md5('bench-project-' || i)::uuid, 'Generert prosjekt', now(), now() from bench_municipality;
insert into enrolment (id, programme_id, municipality, user_id, name, email, unit, profession, exam_project_id,
                       exam_project_title, created_at, updated_at, version)
select md5('bench-enrolment-' || i || '-' || k)::uuid, programme, m, 'bench-agent-' || m || '-' || k,
       'Deltaker ' || k, 'deltaker' || k || '@bench.nyttiggjort.no', 'Rådhuset', 'Rådgiver',
       md5('bench-project-' || i)::uuid, 'Generert prosjekt', now(), now(), 0
from bench_municipality cross join lateral generate_series(1, agents) k;
insert into presentation_participant (id, presentation_id, enrolment_id)
select md5('bench-participant-' || i || '-' || k)::uuid, presentation, md5('bench-enrolment-' || i || '-' || k)::uuid
from bench_municipality cross join lateral generate_series(1, agents) k;

insert into certificate (id, municipality, programme_id, enrolment_id, presentation_id, holder_user_id, holder_name,
                         achievement_id, awarded_at, valid_from, valid_until, status_index, kid, credential, issued_by,
                         issued_at, revoked_at, revoked_by, revocation_reason, version)
select md5('bench-certificate-' || i || '-' || k)::uuid, m, programme, md5('bench-enrolment-' || i || '-' || k)::uuid,
       presentation, 'bench-agent-' || m || '-' || k, 'Deltaker ' || k, 'bench-achievement-' || m,
       now() - interval '1 year', now() - interval '1 year',
       case when k % 11 = 0 then now() - interval '1 day' else now() + interval '2 years' end,
       -- A position in the municipality's status list (0 to 131,071); the service draws its own at random.
       131072 - k,
       (select kid from signing_key order by created_at desc limit 1),
       'bench-generated; not a signed credential', 'bench-generator', now() - interval '1 year',
       case when k % 13 = 0 then now() - interval '1 month' end,
       case when k % 13 = 0 then 'bench-generator' end,
       case when k % 13 = 0 then 'Generert tilbakekalling' end,
       0
from bench_municipality cross join lateral generate_series(1, agents) k
-- Jevnaker's demo certificates hold random positions: a participant whose position is taken gets none.
on conflict do nothing;
analyze certificate;
SQL
certification_seconds=$(echo "$(date +%s.%N) - $t0" | bc)

# The maintained aggregates must equal a count from scratch after the bulk load.
check() { # name database maintained-query recount-query
  local maintained recount
  maintained=$(value "$2" "$3" | md5sum)
  recount=$(value "$2" "$4" | md5sum)
  if [ "$maintained" != "$recount" ]; then
    echo "The maintained $1 aggregates differ from a recount after the bulk load"; exit 1
  fi
  echo "  $1: maintained aggregates equal a recount"
}
echo "Checking the maintained aggregates ..."
check projects project \
  "select municipality, foundation, needs, explore, realise, in_use, stopped, adoptions_in, adoptions_out
     from municipality_project_aggregate order by municipality" \
  "select m.municipality,
          count(*) filter (where p.status = 'ACTIVE' and p.step = 'FOUNDATION'),
          count(*) filter (where p.status = 'ACTIVE' and p.step = 'NEEDS'),
          count(*) filter (where p.status = 'ACTIVE' and p.step = 'EXPLORE'),
          count(*) filter (where p.status = 'ACTIVE' and p.step = 'REALISE'),
          count(*) filter (where p.status = 'ACTIVE' and p.step = 'IN_USE'),
          count(*) filter (where p.status = 'ACTIVE' and p.step = 'STOPPED'),
          count(*) filter (where p.adopted_from is not null),
          (select count(*) from project c join project o on o.id = c.adopted_from where o.municipality = m.municipality)
     from (select distinct municipality from project) m join project p on p.municipality = m.municipality
    group by m.municipality order by m.municipality"
check scores scoring \
  "select municipality, scored_projects, product_sum, bottleneck_behov, bottleneck_losning, bottleneck_ildsjel,
          bottleneck_team, bottleneck_forankring
     from municipality_score_aggregate where scored_projects > 0 order by municipality" \
  "select municipality, count(*), sum(cast(behov as bigint) * losning * ildsjel * team * forankring),
          count(*) filter (where low < 5 and behov = low), count(*) filter (where low < 5 and losning = low),
          count(*) filter (where low < 5 and ildsjel = low), count(*) filter (where low < 5 and team = low),
          count(*) filter (where low < 5 and forankring = low)
     from (select distinct on (project_id) *, least(behov, losning, ildsjel, team, forankring) as low
             from score_timeline order by project_id, scored_at desc, id desc) latest
    group by municipality order by municipality"
check certification certification \
  "select municipality, case when computed_at <= now() and (expires_at is null or now() < expires_at)
                            then certified_agents end
     from municipality_certified_agents order by municipality" \
  "select m.municipality, count(distinct c.holder_user_id) filter (where c.replaced_by is null
          and c.revoked_at is null and c.valid_until > now())
     from (select distinct municipality from certificate) m join certificate c on c.municipality = m.municipality
    group by m.municipality order by m.municipality"

in_jevnaker=$(value project "select foundation + needs + explore + realise + in_use + stopped
                               from municipality_project_aggregate where municipality = '3053'")
assessments=$(value scoring "select count(*) from assessment")
certificates=$(value certification "select count(*) from certificate")

t=$(token nils.nettverk)
overview="http://127.0.0.1:8080/api/v1/network/overview"
curl -fsS -H "Authorization: Bearer $t" "$overview" | grep -q '"unavailable":\[\]' \
  || { echo "The overview is not complete:"; curl -sS -H "Authorization: Bearer $t" "$overview" | head -c 600; exit 1; }
municipalities=$(curl -fsS -H "Authorization: Bearer $t" -H "Accept: text/csv" "$overview" | tail -n +2 | wc -l)
json_bytes=$(curl -fsS -H "Authorization: Bearer $t" "$overview" | wc -c)
csv_bytes=$(curl -fsS -H "Authorization: Bearer $t" -H "Accept: text/csv" "$overview" | wc -c)

# Warm up the JIT and the connections first.
wrk -t2 -c8 -d15s -H "Authorization: Bearer $t" "$overview" >/dev/null
wrk -t2 -c8 -d10s -H "Authorization: Bearer $t" -H "Accept: text/csv" "$overview" >/dev/null
{
  header "Network overview ($projects projects in 356 municipalities, Jevnaker $in_jevnaker active; $assessments assessments; $certificates certificates)"
  echo "Loaded by SQL with the aggregate triggers: projects ${project_seconds}s, assessments ${scoring_seconds}s, certification ${certification_seconds}s"
  echo "Overview: $municipalities municipalities, JSON $json_bytes bytes, CSV $csv_bytes bytes"
  echo
  run "overview JSON (gateway)" "$connections" "$duration" "$overview" -H "Authorization: Bearer $t"
  run "overview CSV (gateway)" "$connections" "$duration" "$overview" -H "Authorization: Bearer $t" -H "Accept: text/csv"
  run "overview JSON, one caller (gateway)" 1 "$duration" "$overview" -H "Authorization: Bearer $t"
  echo
  echo "The services' aggregates, direct (what one composition asks for):"
  run "project aggregates (direct)" 4 10 "http://127.0.0.1:8081/api/v1/projects/aggregates/municipalities" -H "Authorization: Bearer $t"
  run "score aggregates (direct)" 4 10 "http://127.0.0.1:8082/api/v1/scoring/aggregates/municipalities" -H "Authorization: Bearer $t"
  run "certification aggregates (direct)" 4 10 "http://127.0.0.1:8083/api/v1/certification/aggregates/municipalities" -H "Authorization: Bearer $t"
  rss_report
} | tee "$report"
echo "Saved to $report"
