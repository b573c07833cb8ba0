-- Central reference catalog (财综〔2020〕57号 as summarised in RULES.md B4): 2 first-level and 30
-- second-level items, exact names. The 121 third-level items were not retrieved (RULES.md §4).
-- Codes: one letter for the first level, two digits per level below (A → A04 → A0401).
insert into catalog.catalog (id, region_code, fiscal_year, name, created_at, created_by) values ('00000000-0000-0000-0000-00000000c000', '000000', 2021, '政府购买服务指导性目录（中央）', now(), 'system');
insert into catalog.catalog_version (id, catalog_id, number, status, note, effective_from, published_at, published_by, created_at, created_by)
values ('00000000-0000-0000-0000-00000000c001', '00000000-0000-0000-0000-00000000c000', 1, 'PUBLISHED', '财综〔2020〕57号 一级、二级目录', date '2021-01-01', now(), 'system', now(), 'system');
insert into catalog.catalog_item (id, version_id, code, name, level, parent_code, nature, position) values
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A', '公共服务', 1, null, 'PUBLIC_SERVICE', 1),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A01', '公共安全', 2, 'A', 'PUBLIC_SERVICE', 2),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A02', '教育', 2, 'A', 'PUBLIC_SERVICE', 3),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A03', '就业', 2, 'A', 'PUBLIC_SERVICE', 4),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A04', '社会保障', 2, 'A', 'PUBLIC_SERVICE', 5),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A05', '卫生健康', 2, 'A', 'PUBLIC_SERVICE', 6),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A06', '生态保护和环境治理', 2, 'A', 'PUBLIC_SERVICE', 7),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A07', '科技', 2, 'A', 'PUBLIC_SERVICE', 8),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A08', '文化', 2, 'A', 'PUBLIC_SERVICE', 9),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A09', '体育', 2, 'A', 'PUBLIC_SERVICE', 10),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A10', '社会治理', 2, 'A', 'PUBLIC_SERVICE', 11),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A11', '城乡维护', 2, 'A', 'PUBLIC_SERVICE', 12),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A12', '农业、林业和水利', 2, 'A', 'PUBLIC_SERVICE', 13),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A13', '交通运输', 2, 'A', 'PUBLIC_SERVICE', 14),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A14', '灾害防治及应急管理', 2, 'A', 'PUBLIC_SERVICE', 15),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A15', '公共信息与宣传', 2, 'A', 'PUBLIC_SERVICE', 16),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A16', '行业管理', 2, 'A', 'PUBLIC_SERVICE', 17),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A17', '技术性公共服务', 2, 'A', 'PUBLIC_SERVICE', 18),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'A18', '其他公共服务', 2, 'A', 'PUBLIC_SERVICE', 19),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'B', '政府履职所需辅助性服务', 1, null, 'AUXILIARY_SERVICE', 20),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'B01', '法律', 2, 'B', 'AUXILIARY_SERVICE', 21),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'B02', '课题研究和社会调查', 2, 'B', 'AUXILIARY_SERVICE', 22),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'B03', '会计审计', 2, 'B', 'AUXILIARY_SERVICE', 23),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'B04', '会议', 2, 'B', 'AUXILIARY_SERVICE', 24),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'B05', '监督检查辅助', 2, 'B', 'AUXILIARY_SERVICE', 25),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'B06', '工程服务', 2, 'B', 'AUXILIARY_SERVICE', 26),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'B07', '评审、评估和评价', 2, 'B', 'AUXILIARY_SERVICE', 27),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'B08', '咨询', 2, 'B', 'AUXILIARY_SERVICE', 28),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'B09', '机关工作人员培训', 2, 'B', 'AUXILIARY_SERVICE', 29),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'B10', '信息化', 2, 'B', 'AUXILIARY_SERVICE', 30),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'B11', '后勤', 2, 'B', 'AUXILIARY_SERVICE', 31),
  (gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', 'B12', '其他辅助性服务', 2, 'B', 'AUXILIARY_SERVICE', 32);
