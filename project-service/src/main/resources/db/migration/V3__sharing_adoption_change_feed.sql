-- Issue 3, second part: sharing between municipalities, adoption ("take the idea home"), search and the
-- change feed for integrators.

alter table project add column visibility varchar(16) not null default 'MUNICIPALITY'
    check (visibility in ('MUNICIPALITY', 'SHARED'));
alter table project alter column visibility drop default;
-- The project this one was adopted from (another municipality's shared project).
alter table project add column adopted_from uuid references project (id);

-- A municipality adopts a project once; the origin lists its adopters from this index.
create unique index project_adoption_uq on project (adopted_from, municipality) where adopted_from is not null;
-- The network list: shared projects of every municipality, newest change first.
create index project_shared_updated_idx on project (updated_at desc, id) where visibility = 'SHARED';
-- The municipality summary counts per step and sector from the index alone.
create index project_municipality_step_sector_idx on project (municipality, status, step, sector);

-- The change feed. seq comes from a sequence and is taken under a transaction-level advisory lock held to
-- commit, so events become visible in seq order and a cursor never skips a late-committing event.
create sequence change_event_seq;
create table change_event (
    seq                  bigint       primary key,
    type                 varchar(16)  not null,
    project_id           uuid         not null references project (id),
    municipality         varchar(4)   not null,
    -- Visible to every municipality (SHARED, UNSHARED and ADOPTED events of a project shared at the time).
    network              boolean      not null,
    at                   timestamp(6) with time zone not null,
    action               varchar(40)  not null,
    step                 varchar(16)  not null,
    from_step            varchar(16),
    visibility           varchar(16)  not null,
    related_municipality varchar(4),
    related_project      uuid
);
create index change_event_municipality_idx on change_event (municipality, seq);
create index change_event_network_idx on change_event (seq) where network;
