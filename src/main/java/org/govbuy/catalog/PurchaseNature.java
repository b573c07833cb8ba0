package org.govbuy.catalog;

/**
 * What a purchase description buys, read from its words (财政部令第102号第十条第（三）项、财预〔2017〕87号
 * 第二条): only a service may be bought as a government purchase of services.
 */
public enum PurchaseNature {

	/** 服务. */
	SERVICE("服务"),
	/** 货物: 原材料、燃料、设备、产品. */
	GOODS("货物"),
	/** 工程: 新建、改建、扩建及相关的装修、拆除、修缮. */
	WORKS("工程"),
	/** Goods or works together with a service. */
	MIXED("货物或工程与服务混合");

	private final String label;

	PurchaseNature(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
