package org.govbuy.platform;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The regional policy parameters (RULES.md §1): values set per region with effective
 * dates by finance, inherited by the regions below. The central values are the defaults;
 * no module hard-codes a yuan amount.
 */
public enum PolicyParameter {

	/** 公开招标数额标准 for goods and services. */
	OPEN_TENDER_THRESHOLD("公开招标数额标准（货物、服务）", Type.MONEY, "2000000.00", "国办发〔2019〕55号 第四条"),
	/** 采购限额标准 for goods and services. */
	PROCUREMENT_LIMIT("采购限额标准（货物、服务）", Type.MONEY, "1000000.00", "国办发〔2019〕55号 第三条"),
	/** 采购限额标准 for works. */
	PROCUREMENT_LIMIT_WORKS("采购限额标准（工程）", Type.MONEY, "1200000.00", "国办发〔2019〕55号 第三条"),
	/**
	 * 1000万: seven-member tender committees (87令 §47) and mandatory needs surveys
	 * (财库〔2021〕22号).
	 */
	LARGE_PROJECT_THRESHOLD("重大项目金额标准（评标委员会7人以上、需求调查）", Type.MONEY, "10000000.00", "财政部令第87号 第四十七条；财库〔2021〕22号 第十条"),
	/** Cap of bid or response deposits, as a share of the budget. */
	BID_DEPOSIT_MAX_RATE("投标（响应）保证金上限（占预算比例）", Type.RATE, "0.02", "《政府采购法实施条例》第三十三条"),
	/** Cap of performance deposits, as a share of the contract amount. */
	PERFORMANCE_DEPOSIT_MAX_RATE("履约保证金上限（占合同金额比例）", Type.RATE, "0.10", "《政府采购法实施条例》第四十八条"),
	/** The day by which next year's catalog adjustments are due. */
	CATALOG_ADJUSTMENT_DEADLINE("指导性目录调整截止日（每年）", Type.MONTH_DAY, "09-30", "鲁财采〔2022〕14号（种子文件004）"),
	/**
	 * New purchase-of-services lines at or above this amount are major and need an
	 * ex-ante performance assessment.
	 */
	MAJOR_SERVICE_PROJECT_THRESHOLD("新增重大政府购买服务项目金额标准（须事前绩效评估）", Type.MONEY, "5000000.00",
			"博财采〔2022〕19号 第（五）项；《政府购买服务管理办法》第二十条"),
	/** Years of the 中期财政规划, the budget year included. */
	MEDIUM_TERM_PLAN_YEARS("中期财政规划期限（年，含预算年度）", Type.DAYS, "3", "财预〔2017〕87号 第三条；《国务院关于实行中期财政规划管理的意见》（国发〔2015〕3号）"),
	/**
	 * The purchase-of-services commitments a region can afford per year (财政承受能力); 0 means
	 * not set.
	 */
	PURCHASE_SERVICE_CAPACITY("政府购买服务年度财政承受能力（元）", Type.MONEY, "0.00", "博财采〔2022〕19号（转发鲁财采〔2022〕14号）第（二）项"),
	/** Days between publishing a purchase intention and starting the procurement. */
	INTENTION_LEAD_DAYS("采购意向公开至采购活动开始的最短天数", Type.DAYS, "30", "财库〔2020〕10号"),
	/**
	 * At equal scores a social organization ranks first (seed 004: 同等条件下优先向社会组织购买); a
	 * regional switch.
	 */
	PREFER_SOCIAL_ORGANIZATIONS("同等条件下优先向社会组织购买（是/否）", Type.SWITCH, "true", "博财采〔2022〕19号（转发鲁财采〔2022〕14号）"),
	/** Payment term for SMEs after delivery or acceptance. */
	PAYMENT_TERM_DAYS("中小企业款项支付期限（日）", Type.DAYS, "30", "《保障中小企业款项支付条例》第九条（约定不得超过60日）"),
	/**
	 * Contracts at or above this amount get finance's focused evaluation (重点评价, RULES.md
	 * I2); the amount is a regional choice.
	 */
	FOCUSED_EVALUATION_THRESHOLD("财政重点绩效评价金额标准（合同金额）", Type.MONEY, "5000000.00", "《政府购买服务管理办法》第二十条（RULES.md I2，地区可调）"),
	/** Working days the provider has to object to its evaluation scores. */
	EVALUATION_OBJECTION_DAYS("绩效评价结果异议期（工作日）", Type.DAYS, "5", "财综〔2018〕42号；平台默认值，地区可调"),
	/** The purchaser's party weight in a combined evaluation (RULES.md I2, I4). */
	EVALUATION_WEIGHT_PURCHASER("绩效评价权重：购买主体", Type.RATE, "0.40", "《政府购买服务管理办法》第二十条；RULES.md I4（权重未统一规定，地区可调）"),
	/** The third-party evaluator's party weight. */
	EVALUATION_WEIGHT_THIRD_PARTY("绩效评价权重：第三方评价机构", Type.RATE, "0.40", "财综〔2018〕42号；RULES.md I4（权重未统一规定，地区可调）"),
	/** Finance's party weight in its focused evaluations. */
	EVALUATION_WEIGHT_FINANCE("绩效评价权重：财政部门（重点评价）", Type.RATE, "0.20", "《政府购买服务管理办法》第二十条；RULES.md I4（权重未统一规定，地区可调）");

