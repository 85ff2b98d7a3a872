-- Issue 6: the network's numbers without reading the whole score timeline per request. Two small tables,
-- kept current by triggers in the transaction that scores a project:
--   project_latest_score          every scored project's latest entry of score_timeline (the same rule as the
--                                 portfolio and the network view: newest scored_at, then the greatest id);
--   municipality_score_aggregate  per municipality, the sums over those latest entries: scored projects, the
--                                 sum of the products of the five levels, and how many projects have each
--                                 factor at their lowest level below 5 (SuccessFormula.bottleneck: a shared
--                                 lowest level counts for every factor at it).

-- Nothing may be scored while the tables are filled and the triggers installed (an older instance of the
-- service could still be writing during a rolling deploy); the locks are held to the end of the migration.
lock table assessment, scoring_round in share row exclusive mode;

create table project_latest_score (
    project_id   uuid        primary key,
    municipality varchar(4)  not null,
    -- The timeline entry: an assessment's id or a closed round's id.
    entry_id     uuid        not null,
    scored_at    timestamp(6) with time zone not null,
    behov        smallint    not null,
    losning      smallint    not null,
    ildsjel      smallint    not null,
    team         smallint    not null,
    forankring   smallint    not null
);

create table municipality_score_aggregate (
    municipality          varchar(4) primary key,
    scored_projects       bigint     not null default 0,
    -- Σ behov × løsning × ildsjel × team × forankring (0 to 3125 each); the mean score is the sum ÷ projects ÷ 3125.
    product_sum           bigint     not null default 0,
    bottleneck_behov      bigint     not null default 0,
    bottleneck_losning    bigint     not null default 0,
    bottleneck_ildsjel    bigint     not null default 0,
    bottleneck_team       bigint     not null default 0,
    bottleneck_forankring bigint     not null default 0
);

-- Adds (sign 1) or takes away (sign -1) one project's latest levels in its municipality's sums.
create function score_aggregate_add(m varchar, sign integer, b smallint, l smallint, i smallint, t smallint,
                                    f smallint) returns void language plpgsql as $$
declare
    low constant integer := least(b, l, i, t, f);
begin
    insert into municipality_score_aggregate as a
           (municipality, scored_projects, product_sum, bottleneck_behov, bottleneck_losning, bottleneck_ildsjel,
            bottleneck_team, bottleneck_forankring)
    values (m, sign, sign * (cast(b as bigint) * l * i * t * f),
            case when low < 5 and b = low then sign else 0 end,
            case when low < 5 and l = low then sign else 0 end,
            case when low < 5 and i = low then sign else 0 end,
            case when low < 5 and t = low then sign else 0 end,
            case when low < 5 and f = low then sign else 0 end)
        on conflict (municipality) do update
       set scored_projects       = a.scored_projects       + excluded.scored_projects,
           product_sum           = a.product_sum           + excluded.product_sum,
           bottleneck_behov      = a.bottleneck_behov      + excluded.bottleneck_behov,
           bottleneck_losning    = a.bottleneck_losning    + excluded.bottleneck_losning,
           bottleneck_ildsjel    = a.bottleneck_ildsjel    + excluded.bottleneck_ildsjel,
           bottleneck_team       = a.bottleneck_team       + excluded.bottleneck_team,
           bottleneck_forankring = a.bottleneck_forankring + excluded.bottleneck_forankring;
end;
$$;

-- Makes one project's row in project_latest_score and its municipality's sums agree with score_timeline.
-- A transaction-level advisory lock per project makes concurrent scorings of one project take turns; the
-- statements after it run on fresh snapshots (READ COMMITTED), so the second sees the first's committed
-- entry and its latest row, and subtracts exactly what the first added.
create function score_latest_refresh(p uuid) returns void language plpgsql as $$
declare
    previous project_latest_score%rowtype;
    had_previous boolean;
    latest record;
    has_latest boolean;
