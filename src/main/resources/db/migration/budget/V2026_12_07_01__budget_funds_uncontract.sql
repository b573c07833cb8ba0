-- A terminated contract gives its unpaid part back to the line.
alter table budget.funds_movement drop constraint funds_movement_kind_check;
alter table budget.funds_movement add constraint funds_movement_kind_check
    check (kind in ('RESERVE', 'RELEASE', 'CONTRACT', 'PAY', 'INCREASE', 'DECREASE', 'UNCONTRACT'));
