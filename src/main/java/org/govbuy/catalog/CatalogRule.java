package org.govbuy.catalog;

import org.govbuy.shared.Confidence;
import org.govbuy.shared.Rule;
import org.govbuy.shared.RuleDefinition;

/**
 * The rules of the guiding catalog and the negative list (RULES.md B1–B7, seeds 000 and
 * 004).
 */
public enum CatalogRule implements Rule {

	/** B1: an item is a public service or an auxiliary service the government needs. */
	ITEM_NATURE(new RuleDefinition("MOF102-9", "《政府购买服务管理办法》（财政部令第102号）第九条", "目录内容的性质", "政府购买服务的内容应当是公共服务或政府履职所需辅助性服务",
			Confidence.SECONDARY, true)),

	/** B4 + seed 004: levels 1 and 2 equal the catalog of the level above. */
	LEVELS_ONE_TWO_ALIGNED(new RuleDefinition("MOF102-11",
			"《政府购买服务管理办法》（财政部令第102号）第十一条至第十三条；鲁财采〔2022〕14号（种子文件004）“一级、二级目录设置要与省级目录保持一致”", "一级、二级目录与上级目录保持一致",
			"一级、二级目录的编码和名称必须与上级指导性目录完全一致", Confidence.SECONDARY, true)),

	/**
	 * Seed 004: level 3 should match the level above where it can; a difference only
	 * warns.
	 */
	THIRD_LEVEL_ALIGNED(new RuleDefinition("SEED004-3", "鲁财采〔2022〕14号（种子文件004）“三级目录……能与省级目录保持一致的，应当保持一致”",
			"三级目录尽量与上级目录保持一致", "三级目录与上级目录不一致，请确认确有需要", Confidence.SECONDARY, false)),

	/**
	 * Seed 004: adjustments for the next budget year are due by the regional deadline
	 * (default 30 September).
	 */
	ADJUSTMENT_DEADLINE(new RuleDefinition("SEED004-9", "鲁财采〔2022〕14号（种子文件004）“目录编制调整原则上应于每年9月底前完成”", "目录调整截止日",
			"目录调整晚于本地区截止日发布，须说明原因", Confidence.SECONDARY, true)),

	/** B5: every item maps to a services code of 《政府采购品目分类目录》. */
	PINMU_CODE(new RuleDefinition("MOF57-5", "《财政部关于印发〈政府购买服务指导性目录〉的通知》（财综〔2020〕57号）第五条", "对应政府采购品目分类目录",
			"三级及以下目录须填写《政府采购品目分类目录》服务类代码（C开头）", Confidence.SECONDARY, true)),

	/** B6: a service not in the published catalog cannot be bought. */
	ITEM_IN_CATALOG(new RuleDefinition("FS87-2-CATALOG", "《关于坚决制止地方以政府购买服务名义违法违规融资的通知》（财预〔2017〕87号）第二条", "须在指导性目录之内",
			"未纳入指导性目录的事项不得实施政府购买服务，确需购买的须经财政部门审核备案", Confidence.VERIFIED, true)),

	/** B2 (一). */
	NOT_GOVERNMENT_DUTY(new RuleDefinition("MOF102-10-1", "《政府购买服务管理办法》（财政部令第102号）第十条第（一）项", "不属于政府职责范围的服务事项",
			"不属于政府职责范围的服务事项不得纳入政府购买服务范围", Confidence.SECONDARY, true)),
	/** B2 (二). */
	DIRECT_GOVERNMENT_DUTY(new RuleDefinition("MOF102-10-2", "《政府购买服务管理办法》（财政部令第102号）第十条第（二）项", "应当由政府直接履职的事项",
			"应当由政府直接履职的事项不得纳入政府购买服务范围", Confidence.SECONDARY, true)),
	/** B2 (三). */
	GOODS_OR_WORKS(new RuleDefinition("MOF102-10-3", "《政府购买服务管理办法》（财政部令第102号）第十条第（三）项", "货物、工程及工程与服务打包",
			"政府采购法律、行政法规规定的货物和工程，以及将工程和服务打包的项目，不得纳入政府购买服务范围", Confidence.SECONDARY, true)),
	/** B2 (四). */
	FINANCING(new RuleDefinition("MOF102-10-4", "《政府购买服务管理办法》（财政部令第102号）第十条第（四）项", "融资行为", "融资行为不得纳入政府购买服务范围",
			Confidence.SECONDARY, true)),
	/** B2 (五). */
	STAFF_HIRING(new RuleDefinition("MOF102-10-5", "《政府购买服务管理办法》（财政部令第102号）第十条第（五）项", "人员招、聘用及劳务派遣",
			"购买主体的人员招、聘用，以劳务派遣方式用工，以及设置公益性岗位等事项，不得纳入政府购买服务范围", Confidence.SECONDARY, true)),
	/** B2 (六). */
	EXCLUDED_BY_LAW(new RuleDefinition("MOF102-10-6", "《政府购买服务管理办法》（财政部令第102号）第十条第（六）项", "法律、行政法规以及国务院规定的其他事项",
			"法律、行政法规以及国务院规定的其他不得作为政府购买服务内容的事项，不得纳入政府购买服务范围", Confidence.SECONDARY, true)),

