-- 法41: large or complex projects invite a recognised testing body to the acceptance; the
-- procurement's 技术复杂 flag travels with the contract.
alter table contract.contract add column technically_complex boolean not null default false;
