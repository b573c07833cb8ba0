package org.govbuy.evaluation.application;

import java.util.List;
import java.util.Map;

import org.govbuy.evaluation.EvaluationRule;
import org.govbuy.evaluation.domain.Evaluation;
import org.govbuy.evaluation.domain.EvaluationStatus;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.WorkItem;
import org.govbuy.platform.WorkItems;

import org.springframework.stereotype.Component;

/**
 * Evaluation's to-dos: a party's scoring (the third party first accepts with its
 * declaration of independence), the purchaser's summing up once every party scored and
 * its answer to an objection, and the provider's confirmation or objection by the last
 * day of the objection window (EVAL-4).
 */
@Component
class EvaluationWorkItems implements WorkItems {

	private final EvaluationQueries queries;

	EvaluationWorkItems(EvaluationQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<WorkItem> itemsFor(CurrentUser user) {
		return queries.tasks(user).stream().map(EvaluationWorkItems::item).toList();
	}

	private static WorkItem item(Map.Entry<Evaluation, String> task) {
		Evaluation evaluation = task.getKey();
		String about = evaluation.subject().contractNumber() + " " + evaluation.subject().title() + "（"
				+ evaluation.kind().label() + " " + evaluation.periodStartsOn() + " 至 " + evaluation.periodEndsOn()
				+ "）";
		String href = "/evaluation/" + evaluation.id();
		if (evaluation.status() == EvaluationStatus.SCORED) {
			return WorkItem.due("确认或对评价结果提出异议", about, evaluation.state().objectionDueOn(),
					EvaluationRule.OBJECTION_WINDOW, href);
		}
		String title = task.getValue();
		return WorkItem.open(title.startsWith("待") ? title.substring(1) : title, about, href);
	}

}
