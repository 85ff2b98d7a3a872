-- Issue 6: certified agents per municipality for the network overview, without counting the registry per request.
-- A certified agent is a person holding a current certificate (not replaced by a renewal) that is neither revoked
-- nor expired: the registry's ACTIVE, counted per person. Expiry is a matter of time, not of a write, so each row
-- says for which instants its count holds: from computed_at up to (not including) expires_at, the earliest end of
-- validity among the certificates counted (null: none counted, so nothing can expire). A trigger recounts the
-- municipality in the transaction that issues, renews or revokes; a reader at an instant outside that span recounts
-- it at that instant (CertifiedAgentsRepository), so the number is exact at any instant and only expiry costs a recount.

-- No certificate may change while the table is filled and the trigger installed (an older instance of the
-- service could still be writing during a rolling deploy); the lock is held to the end of the migration.
lock table certificate in share row exclusive mode;

create table municipality_certified_agents (
    municipality     varchar(4) primary key,
    certified_agents bigint     not null,
    computed_at      timestamp(6) with time zone not null,
    expires_at       timestamp(6) with time zone
);

-- Recounts one municipality as at an instant. A transaction-level advisory lock per municipality makes two
-- writers take turns; the count after it runs on a fresh snapshot (READ COMMITTED), so the second sees the
-- first's committed certificates.
create function certified_agents_refresh(m varchar, at timestamp with time zone) returns bigint
    language plpgsql as $$
declare
    agents bigint;
    first_expiry timestamp with time zone;
begin
    perform pg_advisory_xact_lock(7304003, hashtext(m));
    select count(distinct holder_user_id), min(valid_until) into agents, first_expiry
      from certificate
     where municipality = m and replaced_by is null and revoked_at is null and valid_until > at;
    insert into municipality_certified_agents as a (municipality, certified_agents, computed_at, expires_at)
    values (m, agents, at, first_expiry)
        on conflict (municipality) do update
       set certified_agents = excluded.certified_agents, computed_at = excluded.computed_at,
           expires_at = excluded.expires_at;
    return agents;
end;
$$;

create function certified_agents_on_change() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform certified_agents_refresh(old.municipality, clock_timestamp());
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.municipality <> old.municipality) then
        perform certified_agents_refresh(new.municipality, clock_timestamp());
    end if;
    return null;
end;
$$;

create trigger certificate_certified_agents_on_insert_or_delete after insert or delete on certificate
    for each row execute function certified_agents_on_change();
-- Only what decides whether a certificate counts; the version and other columns change nothing here.
create trigger certificate_certified_agents_on_update after update on certificate
    for each row
    when ((old.municipality, old.holder_user_id, old.replaced_by, old.revoked_at, old.valid_until)
          is distinct from (new.municipality, new.holder_user_id, new.replaced_by, new.revoked_at, new.valid_until))
    execute function certified_agents_on_change();

create function certified_agents_on_truncate() returns trigger language plpgsql as $$
begin
    truncate municipality_certified_agents;
    return null;
end;
$$;
create trigger certificate_certified_agents_on_truncate after truncate on certificate
    for each statement execute function certified_agents_on_truncate();

-- The certificates that exist already.
select certified_agents_refresh(municipality, clock_timestamp()) from (select distinct municipality from certificate) m;