begin
    perform pg_advisory_xact_lock(1935896434, hashtext(p::text));
    select * into previous from project_latest_score where project_id = p;
    had_previous := found;
    select id, municipality, scored_at, behov, losning, ildsjel, team, forankring into latest
      from score_timeline where project_id = p order by scored_at desc, id desc limit 1;
    has_latest := found;

    if had_previous and has_latest and previous.entry_id = latest.id and previous.municipality = latest.municipality
       and (previous.behov, previous.losning, previous.ildsjel, previous.team, previous.forankring)
           = (latest.behov, latest.losning, latest.ildsjel, latest.team, latest.forankring) then
        return;
    end if;

    -- Lower municipality number first when two rows change, so two transactions never wait on each other crosswise.
    if had_previous and (not has_latest or previous.municipality <= latest.municipality) then
        perform score_aggregate_add(previous.municipality, -1, previous.behov, previous.losning, previous.ildsjel,
                                    previous.team, previous.forankring);
        had_previous := false;
    end if;
    if has_latest then
        perform score_aggregate_add(latest.municipality, 1, latest.behov, latest.losning, latest.ildsjel,
                                    latest.team, latest.forankring);
        insert into project_latest_score as s
               (project_id, municipality, entry_id, scored_at, behov, losning, ildsjel, team, forankring)
        values (p, latest.municipality, latest.id, latest.scored_at, latest.behov, latest.losning, latest.ildsjel,
                latest.team, latest.forankring)
            on conflict (project_id) do update
           set municipality = excluded.municipality, entry_id = excluded.entry_id, scored_at = excluded.scored_at,
               behov = excluded.behov, losning = excluded.losning, ildsjel = excluded.ildsjel, team = excluded.team,
               forankring = excluded.forankring;
    else
        delete from project_latest_score where project_id = p;
    end if;
    if had_previous then
        perform score_aggregate_add(previous.municipality, -1, previous.behov, previous.losning, previous.ildsjel,
                                    previous.team, previous.forankring);
    end if;
end;
$$;

create function score_latest_on_change() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform score_latest_refresh(old.project_id);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.project_id <> old.project_id) then
        perform score_latest_refresh(new.project_id);
    end if;
    return null;
end;
$$;

-- Assessments are never updated, but a change by hand must not leave the aggregates wrong.
create trigger assessment_latest_score after insert or update or delete on assessment
    for each row execute function score_latest_on_change();
-- A round enters the timeline when it closes; open rounds (and their version bumps) are not scores.
create trigger scoring_round_latest_score_on_insert after insert on scoring_round
    for each row when (new.status = 'CLOSED') execute function score_latest_on_change();
create trigger scoring_round_latest_score_on_update after update on scoring_round
    for each row when (old.status = 'CLOSED' or new.status = 'CLOSED') execute function score_latest_on_change();
create trigger scoring_round_latest_score_on_delete after delete on scoring_round
    for each row when (old.status = 'CLOSED') execute function score_latest_on_change();

-- A truncate fires no row trigger: start the two tables afresh from what is left.
create function score_latest_on_truncate() returns trigger language plpgsql as $$
begin
    truncate project_latest_score, municipality_score_aggregate;
    perform score_latest_refresh(project_id) from (select distinct project_id from score_timeline) scored;
    return null;
end;
$$;
create trigger assessment_latest_score_truncate after truncate on assessment
    for each statement execute function score_latest_on_truncate();
create trigger scoring_round_latest_score_truncate after truncate on scoring_round
    for each statement execute function score_latest_on_truncate();

-- The scores that exist already.
insert into project_latest_score (project_id, municipality, entry_id, scored_at, behov, losning, ildsjel, team, forankring)
select distinct on (project_id) project_id, municipality, id, scored_at, behov, losning, ildsjel, team, forankring
  from score_timeline
 order by project_id, scored_at desc, id desc;

insert into municipality_score_aggregate
       (municipality, scored_projects, product_sum, bottleneck_behov, bottleneck_losning, bottleneck_ildsjel,
        bottleneck_team, bottleneck_forankring)
select municipality, count(*), sum(cast(behov as bigint) * losning * ildsjel * team * forankring),
       count(*) filter (where low < 5 and behov = low),
       count(*) filter (where low < 5 and losning = low),
       count(*) filter (where low < 5 and ildsjel = low),
       count(*) filter (where low < 5 and team = low),
       count(*) filter (where low < 5 and forankring = low)
  from (select *, least(behov, losning, ildsjel, team, forankring) as low from project_latest_score) latest
 group by municipality;
