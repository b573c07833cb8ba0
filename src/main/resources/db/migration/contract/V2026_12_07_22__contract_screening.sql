-- G1: the contract's content passes the negative-list screening again; keyword hints are kept
-- on the contract for the purchaser and finance to see.
alter table contract.contract add column screening_warnings varchar(2000);
