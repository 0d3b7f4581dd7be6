-- One database per service, and Keycloak's; the extensions the services' migrations use.
create database organizations owner partybloc;
create database members owner partybloc;
create database training owner partybloc;
create database evaluations owner partybloc;
create database keycloak owner partybloc;
\connect organizations
create extension if not exists unaccent;
create extension if not exists pg_trgm;
create extension if not exists btree_gist;
\connect members
create extension if not exists unaccent;
create extension if not exists pg_trgm;
create extension if not exists btree_gist;
\connect training
create extension if not exists unaccent;
create extension if not exists pg_trgm;
create extension if not exists btree_gist;
\connect evaluations
create extension if not exists unaccent;
create extension if not exists pg_trgm;
create extension if not exists btree_gist;
