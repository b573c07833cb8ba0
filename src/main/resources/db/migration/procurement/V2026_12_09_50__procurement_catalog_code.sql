-- The catalog item a procurement buys, copied from its budget line when it starts, so that
-- procurement events can name it without asking the budget module again. Projects started
-- before this column existed keep null.
alter table procurement.project add column catalog_code varchar(32);
