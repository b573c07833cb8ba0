package org.govbuy.evaluation.domain;

/**
 * Where the platform measures an indicator's actual value itself, from delivery's events
 * and the recipients' survey; an indicator without one is entered by the evaluator.
 */
public enum Measure {

	/** Milestones accepted on time, as a share of those due in the period (%). */
	MILESTONES_ON_TIME("里程碑按期完成率（%）"),
	/** Acceptances passed, as a share of acceptances in the period (%). */
	ACCEPTANCE_PASSED("验收合格率（%）"),
	/** Paid, as a share of the amount due for the period (%). */
	BUDGET_EXECUTION("预算执行率（%）"),
	/** Failed acceptances that needed rectification (count; fewer is better). */
	RECTIFICATIONS("整改次数"),
	/** The recipients' mean satisfaction from the survey (%). */
	SATISFACTION("服务对象满意度（%）");

	private final String label;

	Measure(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
