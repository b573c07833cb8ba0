package org.govbuy.contract.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import org.govbuy.contract.application.ContractDrafting;
import org.govbuy.contract.application.ContractSigning;
import org.govbuy.contract.application.Contracts;
import org.govbuy.contract.domain.ContractMoneyPolicy.DepositForm;
import org.govbuy.contract.domain.ContractTemplates.Template;
import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.DemoAccounts;
import org.govbuy.procurement.ProcurementAwards;
import org.govbuy.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The home-care contract of 淄博市民政局 with 淄博市颐康居家养老服务中心, drafted from the 养老 model
 * contract, signed, published and filed on time in March (its delivery and payments are
 * the delivery module's demo data); the welfare-home award waits for its contract. Each
 * step runs as the demo account that would take it.
 */
@Component
@Profile("demo")
@Order(60)
class ContractDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ContractDemoData.class);

	private final Contracts contracts;

	private final ContractDrafting drafting;

	private final ContractSigning signing;

	private final ProcurementAwards awards;

	private final DemoAccounts demo;

	ContractDemoData(Contracts contracts, ContractDrafting drafting, ContractSigning signing, ProcurementAwards awards,
			DemoAccounts demo) {
		this.contracts = contracts;
		this.drafting = drafting;
		this.signing = signing;
		this.awards = awards;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<ProcurementAwards.Award> homeCare = demo.as("buyer.mzj",
				() -> awards.awardsOf(CurrentUser.require().organizationId())
					.stream()
					.filter(award -> award.projectName().equals("2026年社区居家养老上门服务项目"))
					.findFirst());
		if (homeCare.isEmpty() || demo.as("buyer.mzj",
				() -> contracts.list().stream().anyMatch(c -> c.projectId().equals(homeCare.get().projectId())))) {
			return;
		}
		Contracts.Contract contract = demo.as("buyer.mzj",
				() -> drafting.draft(new ContractDrafting.Draft(homeCare.get().projectId(), "2026年社区居家养老上门服务合同",
						Template.ELDERLY_CARE, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31),
						EnumSet.noneOf(org.govbuy.contract.domain.TermPolicy.MultiYearCondition.class),
						Map.of(Clause.QUANTITY, "服务对象1500人，每人每月上门服务不少于20小时，全年不少于36万小时", Clause.PAYMENT,
								"按季度支付：每季度服务经甲方验收合格后30日内支付当季服务费44万元"),
						true, true, 30, Money.ofYuan(50_000), DepositForm.BANK_GUARANTEE,
						EnumSet.noneOf(Clause.class))));
		demo.as("buyer.mzj", () -> signing.sign(contract.id(), LocalDate.of(2026, 3, 20)));
		demo.as("buyer.mzj", () -> signing.publish(contract.id(), LocalDate.of(2026, 3, 23)));
		demo.as("buyer.mzj", () -> signing.file(contract.id(), LocalDate.of(2026, 3, 26)));
		log.info("合同演示数据已就绪：居家养老上门服务合同已签订、公告并备案");
	}

}
