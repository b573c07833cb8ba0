-- Credit events fed by other modules' events (evaluation grades, terminations for breach, late
-- milestones): a source key makes a redelivered event record nothing twice. A grade keeps the
-- evaluation it comes from and the grade itself, so the credit policy can count 差 grades.
alter table provider.credit_event add column source_key varchar(120);
alter table provider.credit_event add column reference_id uuid;
alter table provider.credit_event add column grade varchar(16)
    check (grade in ('EXCELLENT', 'GOOD', 'FAIR', 'POOR'));
create unique index credit_event_source_key_idx on provider.credit_event (source_key) where source_key is not null;

-- A proposal to finance to restrict a provider graded 差 twice within two years (credit policy
-- BJ2014-34-CREDIT-R): finance accepts it (a restriction recorded, or a debarment decided on the
-- provider's page) or dismisses it with a reason.
create table provider.restriction_proposal (
    id                 uuid          primary key,
    provider_id        uuid          not null references provider.provider (id),
    reason             varchar(1000) not null,
    first_evaluation   uuid          not null,
    second_evaluation  uuid          not null unique,
    -- PROPOSED 待财政部门决定, ACCEPTED 已采纳, DISMISSED 不予采纳
    status             varchar(16)   not null check (status in ('PROPOSED', 'ACCEPTED', 'DISMISSED')),
    proposed_on        date          not null,
    decision           varchar(1000),
    decided_by         varchar(64),
    decided_at         timestamptz,
    created_at         timestamptz   not null
);
create index restriction_proposal_provider_idx on provider.restriction_proposal (provider_id, status);
