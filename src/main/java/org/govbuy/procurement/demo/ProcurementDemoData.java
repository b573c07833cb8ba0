package org.govbuy.procurement.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.govbuy.budget.BudgetLines;
import org.govbuy.budget.FundsLedger;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.DemoAccounts;
import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.application.Bidding;
import org.govbuy.procurement.domain.NoticeKind;
import org.govbuy.procurement.domain.ProjectStatus;
import org.govbuy.procurement.domain.PriceScoring;
import org.govbuy.provider.ProviderDirectory;
import org.govbuy.provider.ProviderDirectory.ProviderIdentity;
import org.govbuy.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The procurements of 淄博市民政局's 2026 lines, at three stages: the home-care public tender
 * awarded in March (its contract is under way), the welfare-home consultation awarded
 * last week (its contract waits to be drafted), and 博山区卫生健康局's family-doctor tender open
 * for bids now. The awarded ones are history — recorded as the finished procedure left
 * them, with their notices — and reserve their money on the funds ledger like a live
 * procurement does.
 */
@Component
@Profile("demo")
@Order(50)
class ProcurementDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProcurementDemoData.class);

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** The demo projects' price weight (the price_weight inserted with each project). */
	static final BigDecimal PRICE_WEIGHT = new BigDecimal("0.30");

	static final List<String> PANEL = List.of("expert.demo", "expert.li", "expert.sun");

	private final JdbcClient jdbc;

	private final BudgetLines lines;

	private final FundsLedger ledger;

	private final ProviderDirectory providers;

	private final DemoAccounts demo;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Bidding bidding;

	ProcurementDemoData(JdbcClient jdbc, BudgetLines lines, FundsLedger ledger, ProviderDirectory providers,
			DemoAccounts demo, TransactionTemplate transactions, Clock clock, Bidding bidding) {
		this.bidding = bidding;
		this.jdbc = jdbc;
		this.lines = lines;
		this.ledger = ledger;
		this.providers = providers;
		this.demo = demo;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<BudgetLines.ApprovedLine> civilAffairs = demo.as("buyer.mzj",
				() -> lines.approvedOf(CurrentUser.require().organizationId()));
		ProviderIdentity yikang = provider("provider.demo");
		ProviderIdentity leling = provider("provider.lele");
		ProviderIdentity huimin = provider("provider.huimin");
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		line(civilAffairs, "2026年社区居家养老上门服务").ifPresent(line -> transactions
			.executeWithoutResult(status -> awarded(line, "2026年社区居家养老上门服务项目", ProcurementMethod.OPEN_TENDER,
					Money.ofYuan(1_800_000), LocalDate.of(2026, 2, 9), LocalDateTime.of(2026, 3, 5, 9, 30),
					LocalDate.of(2026, 3, 10), List.of(new Bid(yikang, "1760000", "64.50", 1),
							new Bid(leling, "1790000", "58.20", 2), new Bid(huimin, "1798000", "53.40", 3)))));
		LocalDate awarded = today.minusDays(5);
		line(civilAffairs, "市社会福利院护理服务社会化运营")
			.ifPresent(line -> transactions.executeWithoutResult(status -> awarded(line, "市社会福利院护理服务社会化运营项目",
					ProcurementMethod.COMPETITIVE_CONSULTATION, Money.ofYuan(950_000), awarded.minusDays(25),
					awarded.minusDays(10).atTime(9, 30), awarded, List.of(new Bid(leling, "930000", "62.10", 1),
							new Bid(yikang, "946000", "60.70", 2), new Bid(huimin, "948500", "56.00", 3)))));
		List<BudgetLines.ApprovedLine> boshanHealth = demo.as("buyer.boshan",
				() -> lines.approvedOf(CurrentUser.require().organizationId()));
		line(boshanHealth, "家庭医生签约服务（2026—2027年）")
			.ifPresent(line -> transactions.executeWithoutResult(status -> announced(line, "博山区家庭医生签约服务项目",
					Money.ofYuan(3_000_000), today.minusDays(5), today.plusDays(20).atTime(9, 30))));
		log.info("采购演示数据已就绪：淄博市民政局的居家养老（已成交、履约中）、福利院护理（已成交、待签合同），博山区家庭医生签约（公告中，接受投标）");
	}

	/**
	 * The panel's technical score (out of 70) and the rank the platform's report gives.
	 */
	record Bid(ProviderIdentity provider, String price, String technical, int rank) {
	}

	private void awarded(BudgetLines.ApprovedLine line, String name, ProcurementMethod method, Money budget,
			LocalDate issued, LocalDateTime deadline, LocalDate awardedOn, List<Bid> bids) {
		if (exists(line)) {
			return;
		}
		UUID project = UUID.randomUUID();
		insertProject(project, line, name, method, budget, issued, deadline, ProjectStatus.AWARDED);
		UUID winner = null;
		// Scored as the platform scores (低价优先法, 87令 §55): the lowest valid price earns
		// the
		// full price points; each panel member's technical score is recorded, so the
		// panel
		// shows what it scored.
		Money lowest = bids.stream().map(bid -> Money.of(bid.price())).min(Money::compareTo).orElseThrow();
		BigDecimal pricePoints = new BigDecimal("100").multiply(PRICE_WEIGHT);
		for (Bid bid : bids) {
			BigDecimal technical = new BigDecimal(bid.technical());
			BigDecimal priceScore = new PriceScoring().score(Money.of(bid.price()), lowest, pricePoints);
			UUID id = UUID.randomUUID();
			winner = bid.rank() == 1 ? id : winner;
			jdbc.sql(
					"""
							insert into procurement.bid (id, project_id, provider_id, provider_name, credit_code, social_org, sealed,
							  submitted_at, price, technical_score, price_score, total_score, rank, compliant)
							values (:id, :project, :provider, :name, :code, :social, :sealed, :submitted, :price, :technical,
							  :priceScore, :total, :rank, true)""")
				.param("id", id)
				.param("project", project)
				.param("provider", bid.provider().id())
				.param("name", bid.provider().name())
				.param("code", bid.provider().creditCode())
				.param("social", bid.provider().socialOrganization())
				// sealed the way a submission is, so the panel and the purchaser can open
				// it
				.param("sealed", bidding.sealBid(project, id, Money.of(bid.price()), proposal(bid, name)))
				.param("submitted", at(deadline.toLocalDate().minusDays(1), 15))
				.param("price", new BigDecimal(bid.price()))
				.param("technical", technical)
				.param("priceScore", priceScore)
				.param("total", technical.add(priceScore))
				.param("rank", bid.rank())
				.update();
			for (String expert : PANEL) {
				jdbc.sql("""
						insert into procurement.score (bid_id, username, technical, scored_at)
						values (:bid, :username, :technical, :at)""")
					.param("bid", id)
					.param("username", expert)
					.param("technical", technical)
					.param("at", at(deadline.toLocalDate(), 14))
					.update();
			}
		}
		jdbc.sql("""
				update procurement.project set evaluated_at = :evaluated, winner_bid_id = :winner, awarded_at = :awarded
				where id = :id""")
			.param("evaluated", at(deadline.toLocalDate(), 16))
			.param("winner", winner)
			.param("awarded", at(awardedOn, 10))
			.param("id", project)
			.update();
		for (String expert : PANEL) {
			jdbc.sql("""
					insert into procurement.panel_member (project_id, username, display_name, expert, declared_at)
					values (:project, :username, :username, true, :declared)""")
				.param("project", project)
				.param("username", expert)
				.param("declared", at(deadline.toLocalDate(), 9))
				.update();
		}
		notice(project, NoticeKind.PROCUREMENT, name + "采购公告",
				"采购人：" + line.unitName() + "\n采购需求：" + line.serviceContent() + "\n预算金额：" + budget.format()
						+ "元\n响应截止时间：" + deadline.toString().replace('T', ' '),
				at(issued, 9));
		Bid first = bids.get(0);
		notice(project, NoticeKind.RESULT, name + "成交结果公告", "成交供应商：" + first.provider().name() + "\n成交金额："
				+ Money.of(first.price()).format() + "元\n评审专家：expert.demo、expert.li、expert.sun", at(awardedOn, 10));
		reserve(line, budget, name, project);
	}

	private static String proposal(Bid bid, String project) {
		return "《" + project + "》响应方案（" + bid.provider().name() + "）\n一、服务方案：按采购需求组建专职服务团队，24小时响应服务对象需求；\n"
				+ "二、人员配备：项目负责人1名，持证服务人员按服务对象数量配备；\n三、质量保障：建立服务台账和回访制度，每月报送服务情况。";
	}

	private void announced(BudgetLines.ApprovedLine line, String name, Money budget, LocalDate issued,
			LocalDateTime deadline) {
		if (exists(line)) {
			return;
		}
		UUID project = UUID.randomUUID();
		insertProject(project, line, name, ProcurementMethod.OPEN_TENDER, budget, issued, deadline,
				ProjectStatus.ANNOUNCED);
		notice(project, NoticeKind.PROCUREMENT, name + "公开招标公告",
				"采购人：" + line.unitName() + "\n采购需求：" + line.serviceContent() + "\n预算金额：" + budget.format()
						+ "元\n响应截止时间：" + deadline.toString().replace('T', ' '),
				at(issued, 9));
		reserve(line, budget, name, project);
	}

	private void insertProject(UUID id, BudgetLines.ApprovedLine line, String name, ProcurementMethod method,
			Money budget, LocalDate issued, LocalDateTime deadline, ProjectStatus status) {
		jdbc.sql(
				"""
						insert into procurement.project (id, plan_line_id, unit_id, unit_name, region_code, name, demand,
						  service_standard, method, budget, price_weight, status, documents_issued, response_deadline,
						  announced_at, public_service, created_by, created_at, catalog_code)
						values (:id, :line, :unit, :unitName, :region, :name, :demand, :standard, :method, :budget, 0.30, :status,
						  :issued, :deadline, :announced, true, :by, :created, :catalog)""")
			.param("id", id)
			.param("line", line.lineId())
			.param("unit", line.unitId())
			.param("unitName", line.unitName())
			.param("region", line.region().value())
			.param("name", name)
			.param("demand", line.serviceContent())
			.param("standard", line.serviceStandard())
			.param("method", method.name())
			.param("budget", budget.amount())
			.param("status", status.name())
			.param("catalog", line.catalogCode())
			.param("issued", issued)
			.param("deadline", deadline.atZone(CHINA).toOffsetDateTime())
			.param("announced", at(issued, 9))
			.param("by", line.unitName().contains("博山") ? "buyer.boshan" : "buyer.mzj")
			.param("created", at(issued.minusDays(2), 10))
			.update();
	}

	private void reserve(BudgetLines.ApprovedLine line, Money budget, String name, UUID project) {
		demo.as(line.unitName().contains("博山") ? "buyer.boshan" : "buyer.mzj",
				() -> ledger.reserve(line.lineId(), budget, "采购项目：" + name, "procurement-" + project));
	}

	private void notice(UUID project, NoticeKind kind, String title, String body, OffsetDateTime at) {
		jdbc.sql("""
				insert into procurement.notice (id, project_id, kind, title, body, published_at)
				values (:id, :project, :kind, :title, :body, :at)""")
			.param("id", UUID.randomUUID())
			.param("project", project)
			.param("kind", kind.name())
			.param("title", title)
			.param("body", body)
			.param("at", at)
			.update();
	}

	private boolean exists(BudgetLines.ApprovedLine line) {
		return jdbc.sql("select count(*) from procurement.project where plan_line_id = :line")
			.param("line", line.lineId())
			.query(Long.class)
			.single() > 0;
	}

	private ProviderIdentity provider(String username) {
		return demo.as(username, () -> providers.ofOrganization(CurrentUser.require().organizationId()))
			.orElseThrow(() -> new IllegalStateException("演示承接主体 " + username + " 不存在"));
	}

	private static java.util.Optional<BudgetLines.ApprovedLine> line(List<BudgetLines.ApprovedLine> lines,
			String projectName) {
		return lines.stream().filter(line -> line.projectName().equals(projectName)).findFirst();
	}

	private static OffsetDateTime at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(CHINA).toOffsetDateTime();
	}

}
