-- Version 1 of the scoring database: it exists and Flyway owns its schema.
-- The tables for the success-formula assessments come with the migrations of that feature.
select 1;
