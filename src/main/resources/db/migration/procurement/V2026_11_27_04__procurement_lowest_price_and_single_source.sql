-- 最低评标价法 next to 综合评分法 (条例34), and the supplier a 单一来源 公示 names (条例38; 74令 §38).
alter table procurement.project
    add column evaluation_method      varchar(16) not null default 'COMPREHENSIVE'
        check (evaluation_method in ('COMPREHENSIVE', 'LOWEST_PRICE')),
    add column single_source_supplier varchar(200);
