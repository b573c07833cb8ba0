package org.govbuy.evaluation;

import org.govbuy.support.IntegrationTest;
import org.govbuy.support.Workbenches;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's completion evaluation of the home-care contract waits for the third-party
 * evaluator to accept: it is on evaluator.demo's 工作台 with a link to the evaluation, and
 * on no other evaluator's or unit's.
 */
@IntegrationTest
class EvaluationWorkItemsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theEvaluatorSeesTheAssignmentToAcceptAndAnotherUnitDoesNot() throws Exception {
		assertThat(Workbenches.of(mvc, "evaluator.demo"))
			.anySatisfy(todo -> assertThat(todo.text()).contains("接受委托", "期末评价").contains("/evaluation/"));
		assertThat(Workbenches.of(mvc, "buyer.jgsw"))
			.noneSatisfy(todo -> assertThat(todo.href()).contains("/evaluation/"));
	}

}
