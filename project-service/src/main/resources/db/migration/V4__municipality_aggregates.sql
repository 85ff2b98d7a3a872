-- Issue 6: what every municipality's projects add up to, for the network overview. Kept current by a trigger
-- in the transaction that changes a project, so reading it never scans the projects: one small row per
-- municipality. The definitions are the municipality summary's: active (not archived) projects per step;
-- the nyttiggjort rate is computed from in_use and stopped when read. Adoptions count every adoption ever
-- made, archived projects included, because an idea that travelled has travelled.

-- No project may change while the table is filled and the trigger installed (an older instance of the
-- service could still be writing during a rolling deploy); the lock is held to the end of the migration.
lock table project in share row exclusive mode;

create table municipality_project_aggregate (
    municipality  varchar(4) primary key,
    foundation    bigint     not null default 0,
    needs         bigint     not null default 0,
    explore       bigint     not null default 0,
    realise       bigint     not null default 0,
    in_use        bigint     not null default 0,
    stopped       bigint     not null default 0,
    -- Projects of this municipality that were adopted from another municipality's project.
    adoptions_in  bigint     not null default 0,
    -- Projects of other municipalities adopted from this municipality's projects.
    adoptions_out bigint     not null default 0
);

-- Takes the old row's contribution away and adds the new row's as deltas (insert ... on conflict do update),
-- so concurrent writers never overwrite each other's counts. The municipalities touched (the project's own
-- and, for an adoption, the origin's) are updated in municipality order, so two adoptions in opposite
-- directions cannot deadlock on each other's rows.
create function project_aggregate_apply() returns trigger language plpgsql as $$
begin
    with delta (municipality, sign, step, counted, adopted_in, adopted_out) as (
        select old.municipality, -1, old.step, old.status = 'ACTIVE', old.adopted_from is not null, false
         where tg_op <> 'INSERT'
        union all
        select origin.municipality, -1, null, false, false, true
          from project origin
         where tg_op <> 'INSERT' and origin.id = old.adopted_from
        union all
        select new.municipality, 1, new.step, new.status = 'ACTIVE', new.adopted_from is not null, false
         where tg_op <> 'DELETE'
        union all
        select origin.municipality, 1, null, false, false, true
          from project origin
         where tg_op <> 'DELETE' and origin.id = new.adopted_from
    )
    insert into municipality_project_aggregate as a
           (municipality, foundation, needs, explore, realise, in_use, stopped, adoptions_in, adoptions_out)
    select municipality,
           sum(case when counted and step = 'FOUNDATION' then sign else 0 end),
           sum(case when counted and step = 'NEEDS' then sign else 0 end),
           sum(case when counted and step = 'EXPLORE' then sign else 0 end),
           sum(case when counted and step = 'REALISE' then sign else 0 end),
           sum(case when counted and step = 'IN_USE' then sign else 0 end),
           sum(case when counted and step = 'STOPPED' then sign else 0 end),
           sum(case when adopted_in then sign else 0 end),
           sum(case when adopted_out then sign else 0 end)
      from delta
     group by municipality
     order by municipality
        on conflict (municipality) do update
       set foundation    = a.foundation    + excluded.foundation,
           needs         = a.needs         + excluded.needs,
           explore       = a.explore       + excluded.explore,
           realise       = a.realise       + excluded.realise,
           in_use        = a.in_use        + excluded.in_use,
           stopped       = a.stopped       + excluded.stopped,
           adoptions_in  = a.adoptions_in  + excluded.adoptions_in,
           adoptions_out = a.adoptions_out + excluded.adoptions_out;
    return null;
end;
$$;

create trigger project_aggregate_on_insert_or_delete after insert or delete on project
    for each row execute function project_aggregate_apply();
-- Most updates (titles, descriptions, the version) change nothing that is counted and touch no aggregate row.
create trigger project_aggregate_on_update after update on project
    for each row
    when ((old.municipality, old.step, old.status, old.adopted_from)
          is distinct from (new.municipality, new.step, new.status, new.adopted_from))
    execute function project_aggregate_apply();

-- A truncate fires no row trigger; it empties the aggregates with the projects.
create function project_aggregate_truncate() returns trigger language plpgsql as $$
begin
    truncate municipality_project_aggregate;
    return null;
end;
$$;
create trigger project_aggregate_on_truncate after truncate on project
    for each statement execute function project_aggregate_truncate();

-- The projects that exist already.
insert into municipality_project_aggregate
       (municipality, foundation, needs, explore, realise, in_use, stopped, adoptions_in, adoptions_out)
select municipality,
       count(*) filter (where counted and step = 'FOUNDATION'),
       count(*) filter (where counted and step = 'NEEDS'),
       count(*) filter (where counted and step = 'EXPLORE'),
       count(*) filter (where counted and step = 'REALISE'),
       count(*) filter (where counted and step = 'IN_USE'),
       count(*) filter (where counted and step = 'STOPPED'),
       count(*) filter (where adopted_in),
       count(*) filter (where adopted_out)
  from (select p.municipality, p.step, p.status = 'ACTIVE' as counted, p.adopted_from is not null as adopted_in,
               false as adopted_out
          from project p
        union all
        select origin.municipality, null, false, false, true
          from project p
          join project origin on origin.id = p.adopted_from) contributions
 group by municipality;
