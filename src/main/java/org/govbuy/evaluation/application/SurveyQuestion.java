package org.govbuy.evaluation.application;

/**
 * The questions of the service recipients' survey (服务对象满意度调查), each rated on the five
 * levels of {@link SurveyRating}; an answer's satisfaction is the mean of its ratings'
 * points.
 */
public enum SurveyQuestion {

	/** 服务态度: whether the staff were courteous and patient. */
	ATTITUDE("服务态度", "服务人员是否热情、耐心、尊重您？"),
	/** 服务及时性: whether the service came on time. */
	TIMELINESS("服务及时性", "服务是否按约定时间提供、响应是否及时？"),
	/** 服务质量: whether the service met what was promised. */
	QUALITY("服务质量", "服务内容和效果是否达到约定的标准？"),
	/** 服务人员专业性: whether the staff knew their work. */
	PROFESSIONALISM("服务人员专业性", "服务人员的专业技能是否让您放心？"),
	/** 总体满意度: the answer as a whole. */
	OVERALL("总体满意度", "总的来说，您对这项服务满意吗？");

	private final String label;

	private final String prompt;

	SurveyQuestion(String label, String prompt) {
		this.label = label;
		this.prompt = prompt;
	}

	public String label() {
		return label;
	}

	/** The question as the page asks it. */
	public String prompt() {
		return prompt;
	}

}
