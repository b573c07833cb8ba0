-- Delivery becomes its own module with its own schema: milestones, the provider's ledger (台账),
-- acceptances with their standards, participants and rectifications, and payment requests move
-- from the contract schema, data, constraints, indexes and grants kept. They no longer reference
-- contract.contract: delivery keeps its own record of each signed contract (contract_account),
-- written when the contract module publishes ContractSigned and backfilled here for the
-- contracts signed before.

create schema if not exists delivery;

-- Delivery's record of a signed contract: what its lists show and the row payment requests lock
-- (paid ≤ contract amount under concurrent requests). Amount is the signed amount with the
-- supplementary agreements in force.
create table delivery.contract_account (
    contract_id    uuid          primary key,
    number         varchar(40)   not null,
    title          varchar(200)  not null,
    unit_id        uuid          not null,
    unit_name      varchar(200)  not null,
    region_code    char(6)       not null,
    provider_id    uuid          not null,
    provider_name  varchar(200)  not null,
    provider_sme   boolean       not null,
    amount         numeric(16,2) not null check (amount > 0),
    starts_on      date          not null,
    ends_on        date          not null,
    payment_days   integer       not null,
    signed_on      date,
    -- SIGNED 履行中, TERMINATED 已终止
    status         varchar(16)   not null check (status in ('SIGNED', 'TERMINATED')),
    terminated_on  date,
    opened_at      timestamptz   not null default now()
);

create index contract_account_provider on delivery.contract_account (provider_id);
create index contract_account_unit on delivery.contract_account (unit_id);

insert into delivery.contract_account (contract_id, number, title, unit_id, unit_name, region_code, provider_id,
    provider_name, provider_sme, amount, starts_on, ends_on, payment_days, signed_on, status, terminated_on)
select c.id, c.number, c.title, c.unit_id, c.unit_name, c.region_code, c.provider_id, c.provider_name, c.provider_sme,
       c.amount + coalesce((select sum(a.amount) from contract.amendment a
                            where a.contract_id = c.id and a.kind = 'SUPPLEMENT' and a.status = 'IN_FORCE'), 0),
       c.starts_on, c.ends_on, c.payment_days, c.signed_on, c.status, c.terminated_on
from contract.contract c
where c.status in ('SIGNED', 'TERMINATED');

alter table contract.milestone drop constraint milestone_contract_id_fkey;
alter table contract.ledger_entry drop constraint ledger_entry_contract_id_fkey;
alter table contract.acceptance drop constraint acceptance_contract_id_fkey;
alter table contract.rectification drop constraint rectification_contract_id_fkey;
alter table contract.payment drop constraint payment_contract_id_fkey;

alter table contract.milestone set schema delivery;
alter table contract.ledger_entry set schema delivery;
alter table contract.ledger_attachment set schema delivery;
alter table contract.acceptance set schema delivery;
alter table contract.acceptance_standard set schema delivery;
alter table contract.acceptance_participant set schema delivery;
alter table contract.rectification set schema delivery;
alter table contract.payment set schema delivery;
alter sequence contract.treasury_number set schema delivery;

alter table delivery.milestone add constraint milestone_contract_id_fkey
    foreign key (contract_id) references delivery.contract_account (contract_id);
alter table delivery.ledger_entry add constraint ledger_entry_contract_id_fkey
    foreign key (contract_id) references delivery.contract_account (contract_id);
alter table delivery.acceptance add constraint acceptance_contract_id_fkey
    foreign key (contract_id) references delivery.contract_account (contract_id);
alter table delivery.rectification add constraint rectification_contract_id_fkey
    foreign key (contract_id) references delivery.contract_account (contract_id);
alter table delivery.payment add constraint payment_contract_id_fkey
    foreign key (contract_id) references delivery.contract_account (contract_id);

-- The payment's states, as its enum names them; the constraint the first migration left out.
alter table delivery.payment add constraint payment_status_check
    check (status in ('REQUESTED', 'SENT', 'PAID', 'REJECTED', 'RETURNED'));
