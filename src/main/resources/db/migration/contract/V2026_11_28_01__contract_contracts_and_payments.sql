create schema if not exists contract;

-- A contract drafted from an award, with the mandatory clauses (102 §23) and the dates the law
-- counts (法46, 条例50, 法47).
create table contract.contract (
    id             uuid          primary key,
    project_id     uuid          not null unique,
    plan_line_id   uuid          not null,
    unit_id        uuid          not null,
    unit_name      varchar(200)  not null,
    region_code    char(6)       not null,
    provider_id    uuid          not null,
    provider_name  varchar(200)  not null,
    title          varchar(200)  not null,
    amount         numeric(16,2) not null check (amount > 0),
    starts_on      date          not null,
    ends_on        date          not null,
    conditions     varchar(300),
    scope          varchar(4000) not null,
    quantity       varchar(1000) not null,
    quality        varchar(2000) not null,
    payment_terms  varchar(2000) not null,
    rights         varchar(2000) not null,
    liability      varchar(2000) not null,
    disputes       varchar(1000) not null,
    awarded_on     date          not null,
    -- DRAFT 待签订, SIGNED 履行中, TERMINATED 已终止
    status         varchar(16)   not null,
    signed_on      date,
    published_on   date,
    filed_on       date,
    late_steps     varchar(1000),
    created_by     varchar(64)   not null,
    created_at     timestamptz   not null,
    check (ends_on >= starts_on)
);

-- Payments against a contract; the idempotency key makes a retried request pay once.
create table contract.payment (
    id              uuid          primary key,
    contract_id     uuid          not null references contract.contract (id),
    amount          numeric(16,2) not null check (amount > 0),
    purpose         varchar(300)  not null,
    idempotency_key varchar(100)  not null,
    paid_by         varchar(64)   not null,
    paid_at         timestamptz   not null,
    unique (contract_id, idempotency_key)
);
