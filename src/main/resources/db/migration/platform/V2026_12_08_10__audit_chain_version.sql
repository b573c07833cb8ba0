-- The audit chain's link version: 1 = plain SM3 (every record written so far), 2 = HMAC-SM3
-- keyed by a master key kept outside the database. Adding the column rewrites no row (the
-- append-only trigger does not fire); new records always name their version.
alter table platform.audit_event
    add column chain_version smallint not null default 1 check (chain_version in (1, 2));
