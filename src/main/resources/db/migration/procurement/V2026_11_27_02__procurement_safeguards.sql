-- Deposits (条例33), needs surveys (财库〔2021〕22号), the trading center's reference (seed 001),
-- the urgent green channel (seed 004) and framework agreements (110令).
alter table procurement.project
    add column deposit             numeric(16,2) check (deposit >= 0),
    add column deposit_form        varchar(24),
    add column public_service      boolean not null default false,
    add column technically_complex boolean not null default false,
    add column survey_parties      integer not null default 0 check (survey_parties >= 0),
    add column survey_summary      varchar(2000),
    add column trading_center_ref  varchar(100),
    add column urgent              boolean not null default false,
    add column urgent_reason       varchar(1000),
    add column urgent_approved_by  varchar(200),
    add column agreement_start     date,
    add column agreement_end       date;

-- Providers admitted to a framework agreement (入围).
create table procurement.admitted (
    project_id uuid not null references procurement.project (id),
    bid_id     uuid not null references procurement.bid (id),
    primary key (project_id, bid_id)
);

-- Orders under a framework agreement: the service recipient chooses among admitted providers.
create table procurement.framework_order (
    id             uuid          primary key,
    project_id     uuid          not null references procurement.project (id),
    recipient      varchar(200)  not null,
    description    varchar(1000) not null,
    amount         numeric(16,2) not null check (amount > 0),
    offered        integer       not null,
    chosen_bid_id  uuid          not null references procurement.bid (id),
    ordered_by     varchar(64)   not null,
    ordered_at     timestamptz   not null
);
