package org.govbuy.delivery.domain;

/**
 * What a ledger (台账) entry records: the kinds of 102 §27 and seed 001 — documents, work
 * plans, approvals, progress, payments, reports and major activities.
 */
public enum LedgerKind {

	/** 文件: documents received or issued. */
	DOCUMENT("文件"),
	/** 工作计划: work plans. */
	WORK_PLAN("工作计划"),
	/** 审批: approvals obtained. */
	APPROVAL("审批"),
	/** 进度: progress reports, which may submit a milestone for acceptance. */
	PROGRESS("进度"),
	/** 支付: payments received or made. */
	PAYMENT("支付"),
	/** 报告: reports delivered. */
	REPORT("报告"),
	/** 重大活动: major activities and events. */
	MAJOR_ACTIVITY("重大活动");

	private final String label;

	LedgerKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
