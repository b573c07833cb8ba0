package org.govbuy.delivery.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.delivery.application.Acceptances;
import org.govbuy.delivery.application.Deliveries;
import org.govbuy.delivery.application.Payments;
import org.govbuy.delivery.domain.AcceptancePolicy;
import org.govbuy.delivery.domain.LedgerKind;
import org.govbuy.delivery.domain.ParticipantRole;
import org.govbuy.platform.DemoAccounts;
import org.govbuy.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The delivery of the home-care contract the contract demo signed: five milestones, the
 * provider's ledger, two quarters accepted with a service recipient taking part, the
 * first paid through the treasury and the second sent to it; the satisfaction survey
 * report is overdue. Each step runs as the demo account that would take it.
 */
@Component
@Profile("demo")
@Order(61)
class DeliveryDemoData implements ApplicationRunner {

	static final String CONTRACT_TITLE = "2026年社区居家养老上门服务合同";

	private static final Logger log = LoggerFactory.getLogger(DeliveryDemoData.class);

	private final Payments payments;

	private final Deliveries deliveries;

	private final Acceptances acceptances;

	private final DemoAccounts demo;

	private final JdbcClient jdbc;

	DeliveryDemoData(Payments payments, Deliveries deliveries, Acceptances acceptances, DemoAccounts demo,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.deliveries = deliveries;
		this.acceptances = acceptances;
		this.payments = payments;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<UUID> contract = jdbc.sql("""
				select contract_id from delivery.contract_account a where title = :title
				  and not exists (select 1 from delivery.milestone m where m.contract_id = a.contract_id)
				order by signed_on limit 1""").param("title", CONTRACT_TITLE).query(UUID.class).optional();
		if (contract.isEmpty()) {
			return;
		}
		UUID id = contract.get();
		Deliveries.Milestone q1 = milestone(id, "第一季度服务（4—6月）", LocalDate.of(2026, 6, 30));
		Deliveries.Milestone q2 = milestone(id, "第二季度服务（7—9月）", LocalDate.of(2026, 9, 30));
		milestone(id, "第三季度服务（10—12月）", LocalDate.of(2026, 12, 31));
		milestone(id, "第四季度服务（2027年1—3月）及年度总结", LocalDate.of(2027, 3, 31));
		demo.as("buyer.mzj", () -> deliveries.addMilestone(id, new Deliveries.NewMilestone("服务对象满意度中期调查报告",
				"随机抽取不少于10%的服务对象入户或电话回访，形成书面报告", LocalDate.of(2026, 11, 30), null)));
		entry(id, LedgerKind.WORK_PLAN, LocalDate.of(2026, 3, 28), "2026年度服务工作计划", "按街道划分12个服务片区，配备持证护理员86名，建立一人一档服务台账",
				null, false);
		entry(id, LedgerKind.APPROVAL, LocalDate.of(2026, 3, 31), "服务对象名单确认", "民政局确认首批服务对象1486人", null, false);
		entry(id, LedgerKind.PROGRESS, LocalDate.of(2026, 7, 3), "第一季度服务报告", "累计上门服务9.1万小时，服务对象1492人，满意度抽查94%", q1.id(),
				true);
		accept(id, q1, LocalDate.of(2026, 7, 10), "第一季度服务时长、人数、记录均符合合同约定，验收合格");
		entry(id, LedgerKind.MAJOR_ACTIVITY, LocalDate.of(2026, 9, 28), "重阳节助老志愿服务活动", "联合12个社区开展义诊、理发、助浴活动，服务老人620人次",
				null, false);
		entry(id, LedgerKind.PROGRESS, LocalDate.of(2026, 10, 8), "第二季度服务报告", "累计上门服务9.3万小时，服务对象1503人，新增失能老人17人",
				q2.id(), true);
		accept(id, q2, LocalDate.of(2026, 10, 15), "第二季度服务符合合同约定，验收合格；建议加强夜间应急响应");
		pay(id, q1, "第一季度服务费（验收合格）", "demo-q1", LocalDate.of(2026, 7, 13), LocalDate.of(2026, 8, 5));
		pay(id, q2, "第二季度服务费（验收合格）", "demo-q2", LocalDate.of(2026, 10, 19), null);
		deliveries.flagOverdue();
		log.info("履约演示数据已就绪：居家养老上门服务合同履行中，两个季度验收合格，第一季度已付、第二季度已送国库，满意度调查报告逾期");
	}

	private Deliveries.Milestone milestone(UUID contract, String title, LocalDate due) {
		return demo.as("buyer.mzj", () -> deliveries.addMilestone(contract, new Deliveries.NewMilestone(title,
				"服务时长、人数达到合同约定的季度数量；服务记录完整；抽查满意度不低于90%", due, Money.ofYuan(440_000))));
	}

	private void entry(UUID contract, LedgerKind kind, LocalDate on, String title, String content, UUID milestone,
			boolean submit) {
		demo.as("provider.demo", () -> deliveries.record(contract,
				new Deliveries.NewEntry(kind, on, title, content, milestone, submit), List.of()));
	}

	private void accept(UUID contract, Deliveries.Milestone milestone, LocalDate on, String findings) {
		demo.as("buyer.mzj", () -> acceptances.record(contract,
				new Acceptances.NewAcceptance(milestone.id(), on, Acceptances.Result.PASSED, findings,
						List.of(new AcceptancePolicy.StandardCheck("服务时长、人数达到季度数量", "达到"),
								new AcceptancePolicy.StandardCheck("服务记录完整", "抽查120份记录完整"),
								new AcceptancePolicy.StandardCheck("满意度不低于90%", "抽查满意度94%")),
						true,
						List.of(new AcceptancePolicy.Participant("张伟", ParticipantRole.PURCHASER, "同意验收"),
								new AcceptancePolicy.Participant("刘长海", ParticipantRole.RECIPIENT, "护理员每周按时上门，服务细致")),
						null, null)));
	}

	/**
	 * A quarter's payment, requested a few days after its acceptance, approved the next
	 * day and, when paid, paid on {@code paidOn}: the platform's own commands make it and
	 * the story's dates replace the day the demo data happened to be loaded.
	 */
	private void pay(UUID contract, Deliveries.Milestone milestone, String purpose, String key, LocalDate requestedOn,
			LocalDate paidOn) {
		Payments.Payment payment = demo.as("provider.demo", () -> payments.request(new Payments.Request(contract,
				Money.ofYuan(440_000), purpose, Payments.Basis.ACCEPTANCE, milestone.id()), key));
		demo.as("buyer.mzj", () -> payments.approve(payment.id()));
		if (paidOn != null) {
			demo.as("finance.zibo", () -> payments.treasury(payment.id(), true, "国库集中支付已到账"));
		}
		jdbc.sql("update delivery.payment set requested_at = :requested, approved_at = :approved where id = :id")
			.param("requested", at(requestedOn, 9))
			.param("approved", at(requestedOn.plusDays(1), 10))
			.param("id", payment.id())
			.update();
		if (paidOn != null) {
			jdbc.sql("update delivery.payment set paid_at = :paid where id = :id")
				.param("paid", at(paidOn, 15))
				.param("id", payment.id())
				.update();
		}
	}

	private static OffsetDateTime at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
	}

}
