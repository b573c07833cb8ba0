-- Platform schema: regions, organizations, identity, parameters, calendar, audit trail,
-- plus the tables of Spring Session and of Spring Modulith's event publication registry.

create table platform.region (
    code        char(6)      primary key,
    name        varchar(100) not null,
    level       varchar(16)  not null check (level in ('NATIONAL', 'PROVINCE', 'CITY', 'COUNTY')),
    parent_code char(6)      references platform.region (code),
    -- 统计用区划代码 also lists development zones (county digits 71-79), which GB/T 2260 has not.
    zone        boolean      not null default false
);
create index region_parent_idx on platform.region (parent_code);

create table platform.organization (
    id              uuid         primary key,
    name            varchar(200) not null,
    kind            varchar(32)  not null check (kind in ('FINANCE_BUREAU', 'PURCHASER', 'SUPERVISOR', 'PROVIDER', 'EVALUATOR', 'EXPERT_POOL', 'OPERATOR')),
    purchaser_type  varchar(48),
    supervisor_kind varchar(32),
    region_code     char(6)      not null references platform.region (code),
    credit_code     char(18),
    enabled         boolean      not null default true,
    created_at      timestamptz  not null,
    version         integer      not null default 0,
    unique (region_code, name)
);
create index organization_region_idx on platform.organization (region_code);

create table platform.app_user (
    id                   uuid         primary key,
    username             varchar(64)  not null unique,
    display_name         varchar(100) not null,
    password_hash        varchar(200) not null,
    organization_id      uuid         not null references platform.organization (id),
    enabled              boolean      not null default true,
    failed_logins        integer      not null default 0,
    locked_until         timestamptz,
    must_change_password boolean      not null default false,
    created_at           timestamptz  not null,
    last_login_at        timestamptz,
    version              integer      not null default 0
);
create index app_user_organization_idx on platform.app_user (organization_id);

create table platform.user_role (
    app_user uuid        not null references platform.app_user (id) on delete cascade,
    role     varchar(32) not null,
    primary key (app_user, role)
);

-- Regional policy parameters with effective dates: a value holds from effective_from until the
-- next value of the same key in the same region; lower regions inherit from the upper ones.
create table platform.policy_parameter (
    id             uuid         primary key,
    region_code    char(6)      not null references platform.region (code),
    param_key      varchar(64)  not null,
    param_value    varchar(200) not null,
    effective_from date         not null,
    basis          varchar(300),
    created_by     varchar(64)  not null,
    created_at     timestamptz  not null,
    unique (region_code, param_key, effective_from)
);

-- 集中采购目录: items that must be bought through the centralized purchasing agency (法 第十八条).
create table platform.centralized_catalog_entry (
    id             uuid         primary key,
    region_code    char(6)      not null references platform.region (code),
    item_code      varchar(32)  not null,
    item_name      varchar(200) not null,
    effective_from date         not null,
    effective_to   date,
    created_at     timestamptz  not null
);

create table platform.calendar_day (
    day  date        primary key,
    kind varchar(16) not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name varchar(50) not null
);

create table platform.audit_event (
    seq            bigint       primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(64)  not null,
    organization_id uuid,
    action         varchar(64)  not null,
    entity_type    varchar(64)  not null,
    entity_id      varchar(64),
    before_state   text,
    after_state    text,
    client_address varchar(64),
    previous_hash  char(64)     not null,
    hash           char(64)     not null unique
);
create index audit_event_entity_idx on platform.audit_event (entity_type, entity_id);
create index audit_event_actor_idx on platform.audit_event (actor, occurred_at);
create index audit_event_time_idx on platform.audit_event (occurred_at);

-- Append-only: ordinary writes cannot rewrite history. (A superuser can still disable the
-- trigger; the hash chain is what finds that out.)
create function platform.audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only (审计记录只能追加)';
end;
$$;
create trigger audit_event_append_only
    before update or delete on platform.audit_event
    for each row execute function platform.audit_event_is_append_only();

-- Secrets generated on first start and shared by every node (token signing key).
create table platform.secret (
    name       varchar(64)  primary key,
    value      varchar(200) not null,
    created_at timestamptz  not null
);

-- Spring Session JDBC 4.0 (schema-postgresql.sql), in the platform schema.
create table platform.spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on platform.spring_session (session_id);
create index spring_session_ix2 on platform.spring_session (expiry_time);
create index spring_session_ix3 on platform.spring_session (principal_name);

create table platform.spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references platform.spring_session (primary_id) on delete cascade
);

-- Spring Modulith 2.0 event publication registry (schemas/v2/schema-postgresql.sql).
create table platform.event_publication (
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_serialized_event_hash_idx on platform.event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on platform.event_publication (completion_date);
