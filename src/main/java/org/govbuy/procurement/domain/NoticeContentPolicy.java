package org.govbuy.procurement.domain;

import java.util.ArrayList;
import java.util.List;

import org.govbuy.procurement.ProcurementRule;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;

/** What the result notice (条例43) and the single-source notice (74令 §38) must contain. */
public final class NoticeContentPolicy {

	/** The fields of a result notice. */
	public record ResultNotice(String purchaser, String purchaserAddress, String purchaserContact, String projectName,
			String projectNumber, String winner, String winnerAddress, Money amount, String mainServices,
			List<String> experts) {
	}

	/** The fields of a single-source notice. */
	public record SingleSourceNotice(String purchaser, String projectName, String services, String reason,
			String supplier, String supplierAddress, List<ExpertOpinion> opinions) {
	}

	/** An expert's opinion on why the supplier is the only one. */
	public record ExpertOpinion(String name, String employer, String title, String opinion) {
	}

	public List<RuleViolation> check(ResultNotice notice) {
		List<String> missing = new ArrayList<>();
		require(notice.purchaser(), "采购人名称", missing);
		require(notice.purchaserAddress(), "采购人地址", missing);
		require(notice.purchaserContact(), "联系方式", missing);
		require(notice.projectName(), "项目名称", missing);
		require(notice.projectNumber(), "项目编号", missing);
		require(notice.winner(), "中标（成交）供应商名称", missing);
		require(notice.winnerAddress(), "供应商地址", missing);
		if (notice.amount() == null || !notice.amount().isPositive()) {
			missing.add("中标（成交）金额");
		}
		require(notice.mainServices(), "主要标的名称和服务要求", missing);
		if (notice.experts() == null || notice.experts().isEmpty()) {
			missing.add("评审专家名单");
		}
		return missing.isEmpty() ? List.of()
				: List.of(ProcurementRule.RESULT_NOTICE_CONTENT.violation("缺少：" + String.join("、", missing)));
	}

	public List<RuleViolation> check(SingleSourceNotice notice) {
		List<String> missing = new ArrayList<>();
		require(notice.purchaser(), "采购人", missing);
		require(notice.projectName(), "项目名称", missing);
		require(notice.services(), "拟采购的服务说明", missing);
		require(notice.reason(), "采用单一来源方式的原因", missing);
		require(notice.supplier(), "拟定的唯一供应商名称", missing);
		require(notice.supplierAddress(), "供应商地址", missing);
		boolean opinions = notice.opinions() != null && !notice.opinions().isEmpty()
				&& notice.opinions()
					.stream()
					.allMatch(opinion -> present(opinion.name()) && present(opinion.employer())
							&& present(opinion.title()) && present(opinion.opinion()));
		if (!opinions) {
			missing.add("专业人员论证意见及其姓名、工作单位和职称");
		}
		return missing.isEmpty() ? List.of()
				: List.of(ProcurementRule.SINGLE_SOURCE_NOTICE_CONTENT.violation("缺少：" + String.join("、", missing)));
	}

	private static void require(String value, String field, List<String> missing) {
		if (!present(value)) {
			missing.add(field);
		}
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
