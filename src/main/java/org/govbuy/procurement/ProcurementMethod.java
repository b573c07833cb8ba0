package org.govbuy.procurement;

/**
 * The ways a purchasing unit can choose a provider, under procurement law and outside it.
 */
public enum ProcurementMethod {

	/** 公开招标. */
	OPEN_TENDER("公开招标", true),
	/** 邀请招标. */
	INVITED_TENDER("邀请招标", true),
	/** 竞争性谈判. */
	COMPETITIVE_NEGOTIATION("竞争性谈判", true),
	/** 竞争性磋商. */
	COMPETITIVE_CONSULTATION("竞争性磋商", true),
	/** 单一来源采购. */
	SINGLE_SOURCE("单一来源采购", true),
	/** 框架协议采购. */
	FRAMEWORK_AGREEMENT("框架协议采购", true),
	/** 询价: goods only, never for services. */
	INQUIRY("询价", true),
	/** 竞争性评审: outside procurement law. */
	COMPETITIVE_REVIEW("竞争性评审", false),
	/** 定向委托: outside procurement law. */
	DIRECT_COMMISSION("定向委托", false),
	/** 委托: outside procurement law (seed 001). */
	ENTRUSTMENT("委托", false),
	/** 特许经营: outside procurement law (seed 001). */
	FRANCHISE("特许经营", false),
	/** 战略合作: outside procurement law (seed 001). */
	STRATEGIC_COOPERATION("战略合作", false);

	private final String label;

	private final boolean procurementLaw;

	ProcurementMethod(String label, boolean procurementLaw) {
		this.label = label;
		this.procurementLaw = procurementLaw;
	}

	public String label() {
		return label;
	}

	/** Whether the method is one of procurement law's. */
	public boolean underProcurementLaw() {
		return procurementLaw;
	}

	public boolean isTender() {
		return this == OPEN_TENDER || this == INVITED_TENDER;
	}

}
