package org.govbuy.procurement.domain;

import org.govbuy.procurement.ProcurementMethod;

/** The legal grounds that allow a method other than open tender, each for its method. */
public enum MethodGround {

	/** 法29(一): special service, limited supplier pool. */
	SPECIAL_LIMITED_SUPPLIERS(ProcurementMethod.INVITED_TENDER, "具有特殊性，只能从有限范围的供应商处采购"),
	/** 法29(二): open tender would cost too much relative to the value. */
	TENDER_COST_TOO_HIGH(ProcurementMethod.INVITED_TENDER, "采用公开招标方式的费用占采购项目总价值的比例过大"),
	/** 法30(一): no qualified bids after a tender, or a re-tender failed. */
	NO_QUALIFIED_BIDS_AFTER_TENDER(ProcurementMethod.COMPETITIVE_NEGOTIATION, "招标后没有供应商投标或者没有合格标的或者重新招标未能成立"),
	/** 法30(二): technically complex or special. */
	TECHNICALLY_COMPLEX(ProcurementMethod.COMPETITIVE_NEGOTIATION, "技术复杂或者性质特殊，不能确定详细规格或者具体要求"),
	/** 法30(三), 条例26: unforeseeable urgency not caused by the purchaser. */
	UNFORESEEABLE_URGENCY(ProcurementMethod.COMPETITIVE_NEGOTIATION, "采用招标所需时间不能满足用户紧急需要（不可预见且非因采购人拖延）"),
	/** 法30(四): price total cannot be calculated beforehand. */
	PRICE_NOT_CALCULABLE(ProcurementMethod.COMPETITIVE_NEGOTIATION, "不能事先计算出价格总额"),
	/** 法31(一), 条例27: only one supplier. */
	ONLY_SUPPLIER(ProcurementMethod.SINGLE_SOURCE, "只能从唯一供应商处采购"),
	/** 法31(二): unforeseeable emergency. */
	UNFORESEEABLE_EMERGENCY(ProcurementMethod.SINGLE_SOURCE, "发生了不可预见的紧急情况不能从其他供应商处采购"),
	/** 法31(三): add-on for consistency, ≤10% of the original contract. */
	ADD_ON_WITHIN_TEN_PERCENT(ProcurementMethod.SINGLE_SOURCE, "为保证一致性或服务配套需添购，且添购金额不超过原合同10%"),
	/** 110令 §3(一): centralized-catalog items in small sporadic lots. */
	CENTRALIZED_SMALL_LOTS(ProcurementMethod.FRAMEWORK_AGREEMENT, "集中采购目录内品目，单笔金额小、采购频次高"),
	/** 110令 §3(二): attestation and consulting for the department's own needs. */
	ATTESTATION_CONSULTING(ProcurementMethod.FRAMEWORK_AGREEMENT, "本部门所需的法律、评估、会计、审计等鉴证咨询服务，多频次小额度"),
	/** 110令 §3(三): recipients choose among two or more providers. */
	RECIPIENT_CHOICE(ProcurementMethod.FRAMEWORK_AGREEMENT, "需确定2家以上供应商由服务对象自主选择的政府购买服务");

	private final ProcurementMethod method;

	private final String label;

	MethodGround(ProcurementMethod method, String label) {
		this.method = method;
		this.label = label;
	}

	public ProcurementMethod method() {
		return method;
	}

	public String label() {
		return label;
	}

}
