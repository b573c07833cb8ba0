package org.govbuy.platform;

import java.util.Optional;

import org.govbuy.shared.RuleViolation;

/**
 * The legal type of a would-be purchasing unit (购买主体) and whether it may buy services:
 * 财政部令第102号 第五条 (state organs), 第三十三条 (bodies that apply the rules by reference) and 第八条
 * (bodies that are neither purchasers nor providers).
 */
public enum PurchaserType {

	/** 各级行政机关 (102 §5). */
	ADMINISTRATIVE_ORGAN("行政机关", null, false),
	/** 党的机关 (102 §33, by reference). */
	PARTY_ORGAN("党的机关", null, true),
	/** 人大机关、审判机关、检察机关 (102 §5: 各级国家机关). */
	OTHER_STATE_ORGAN("人大、审判、检察机关", null, false),
	/** 政协机关 (102 §33). */
	CPPCC_ORGAN("政协机关", null, true),
	/** 民主党派机关 (102 §33). */
	DEMOCRATIC_PARTY_ORGAN("民主党派机关", null, true),
	/** 参照公务员法管理的事业单位 (102 §33: 承担行政职能的事业单位). */
	CIVIL_SERVICE_MANAGED_INSTITUTION("参照公务员法管理的事业单位", null, true),
	/** 承担行政职能的事业单位 (102 §33). */
	ADMINISTRATIVE_FUNCTION_INSTITUTION("承担行政职能的事业单位", null, true),
	/** 使用行政编制的群团组织机关 (102 §33). */
	MASS_ORGANIZATION_ADMINISTRATIVE("群团组织（使用行政编制）", null, true),
	/** 公益一类事业单位: refused (102 §8). */
	PUBLIC_WELFARE_CLASS_ONE("公益一类事业单位", PlatformRule.PURCHASER_NOT_EXCLUDED, false),
	/** 使用事业编制且由财政拨款保障的群团组织: refused (102 §8). */
	MASS_ORGANIZATION_FISCAL_INSTITUTIONAL("群团组织（使用事业编制、财政拨款保障）", PlatformRule.PURCHASER_NOT_EXCLUDED, false),
	/** 公益二类事业单位: a possible provider, never a purchaser (102 §5). */
	PUBLIC_WELFARE_CLASS_TWO("公益二类事业单位", PlatformRule.PURCHASER_IS_STATE_ORGAN, false),
	/** 生产经营类事业单位: a possible provider, never a purchaser (102 §5). */
	BUSINESS_INSTITUTION("生产经营类事业单位", PlatformRule.PURCHASER_IS_STATE_ORGAN, false),
	/** 企业: a possible provider, never a purchaser (102 §5). */
	ENTERPRISE("企业", PlatformRule.PURCHASER_IS_STATE_ORGAN, false),
	/** 社会组织: a possible provider, never a purchaser (102 §5). */
	SOCIAL_ORGANIZATION("社会组织", PlatformRule.PURCHASER_IS_STATE_ORGAN, false);

	private final String label;

	private final PlatformRule refusedBy;

	private final boolean byReference;

	PurchaserType(String label, PlatformRule refusedBy, boolean byReference) {
		this.label = label;
		this.refusedBy = refusedBy;
		this.byReference = byReference;
	}

	public String label() {
		return label;
	}

	/**
	 * Whether the type buys services only by reference to 102 (§33), which the UI marks.
	 */
	public boolean byReference() {
		return byReference;
	}

	public boolean allowed() {
		return refusedBy == null;
	}

	/** The rule that refuses this type as a purchaser, with the type named. */
	public Optional<RuleViolation> refusal() {
		return Optional.ofNullable(refusedBy).map(rule -> rule.violation("“" + label + "”不能登记为购买主体"));
	}

}
