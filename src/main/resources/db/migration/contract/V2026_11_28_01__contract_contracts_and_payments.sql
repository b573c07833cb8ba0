create schema if not exists contract;

-- 合同编号: HT + region + start year + this sequence
create sequence contract.contract_number;
-- 国库支付凭证号: GK + date + this sequence
create sequence contract.treasury_number;

-- A contract drafted from an award, with the mandatory clauses (102 §23) and the dates the law
-- counts (法46, 条例50, 法47).
create table contract.contract (
    id             uuid          primary key,
    number         varchar(40)   not null unique,
    -- the awarded procurement; a renewal (seed 004) keeps its original's project
    project_id     uuid          not null,
    renewal_of     uuid          references contract.contract (id),
    plan_line_id   uuid          not null,
    unit_id        uuid          not null,
    unit_name      varchar(200)  not null,
    region_code    char(6)       not null,
    provider_id    uuid          not null,
    provider_name  varchar(200)  not null,
    provider_sme   boolean       not null default false,
    title          varchar(200)  not null,
    template       varchar(20),
    public_service boolean       not null default true,
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
    -- clauses withheld from the published version (state or commercial secrets, 条例50)
    secret_clauses varchar(200),
    -- performance deposit (条例48: at most 10%, never cash)
    deposit_amount numeric(16,2) check (deposit_amount >= 0),
    deposit_form   varchar(30),
    -- days from acceptance to payment (保障中小企业款项支付条例 第九条: at most 60)
    payment_days   integer       not null default 30 check (payment_days between 1 and 366),
    awarded_on     date          not null,
    -- DRAFT 待签订, SIGNED 履行中, TERMINATED 已终止
    status         varchar(16)   not null,
    signed_on      date,
    published_on   date,
    filed_on       date,
    late_steps     varchar(1000),
    terminated_on  date,
    termination_reason varchar(1000),
    released       numeric(16,2),
    created_by     varchar(64)   not null,
    created_at     timestamptz   not null,
    check (ends_on >= starts_on)
);

-- One contract per award; renewals are further contracts of the same project.
create unique index contract_one_per_award on contract.contract (project_id) where renewal_of is null;
create unique index contract_one_renewal on contract.contract (renewal_of) where renewal_of is not null;

-- Supplementary agreements (法49: together at most 10% of the original, no other clause changed)
-- and changes (G8: only by a record both parties sign): proposed by one side, in force when the
-- other side confirms.
create table contract.amendment (
    id              uuid          primary key,
    contract_id     uuid          not null references contract.contract (id),
    -- SUPPLEMENT adds money; CHANGE alters the performance without money; SUBCONTRACT records
    -- the purchaser's consent to a partial subcontract (法48)
    kind            varchar(16)   not null check (kind in ('SUPPLEMENT', 'CHANGE', 'SUBCONTRACT')),
    content         varchar(2000) not null,
    amount          numeric(16,2) check (amount > 0),
    subcontractor   varchar(200),
    proposed_by     varchar(64)   not null,
    proposed_side   varchar(10)   not null check (proposed_side in ('PURCHASER', 'PROVIDER')),
    proposed_at     timestamptz   not null,
    confirmed_by    varchar(64),
    confirmed_at    timestamptz,
    -- PROPOSED, IN_FORCE, WITHDRAWN
    status          varchar(16)   not null
);

-- Payment requests by progress or acceptance: requested, approved by the purchaser, sent to the
-- treasury (国库集中支付) and paid, or rejected/returned. Requests count against the contract
-- from the moment they are made, so paid ≤ contracted holds under concurrent requests; the
-- idempotency key makes a retried request one request.
create table contract.payment (
    id              uuid          primary key,
    contract_id     uuid          not null references contract.contract (id),
    amount          numeric(16,2) not null check (amount > 0),
    purpose         varchar(300)  not null,
    basis           varchar(16)   not null check (basis in ('PROGRESS', 'ACCEPTANCE')),
    milestone_id    uuid,
    idempotency_key varchar(100)  not null,
    -- REQUESTED, SENT (approved and sent to the treasury), PAID, REJECTED, RETURNED
    status          varchar(16)   not null,
    requested_by    varchar(64)   not null,
    requested_at    timestamptz   not null,
    accepted_on     date,
    due_on          date,
    approved_by     varchar(64),
    approved_at     timestamptz,
    treasury_ref    varchar(40)   unique,
    paid_at         timestamptz,
    remark          varchar(500),
    unique (contract_id, idempotency_key)
);