	/** B3: goods. */
	FS87_GOODS(new RuleDefinition("FS87-2-1", "《关于坚决制止地方以政府购买服务名义违法违规融资的通知》（财预〔2017〕87号）第二条", "严禁购买货物",
			"严禁将原材料、燃料、设备、产品等货物作为政府购买服务项目", Confidence.VERIFIED, true)),
	/** B3: construction. */
	FS87_CONSTRUCTION(new RuleDefinition("FS87-2-2", "《关于坚决制止地方以政府购买服务名义违法违规融资的通知》（财预〔2017〕87号）第二条", "严禁购买建设工程",
			"严禁将建筑物和构筑物的新建、改建、扩建及其相关的装修、拆除、修缮等建设工程作为政府购买服务项目", Confidence.VERIFIED, true)),
	/** B3: infrastructure. */
	FS87_INFRASTRUCTURE(new RuleDefinition("FS87-2-3", "《关于坚决制止地方以政府购买服务名义违法违规融资的通知》（财预〔2017〕87号）第二条", "严禁购买基础设施建设",
			"严禁将铁路、公路、机场、通讯、水电煤气以及教育、科技、医疗卫生、文化、体育等领域的基础设施建设，储备土地前期开发，农田水利等建设工程作为政府购买服务项目", Confidence.VERIFIED, true)),
	/** B3: works+service bundles. */
	FS87_BUNDLE(new RuleDefinition("FS87-2-4", "《关于坚决制止地方以政府购买服务名义违法违规融资的通知》（财预〔2017〕87号）第二条", "严禁工程与服务打包",
			"严禁将建设工程与服务打包作为政府购买服务项目", Confidence.VERIFIED, true)),
	/** B3: financing. */
	FS87_FINANCING(new RuleDefinition("FS87-2-5", "《关于坚决制止地方以政府购买服务名义违法违规融资的通知》（财预〔2017〕87号）第二条", "严禁购买融资行为",
			"严禁将金融机构、融资租赁公司等非银行金融机构提供的融资行为纳入政府购买服务范围", Confidence.VERIFIED, true)),

	/** Seed 000: a local exclusion. */
	PRIVATE_PREMISES(new RuleDefinition("SEED000-1", "吉管发〔2017〕47号（种子文件000）第二条第（三）项", "领导办公等私密场所的维修改造",
			"涉及领导办公等私密场所的维修改造及相关服务，暂不纳入购买范围", Confidence.SECONDARY, true)),
	/** Seed 000: a local exclusion. */
	CLASSIFIED_PRINTING(new RuleDefinition("SEED000-2", "吉管发〔2017〕47号（种子文件000）第二条第（三）项", "涉密文件印刷", "涉密文件的印刷服务，暂不纳入购买范围",
			Confidence.SECONDARY, true)),

	/**
	 * Keywords that hint at a forbidden purchase: a reviewer must clear them with a
	 * comment.
	 */
	KEYWORD_REVIEW(new RuleDefinition("NEG-KEYWORD", "《政府购买服务管理办法》（财政部令第102号）第十条；财预〔2017〕87号 第二条", "负面清单关键词复核",
			"名称或描述含有负面清单关键词，须由审核人员复核并填写意见后方可继续", Confidence.SECONDARY, false));

	private final RuleDefinition definition;

	CatalogRule(RuleDefinition definition) {
		this.definition = definition;
	}

	@Override
	public RuleDefinition definition() {
		return definition;
	}

	@Override
	public String module() {
		return "catalog";
	}

}
