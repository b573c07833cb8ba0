package org.govbuy.procurement.application;

import java.util.Map;

import org.govbuy.budget.FundsLedger;
import org.govbuy.platform.AuditTrail;
import org.govbuy.procurement.domain.NoticeKind;
import org.govbuy.shared.Money;

import org.springframework.stereotype.Component;

/**
 * Ends a procurement without an award (废标/终止): the reservation goes back to the budget
 * line, the termination notice is published, {@code ProcurementFailed} is heard.
 */
@Component
class Terminations {

	private final ProjectRepository projects;

	private final ProjectAccess access;

	private final FundsLedger ledger;

	private final AuditTrail audit;

	Terminations(ProjectRepository projects, ProjectAccess access, FundsLedger ledger, AuditTrail audit) {
		this.projects = projects;
		this.access = access;
		this.ledger = ledger;
		this.audit = audit;
	}

	/** The purchaser ends a project not yet awarded. */
	void terminate(Project project, String reason) {
		String before = project.status().name();
		project.terminate(reason, release(project), access.today());
		finish(project, before, reason);
	}

	/**
	 * The procurement fails: too few compliant suppliers, or an upheld challenge before
	 * the award.
	 */
	void fail(Project project, String reason) {
		String before = project.status().name();
		project.fail(reason, release(project), access.today());
		finish(project, before, reason);
	}

	/** An upheld challenge voided the award and no candidate is left: it restarts. */
	void restart(Project project, String reason) {
		String before = project.status().name();
		project.restart(reason, release(project), access.today());
		finish(project, before, reason);
	}

	private Money release(Project project) {
		Project.Terms terms = project.terms();
		FundsLedger.Balance balance = ledger.balance(terms.planLineId());
		Money release = balance.reserved().isLessThan(terms.budget()) ? balance.reserved() : terms.budget();
		if (release.isPositive()) {
			ledger.release(terms.planLineId(), release, "废标（终止）：" + terms.name(),
					"procurement-release-" + project.id());
			return release;
		}
		return Money.ZERO;
	}

	private void finish(Project project, String before, String reason) {
		projects.save(project);
		Project.Terms terms = project.terms();
		access.publish(project.id(), NoticeKind.TERMINATION, terms.unitName() + " " + terms.name() + " 终止公告",
				"采购人：%s\n项目名称：%s\n终止原因：%s".formatted(terms.unitName(), terms.name(), reason));
		audit.record("procurement.fail", "Project", project.id(), Map.of("status", before),
				Map.of("status", project.status().name(), "reason", reason));
	}

}
