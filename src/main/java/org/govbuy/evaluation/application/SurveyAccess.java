package org.govbuy.evaluation.application;

import java.util.UUID;

import org.govbuy.contract.ContractParties;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Role;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see an evaluation's survey and who may hand out its tokens, read from the
 * evaluation's unit, region and provider as the contract module says
 * ({@link ContractParties}): the purchasing unit and the provider issue tokens; they, the
 * assigned third-party evaluator and finance, supervision and administrators within their
 * data scope see the counts. Outside that the evaluation does not exist (404).
 */
@Component
class SurveyAccess {

	private final JdbcClient jdbc;

	private final ContractParties contracts;

	SurveyAccess(JdbcClient jdbc, ContractParties contracts) {
		this.jdbc = jdbc;
		this.contracts = contracts;
	}

	/** The evaluation as its survey sees it, if the current user may see it. */
	Surveys.Evaluation readable(UUID evaluationId) {
		Surveys.Evaluation evaluation = find(evaluationId);
		CurrentUser user = CurrentUser.require();
		if (!readableBy(evaluation, user)) {
			throw new NotFoundException("绩效评价不存在");
		}
		return evaluation;
	}

	/** The evaluation, for its purchaser or its provider, who hand out tokens. */
	Surveys.Evaluation forIssuer(UUID evaluationId) {
		Surveys.Evaluation evaluation = find(evaluationId);
		if (!canIssue(evaluation, CurrentUser.require())) {
			throw new AccessDeniedException("只有本项目的购买主体或承接主体可以发放满意度调查凭证");
		}
		return evaluation;
	}

	boolean canIssue(Surveys.Evaluation evaluation, CurrentUser user) {
		return contracts.isPurchaser(evaluation.unitId(), user) || contracts.isProvider(evaluation.providerId(), user);
	}

	private boolean readableBy(Surveys.Evaluation evaluation, CurrentUser user) {
		return contracts.readableBy(evaluation.unitId(), evaluation.region(), evaluation.providerId(), user)
				|| isAssignedEvaluator(evaluation.id(), user);
	}

	/** The third-party evaluator assigned to this evaluation (财综〔2018〕42号). */
	private boolean isAssignedEvaluator(UUID evaluationId, CurrentUser user) {
		if (!user.hasRole(Role.EVALUATOR) || user.organizationId() == null) {
			return false;
		}
		return jdbc.sql("""
				select count(*) from evaluation.party
				 where evaluation_id = :id and party = :party and organization_id = :org""")
			.param("id", evaluationId)
			.param("party", "THIRD_PARTY")
			.param("org", user.organizationId())
			.query(Integer.class)
			.single() > 0;
	}

	private Surveys.Evaluation find(UUID evaluationId) {
		return jdbc.sql("""
				select id, title, contract_number, unit_id, unit_name, region_code, provider_id, provider_name,
				       status = :open as open
				  from evaluation.evaluation where id = :id""")
			.param("id", evaluationId)
			.param("open", Surveys.OPEN_STATUS)
			.query((rs, n) -> new Surveys.Evaluation(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getString("contract_number"), rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
					RegionCode.of(rs.getString("region_code").strip()), rs.getObject("provider_id", UUID.class),
					rs.getString("provider_name"), rs.getBoolean("open")))
			.optional()
			.orElseThrow(() -> new NotFoundException("绩效评价不存在"));
	}

}
