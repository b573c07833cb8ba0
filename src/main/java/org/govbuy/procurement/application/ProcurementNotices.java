package org.govbuy.procurement.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.govbuy.procurement.domain.NoticeContentPolicy;
import org.govbuy.shared.Money;

/** The texts of the notices a procurement publishes, as the portal shows them. */
final class ProcurementNotices {

	private ProcurementNotices() {
	}

	static String procurement(ProjectView project, LocalDate issued, LocalDateTime deadline) {
		return """
				一、采购人：%s
				二、项目名称：%s
				三、采购方式：%s%s%s
				四、采购需求：%s
				五、服务标准：%s
				六、预算金额：%s（%s）%s
				七、供应商资格条件：%s
				八、获取采购文件：%s 起，不少于5个工作日
				九、响应截止时间：%s
				十、须在政府购买服务平台登记并经资格审核合格，未被列入失信名单或禁止参加政府采购活动。""".formatted(project.unitName(), project.name(),
				project.methodLabel(), project.tradingCenter() ? "（进入公共资源交易中心交易）" : "",
				ProjectAccess.blank(project.rationale()) ? "" : "；采用该方式的理由：" + project.rationale(), project.demand(),
				project.serviceStandard() == null ? "详见采购文件" : project.serviceStandard(), project.budget().format(),
				project.budget().toChineseUppercase(),
				project.maxPrice() == null ? "" : "；最高限价 " + project.maxPrice().format(),
				ProjectAccess.blank(project.conditions()) ? "符合《政府采购法》第二十二条规定的条件"
						: project.conditions().replace("\n", "；"),
				issued, deadline.toString().replace('T', ' '));
	}

	static String singleSource(ProjectView project, SingleSource details, LocalDate from, LocalDate to) {
		StringBuilder opinions = new StringBuilder();
		for (NoticeContentPolicy.ExpertOpinion opinion : details.opinions()) {
			opinions.append("\n    ")
				.append(opinion.name())
				.append("（")
				.append(opinion.employer())
				.append("，")
				.append(opinion.title())
				.append("）：")
				.append(opinion.opinion());
		}
		return """
				一、采购人：%s
				二、项目名称：%s
				三、拟采购的服务：%s
				四、采用单一来源采购方式的原因：%s
				五、拟定的唯一供应商：%s（地址：%s）
				六、专业人员论证意见：%s
				七、公示期限：%s 至 %s（不少于5个工作日）。对公示内容有异议的，请在公示期内以书面形式向采购人和财政部门反映。""".formatted(project.unitName(),
				project.name(), project.demand(), details.reason().strip(), details.supplier().strip(),
				details.supplierAddress().strip(), opinions, from, to);
	}

	static String result(ProjectView project, String winner, Money price, String panel) {
		return """
				一、采购人：%s
				二、项目名称：%s
				三、采购方式：%s
				四、成交供应商：%s
				五、成交金额：%s（%s）
				六、服务内容：%s
				七、评审专家：%s
				八、公告期限：自本公告发布之日起1个工作日。
				九、对成交结果有异议的，参加本项目的供应商可在公告期限届满之日起7个工作日内以书面形式提出质疑。""".formatted(project.unitName(), project.name(),
				project.methodLabel(), winner, price.format(), price.toChineseUppercase(), project.demand(), panel);
	}

	static String changedResult(ProjectView project, String winner, Money price, String panel) {
		return """
				一、采购人：%s
				二、项目名称：%s
				三、变更原因：质疑成立，原成交结果无效（《政府采购法实施条例》第七十一条）
				四、成交供应商：%s
				五、成交金额：%s（%s）
				六、评审专家：%s""".formatted(project.unitName(), project.name(), winner, price.format(),
				price.toChineseUppercase(), panel);
	}

	static String admitted(ProjectView project, List<String> names, LocalDate start, LocalDate end) {
		return """
				一、采购人：%s
				二、项目名称：%s
				三、采购方式：框架协议采购
				四、入围供应商：%s
				五、框架协议期限：%s 至 %s
				六、服务对象在入围供应商中自主选择，采购人按订单支付。""".formatted(project.unitName(), project.name(), String.join("、", names),
				start, end);
	}

}
