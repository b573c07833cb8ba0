package org.govbuy.notification;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.govbuy.budget.PlanLineApproved;
import org.govbuy.catalog.CatalogVersionPublished;
import org.govbuy.delivery.AcceptanceRecorded;
import org.govbuy.contract.ContractSigned;
import org.govbuy.contract.ContractTerminated;
import org.govbuy.delivery.PaymentPaid;
import org.govbuy.platform.Regions;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns other modules' events into messages for the users they concern. Each listener
 * reads only the event (and who belongs to which organization), never calls back into the
 * module that published it, and may run twice for one event (the publication registry
 * re-sends what did not complete): the inbox keeps one message per kind, subject and
 * recipient.
 */
@Component
class EventNotifications {

	private final Inbox inbox;

	private final Recipients recipients;

	private final Regions regions;

	EventNotifications(Inbox inbox, Recipients recipients, Regions regions) {
		this.inbox = inbox;
		this.recipients = recipients;
		this.regions = regions;
	}

	/** The purchasing unit's and the provider's users. */
	@ApplicationModuleListener
	void on(ContractSigned event) {
		Set<String> to = new TreeSet<>(recipients.ofOrganization(event.unitId()));
		to.addAll(recipients.ofProvider(event.providerId()));
		inbox.deliver(new Notice(NotificationKind.CONTRACT_SIGNED, event.contractId(), "合同已签订：" + event.number(),
				"合同 %s 已于 %s 签订，合同金额 %s，履行期限 %s 至 %s。".formatted(event.number(), event.signedOn(),
						event.amount().format(), event.startsOn(), event.endsOn()),
				"/contracts/" + event.contractId()), to);
	}

	/** The provider's users. */
	@ApplicationModuleListener
	void on(ContractTerminated event) {
		inbox.deliver(
				new Notice(NotificationKind.CONTRACT_TERMINATED, event.contractId(), "合同已终止",
						"合同已于 %s 终止，原因：%s。尚未支付的 %s 已退回预算项目。".formatted(event.terminatedOn(), event.reason(),
								event.released().format()),
						"/contracts/" + event.contractId()),
				recipients.ofProvider(event.providerId()));
	}

	/** The provider's users. */
	@ApplicationModuleListener
	void on(PaymentPaid event) {
		String due = event.dueOn() == null ? "" : "（约定付款日期 %s）".formatted(event.dueOn());
		inbox.deliver(new Notice(NotificationKind.PAYMENT_PAID, event.paymentId(), "款项已支付：" + event.amount().format(),
				"国库已于 %s 向贵单位支付合同款 %s%s。".formatted(event.paidOn(), event.amount().format(), due),
				"/contracts/" + event.contractId()), recipients.ofProvider(event.providerId()));
	}

	/**
	 * The provider's users. One milestone may be accepted again after a rectification, so
	 * the subject is the acceptance itself (contract, milestone, day and result).
	 */
	@ApplicationModuleListener
	void on(AcceptanceRecorded event) {
		String what = event.milestoneId() == null ? "合同最终验收" : "履约节点验收";
		String result = event.passed() ? "通过" : "未通过，请按要求整改";
		UUID acceptance = derived(event.contractId(), event.milestoneId(), event.acceptedOn(), event.passed());
		inbox.deliver(new Notice(NotificationKind.ACCEPTANCE_RECORDED, acceptance, event.passed() ? "验收通过" : "验收未通过",
				"%s已于 %s 完成，结果：%s。".formatted(what, event.acceptedOn(), result),
				"/contracts/" + event.contractId() + "/delivery"), recipients.ofProvider(event.providerId()));
	}

	/**
	 * The purchasing unit's users. A line approved again after a mid-year adjustment with
	 * another amount is news again.
	 */
	@ApplicationModuleListener
	void on(PlanLineApproved event) {
		UUID approval = derived(event.lineId(), event.amount().amount().toPlainString());
		inbox.deliver(
				new Notice(NotificationKind.PLAN_LINE_APPROVED, approval, "预算项目已批复：" + event.projectName(),
						"%s 年度购买服务项目“%s”（目录品目 %s）已经财政部门批复，批复金额 %s。".formatted(event.fiscalYear(), event.projectName(),
								event.catalogCode(), event.amount().format()),
						"/budget/plans/" + event.planId()),
				recipients.ofOrganization(event.unitId()));
	}

	/** The finance users of the catalog's region and of the regions below it. */
	@ApplicationModuleListener
	void on(CatalogVersionPublished event) {
		String late = event.late() ? "（逾期发布，说明：%s）".formatted(event.lateReason()) : "";
		String where = event.region().isNational() ? "全国" : regions.fullName(event.region());
		String catalog = "%s %s 年度指导性目录第 %d 版".formatted(where, event.fiscalYear(), event.number());
		inbox.deliver(new Notice(NotificationKind.CATALOG_VERSION_PUBLISHED, event.versionId(), "指导性目录已发布",
				"%s已发布，自 %s 起施行%s。".formatted(catalog, event.effectiveFrom(), late),
				"/admin/catalog/versions/" + event.versionId()), recipients.financeWithin(event.region()));
	}

	private static UUID derived(Object... parts) {
		StringBuilder key = new StringBuilder();
		for (Object part : parts) {
			key.append(part).append('/');
		}
		return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
	}

}
