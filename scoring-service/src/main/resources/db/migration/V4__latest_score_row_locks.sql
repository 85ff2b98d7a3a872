-- Issue 6, a correction of V3: score_latest_refresh took a transaction-level advisory lock per project, so a
-- transaction that scores many projects (a bulk import) ran out of PostgreSQL's shared lock table ("out of shared
-- memory" after some thousands of projects). Scorings of one project now take turns on the project's own row in
-- project_latest_score instead: row locks live in the rows, so a transaction may hold any number of them. The row
-- is created empty (everything but the project id null) before it is locked, and is never deleted, so there is
-- always a row to wait on; an empty row means the project has no score.

alter table project_latest_score
    alter column municipality drop not null,
    alter column entry_id drop not null,
    alter column scored_at drop not null,
    alter column behov drop not null,
    alter column losning drop not null,
    alter column ildsjel drop not null,
    alter column team drop not null,
    alter column forankring drop not null,
    add constraint project_latest_score_all_or_nothing check (
        (entry_id is null and municipality is null and scored_at is null and behov is null and losning is null
         and ildsjel is null and team is null and forankring is null)
        or (entry_id is not null and municipality is not null and scored_at is not null and behov is not null
            and losning is not null and ildsjel is not null and team is not null and forankring is not null));

-- Makes one project's row in project_latest_score and its municipality's sums agree with score_timeline. The
-- second of two concurrent scorings of a project waits for the first's row lock; its statements after the lock
-- run on fresh snapshots (READ COMMITTED), so it sees the first's committed entry and latest row and subtracts
-- exactly what the first added.
create or replace function score_latest_refresh(p uuid) returns void language plpgsql as $$
declare
    previous project_latest_score%rowtype;
    had_previous boolean;
    latest record;
    has_latest boolean;
begin
    insert into project_latest_score (project_id) values (p) on conflict (project_id) do nothing;
    select * into previous from project_latest_score where project_id = p for update;
    had_previous := previous.entry_id is not null;
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
        update project_latest_score
           set municipality = latest.municipality, entry_id = latest.id, scored_at = latest.scored_at,
               behov = latest.behov, losning = latest.losning, ildsjel = latest.ildsjel, team = latest.team,
               forankring = latest.forankring
         where project_id = p;
    else
        update project_latest_score
           set municipality = null, entry_id = null, scored_at = null, behov = null, losning = null, ildsjel = null,
               team = null, forankring = null
         where project_id = p;
    end if;
    if had_previous then
        perform score_aggregate_add(previous.municipality, -1, previous.behov, previous.losning, previous.ildsjel,
                                    previous.team, previous.forankring);
    end if;
end;
$$;
