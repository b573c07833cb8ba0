package org.govbuy.evaluation.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.evaluation.EvaluationRule;
import org.govbuy.evaluation.domain.Evaluation;
import org.govbuy.evaluation.domain.EvaluationStatus;
import org.govbuy.evaluation.domain.EvaluatorIndependence;
import org.govbuy.evaluation.domain.Indicator;
import org.govbuy.evaluation.domain.IndicatorTemplate;
import org.govbuy.evaluation.domain.Party;
import org.govbuy.evaluation.domain.Scoring;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.LegalCalendar;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Organization;
import org.govbuy.platform.OrganizationKind;
import org.govbuy.platform.Organizations;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.provider.ProviderDirectory;
import org.govbuy.provider.ProviderEligibility;
import org.govbuy.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commands of an evaluation, each in one transaction, audited: the purchaser opens it
 * early, assigns an independent third party and finishes it; the evaluator accepts with
 * its declaration; each party scores its own part (drafts, then a final submission); the
 * provider objects within the window or confirms; the purchaser answers.
 */
@Service
public class PerformanceEvaluations {

	private final EvaluationRepository evaluations;

	private final EvaluationScheduling scheduling;

	private final EvaluationAccess access;

	private final TemplateRepository templates;

	private final Measurements measurements;

	private final Organizations organizations;

	private final ProviderDirectory providers;

	private final ProviderEligibility eligibility;

	private final RegionalParameters parameters;

