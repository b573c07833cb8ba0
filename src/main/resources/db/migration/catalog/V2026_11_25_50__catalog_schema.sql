create schema if not exists catalog;

-- A guiding catalog (指导性目录) of one region for one budget year; its content lives in versions.
create table catalog.catalog (
    id          uuid         primary key,
    region_code char(6)      not null,
    fiscal_year integer      not null check (fiscal_year between 2000 and 2100),
    name        varchar(200) not null,
    created_at  timestamptz  not null,
    created_by  varchar(64)  not null,
    unique (region_code, fiscal_year)
);

-- DRAFT → PUBLISHED → SUPERSEDED. At most one published version per catalog at a time.
create table catalog.catalog_version (
    id                      uuid         primary key,
    catalog_id              uuid         not null references catalog.catalog (id),
    number                  integer      not null,
    status                  varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    derived_from_version_id uuid         references catalog.catalog_version (id),
    note                    varchar(500),
    effective_from          date,
    effective_to            date,
    published_at            timestamptz,
    published_by            varchar(64),
    late                    boolean      not null default false,
    late_reason             varchar(1000),
    deadline                date,
    filed_at                timestamptz,
    filed_by                varchar(64),
    reviewed_at             timestamptz,
    reviewed_by             varchar(64),
    created_at              timestamptz  not null,
    created_by              varchar(64)  not null,
    version                 integer      not null default 0,
    unique (catalog_id, number)
);
create unique index catalog_version_one_published on catalog.catalog_version (catalog_id) where status = 'PUBLISHED';
create unique index catalog_version_one_draft on catalog.catalog_version (catalog_id) where status = 'DRAFT';

-- Items of a version; the code encodes the path (A → A04 → A0401), so the parent is the code
-- without its last two digits.
create table catalog.catalog_item (
    id          uuid          primary key,
    version_id  uuid          not null references catalog.catalog_version (id) on delete cascade,
    code        varchar(16)   not null,
    name        varchar(100)  not null,
    level       integer       not null check (level between 1 and 6),
    parent_code varchar(16),
    nature      varchar(24)   not null check (nature in ('PUBLIC_SERVICE', 'AUXILIARY_SERVICE')),
    pinmu_code  varchar(16),
    description varchar(1000),
    position    integer       not null,
    unique (version_id, code)
);
create index catalog_item_version_idx on catalog.catalog_item (version_id, position);

-- 备案: comments of the finance bureau one level up on a filed version.
create table catalog.filing_comment (
    id              uuid          primary key,
    version_id      uuid          not null references catalog.catalog_version (id),
    author          varchar(64)   not null,
    author_name     varchar(100)  not null,
    organization_id uuid,
    text            varchar(2000) not null,
    created_at      timestamptz   not null
);
create index filing_comment_version_idx on catalog.filing_comment (version_id);

-- Excel imports into a draft; the hash of the file is the idempotency key per draft.
create table catalog.import_job (
    id             uuid          primary key,
    version_id     uuid          not null references catalog.catalog_version (id) on delete cascade,
    file_hash      char(64)      not null,
    file_name      varchar(255),
    status         varchar(16)   not null check (status in ('RUNNING', 'SUCCEEDED', 'REJECTED', 'FAILED')),
    phase          varchar(16)   not null default 'READING',
    total_rows     integer       not null default 0,
    processed_rows integer       not null default 0,
    imported_rows  integer       not null default 0,
    errors         text,
    created_by     varchar(64)   not null,
    created_at     timestamptz   not null,
    finished_at    timestamptz
);
create unique index import_job_succeeded_once on catalog.import_job (version_id, file_hash) where status = 'SUCCEEDED';

-- 实施目录 of a purchasing department within a published catalog version (seed 001: 种类、性质、内容、绩效评价标准).
create table catalog.implementation_catalog (
    id              uuid         primary key,
    organization_id uuid         not null,
    region_code     char(6)      not null,
    fiscal_year     integer      not null,
    version_id      uuid         not null references catalog.catalog_version (id),
    created_at      timestamptz  not null,
    created_by      varchar(64)  not null,
    unique (organization_id, fiscal_year)
);

create table catalog.implementation_entry (
    id                   uuid          primary key,
    implementation_id    uuid          not null references catalog.implementation_catalog (id) on delete cascade,
    item_id              uuid          not null references catalog.catalog_item (id),
    item_code            varchar(16)   not null,
    kind                 varchar(100)  not null,
    nature               varchar(24)   not null,
    content              varchar(2000) not null,
    performance_standard varchar(2000) not null,
    created_at           timestamptz   not null
);
create index implementation_entry_idx on catalog.implementation_entry (implementation_id);

-- 禁止购买事项: maintained data with citations; loaded from the defaults at start-up when missing.
create table catalog.negative_list_entry (
    code        varchar(32)   primary key,
    attribute   varchar(40)   not null,
    rule_id     varchar(32)   not null,
    title       varchar(200)  not null,
    description varchar(2000) not null,
    citation    varchar(300)  not null,
    keywords    varchar(500)  not null default '',
    position    integer       not null,
    active      boolean       not null default true
);

-- A reviewer cleared keyword warnings of a purchase description with a comment.
create table catalog.warning_clearance (
    id           uuid          primary key,
    subject      varchar(300)  not null,
    keywords     varchar(500)  not null,
    comment      varchar(2000) not null,
    cleared_by   varchar(64)   not null,
    organization_id uuid,
    cleared_at   timestamptz   not null
);
