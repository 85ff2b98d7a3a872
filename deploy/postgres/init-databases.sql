-- One database per service (no service reads another's tables), and one for Keycloak.
create database project;
create database scoring;
create database certification;
create database keycloak;
