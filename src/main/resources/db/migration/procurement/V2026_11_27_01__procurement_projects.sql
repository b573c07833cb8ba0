create schema if not exists procurement;

-- A procurement project, started from an approved budget line whose money it reserves
-- (先有预算、后购买服务; 财库〔2020〕10号 for the intention).
create table procurement.project (
    id                uuid          primary key,
    plan_line_id      uuid          not null,
    unit_id           uuid          not null,
    unit_name         varchar(200)  not null,
    region_code       char(6)       not null,
    name              varchar(200)  not null,
    demand            varchar(4000) not null,
    service_standard  varchar(2000),
    conditions        varchar(2000),
    method            varchar(32)   not null,
    grounds           varchar(300),
    rationale         varchar(1000),
    budget            numeric(16,2) not null check (budget > 0),
    max_price         numeric(16,2) check (max_price > 0),
    price_weight      numeric(4,2)  not null,
    trading_center    boolean       not null default false,
    prefer_social     boolean       not null default true,
    -- DRAFT 待发布, ANNOUNCED 公告中, EVALUATING 评审中, EVALUATED 待确定成交, AWARDED 已成交, FAILED 废标/终止
    status            varchar(16)   not null,
    documents_issued  date,
    response_deadline timestamptz,
    announced_at      timestamptz,
    evaluated_at      timestamptz,
    winner_bid_id     uuid,
    awarded_at        timestamptz,
    failure_reason    varchar(1000),
    created_by        varchar(64)   not null,
    created_at        timestamptz   not null,
    version           integer       not null default 0
);
create index project_region on procurement.project (region_code, status);

-- Bids: price and documents only as ciphertext until the deadline (SealedBidBox).
create table procurement.bid (
    id              uuid          primary key,
    project_id      uuid          not null references procurement.project (id),
    provider_id     uuid          not null,
    provider_name   varchar(200)  not null,
    credit_code     char(18)      not null,
    social_org      boolean       not null,
    sealed          bytea         not null,
    submitted_at    timestamptz   not null,
    -- filled by the evaluation report, after the deadline
    price           numeric(16,2),
    technical_score numeric(6,2),
    price_score     numeric(6,2),
    total_score     numeric(6,2),
    rank            integer,
    compliant       boolean,
    remarks         varchar(1000),
    unique (project_id, provider_id)
);

-- The evaluation panel (评标委员会/磋商小组) and each member's declaration of no conflict.
create table procurement.panel_member (
    project_id    uuid         not null references procurement.project (id),
    username      varchar(64)  not null,
    display_name  varchar(100) not null,
    expert        boolean      not null,
    declared_at   timestamptz,
    primary key (project_id, username)
);

-- Technical scores by member and bid (综合评分法; the price score is computed).
create table procurement.score (
    bid_id     uuid         not null references procurement.bid (id),
    username   varchar(64)  not null,
    technical  numeric(6,2) not null check (technical >= 0),
    comment    varchar(1000),
    scored_at  timestamptz  not null,
    primary key (bid_id, username)
);

-- Notices published on the portal.
create table procurement.notice (
    id           uuid          primary key,
    project_id   uuid          not null references procurement.project (id),
    -- PROCUREMENT 采购公告, RESULT 结果公告, TERMINATION 终止公告
    kind         varchar(16)   not null,
    title        varchar(300)  not null,
    body         text          not null,
    published_at timestamptz   not null
);
create index notice_published on procurement.notice (published_at desc);

-- 质疑: filed by a bidder within 7 working days, answered within 7 working days.
create table procurement.challenge (
    id             uuid          primary key,
    project_id     uuid          not null references procurement.project (id),
    provider_id    uuid          not null,
    provider_name  varchar(200)  not null,
    subject        varchar(16)   not null,
    content        varchar(4000) not null,
    filed_on       date          not null,
    filed_at       timestamptz   not null,
    answer         varchar(4000),
    answered_on    date,
    -- FILED 待答复, ANSWERED 已答复
    status         varchar(16)   not null
);
