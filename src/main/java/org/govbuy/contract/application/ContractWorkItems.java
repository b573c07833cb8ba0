package org.govbuy.contract.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.govbuy.contract.ContractRule;
import org.govbuy.contract.domain.ContractDeadlines;
import org.govbuy.contract.domain.ContractStatus;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.LegalCalendar;
import org.govbuy.platform.Role;
import org.govbuy.platform.WorkItem;
import org.govbuy.platform.WorkItems;
import org.govbuy.procurement.ProcurementAwards;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contract's to-dos for the purchasing unit, on the dates of
 * {@link ContractDeadlines}: an award without a contract and a drafted contract to sign
 * within 30 days of the award (GPL-46), a signed contract to publish within 2 working
 * days (GPLR-50) and to file within 7 working days (GPL-47).
 */
@Component
class ContractWorkItems implements WorkItems {

	private final JdbcClient jdbc;

	private final ProcurementAwards awards;

	private final LegalCalendar calendar;

	ContractWorkItems(JdbcClient jdbc, ProcurementAwards awards, LegalCalendar calendar) {
		this.jdbc = jdbc;
		this.awards = awards;
		this.calendar = calendar;
	}

	@Override
	public List<WorkItem> itemsFor(CurrentUser user) {
		if (!user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD)) {
			return List.of();
		}
		ContractDeadlines deadlines = new ContractDeadlines(calendar.calendar());
		List<WorkItem> items = new ArrayList<>();
		Set<UUID> contracted = new HashSet<>(
				jdbc.sql("select project_id from contract.contract where unit_id = :unit and renewal_of is null")
					.param("unit", user.organizationId())
					.query(UUID.class)
					.list());
		for (ProcurementAwards.Award award : awards.awardsOf(user.organizationId())) {
			if (!contracted.contains(award.projectId()) && !award.challengePending()) {
				items.add(WorkItem.due("起草并签订合同", award.projectName() + "（" + award.providerName() + "）",
						deadlines.signBy(award.awardedOn()), ContractRule.SIGNING_DEADLINE,
						"/contracts/new?project=" + award.projectId()));
			}
		}
		jdbc.sql("""
				select id, number, title, status, awarded_on, signed_on, published_on, filed_on from contract.contract
				where unit_id = :unit and (status = :draft
				  or status = :signed and (published_on is null or filed_on is null))""")
			.param("unit", user.organizationId())
			.param("draft", ContractStatus.DRAFT.name())
			.param("signed", ContractStatus.SIGNED.name())
			.query((rs, n) -> {
				String href = "/contracts/" + rs.getObject("id", UUID.class);
				String about = rs.getString("title") + "（" + rs.getString("number") + "）";
				List<WorkItem> steps = new ArrayList<>();
				if (ContractStatus.valueOf(rs.getString("status")) == ContractStatus.DRAFT) {
					steps.add(WorkItem.due("签订合同", about, deadlines.signBy(rs.getObject("awarded_on", LocalDate.class)),
							ContractRule.SIGNING_DEADLINE, href));
					return steps;
				}
				LocalDate signed = rs.getObject("signed_on", LocalDate.class);
				if (rs.getObject("published_on") == null) {
					steps.add(WorkItem.due("公告合同", about, deadlines.publishBy(signed),
							ContractRule.PUBLICATION_DEADLINE, href));
				}
				if (rs.getObject("filed_on") == null) {
					steps
						.add(WorkItem.due("合同备案", about, deadlines.fileBy(signed), ContractRule.FILING_DEADLINE, href));
				}
				return steps;
			})
			.list()
			.forEach(items::addAll);
		return items;
	}

}
