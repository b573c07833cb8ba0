-- The platform's default indicator system for every region and catalog item: the unit
-- self-evaluation weights of RULES.md I4 (budget execution 10, output 50, benefit 30,
-- service-recipient satisfaction 10) under the first levels 过程 / 产出 / 效益. Finance adds templates
-- per region and category, or new versions of this one; evaluations keep the version they open with.

insert into evaluation.template (id, family_id, version, name, region_code, catalog_category, status, created_by, created_at, published_at)
values ('6b1f0f3e-0000-4000-8000-000000000001', '6b1f0f3e-0000-4000-8000-000000000000', 1,
        '政府购买服务项目绩效评价通用指标体系', null, null, 'PUBLISHED', 'system', now(), now());

insert into evaluation.template_indicator
    (template_id, code, parent_code, level, seq, name, first_level, weight, kind, measure, target_category, direction, default_target, rubric, description)
values
    ('6b1f0f3e-0000-4000-8000-000000000001', 'P', null, 1, 1, '过程', 'PROCESS', 10, null, null, null, null, null, null, null),
    ('6b1f0f3e-0000-4000-8000-000000000001', 'P1', 'P', 2, 1, '预算执行率', 'PROCESS', 10, 'QUANTITATIVE', 'BUDGET_EXECUTION', 'COST', 'HIGHER', 100, null,
     '评价期内已支付金额占本期应付金额的比例；达到目标得满分，未达到按比例得分'),
    ('6b1f0f3e-0000-4000-8000-000000000001', 'O', null, 1, 2, '产出', 'OUTPUT', 50, null, null, null, null, null, null, null),
    ('6b1f0f3e-0000-4000-8000-000000000001', 'O1', 'O', 2, 1, '按期完成率', 'OUTPUT', 20, 'QUANTITATIVE', 'MILESTONES_ON_TIME', 'TIMELINESS', 'HIGHER', 100, null,
     '评价期内到期里程碑中按期验收的比例'),
    ('6b1f0f3e-0000-4000-8000-000000000001', 'O2', 'O', 2, 2, '验收合格率', 'OUTPUT', 20, 'QUANTITATIVE', 'ACCEPTANCE_PASSED', 'QUALITY', 'HIGHER', 100, null,
     '评价期内验收合格的次数占验收次数的比例'),
    ('6b1f0f3e-0000-4000-8000-000000000001', 'O3', 'O', 2, 3, '服务内容与标准落实', 'OUTPUT', 10, 'QUALITATIVE', null, 'OUTPUT', null, null,
     '[{"level":"好","share":1.0,"description":"服务内容、数量和标准全部按合同落实"},{"level":"较好","share":0.8,"description":"个别内容有偏差，已及时纠正"},{"level":"一般","share":0.6,"description":"部分内容未落实或标准不达标"},{"level":"差","share":0.3,"description":"主要内容未落实"}]',
     '对照合同约定的服务内容、数量和标准评定'),
    ('6b1f0f3e-0000-4000-8000-000000000001', 'B', null, 1, 3, '效益', 'BENEFIT', 40, null, null, null, null, null, null, null),
    ('6b1f0f3e-0000-4000-8000-000000000001', 'B1', 'B', 2, 1, '社会效益', 'BENEFIT', 20, 'QUALITATIVE', null, 'BENEFIT', null, null,
     '[{"level":"好","share":1.0,"description":"绩效目标中的效益指标全部实现"},{"level":"较好","share":0.8,"description":"基本实现"},{"level":"一般","share":0.6,"description":"部分实现"},{"level":"差","share":0.3,"description":"未实现"}]',
     '对照预算绩效目标中的效益指标评定'),
    ('6b1f0f3e-0000-4000-8000-000000000001', 'B2', 'B', 2, 2, '可持续影响', 'BENEFIT', 10, 'QUALITATIVE', null, null, null, null,
     '[{"level":"好","share":1.0,"description":"管理制度健全，服务可持续"},{"level":"较好","share":0.8,"description":"制度基本健全"},{"level":"一般","share":0.6,"description":"制度不够健全"},{"level":"差","share":0.3,"description":"无长效机制"}]',
     '承接主体的管理制度、人员队伍和服务的可持续性'),
    ('6b1f0f3e-0000-4000-8000-000000000001', 'B3', 'B', 2, 3, '服务对象满意度', 'BENEFIT', 10, 'QUANTITATIVE', 'SATISFACTION', 'SATISFACTION', 'HIGHER', 90, null,
     '服务对象满意度调查的平均满意度；达到目标得满分，未达到按比例得分');