	private final LegalCalendar calendar;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	PerformanceEvaluations(EvaluationRepository evaluations, EvaluationScheduling scheduling, EvaluationAccess access,
			TemplateRepository templates, Measurements measurements, Organizations organizations,
			ProviderDirectory providers, ProviderEligibility eligibility, RegionalParameters parameters,
			LegalCalendar calendar, AuditTrail audit, ApplicationEventPublisher events) {
		this.evaluations = evaluations;
		this.scheduling = scheduling;
		this.access = access;
		this.templates = templates;
		this.measurements = measurements;
		this.organizations = organizations;
		this.providers = providers;
		this.eligibility = eligibility;
		this.parameters = parameters;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * What a party enters for one leaf.
	 *
	 * @param actual a quantitative leaf's actual when the platform does not measure it
	 * @param level a qualitative leaf's rubric level
	 * @param note a remark
	 */
	public record LeafInput(BigDecimal actual, String level, String note) {
	}

	/**
	 * A party's scoring sheet.
	 *
	 * @param leaves by indicator code
	 * @param opinion the party's overall opinion
	 */
	public record ScoreSheet(Map<String, LeafInput> leaves, String opinion) {

		public ScoreSheet {
			leaves = leaves == null ? Map.of() : Map.copyOf(leaves);
		}

	}

	/**
	 * The purchaser opens a scheduled evaluation before its due day (e.g. for a renewal).
	 */
	@Transactional
	public void openEarly(UUID id) {
		Evaluation evaluation = locked(id);
		CurrentUser user = CurrentUser.require();
		access.requirePurchaser(evaluation, user);
		scheduling.open(evaluation, scheduling.today(), user.username());
	}

	/**
	 * The purchaser assigns a third-party evaluator organization, independent of the
	 * provider (EVAL-2).
	 */
	@Transactional
	public void assign(UUID id, UUID organizationId) {
		Evaluation evaluation = locked(id);
		CurrentUser user = CurrentUser.require();
		access.requirePurchaser(evaluation, user);
		Organization evaluator = organizations.find(organizationId)
			.filter(org -> org.kind() == OrganizationKind.EVALUATOR && org.enabled())
			.orElseThrow(() -> new InvalidInputException("organizationId", "请选择已登记的第三方评价机构"));
		EvaluatorIndependence.require(candidate(evaluation, evaluator, false));
		evaluation.assignThirdParty(Evaluation.PartyEntry.pending(
				Party.THIRD_PARTY, evaluator.id(), evaluator.name(), scheduling.weight(evaluation.subject(),
						PolicyParameter.EVALUATION_WEIGHT_THIRD_PARTY, scheduling.today()),
				user.username(), scheduling.now()));
		evaluations.save(evaluation);
		audit.record("evaluation.assign", "Evaluation", id, null,
				Map.of("thirdParty", evaluator.name(), "rule", EvaluationRule.EVALUATOR_INDEPENDENCE.id()));
	}

	/**
	 * The assigned evaluator accepts, declaring its independence; one that declares it
	 * advised the provider is refused (EVAL-2).
	 */
	@Transactional
	public void accept(UUID id, boolean declaredIndependent, boolean consultedForProvider) {
		Evaluation evaluation = locked(id);
		CurrentUser user = CurrentUser.require();
		if (!access.isEvaluator(evaluation, user)) {
			throw new AccessDeniedException("只有受托的第三方评价机构可以接受委托");
		}
		Organization evaluator = organizations.find(user.organizationId()).orElseThrow();
		EvaluatorIndependence.require(candidate(evaluation, evaluator, consultedForProvider));
		evaluation.accept(user.organizationId(), declaredIndependent);
		evaluations.save(evaluation);
		audit.record("evaluation.accept", "Evaluation", id, null,
				Map.of("thirdParty", evaluator.name(), "declaredIndependent", true));
	}

	/**
	 * A party saves its scores: a draft keeps what is complete; a submission needs every
	 * leaf and is final for the party. Measured actuals come from the platform, never
	 * from the form.
	 * @return the party's score (of the complete leaves, for a draft)
	 */
	@Transactional
	public BigDecimal score(UUID id, ScoreSheet sheet, boolean submit) {
		Evaluation evaluation = locked(id);
		CurrentUser user = CurrentUser.require();
		Party party = access.partyOf(evaluation, user).orElseThrow(() -> new AccessDeniedException("您不是本次评价的评价方"));
		evaluation.requireScoring(party);
		List<EvaluationRepository.LeafScore> leaves = leaves(evaluation, sheet, submit);
		BigDecimal partyScore = Scoring.party(leaves.stream().map(EvaluationRepository.LeafScore::score).toList());
		evaluations.saveScores(id, party, leaves);
		if (submit) {
			evaluation.submit(party, partyScore, sheet.opinion(), user.username(), scheduling.now());
			evaluations.save(evaluation);
		}
		audit.record(submit ? "evaluation.submitScores" : "evaluation.saveDraft", "Evaluation", id, null,
				Map.of("party", party.name(), "score", partyScore.toPlainString()));
		return partyScore;
	}

	/**
	 * The purchaser sums up: its own evaluation and every party's are in (EVAL-1,
	 * EVAL-6); the provider's objection window opens (EVAL-4).
	 */
	@Transactional
	public Scoring.Result finish(UUID id) {
		Evaluation evaluation = locked(id);
		CurrentUser user = CurrentUser.require();
		access.requirePurchaser(evaluation, user);
		LocalDate today = scheduling.today();
		int days = parameters.days(evaluation.subject().region(), PolicyParameter.EVALUATION_OBJECTION_DAYS, today);
		Scoring.Result result = evaluation.finish(today, calendar.calendar().addWorkingDays(today, days));
		evaluations.save(evaluation);
		audit.record("evaluation.finish", "Evaluation", id, Map.of("status", "OPEN"),
				Map.of("status", "SCORED", "score", result.score().toPlainString(), "grade", result.grade().label(),
						"objectionDueOn", evaluation.state().objectionDueOn().toString()));
		return result;
	}

	/** The provider objects within the window (EVAL-4). */
	@Transactional
	public void object(UUID id, String objection) {
		Evaluation evaluation = locked(id);
		CurrentUser user = CurrentUser.require();
		access.requireProvider(evaluation, user);
		evaluation.object(objection, user.username(), scheduling.now(), scheduling.today());
		evaluations.save(evaluation);
		audit.record("evaluation.object", "Evaluation", id, Map.of("status", "SCORED"),
				Map.of("status", "OBJECTED", "objection", objection));
	}

	/** The provider confirms it has no objection: final at once. */
	@Transactional
	public void confirm(UUID id) {
		Evaluation evaluation = locked(id);
		CurrentUser user = CurrentUser.require();
		access.requireProvider(evaluation, user);
		evaluation.confirm(scheduling.today());
		completed(evaluation, Map.of("status", "SCORED"), "承接主体确认无异议");
	}

	/**
	 * The purchaser answers the objection, adjusting its own scores or not; the result is
	 * final.
	 * @param adjusted the purchaser's new sheet, or null to keep its scores
	 */
	@Transactional
	public void answer(UUID id, String answer, ScoreSheet adjusted) {
		Evaluation evaluation = locked(id);
		CurrentUser user = CurrentUser.require();
		access.requirePurchaser(evaluation, user);
		BigDecimal purchaserScore = null;
		if (adjusted != null && !adjusted.leaves().isEmpty()) {
			List<EvaluationRepository.LeafScore> leaves = leaves(evaluation, adjusted, true);
			purchaserScore = Scoring.party(leaves.stream().map(EvaluationRepository.LeafScore::score).toList());
			evaluations.saveScores(id, Party.PURCHASER, leaves);
		}
		evaluation.answer(answer, user.username(), scheduling.now(), scheduling.today(), purchaserScore);
		completed(evaluation, Map.of("status", "OBJECTED"), "购买主体已答复异议");
	}

	private void completed(Evaluation evaluation, Map<String, Object> before, String reason) {
		evaluations.save(evaluation);
		Evaluation.State state = evaluation.state();
		audit.record("evaluation.final", "Evaluation", evaluation.id(), before, Map.of("status", "FINAL", "score",
				state.score().toPlainString(), "grade", state.grade().label(), "reason", reason));
		evaluation.events().forEach(events::publishEvent);
	}

	private List<EvaluationRepository.LeafScore> leaves(Evaluation evaluation, ScoreSheet sheet, boolean complete) {
		IndicatorTemplate template = templates.find(evaluation.state().templateId()).orElseThrow();
		Map<String, Measurements.Measured> measured = measurements.of(evaluation, template, scheduling.today());
		List<EvaluationRepository.LeafScore> leaves = new ArrayList<>();
		for (Indicator leaf : template.leaves()) {
			LeafInput input = sheet.leaves().getOrDefault(leaf.code(), new LeafInput(null, null, null));
			try {
				leaves.add(leaf(leaf, input, measured.get(leaf.code())));
			}
			catch (RuleViolationException refusal) {
				if (complete) {
					throw refusal;
				}
			}
		}
		return leaves;
	}

	private static EvaluationRepository.LeafScore leaf(Indicator leaf, LeafInput input,
			Measurements.Measured measured) {
		if (leaf.kind() == Indicator.Kind.QUALITATIVE) {
			return new EvaluationRepository.LeafScore(leaf.code(), null, null, input.level(),
					Scoring.qualitative(leaf, input.level()), input.note());
		}
		BigDecimal actual = measured.measured() ? measured.actual() : input.actual();
		if (actual == null) {
			throw EvaluationRule.SCORES_WITHIN_WEIGHTS.refusal("请填写“" + leaf.name() + "”的实际值");
		}
		return new EvaluationRepository.LeafScore(leaf.code(), measured.target().toPlainString(),
				actual.toPlainString(), null,
				Scoring.quantitative(leaf.weight(), leaf.direction(), measured.target(), actual), input.note());
	}

	private EvaluatorIndependence.Candidate candidate(Evaluation evaluation, Organization evaluator,
			boolean consultedForProvider) {
		UUID providerId = evaluation.subject().providerId();
		String providerCode = providers.find(providerId)
			.map(ProviderDirectory.ProviderIdentity::creditCode)
			.orElse(null);
		String evaluatorCode = organizations.creditCodeOf(evaluator.id()).orElse(null);
		boolean related = providers.findByCreditCode(evaluatorCode)
			.filter(registered -> !registered.id().equals(providerId))
			.map(registered -> eligibility.related(registered.id(), providerId))
			.orElse(false);
		return new EvaluatorIndependence.Candidate(evaluator.name(), evaluatorCode, providerCode, related,
				consultedForProvider);
	}

	private Evaluation locked(UUID id) {
		Evaluation evaluation = access.requireReadable(evaluations.lock(id));
		if (evaluation.status() == EvaluationStatus.CANCELLED) {
			throw new NotFoundException("该评价已取消");
		}
		return evaluation;
	}

}
