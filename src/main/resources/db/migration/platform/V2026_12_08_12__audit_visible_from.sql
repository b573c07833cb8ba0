-- A record that may be listed only from a given time: a bid's record names its bidder (the
-- actor), and who bid is secret until the bid deadline (招标投标法第二十二条). The column is not
-- part of the chain's link: it only decides when the viewer lists the row, and the
-- application's role cannot change a row once written.
alter table platform.audit_event add column visible_from timestamptz;
