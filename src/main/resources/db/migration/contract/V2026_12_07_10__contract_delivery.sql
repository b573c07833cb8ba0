-- Delivery of a signed contract: milestones with due dates, the provider's project ledger (台账,
-- 102 §27) with attachments, acceptance against the contract's standards with the service recipients
-- taking part (条例45), and the rectification a failed acceptance opens.

-- A milestone the purchaser sets while the contract runs. Overdue is written by the daily job.
create table contract.milestone (
    id             uuid          primary key,
    contract_id    uuid          not null references contract.contract (id),
    seq            integer       not null check (seq > 0),
    title          varchar(200)  not null,
    standard       varchar(2000) not null,
    due_on         date          not null,
    amount_share   numeric(16,2) check (amount_share > 0),
    -- PLANNED 计划中, SUBMITTED 已提交待验收, ACCEPTED 验收合格, FAILED 验收不合格, RECTIFYING 整改中
    status         varchar(16)   not null check (status in ('PLANNED', 'SUBMITTED', 'ACCEPTED', 'FAILED', 'RECTIFYING')),
    submitted_on   date,
    accepted_on    date,
    overdue        boolean       not null default false,
    overdue_since  date,
    created_by     varchar(64)   not null,
    created_at     timestamptz   not null,
    unique (contract_id, seq)
);

-- The provider's project ledger (台账): documents, work plans, approvals, progress, payments,
-- reports and major activities. Append-only.
create table contract.ledger_entry (
    id             uuid          primary key,
    contract_id    uuid          not null references contract.contract (id),
    kind           varchar(16)   not null check (kind in ('DOCUMENT', 'WORK_PLAN', 'APPROVAL', 'PROGRESS', 'PAYMENT',
                                                          'REPORT', 'MAJOR_ACTIVITY')),
    occurred_on    date          not null,
    title          varchar(200)  not null,
    content        varchar(4000),
    milestone_id   uuid          references contract.milestone (id),
    created_by     varchar(64)   not null,
    created_at     timestamptz   not null
);

create index ledger_entry_contract on contract.ledger_entry (contract_id, occurred_on);

-- Files of a ledger entry: PDF, images or office documents, judged by content, at most 10 MB.
create table contract.ledger_attachment (
    id             uuid          primary key,
    entry_id       uuid          not null references contract.ledger_entry (id),
    file_name      varchar(255)  not null,
    content_type   varchar(100)  not null,
    size_bytes     integer       not null check (size_bytes > 0 and size_bytes <= 10485760),
    content        bytea         not null,
    uploaded_at    timestamptz   not null
);

create index ledger_attachment_entry on contract.ledger_attachment (entry_id);

-- An acceptance of a milestone, or the final acceptance (milestone_id null), published when recorded.
create table contract.acceptance (
    id             uuid          primary key,
    contract_id    uuid          not null references contract.contract (id),
    milestone_id   uuid          references contract.milestone (id),
    accepted_on    date          not null,
    result         varchar(8)    not null check (result in ('PASSED', 'FAILED')),
    findings       varchar(4000) not null,
    public_service boolean       not null,
    published_on   date,
    created_by     varchar(64)   not null,
    created_at     timestamptz   not null
);

create index acceptance_contract on contract.acceptance (contract_id);

-- 验收书: each technical, service and safety standard of the contract with how it was met (条例45).
create table contract.acceptance_standard (
    acceptance_id  uuid          not null references contract.acceptance (id),
    seq            integer       not null,
    standard       varchar(1000) not null,
    performance    varchar(2000) not null,
    primary key (acceptance_id, seq)
);

-- Who took part: the purchaser, service recipients (public services, 条例45), experts, third parties.
create table contract.acceptance_participant (
    id             uuid          primary key,
    acceptance_id  uuid          not null references contract.acceptance (id),
    seq            integer       not null,
    name           varchar(100)  not null,
    role           varchar(16)   not null check (role in ('PURCHASER', 'RECIPIENT', 'EXPERT', 'THIRD_PARTY')),
    opinion        varchar(2000)
);

create index acceptance_participant_acceptance on contract.acceptance_participant (acceptance_id);

-- The rectification a failed acceptance opens; the provider answers, the purchaser accepts again.
create table contract.rectification (
    id             uuid          primary key,
    acceptance_id  uuid          not null unique references contract.acceptance (id),
    contract_id    uuid          not null references contract.contract (id),
    milestone_id   uuid          references contract.milestone (id),
    required       varchar(2000) not null,
    due_on         date          not null,
    -- OPEN 待整改, SUBMITTED 已提交整改情况, CLOSED 已重新验收
    status         varchar(16)   not null check (status in ('OPEN', 'SUBMITTED', 'CLOSED')),
    response       varchar(4000),
    responded_on   date,
    closed_on      date,
    overdue        boolean       not null default false,
    overdue_since  date
);

create index rectification_contract on contract.rectification (contract_id);
