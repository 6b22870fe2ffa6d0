-- The list's search is `ILIKE '%text%'` on title and ticket number (and client name, contract §4.4):
-- without an index every search reads every ticket (p95 34 ms at 10 000 tickets, issue 15). Trigram GIN
-- indexes serve any `%…%` pattern of three characters or more. New entries wait in GIN's pending list,
-- which keeps inserts cheap; PGlite runs no autovacuum to merge it, so the seed merges it (seed.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX tickets_title_trgm_idx ON tickets USING gin (title gin_trgm_ops);
CREATE INDEX tickets_number_trgm_idx ON tickets USING gin (ticket_number gin_trgm_ops);
-- ILIKE lowercases both sides on every row, far dearer than the one operator cost the planner assumes; told
-- so, it picks the trigram bitmap over walking the sort index and testing row after row for a page of matches.
ALTER FUNCTION texticlike(text, text) COST 25;
