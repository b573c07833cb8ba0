-- Two codes of plan lines are longer than their columns: DEPARTMENT_BUDGET (17) and
-- PASSED_WITH_CHANGES (19) did not fit varchar(16).
alter table budget.plan_line alter column funding_source type varchar(24);
alter table budget.plan_line alter column assessment_conclusion type varchar(24);
