-- 年中调整 moves the approved amount of a line up or down, recorded like every movement.
alter table budget.funds_movement drop constraint funds_movement_kind_check;
alter table budget.funds_movement add constraint funds_movement_kind_check
    check (kind in ('RESERVE', 'RELEASE', 'CONTRACT', 'PAY', 'INCREASE', 'DECREASE'));
