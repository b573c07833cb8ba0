package org.govbuy.evaluation.application;

import java.util.Optional;
import java.util.UUID;

import org.govbuy.contract.ContractParties;
import org.govbuy.evaluation.domain.Evaluation;
import org.govbuy.evaluation.domain.Party;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on an evaluation: the purchasing unit, the assigned evaluator
 * organization, finance of the region and above, supervisors and administrators within
 * their scope read; the provider of the contract reads once the scores are out; each
 * party scores its own part. Outside that the evaluation does not exist (404).
 */
@Component
class EvaluationAccess {

	private final ContractParties contracts;

	EvaluationAccess(ContractParties contracts) {
		this.contracts = contracts;
	}

	boolean readable(Evaluation evaluation, CurrentUser user) {
		Evaluation.Subject s = evaluation.subject();
		if (user.hasRole(Role.ADMIN) || isPurchaser(evaluation, user) || isEvaluator(evaluation, user)) {
			return true;
		}
		if (user.hasAnyRole(Role.FINANCE_CLERK, Role.FINANCE_REVIEWER, Role.SUPERVISOR)
				&& user.scope().permits(s.unitId(), s.region())) {
			return true;
		}
		return isProvider(evaluation, user) && evaluation.status().scoresOut();
	}

	Evaluation requireReadable(Optional<Evaluation> evaluation) {
		CurrentUser user = CurrentUser.require();
		return evaluation.filter(found -> readable(found, user))
			.orElseThrow(() -> new NotFoundException("绩效评价不存在或不在您的数据范围内"));
	}

	boolean isPurchaser(Evaluation evaluation, CurrentUser user) {
		return user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD)
				&& contracts.isPurchaser(evaluation.subject().unitId(), user);
	}

	boolean isEvaluator(Evaluation evaluation, CurrentUser user) {
		return user.hasRole(Role.EVALUATOR) && evaluation.party(Party.THIRD_PARTY)
			.map(entry -> user.organizationId().equals(entry.organizationId()))
			.orElse(false);
	}

	boolean isFinance(Evaluation evaluation, CurrentUser user) {
		return user.hasAnyRole(Role.FINANCE_CLERK, Role.FINANCE_REVIEWER)
				&& user.scope().permits(evaluation.subject().unitId(), evaluation.subject().region())
				&& evaluation.party(Party.FINANCE).isPresent();
	}

	boolean isProvider(Evaluation evaluation, CurrentUser user) {
		return user.hasRole(Role.PROVIDER) && contracts.isProvider(evaluation.subject().providerId(), user);
	}

	/** The party the user scores for in this evaluation, if any. */
	Optional<Party> partyOf(Evaluation evaluation, CurrentUser user) {
		if (isPurchaser(evaluation, user)) {
			return Optional.of(Party.PURCHASER);
		}
		if (isEvaluator(evaluation, user)) {
			return Optional.of(Party.THIRD_PARTY);
		}
		if (isFinance(evaluation, user)) {
			return Optional.of(Party.FINANCE);
		}
		return Optional.empty();
	}

	void requirePurchaser(Evaluation evaluation, CurrentUser user) {
		if (!isPurchaser(evaluation, user)) {
			throw new AccessDeniedException("只有本项目的购买主体可以办理此事项");
		}
	}

	void requireProvider(Evaluation evaluation, CurrentUser user) {
		if (!isProvider(evaluation, user)) {
			throw new AccessDeniedException("只有本合同的承接主体可以办理此事项");
		}
	}

	/** The provider (registry id) the user acts for. */
	Optional<UUID> providerOf(CurrentUser user) {
		return user.hasRole(Role.PROVIDER) ? contracts.providerOf(user) : Optional.empty();
	}

}
