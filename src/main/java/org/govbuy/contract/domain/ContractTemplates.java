package org.govbuy.contract.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govbuy.contract.domain.MandatoryClauses.Clause;

/**
 * Model contracts per service type (seed 004: 合同范本), their clauses written with
 * placeholders ({@code {{甲方}}}, {@code {{乙方}}}, {@code {{项目名称}}}, {@code {{服务内容}}},
 * {@code {{服务标准}}}, {@code {{合同金额}}}, {@code {{服务期限}}}, {@code {{付款期限}}}) that drafting
 * fills from the award and the budget line. The purchaser edits the filled text; the
 * mandatory clauses are checked afterwards.
 */
public final class ContractTemplates {

	/** A service type with its model contract. */
	public enum Template {

		/** 养老服务 (居家、社区或机构: the service named in the budget line decides). */
		ELDERLY_CARE("养老服务合同范本", "乙方按照本合同约定向甲方提供以下养老服务：{{服务内容}}。具体服务项目和服务对象以合同附件《服务清单》为准。",
				"按服务对象名单逐人建档，全年服务人次不少于合同附件《服务清单》所列数量。", "服务质量标准：{{服务标准}}。服务对象满意度不低于90%；发生安全事故的，乙方须在2小时内报告甲方。",
				"按季度进度支付：每季度服务经甲方验收合格后{{付款期限}}日内支付当季费用，年度终期验收合格后结清余款。",
				"甲方负责提供服务对象名单并监督服务；乙方须配备持证养老护理员，建立服务台账，不得转包；保护服务对象个人信息。",
				"乙方未达服务标准的，甲方可要求限期整改并按未达标服务量扣减费用；整改不合格的，甲方可解除合同。"),

		/** 就业服务. */
		EMPLOYMENT("就业服务合同范本", "乙方按照本合同约定向甲方提供以下就业服务：{{服务内容}}。服务包括职业指导、岗位推介、技能培训和就业跟踪。",
				"服务人数、培训班次与推荐就业人数以合同附件《服务清单》为准。", "服务质量标准：{{服务标准}}。培训合格率不低于85%；推荐就业人员须有劳动合同或社保缴费记录佐证。",
				"按服务成果支付：培训结业并经甲方验收合格后{{付款期限}}日内支付培训费用，就业跟踪服务期满验收后支付余款。",
				"甲方负责审核服务对象资格；乙方须如实报送服务对象信息，不得虚报冒领，不得向服务对象收取任何费用。", "乙方虚报服务人数的，甲方不予支付相应费用并追回已付款项，记入信用记录。"),

		/** 教育服务. */
		EDUCATION("教育服务合同范本", "乙方按照本合同约定向甲方提供以下教育服务：{{服务内容}}。", "服务课时、班级和学生人数以合同附件《服务清单》为准。",
				"服务质量标准：{{服务标准}}。授课人员具备相应资格；学生及家长满意度不低于90%。", "按学期支付：每学期服务经甲方验收合格后{{付款期限}}日内支付当学期费用。",
				"甲方提供场地与学生名单；乙方负责人员管理和学生在校期间的安全，遵守教育主管部门的规定。", "乙方人员不具备资格或发生安全责任事故的，甲方可解除合同并要求赔偿损失。"),

		/** 卫生健康服务. */
		HEALTH("卫生健康服务合同范本", "乙方按照本合同约定向甲方提供以下卫生健康服务：{{服务内容}}。", "服务人次、随访次数与建档数量以合同附件《服务清单》为准。",
				"服务质量标准：{{服务标准}}。服务符合卫生健康部门技术规范，服务记录真实完整可追溯。", "按季度进度支付：每季度服务经甲方验收合格后{{付款期限}}日内支付当季费用。",
				"甲方负责业务指导和质量控制；乙方人员须具备执业资格，遵守医疗卫生法律法规，保护健康信息。", "乙方服务不符合技术规范的，甲方可要求整改并扣减费用；造成健康损害的，乙方承担赔偿责任。"),

		/** 通用. */
		GENERAL("通用服务合同范本", "乙方按照本合同约定向甲方提供以下服务：{{服务内容}}。", "服务数量以合同附件《服务清单》为准。", "服务质量标准：{{服务标准}}。",
				"经甲方验收合格后{{付款期限}}日内支付。", "甲方按约定支付价款并监督服务；乙方按约定提供服务，建立服务台账，不得转包。",
				"任何一方违约的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。");

		private final String title;

		private final Map<Clause, String> clauses = new EnumMap<>(Clause.class);

		Template(String title, String scope, String quantity, String quality, String payment, String rights,
				String liability) {
			this.title = title;
			clauses.put(Clause.SCOPE, scope);
			clauses.put(Clause.QUANTITY, quantity);
			clauses.put(Clause.QUALITY, quality);
			clauses.put(Clause.PAYMENT, payment);
			clauses.put(Clause.RIGHTS_AND_OBLIGATIONS, rights);
			clauses.put(Clause.LIABILITY, liability);
			clauses.put(Clause.DISPUTES, "因本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。");
		}

		public String title() {
			return title;
		}

	}

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^}]+)}}");

	/**
	 * The template's clauses with the placeholders filled; an unknown placeholder stays
	 * visible so the purchaser sees what is left to write.
	 */
	public Map<Clause, String> fill(Template template, Map<String, String> values) {
		Map<Clause, String> filled = new EnumMap<>(Clause.class);
		template.clauses.forEach((clause, text) -> filled.put(clause, fill(text, values)));
		return filled;
	}

	static String fill(String text, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			matcher.appendReplacement(out,
					Matcher.quoteReplacement(value == null || value.isBlank() ? matcher.group() : inner(value)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/**
	 * A value as it sits inside a sentence of the template: without the full stop or
	 * semicolon that ends it where it was written, so the template's own punctuation
	 * follows it once (no {@code 。，}, no clause fused with the next).
	 */
	static String inner(String value) {
		return TRAILING_PUNCTUATION.matcher(value.strip()).replaceAll("");
	}

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。；;，,、.\\s]+$");

	/** Suggests a template from what is bought (catalog name or project name). */
	public Template suggest(String what) {
		String text = what == null ? "" : what;
		if (text.contains("养老") || text.contains("老人") || text.contains("老年") || text.contains("助老")
				|| text.contains("福利院") || text.contains("失能")) {
			return Template.ELDERLY_CARE;
		}
		if (text.contains("就业") || text.contains("职业") || text.contains("技能培训")) {
			return Template.EMPLOYMENT;
		}
		if (text.contains("教育") || text.contains("课后") || text.contains("学生")) {
			return Template.EDUCATION;
		}
		if (text.contains("卫生") || text.contains("健康") || text.contains("医疗")) {
			return Template.HEALTH;
		}
		return Template.GENERAL;
	}

}
