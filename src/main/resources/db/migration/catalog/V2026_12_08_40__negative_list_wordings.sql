-- Issue 17: negative-list entries carry the ways they are said (maintained by finance), and the
-- screen remembers held wordings and the finance reviewer's decision on each.

-- Groups of synonyms, one group a line, words joined by 、 (the first word names the group).
alter table catalog.negative_list_entry add column synonyms text not null default '';
-- Example phrasings, one a line.
alter table catalog.negative_list_entry add column examples text not null default '';

-- One normalised wording the screen held, and the reviewer's decision on it: ALLOWED wordings are
-- exceptions the screen remembers for exactly that wording; EXCLUDED wordings are refused.
create table catalog.screening_wording (
    wording_key  char(64)      primary key,   -- SHA-256 (hex) of the normalised wording
    wording      text          not null,      -- the normalised wording
    sample       varchar(4000) not null,      -- the text as it was first written
    triggers     varchar(1000) not null default '',
    rules        varchar(500)  not null default '',
    status       varchar(16)   not null check (status in ('HELD', 'ALLOWED', 'EXCLUDED')),
    times_held   integer       not null default 0,
    first_seen   timestamptz   not null,
    last_seen    timestamptz   not null,
    rule_id      varchar(32),
    reason       varchar(2000),
    decided_by   varchar(64),
    decided_at   timestamptz
);

create index screening_wording_status on catalog.screening_wording (status, last_seen desc);
