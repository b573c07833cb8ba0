package org.govbuy.shared;

import java.math.BigDecimal;

/**
 * The grade of a performance evaluation (绩效评价等级): 优 at 90 and above, 良 from 80, 中 from
 * 60, 差 below 60 (RULES.md I4). The score of record is graded as it is, never rounded
 * first: 89.995 is 良.
 */
public enum PerformanceGrade {

	/** 优: 90 and above. */
	EXCELLENT("优", new BigDecimal("90")),
	/** 良: 80 to below 90. */
	GOOD("良", new BigDecimal("80")),
	/** 中: 60 to below 80. */
	FAIR("中", new BigDecimal("60")),
	/** 差: below 60. */
	POOR("差", BigDecimal.ZERO);

	private final String label;

	private final BigDecimal lowest;

	PerformanceGrade(String label, BigDecimal lowest) {
		this.label = label;
		this.lowest = lowest;
	}

	/** The Chinese grade: 优, 良, 中 or 差. */
	public String label() {
		return this.label;
	}

	/** The lowest score that earns this grade. */
	public BigDecimal lowest() {
		return this.lowest;
	}

	/**
	 * The grade of a score between 0 and 100.
	 * @throws IllegalArgumentException for a score outside 0 to 100
	 */
	public static PerformanceGrade of(BigDecimal score) {
		if (score == null || score.signum() < 0 || score.compareTo(new BigDecimal("100")) > 0) {
			throw new IllegalArgumentException("评价得分应在0至100之间：" + score);
		}
		for (PerformanceGrade grade : values()) {
			if (score.compareTo(grade.lowest) >= 0) {
				return grade;
			}
		}
		return POOR;
	}

}
