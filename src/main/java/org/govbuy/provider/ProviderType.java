package org.govbuy.provider;

import java.util.Optional;

import org.govbuy.shared.RuleViolation;

/**
 * The legal type of a would-be provider and whether it may provide services (102 §6, §8).
 */
public enum ProviderType {

	/** 企业. */
	ENTERPRISE("企业", null),
	/** 社会组织（民政部门登记）. */
	SOCIAL_ORGANIZATION_REGISTERED("社会组织（民政部门登记）", null),
	/** 社会组织（经批准免予登记）. */
	SOCIAL_ORGANIZATION_EXEMPT("社会组织（经批准免予登记）", null),
	/** 公益二类事业单位. */
	PUBLIC_WELFARE_CLASS_TWO("公益二类事业单位", null),
	/** 从事生产经营活动的事业单位. */
	BUSINESS_INSTITUTION("从事生产经营活动的事业单位", null),
	/** 农村集体经济组织. */
	RURAL_COLLECTIVE("农村集体经济组织", null),
	/** 基层群众性自治组织. */
	GRASSROOTS_SELF_GOVERNANCE("基层群众性自治组织（村委会、居委会）", null),
	/** 具备条件的个人. */
	INDIVIDUAL("个人", null),
	/** 公益一类事业单位: refused. */
	PUBLIC_WELFARE_CLASS_ONE("公益一类事业单位", ProviderRule.EXCLUDED_PROVIDERS),
	/** 使用事业编制且由财政拨款保障的群团组织: refused. */
	MASS_ORGANIZATION_FISCAL("群团组织（使用事业编制、财政拨款保障）", ProviderRule.EXCLUDED_PROVIDERS),
	/** 行政机关: buys services, never provides them. */
	ADMINISTRATIVE_ORGAN("行政机关", ProviderRule.PROVIDER_TYPES);

	private final String label;

	private final ProviderRule refusedBy;

	ProviderType(String label, ProviderRule refusedBy) {
		this.label = label;
		this.refusedBy = refusedBy;
	}

	public String label() {
		return label;
	}

	public boolean allowed() {
		return refusedBy == null;
	}

	public boolean socialOrganization() {
		return this == SOCIAL_ORGANIZATION_REGISTERED || this == SOCIAL_ORGANIZATION_EXEMPT;
	}

	public Optional<RuleViolation> refusal() {
		return Optional.ofNullable(refusedBy).map(rule -> rule.violation("“" + label + "”不能登记为承接主体"));
	}

}
