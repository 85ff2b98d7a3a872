-- Version 1 of the certification database: it exists and Flyway owns its schema.
-- The tables for innovation-agent programmes and certificates come with the migrations of that feature.
select 1;
