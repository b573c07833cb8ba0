create schema if not exists budget;

-- One row per approved budget line: the single source of truth for what is reserved by
-- procurement, contracted and paid. The checks hold even if application code were wrong.
create table budget.funds_line (
    line_id     uuid          primary key,
    unit_id     uuid          not null,
    region_code char(6)       not null,
    fiscal_year integer       not null,
    title       varchar(200)  not null,
    approved    numeric(16,2) not null check (approved >= 0),
    reserved    numeric(16,2) not null default 0 check (reserved >= 0),
    contracted  numeric(16,2) not null default 0 check (contracted >= 0),
    paid        numeric(16,2) not null default 0 check (paid >= 0),
    opened_at   timestamptz   not null,
    constraint funds_within_approved check (reserved + contracted <= approved),
    constraint paid_within_contracted check (paid <= contracted)
);

-- Every movement, with the caller's idempotency key: a retried request moves money once.
create table budget.funds_movement (
    id              uuid          primary key,
    line_id         uuid          not null references budget.funds_line (line_id),
    kind            varchar(16)   not null check (kind in ('RESERVE', 'RELEASE', 'CONTRACT', 'PAY')),
    amount          numeric(16,2) not null check (amount > 0),
    purpose         varchar(300)  not null,
    idempotency_key varchar(100)  not null,
    actor           varchar(64)   not null,
    created_at      timestamptz   not null,
    unique (line_id, idempotency_key)
);
