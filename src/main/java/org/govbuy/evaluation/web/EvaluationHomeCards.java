package org.govbuy.evaluation.web;

import java.util.List;

import org.govbuy.evaluation.application.EvaluationQueries;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.HomeCard;
import org.govbuy.platform.HomeCards;
import org.govbuy.platform.Role;

import org.springframework.stereotype.Component;

/**
 * The user's evaluation tasks on the home page: to score, to accept, to sum up, to
 * confirm or object, to answer.
 */
@Component
class EvaluationHomeCards implements HomeCards {

	private final EvaluationQueries queries;

	EvaluationHomeCards(EvaluationQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<HomeCard> cardsFor(CurrentUser user) {
		if (!user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD, Role.EVALUATOR, Role.PROVIDER,
				Role.FINANCE_CLERK, Role.FINANCE_REVIEWER)) {
			return List.of();
		}
		return List.of(new HomeCard("绩效评价待办", queries.taskCount(user), "/evaluation"));
	}

}