	/** How a value is written and checked. */
	public enum Type {

		/** Yuan with two decimals. */
		MONEY,
		/** A share between 0 and 1. */
		RATE,
		/** A number of days. */
		DAYS,
		/** A day of the year, MM-DD. */
		MONTH_DAY,
		/** On or off: {@code true} or {@code false}. */
		SWITCH

	}

	private final String label;

	private final Type type;

	private final String centralValue;

	private final String basis;

	PolicyParameter(String label, Type type, String centralValue, String basis) {
		this.label = label;
		this.type = type;
		this.centralValue = centralValue;
		this.basis = basis;
	}

	public String label() {
		return label;
	}

	public Type type() {
		return type;
	}

	/** The central value, the default for every region. */
	public String centralValue() {
		return centralValue;
	}

	public String basis() {
		return basis;
	}

	/**
	 * Why a value cannot be used for this parameter, in Chinese; empty when it is fine.
	 */
	public Optional<String> problem(String value) {
		if (value == null || value.isBlank()) {
			return Optional.of("请填写参数值");
		}
		try {
			switch (type) {
				case MONEY -> {
					BigDecimal amount = new BigDecimal(value.trim());
					if (amount.signum() < 0 || amount.scale() > 2) {
						return Optional.of("金额须为非负数，最多两位小数");
					}
				}
				case RATE -> {
					BigDecimal rate = new BigDecimal(value.trim());
					if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0) {
						return Optional.of("比例须大于0且不超过1（例如 0.02 表示 2%）");
					}
				}
				case DAYS -> {
					int days = Integer.parseInt(value.trim());
					if (days < 1 || days > 365) {
						return Optional.of("天数须在1到365之间");
					}
					if (this == PAYMENT_TERM_DAYS && days > 60) {
						return Optional.of("付款期限最长60日（《保障中小企业款项支付条例》第九条）");
					}
				}
				case MONTH_DAY -> MonthDay.parse("--" + value.trim());
				case SWITCH -> {
					if (!value.trim().equals("true") && !value.trim().equals("false")) {
						return Optional.of("请填写 true（是）或 false（否）");
					}
				}
			}
		}
		catch (RuntimeException ex) {
			return Optional.of(switch (type) {
				case MONEY, RATE -> "请填写数字";
				case DAYS -> "请填写整数天数";
				case MONTH_DAY -> "请按 月-日 格式填写，例如 09-30";
				case SWITCH -> "请填写 true（是）或 false（否）";
			});
		}
		return Optional.empty();
	}

}
