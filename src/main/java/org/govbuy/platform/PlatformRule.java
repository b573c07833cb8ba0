package org.govbuy.platform;

import org.govbuy.shared.Confidence;
import org.govbuy.shared.Rule;
import org.govbuy.shared.RuleDefinition;

/**
 * The rules the platform itself enforces: who may be a purchasing unit, and how periods
 * count.
 */
public enum PlatformRule implements Rule {

	/** Only state organs (and the bodies of 102 §33) purchase services. */
	PURCHASER_IS_STATE_ORGAN(RuleDefinition.of("MOF102-5", "《政府购买服务管理办法》（财政部令第102号）第五条、第三十三条", "购买主体范围",
			"该类单位不是政府购买服务的购买主体：购买主体是各级国家机关，以及参照执行的党的机关、政协机关、民主党派机关、承担行政职能的事业单位和使用行政编制的群团组织机关", Confidence.SECONDARY)),

	/** 公益一类事业单位 and fiscally funded 群团 with 事业编制 are neither purchasers nor providers. */
	PURCHASER_NOT_EXCLUDED(RuleDefinition.of("MOF102-8", "《政府购买服务管理办法》（财政部令第102号）第八条", "不得作为购买主体的单位",
			"公益一类事业单位、使用事业编制且由财政拨款保障的群团组织，不作为政府购买服务的购买主体和承接主体", Confidence.SECONDARY)),

	/** 以上/以下/以内 include the boundary; 超过/不满 exclude it. */
	BOUNDARY_WORDS(RuleDefinition.of("CIVIL-1259", "《中华人民共和国民法典》第一千二百五十九条", "“以上”“以下”的含义",
			"民法所称的“以上”“以下”“以内”“届满”，包括本数；所称的“不满”“超过”“以外”，不包括本数", Confidence.VERIFIED)),

	/** Periods start the day after the event. */
	PERIOD_START(RuleDefinition.of("CIVIL-201", "《中华人民共和国民法典》第二百零一条", "期间的起算", "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算",
			Confidence.VERIFIED)),

	/** A period ending on a holiday ends on the next working day. */
	PERIOD_END_ON_HOLIDAY(RuleDefinition.of("CIVIL-203", "《中华人民共和国民法典》第二百零三条", "期间的最后一日",
			"期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日", Confidence.VERIFIED));

	private final RuleDefinition definition;

	PlatformRule(RuleDefinition definition) {
		this.definition = definition;
	}

	@Override
	public RuleDefinition definition() {
		return definition;
	}

	@Override
	public String module() {
		return "platform";
	}

}
