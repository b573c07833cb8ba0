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
 * @param keywords words in names or descriptions that hint at it (held for review)
 * @param synonyms groups of words said for the same thing (the first names the group),
 * maintained by finance
 * @param examples example phrasings: a description that says all of one (after synonyms)
 * is refused, one that says most of it is held for review
 * @param position display order
 * @param active whether it is applied
 */
public record NegativeListEntry(String code, String attribute, String ruleId, String title, String description,
		String citation, List<String> keywords, List<List<String>> synonyms, List<String> examples, int position,
		boolean active) {

	public NegativeListEntry {
		keywords = List.copyOf(keywords);
		synonyms = synonyms.stream().map(List::copyOf).filter(group -> !group.isEmpty()).toList();
		examples = List.copyOf(examples);
	}

	public NegativeListEntry(String code, String attribute, String ruleId, String title, String description,
			String citation, List<String> keywords, int position, boolean active) {
		this(code, attribute, ruleId, title, description, citation, keywords, List.of(), List.of(), position, active);
	}

	static NegativeListEntry of(String code, String attribute, CatalogRule rule, int position, String... keywords) {
		return new NegativeListEntry(code, attribute, rule.id(), rule.title(), rule.message(), rule.citation(),
				List.of(keywords), position, true);
	}

	/** This entry with its ways of being said. */
	NegativeListEntry saidAs(List<String> synonymGroups, String... examples) {
		return new NegativeListEntry(code, attribute, ruleId, title, description, citation, keywords,
				synonymGroups.stream().map(NegativeListEntry::group).toList(), List.of(examples), position, active);
	}

	/** A synonym group written as words separated by 、 , ， = or spaces. */
	public static List<String> group(String text) {
		return java.util.Arrays.stream(text.split("[、,，=\\s]+")).map(String::strip).filter(w -> !w.isEmpty()).toList();
	}

	/** Synonym groups one per line (or separated by ；/;). */
	public static List<List<String>> groups(String text) {
		if (text == null) {
			return List.of();
		}
		return java.util.Arrays.stream(text.split("[\\r\\n;；]+"))
			.map(NegativeListEntry::group)
			.filter(g -> !g.isEmpty())
			.toList();
	}

	/** Example phrasings one per line (or separated by ；/;). */
	public static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return java.util.Arrays.stream(text.split("[\\r\\n;；]+")).map(String::strip).filter(w -> !w.isEmpty()).toList();
	}

	/** The synonym groups as stored and shown (one group a line, words joined by 、). */
	public String synonymsText() {
		return String.join("\n", synonyms.stream().map(g -> String.join("、", g)).toList());
	}

	/** The example phrasings as stored and shown (one a line). */
	public String examplesText() {
		return String.join("\n", examples);
	}

	/**
	 * The entries GovBuy starts with: 102 §10 (一)–(六), 87号文 §二 and the local exclusions
	 * of seed 000.
	 */
	public static List<NegativeListEntry> defaults() {
		return List.of(
				of("MOF102-10-1", "notGovernmentDuty", CatalogRule.NOT_GOVERNMENT_DUTY, 10, "职工福利", "个人消费")
					.saidAs(List.of("旅游、疗养、休养、度假、旅行", "职工、干部、员工、工作人员", "福利、福利品、慰问品"), "职工旅游疗养", "职工福利发放", "干部度假休养"),
				of("MOF102-10-2", "directGovernmentDuty", CatalogRule.DIRECT_GOVERNMENT_DUTY, 20, "行政审批", "行政执法",
						"行政处罚", "行政许可", "行政强制")
					.saidAs(List.of("行政执法、执法、执法权、行政执法权", "行政处罚、处罚、罚款、罚没", "行政许可、审批、许可、行政审批", "代为、委托、代行、代替"),
							"代为行使行政执法权", "委托作出行政处罚", "代行行政许可审批"),
				of("MOF102-10-3-GOODS", "goods", CatalogRule.GOODS_OR_WORKS, 30),
				of("MOF102-10-3-WORKS", "works", CatalogRule.GOODS_OR_WORKS, 31),
				of("MOF102-10-3-BUNDLE", "worksServiceBundle", CatalogRule.GOODS_OR_WORKS, 32),
				of("MOF102-10-4", "financing", CatalogRule.FINANCING, 40, "融资", "举债")
					.saidAs(List.of("融资、筹资、举债、借款、贷款、借贷", "代为、垫资、垫付"), "项目融资", "垫资融资", "代为举债"),
				of("MOF102-10-5", "staffHiring", CatalogRule.STAFF_HIRING, 50, "劳务派遣", "派遣", "招聘", "聘用", "公益性岗位")
					.saidAs(List.of("招聘、招录、招用、聘用、雇用、招聘录用", "公益性岗位、公益岗位、公益岗", "人员、工作人员、职员、编外人员、临时工、辅助人员"), "招聘工作人员",
							"劳务派遣人员", "设置公益性岗位"),
				of("MOF102-10-6", "excludedByLaw", CatalogRule.EXCLUDED_BY_LAW, 60, "征收税款", "审判", "羁押").saidAs(
						List.of("征收、征缴、代征、代扣代缴", "税款、税费、税收", "审判、审理、裁判", "羁押、看管、监管"), "代为征收税款", "代行审判职能", "被羁押人员看管"),
				of("FS87-2-1", "goods", CatalogRule.FS87_GOODS, 70, "设备", "购置", "原材料", "燃料", "物资采购"),
				of("FS87-2-2", "works", CatalogRule.FS87_CONSTRUCTION, 80, "工程", "新建", "改建", "扩建", "装修", "拆除", "修缮"),
				of("FS87-2-3", "infrastructure", CatalogRule.FS87_INFRASTRUCTURE, 90, "基础设施", "储备土地", "土地开发", "农田水利")
					.saidAs(List.of("基础设施、基础设施建设、基建", "储备土地、土地储备、收储土地", "土地开发、前期开发、土地平整、一级开发", "农田水利、水利设施、高标准农田",
							"建设、建造、修建、兴建", "道路、公路、铁路、机场、桥梁、管网"), "基础设施建设", "储备土地前期开发", "道路建设"),
				of("FS87-2-4", "worksServiceBundle", CatalogRule.FS87_BUNDLE, 100, "打包", "建设运营", "EPC").saidAs(
						List.of("建设运营、建设运营一体化、投资建设运营、建设和运营", "设计施工、设计施工一体化、工程总承包", "一体化、打包、捆绑"), "建设运营一体化", "设计施工运营打包",
						"工程总承包运营"),
				of("FS87-2-5", "financing", CatalogRule.FS87_FINANCING, 110, "融资", "贷款", "租赁")
					.saidAs(List.of("融资、筹资、举债、借款", "贷款、借贷、信贷", "融资租赁、售后回租、回租"), "融资租赁", "售后回租融资", "银行贷款融资"),
				of("SEED000-1", "privatePremisesRepair", CatalogRule.PRIVATE_PREMISES, 120, "领导办公", "私密场所")
					.saidAs(List.of("领导、负责同志、主要负责同志、负责人、主要负责人、主要领导、局长、厅长、处长、书记、主任", "办公室、办公用房、休息室、休息间、卧室", "私密场所、领导办公",
							"维修改造、维修、改造、翻新、翻修、装修、修缮、粉刷、装饰"), "领导办公室维修改造", "领导办公室装修", "私密场所维修改造"),
				of("SEED000-2", "classifiedPrinting", CatalogRule.CLASSIFIED_PRINTING, 130, "涉密").saidAs(
						List.of("涉密、保密、机要、密级、秘密、机密、绝密", "印刷、印制、复印、排印、翻印、印装", "文件、公文、文稿、文书、试卷、红头文件"), "涉密文件印刷", "保密公文印制",
						"机要文件复印"));
	}

}
