-- 法50: neither party may terminate on its own. A signed contract ends by agreement (a
-- termination record the other side confirms), because going on would harm the public
-- interest, or for the provider's breach after a failed acceptance.
alter table contract.contract add column termination_ground varchar(20)
    check (termination_ground in ('AGREEMENT', 'PUBLIC_INTEREST', 'PROVIDER_BREACH', 'UNSIGNED'));
alter table contract.amendment drop constraint amendment_kind_check;
alter table contract.amendment add constraint amendment_kind_check
    check (kind in ('SUPPLEMENT', 'CHANGE', 'SUBCONTRACT', 'TERMINATION'));
