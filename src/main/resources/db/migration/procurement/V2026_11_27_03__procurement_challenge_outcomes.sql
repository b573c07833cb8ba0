-- What an answered challenge found (条例71): not upheld, upheld without effect on the result, or
-- upheld and affecting it (then the award is voided or the procurement restarts).
alter table procurement.challenge add column outcome varchar(32)
    check (outcome in ('NOT_UPHELD', 'UPHELD', 'UPHELD_AFFECTS_RESULT'));
alter table procurement.challenge add column consequence varchar(300);
