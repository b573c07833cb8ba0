-- Annual purchase plans (年度购买计划) of purchasing units and their lines: what a unit will buy
-- in a fiscal year and with what money, reviewed by finance line by line (预算法 第十三条;
-- 《政府购买服务管理办法》第十四条、第十六条).

create table budget.plan (
    id           uuid         primary key,
    unit_id      uuid         not null,
    unit_name    varchar(200) not null,
    region_code  char(6)      not null,
    fiscal_year  integer      not null check (fiscal_year between 2000 and 2100),
    -- DRAFT 草稿, SUBMITTED 已提交（财政审核中）, RETURNED 已退回, APPROVED 已批复, ADJUSTING 年中调整中
    status       varchar(16)  not null,
    created_by   varchar(64)  not null,
    created_at   timestamptz  not null,
    submitted_at timestamptz,
    approved_at  timestamptz,
    version      integer      not null default 0,
    unique (unit_id, fiscal_year)
);
create index plan_region_year on budget.plan (region_code, fiscal_year);

create table budget.plan_line (
    id                    uuid          primary key,
    plan_id               uuid          not null references budget.plan (id),
    seq                   integer       not null,
    project_name          varchar(200)  not null,
    budget_project        varchar(200),
    -- the catalog item as entered, and, when it is in the catalog in force, its record
    catalog_code          varchar(32)   not null,
    catalog_item_id       uuid,
    catalog_version_id    uuid,
    catalog_version_no    integer,
    catalog_name          varchar(200),
    pinmu_code            varchar(32),
    service_content       varchar(2000) not null,
    service_standard      varchar(2000),
    quantity              varchar(100),
    amount                numeric(16,2) not null check (amount > 0),
    funding_source        varchar(32)   not null check (funding_source in ('DEPARTMENT_BUDGET', 'SPECIAL_FUND', 'CASE_BY_CASE')),
    new_project           boolean       not null default true,
    -- D1: procurement law applies; then a 政府采购预算 is due
    procurement_law       boolean       not null default false,
    centralized           boolean       not null default false,
    -- 费随事转: expenditure the unit no longer spends on delivering the service itself
    replaced_expenditure  numeric(16,2) check (replaced_expenditure >= 0),
    replaced_description  varchar(500),
    -- 事前绩效评估 (I1)
    assessment_conclusion varchar(32)   check (assessment_conclusion in ('PASSED', 'PASSED_WITH_CHANGES', 'FAILED')),
    assessment_date       date,
    assessment_by         varchar(200),
    assessment_summary    varchar(2000),
    -- the negative-list keyword clearance, if a reviewer cleared warnings
    keyword_warnings      varchar(1000),
    -- negative-list attributes the unit declared (comma-separated: goods, works, financing, …)
    declared_attributes   varchar(300),
    -- DRAFT 草稿, AWAITING_FILING 待备案, SUBMITTED 待审核, APPROVED 已批复, RETURNED 已退回
    status                varchar(32)   not null,
    review_comment        varchar(1000),
    reviewed_by           varchar(64),
    reviewed_at           timestamptz,
    -- flags that need a reviewer's decision (GPLR-28 split, affordability) and the decision
    split_flag            varchar(1000),
    affordability_flag    varchar(1000),
    flag_decision         varchar(1000),
    version               integer       not null default 0,
    unique (plan_id, seq)
);
create index plan_line_catalog on budget.plan_line (catalog_code);

-- Amounts of later years of a multi-year service (within the 中期财政规划, 87号文 §三).
create table budget.line_year_amount (
    line_id     uuid          not null references budget.plan_line (id) on delete cascade,
    fiscal_year integer       not null,
    amount      numeric(16,2) not null check (amount > 0),
    primary key (line_id, fiscal_year)
);

-- 绩效目标: indicators with target values.
create table budget.line_target (
    line_id   uuid         not null references budget.plan_line (id) on delete cascade,
    seq       integer      not null,
    category  varchar(16)  not null check (category in ('OUTPUT', 'QUALITY', 'TIMELINESS', 'COST', 'BENEFIT', 'SATISFACTION')),
    indicator varchar(200) not null,
    target    varchar(200) not null,
    primary key (line_id, seq)
);

-- The history of a plan: every step, by whom, with comments.
create table budget.plan_event (
    id       uuid          primary key,
    n        bigint        generated always as identity,
    plan_id  uuid          not null references budget.plan (id),
    line_id  uuid,
    action   varchar(32)   not null,
    summary  varchar(1000) not null,
    comment  varchar(1000),
    actor    varchar(64)   not null,
    actor_name varchar(100) not null,
    at       timestamptz   not null
);
create index plan_event_plan on budget.plan_event (plan_id, n);

-- 年中调整: a request to change an approved line's amount, decided by finance.
create table budget.adjustment (
    id             uuid          primary key,
    line_id        uuid          not null references budget.plan_line (id),
    old_amount     numeric(16,2) not null,
    new_amount     numeric(16,2) not null check (new_amount >= 0),
    reason         varchar(1000) not null,
    -- REQUESTED 待审核, APPROVED 已同意, REJECTED 未同意
    status         varchar(16)   not null,
    requested_by   varchar(64)   not null,
    requested_at   timestamptz   not null,
    decided_by     varchar(64),
    decided_at     timestamptz,
    decision_comment varchar(1000)
);
create unique index adjustment_one_open_per_line on budget.adjustment (line_id) where status = 'REQUESTED';

-- 采购意向公开 (财库〔2020〕10号): published at least 30 days before procurement starts.
create table budget.intention (
    id              uuid          primary key,
    line_id         uuid          not null unique references budget.plan_line (id),
    project_name    varchar(200)  not null,
    demand_summary  varchar(2000) not null,
    budget_amount   numeric(16,2) not null,
    expected_month  char(7)       not null,
    urgent          boolean       not null default false,
    urgent_reason   varchar(1000),
    published_at    timestamptz   not null,
    published_by    varchar(64)   not null,
    check (not urgent or urgent_reason is not null)
);

-- 市场点餐: services proposed for purchase by providers or the public (应社会申请开展购买).
create table budget.proposal (
    id               uuid          primary key,
    unit_id          uuid          not null,
    unit_name        varchar(200)  not null,
    region_code      char(6)       not null,
    service_name     varchar(200)  not null,
    description      varchar(2000) not null,
    proposer_name    varchar(100)  not null,
    proposer_contact varchar(100)  not null,
    -- PROPOSED 待答复, ACCEPTED 已采纳, DECLINED 未采纳
    status           varchar(16)   not null,
    decision_reason  varchar(1000),
    accepted_line_id uuid,
    proposed_at      timestamptz   not null,
    decided_at       timestamptz,
    decided_by       varchar(64)
);
create index proposal_unit on budget.proposal (unit_id, status);

-- Imports of plan lines from .xlsx: one file is imported once per plan (its SHA-256).
create table budget.line_import (
    id           uuid        primary key,
    plan_id      uuid        not null references budget.plan (id),
    content_hash char(64)    not null,
    file_name    varchar(200),
    lines        integer     not null,
    imported_by  varchar(64) not null,
    imported_at  timestamptz not null,
    unique (plan_id, content_hash)
);
