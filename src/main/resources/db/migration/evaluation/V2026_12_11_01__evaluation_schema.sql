-- Performance evaluation (绩效评价): indicator systems as versioned data, evaluations scheduled
-- from contracts' signing, the parties' scores, what delivery measured, the provider's objection.
-- The survey of service recipients has its own migration.

create schema if not exists evaluation;

-- An indicator system (指标体系) for a region and a catalog category. Every edit of a published
-- template is a new version (same family); an evaluation keeps the version it started with.
create table evaluation.template (
    id               uuid         primary key,
    family_id        uuid         not null,
    version          integer      not null check (version > 0),
    name             varchar(200) not null,
    -- null: the platform's default for every region
    region_code      char(6),
    -- a catalog code prefix the template applies to (the longest match wins); null: every item
    catalog_category varchar(40),
    -- DRAFT 草稿, PUBLISHED 已发布 (used by new evaluations), RETIRED 已停用
    status           varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    created_by       varchar(64)  not null,
    created_at       timestamptz  not null,
    published_at     timestamptz,
    unique (family_id, version)
);

-- The indicators of a template, three levels deep: first level 决策 / 过程 / 产出 / 效益. Weights
-- are points out of 100; a parent's weight is the sum of its children's. Leaves are scored.
create table evaluation.template_indicator (
    template_id     uuid          not null references evaluation.template (id) on delete cascade,
    code            varchar(16)   not null,
    parent_code     varchar(16),
    level           integer       not null check (level between 1 and 3),
    seq             integer       not null,
    name            varchar(200)  not null,
    -- DECISION 决策, PROCESS 过程, OUTPUT 产出, BENEFIT 效益
    first_level     varchar(16)   not null check (first_level in ('DECISION', 'PROCESS', 'OUTPUT', 'BENEFIT')),
    weight          numeric(6,2)  not null check (weight >= 0 and weight <= 100),
    -- leaves only: QUANTITATIVE 定量 (actual against target), QUALITATIVE 定性 (a rubric level)
    kind            varchar(16)   check (kind in ('QUANTITATIVE', 'QUALITATIVE')),
    -- where the platform measures the actual, or null when the evaluator enters it:
    -- MILESTONES_ON_TIME, ACCEPTANCE_PASSED, BUDGET_EXECUTION, RECTIFICATIONS, SATISFACTION
    measure         varchar(32),
    -- the plan line's 绩效目标 category the target comes from (budget.line_target.category)
    target_category varchar(16),
    -- quantitative: HIGHER (more is better) or LOWER
    direction       varchar(8)    check (direction in ('HIGHER', 'LOWER')),
    -- quantitative: the default target when the plan line names none (e.g. 100 for a rate in %)
    default_target  numeric(12,4),
    -- qualitative: [{"level":"好","share":1.0,"description":"…"}, …]
    rubric          jsonb,
    description     varchar(1000),
    primary key (template_id, code)
);

-- An evaluation of one contract for one period. Scheduled when the contract is signed; opens on
-- its due day with the template then in force; final once every party scored and the
-- provider's objection window closed or its objection was answered.
create table evaluation.evaluation (
    id               uuid          primary key,
    contract_id      uuid          not null,
    contract_number  varchar(40)   not null,
    title            varchar(200)  not null,
    unit_id          uuid          not null,
    unit_name        varchar(200)  not null,
    region_code      char(6)       not null,
    provider_id      uuid          not null,
    provider_name    varchar(200)  not null,
    plan_line_id     uuid,
    catalog_code     varchar(40),
    amount           numeric(16,2) not null,
    -- ANNUAL 年度评价, COMPLETION 期末评价
    kind             varchar(16)   not null check (kind in ('ANNUAL', 'COMPLETION')),
    period_starts_on date          not null,
    period_ends_on   date          not null,
    -- the evaluation date: the day it opens
    due_on           date          not null,
    template_id      uuid          references evaluation.template (id),
    -- SCHEDULED 待开始, OPEN 评价中, SCORED 待确认 (objection window), OBJECTED 异议处理中,
    -- FINAL 已完成, CANCELLED 已取消
    status           varchar(16)   not null check (status in ('SCHEDULED', 'OPEN', 'SCORED', 'OBJECTED', 'FINAL', 'CANCELLED')),
    -- the combined score of record, graded as it is
    score            numeric(8,4)  check (score between 0 and 100),
    grade            varchar(16)   check (grade in ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')),
    scored_on        date,
    objection_due_on date,
    objection        varchar(2000),
    objected_at      timestamptz,
    objected_by      varchar(64),
    objection_answer varchar(2000),
    answered_at      timestamptz,
    answered_by      varchar(64),
    completed_on     date,
    published_at     timestamptz,
    version          integer       not null default 0,
    created_at       timestamptz   not null,
    unique (contract_id, kind, period_ends_on)
);
create index evaluation_due_idx on evaluation.evaluation (status, due_on);
create index evaluation_provider_idx on evaluation.evaluation (provider_id, status);
create index evaluation_unit_idx on evaluation.evaluation (unit_id, catalog_code);

-- Who evaluates: the purchaser always, a third-party evaluator when assigned, finance for its
-- 重点评价 of large projects. Weights are the party weights in force when the evaluation opened.
create table evaluation.party (
    evaluation_id     uuid          not null references evaluation.evaluation (id),
    -- PURCHASER 购买主体, THIRD_PARTY 第三方评价机构, FINANCE 财政部门
    party             varchar(16)   not null check (party in ('PURCHASER', 'THIRD_PARTY', 'FINANCE')),
    organization_id   uuid,
    organization_name varchar(200),
    weight            numeric(6,2)  not null check (weight >= 0 and weight <= 100),
    -- PENDING 待评价, SUBMITTED 已提交
    status            varchar(16)   not null check (status in ('PENDING', 'SUBMITTED')),
    score             numeric(8,4)  check (score between 0 and 100),
    opinion           varchar(4000),
    -- the third party's declaration of independence (财综〔2018〕42号)
    declared_independent boolean    not null default false,
    assigned_by       varchar(64),
    assigned_at       timestamptz,
    submitted_by      varchar(64),
    submitted_at      timestamptz,
    primary key (evaluation_id, party)
);

-- A party's score of one leaf indicator.
create table evaluation.indicator_score (
    evaluation_id  uuid          not null,
    party          varchar(16)   not null,
    indicator_code varchar(16)   not null,
    target         varchar(200),
    actual         varchar(200),
    -- qualitative: the rubric level chosen
    level          varchar(32),
    score          numeric(8,4)  not null check (score >= 0),
    note           varchar(1000),
    primary key (evaluation_id, party, indicator_code),
    foreign key (evaluation_id, party) references evaluation.party (evaluation_id, party)
);

-- What delivery reported about a contract, from its events (idempotent by source key):
-- ACCEPTANCE_PASSED, ACCEPTANCE_FAILED, PAYMENT, TERMINATION, MILESTONE_LATE.
create table evaluation.delivery_fact (
    source_key  varchar(100)  primary key,
    contract_id uuid          not null,
    kind        varchar(24)   not null check (kind in ('ACCEPTANCE_PASSED', 'ACCEPTANCE_FAILED', 'PAYMENT', 'TERMINATION', 'MILESTONE_LATE')),
    occurred_on date          not null,
    amount      numeric(16,2),
    detail      varchar(1000),
    recorded_at timestamptz   not null
);
create index delivery_fact_contract_idx on evaluation.delivery_fact (contract_id, occurred_on);
