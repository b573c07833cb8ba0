package org.govbuy.catalog.domain;

import java.util.List;

import org.govbuy.catalog.CatalogRule;

/**
 * One 禁止购买事项 of the negative list, kept as data: the declared attribute that puts a
 * purchase on it, the rule and citation it refuses with, and the keywords that only raise
 * a warning.
 *
 * @param code stable key
 * @param attribute the {@link org.govbuy.catalog.PurchaseDescription} attribute that
 * decides
 * @param ruleId the rule it refuses with
 * @param title short Chinese title
 * @param description the wording of the source
 * @param citation the source article
 * @param keywords words in names or descriptions that hint at it
 * @param position display order
 * @param active whether it is applied
 */
public record NegativeListEntry(String code, String attribute, String ruleId, String title, String description,
		String citation, List<String> keywords, int position, boolean active) {

	public NegativeListEntry {
		keywords = List.copyOf(keywords);
	}

	static NegativeListEntry of(String code, String attribute, CatalogRule rule, int position, String... keywords) {
		return new NegativeListEntry(code, attribute, rule.id(), rule.title(), rule.message(), rule.citation(),
				List.of(keywords), position, true);
	}

	/**
	 * The entries GovBuy starts with: 102 §10 (一)–(六), 87号文 §二 and the local exclusions
	 * of seed 000.
	 */
	public static List<NegativeListEntry> defaults() {
		return List.of(of("MOF102-10-1", "notGovernmentDuty", CatalogRule.NOT_GOVERNMENT_DUTY, 10),
				of("MOF102-10-2", "directGovernmentDuty", CatalogRule.DIRECT_GOVERNMENT_DUTY, 20, "行政审批", "行政执法",
						"行政处罚", "行政许可"),
				of("MOF102-10-3-GOODS", "goods", CatalogRule.GOODS_OR_WORKS, 30),
				of("MOF102-10-3-WORKS", "works", CatalogRule.GOODS_OR_WORKS, 31),
				of("MOF102-10-3-BUNDLE", "worksServiceBundle", CatalogRule.GOODS_OR_WORKS, 32),
				of("MOF102-10-4", "financing", CatalogRule.FINANCING, 40),
				of("MOF102-10-5", "staffHiring", CatalogRule.STAFF_HIRING, 50, "劳务派遣", "派遣", "招聘", "聘用", "公益性岗位"),
				of("MOF102-10-6", "excludedByLaw", CatalogRule.EXCLUDED_BY_LAW, 60),
				of("FS87-2-1", "goods", CatalogRule.FS87_GOODS, 70, "设备", "购置", "原材料", "燃料", "物资采购"),
				of("FS87-2-2", "works", CatalogRule.FS87_CONSTRUCTION, 80, "工程", "新建", "改建", "扩建", "装修", "拆除", "修缮"),
				of("FS87-2-3", "infrastructure", CatalogRule.FS87_INFRASTRUCTURE, 90, "基础设施", "储备土地", "土地开发", "农田水利"),
				of("FS87-2-4", "worksServiceBundle", CatalogRule.FS87_BUNDLE, 100, "打包", "建设运营", "EPC"),
				of("FS87-2-5", "financing", CatalogRule.FS87_FINANCING, 110, "融资", "贷款", "租赁"),
				of("SEED000-1", "privatePremisesRepair", CatalogRule.PRIVATE_PREMISES, 120, "领导办公", "私密场所"),
				of("SEED000-2", "classifiedPrinting", CatalogRule.CLASSIFIED_PRINTING, 130, "涉密"));
	}

}
