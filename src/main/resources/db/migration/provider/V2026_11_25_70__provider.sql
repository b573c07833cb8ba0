create schema if not exists provider;

create table provider.provider (
    id                   uuid         primary key,
    organization_id      uuid         not null unique,
    name                 varchar(200) not null,
    provider_type        varchar(40)  not null,
    credit_code          char(18)     not null unique,
    region_code          char(6)      not null,
    legal_representative varchar(50)  not null,
    legal_representative_id_hash char(64),
    contact_name         varchar(50)  not null,
    contact_phone        varchar(30)  not null,
    contact_email        varchar(100),
    bank_name            varchar(100),
    bank_account_sealed  bytea,
    bank_account_last4   varchar(4),
    controlled_by        varchar(200),
    status               varchar(16)  not null check (status in ('DRAFT', 'PENDING', 'QUALIFIED', 'RETURNED', 'REJECTED')),
    priority             boolean      not null default false,
    submitted_at         timestamptz,
    reviewed_at          timestamptz,
    reviewed_by          varchar(64),
    review_note          text,
    created_at           timestamptz  not null,
    version              integer      not null default 0
);
create index provider_region_idx on provider.provider (region_code);
create index provider_legal_rep_idx on provider.provider (legal_representative);

create table provider.checklist_item (
    provider_id   uuid        not null references provider.provider (id) on delete cascade,
    item          varchar(40) not null,
    declared      boolean     not null default false,
    statement     text,
    expires_on    date,
    review_status varchar(16) not null default 'PENDING' check (review_status in ('PENDING', 'ACCEPTED', 'RETURNED', 'REJECTED')),
    review_reason text,
    reviewed_by   varchar(64),
    reviewed_at   timestamptz,
    primary key (provider_id, item)
);

create table provider.evidence (
    id           uuid         primary key,
    provider_id  uuid         not null references provider.provider (id) on delete cascade,
    item         varchar(40)  not null,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   integer      not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null
);
create index evidence_provider_idx on provider.evidence (provider_id, item);

-- Lists imported by supervisors; a new import of a list replaces it, so leaving the list lifts a block.
create table provider.roster_entry (
    kind        varchar(40)  not null,
    credit_code char(18)     not null,
    name        varchar(200) not null,
    listed_on   date,
    reason      varchar(300),
    import_id   uuid         not null,
    primary key (kind, credit_code)
);

create table provider.roster_import (
    id          uuid         primary key,
    kind        varchar(40)  not null,
    file_hash   char(64)     not null,
    file_name   varchar(200),
    rows        integer      not null,
    imported_by varchar(64)  not null,
    imported_at timestamptz  not null,
    unique (kind, file_hash)
);

create table provider.credit_event (
    id          uuid         primary key,
    provider_id uuid         not null references provider.provider (id),
    kind        varchar(40)  not null,
    description text         not null,
    source      varchar(40)  not null,
    recorded_by varchar(64)  not null,
    occurred_on date         not null,
    created_at  timestamptz  not null
);
create index credit_event_provider_idx on provider.credit_event (provider_id, occurred_on);

create table provider.debarment (
    id          uuid         primary key,
    provider_id uuid         not null references provider.provider (id),
    rule_id     varchar(32)  not null,
    reason      text         not null,
    starts_on   date         not null,
    ends_on     date         not null,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null,
    check (ends_on > starts_on)
);
create index debarment_provider_idx on provider.debarment (provider_id, ends_on);
