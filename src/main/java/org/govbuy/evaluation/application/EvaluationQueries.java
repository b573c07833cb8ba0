package org.govbuy.evaluation.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.evaluation.domain.Evaluation;
import org.govbuy.evaluation.domain.EvaluationStatus;
import org.govbuy.evaluation.domain.Indicator;
import org.govbuy.evaluation.domain.IndicatorTemplate;
import org.govbuy.evaluation.domain.Party;
import org.govbuy.evaluation.domain.PartyStatus;
import org.govbuy.evaluation.domain.Scoring;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.DataScope;
import org.govbuy.platform.OrganizationKind;
import org.govbuy.platform.Organizations;
import org.govbuy.platform.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The evaluations the current user may see, with what each asks of them (their tasks
 * first, by due date), and one evaluation in full: parties, the indicator tree with
 * targets, measured actuals and each party's scores, the survey's response count.
 */
@Service
public class EvaluationQueries {

	private final JdbcClient jdbc;

	private final EvaluationRepository evaluations;

	private final EvaluationAccess access;

	private final TemplateRepository templates;

	private final Measurements measurements;

	private final SurveyResults survey;

	private final Organizations organizations;

	private final EvaluationScheduling scheduling;

	EvaluationQueries(JdbcClient jdbc, EvaluationRepository evaluations, EvaluationAccess access,
			TemplateRepository templates, Measurements measurements, SurveyResults survey, Organizations organizations,
			EvaluationScheduling scheduling) {
		this.jdbc = jdbc;
		this.evaluations = evaluations;
		this.access = access;
		this.templates = templates;
		this.measurements = measurements;
		this.survey = survey;
		this.organizations = organizations;
		this.scheduling = scheduling;
	}

	/** The user's evaluations: their tasks first, then by due date. */
	public List<EvaluationViews.Row> list() {
		CurrentUser user = CurrentUser.require();
		List<UUID> ids = candidates(user);
		List<EvaluationViews.Row> rows = new ArrayList<>();
		for (UUID id : ids) {
			evaluations.find(id)
				.filter(found -> access.readable(found, user))
				.ifPresent(found -> rows.add(row(found, user)));
		}
		rows.sort(Comparator.comparing((EvaluationViews.Row row) -> row.task() == null)
			.thenComparing(EvaluationViews.Row::dueOn)
			.thenComparing(EvaluationViews.Row::title));
		return rows;
	}

	/** The user's evaluation tasks (for home cards and to-do lists). */
	public long taskCount(CurrentUser user) {
		return candidates(user).stream()
			.map(evaluations::find)
			.flatMap(Optional::stream)
			.filter(found -> access.readable(found, user))
			.filter(found -> task(found, user) != null)
			.count();
	}

	/** The user's evaluations that wait for the user, with what to do (the 工作台). */
	List<Map.Entry<Evaluation, String>> tasks(CurrentUser user) {
		List<Map.Entry<Evaluation, String>> tasks = new ArrayList<>();
		for (UUID id : candidates(user)) {
			evaluations.find(id).filter(found -> access.readable(found, user)).ifPresent(found -> {
				String task = task(found, user);
				if (task != null) {
					tasks.add(Map.entry(found, task));
				}
			});
		}
		return tasks;
	}

	/** The evaluations of a contract the user may see. */
	public List<EvaluationViews.Row> ofContract(UUID contractId) {
		CurrentUser user = CurrentUser.require();
		return evaluations.ofContract(contractId)
			.stream()
			.filter(found -> access.readable(found, user))
			.map(found -> row(found, user))
			.toList();
	}

	/** One evaluation in full; 404 outside the user's reach. */
	public EvaluationViews.Detail detail(UUID id) {
		CurrentUser user = CurrentUser.require();
		Evaluation evaluation = access.requireReadable(evaluations.find(id));
		Evaluation.State state = evaluation.state();
		Optional<IndicatorTemplate> template = Optional.ofNullable(state.templateId()).flatMap(templates::find);
		Party myParty = access.partyOf(evaluation, user).orElse(null);
		SurveyResults.Satisfaction satisfaction = survey.satisfaction(id);
		Evaluation.Objection objection = state.objection();
		return new EvaluationViews.Detail(row(evaluation, user),
				template.map(t -> t.name() + "（第" + t.version() + "版）").orElse(null), evaluation.subject().amount(),
				evaluation.parties()
					.stream()
					.map(p -> new EvaluationViews.PartyView(p.party(), p.organizationName(), p.weight(), p.status(),
							Scoring.shown(p.score()), p.opinion(), p.declaredIndependent()))
					.toList(),
				template.map(t -> sheet(evaluation, t)).orElse(List.of()), satisfaction.responses(),
				Scoring.shown(satisfaction.rate()), state.scoredOn(), state.objectionDueOn(),
				objection == null ? null : objection.text(), objection == null ? null : day(objection.objectedAt()),
				objection == null ? null : objection.answer(), state.completedOn(), myParty,
				capabilities(evaluation, user, myParty));
	}

	/** The 第三方评价机构 a purchaser may assign. */
	public List<EvaluationViews.EvaluatorChoice> evaluators() {
		return organizations.ofKind(OrganizationKind.EVALUATOR)
			.stream()
			.map(org -> new EvaluationViews.EvaluatorChoice(org.id(), org.name()))
			.toList();
	}

	private List<EvaluationViews.SheetLine> sheet(Evaluation evaluation, IndicatorTemplate template) {
		Map<String, Measurements.Measured> measured = measurements.of(evaluation, template, scheduling.today());
		Map<Party, Map<String, EvaluationRepository.LeafScore>> stored = new EnumMap<>(Party.class);
		for (Evaluation.PartyEntry party : evaluation.parties()) {
			Map<String, EvaluationRepository.LeafScore> byCode = new java.util.HashMap<>();
			evaluations.scores(evaluation.id(), party.party()).forEach(score -> byCode.put(score.code(), score));
			stored.put(party.party(), byCode);
		}
		List<EvaluationViews.SheetLine> lines = new ArrayList<>();
		for (Indicator indicator : treeOrder(template.indicators())) {
			Map<Party, EvaluationViews.LeafScore> scores = new EnumMap<>(Party.class);
			stored.forEach((party, byCode) -> Optional.ofNullable(byCode.get(indicator.code()))
				.ifPresent(score -> scores.put(party, new EvaluationViews.LeafScore(score.level(), score.actual(),
						Scoring.shown(score.score()), score.note()))));
			Measurements.Measured m = measured.get(indicator.code());
			lines.add(new EvaluationViews.SheetLine(indicator.code(), indicator.level(), indicator.name(),
					indicator.firstLevel().label(), indicator.weight(), indicator.kind(),
					indicator.measure() == null ? null : indicator.measure().label(), m == null ? null : m.target(),
					m == null ? null : m.targetSource(), m == null ? null : m.actual(), indicator.rubric(),
					indicator.description(), scores));
		}
		return lines;
	}

	/** Parents before their children, depth first. */
	private static List<Indicator> treeOrder(List<Indicator> indicators) {
		List<Indicator> ordered = new ArrayList<>();
		indicators.stream()
			.filter(i -> i.parentCode() == null)
			.sorted(Comparator.comparingInt(Indicator::seq))
			.forEach(root -> addWithChildren(root, indicators, ordered));
		return ordered;
	}

	private static void addWithChildren(Indicator parent, List<Indicator> all, List<Indicator> ordered) {
		ordered.add(parent);
		all.stream()
			.filter(i -> parent.code().equals(i.parentCode()))
			.sorted(Comparator.comparingInt(Indicator::seq))
			.forEach(child -> addWithChildren(child, all, ordered));
	}

	private EvaluationViews.Capabilities capabilities(Evaluation evaluation, CurrentUser user, Party myParty) {
		EvaluationStatus status = evaluation.status();
		boolean purchaser = access.isPurchaser(evaluation, user);
		boolean provider = access.isProvider(evaluation, user);
		boolean open = status == EvaluationStatus.OPEN;
		Optional<Evaluation.PartyEntry> mine = Optional.ofNullable(myParty).flatMap(evaluation::party);
		boolean mayScore = open && mine.filter(p -> p.status() == PartyStatus.PENDING)
			.filter(p -> p.party() != Party.THIRD_PARTY || p.declaredIndependent())
			.isPresent();
		boolean accept = open && access.isEvaluator(evaluation, user)
				&& evaluation.party(Party.THIRD_PARTY).filter(p -> !p.declaredIndependent()).isPresent();
		boolean assign = open && purchaser
				&& evaluation.party(Party.THIRD_PARTY).map(p -> p.status() == PartyStatus.PENDING).orElse(true);
		return new EvaluationViews.Capabilities(status == EvaluationStatus.SCHEDULED && purchaser, assign, accept,
				mayScore, open && purchaser, status == EvaluationStatus.SCORED && provider,
				status == EvaluationStatus.SCORED && provider, status == EvaluationStatus.OBJECTED && purchaser);
	}

	private EvaluationViews.Row row(Evaluation evaluation, CurrentUser user) {
		Evaluation.State state = evaluation.state();
		Evaluation.Subject s = evaluation.subject();
		return new EvaluationViews.Row(evaluation.id(), s.contractId(), s.contractNumber(), s.title(), s.unitName(),
				s.providerName(), evaluation.kind(), evaluation.periodStartsOn(), evaluation.periodEndsOn(),
				evaluation.dueOn(), evaluation.status(), Scoring.shown(state.score()), state.grade(),
				task(evaluation, user));
	}

	/** What the evaluation asks of the user now, in Chinese, or null. */
	String task(Evaluation evaluation, CurrentUser user) {
		Evaluation.State state = evaluation.state();
		switch (evaluation.status()) {
			case OPEN -> {
				Optional<Evaluation.PartyEntry> mine = access.partyOf(evaluation, user).flatMap(evaluation::party);
				if (mine.isPresent() && mine.get().status() == PartyStatus.PENDING) {
					return mine.get().party() == Party.THIRD_PARTY && !mine.get().declaredIndependent() ? "待接受委托"
							: "待评分";
				}
				boolean allIn = evaluation.parties().stream().allMatch(p -> p.status() == PartyStatus.SUBMITTED);
				return allIn && access.isPurchaser(evaluation, user) ? "待汇总评价结果" : null;
			}
			case SCORED -> {
				if (!access.isProvider(evaluation, user)) {
					return null;
				}
				return state.objectionDueOn() == null ? "待确认评价结果" : "待确认评价结果（异议期至" + state.objectionDueOn() + "）";
			}
			case OBJECTED -> {
				return access.isPurchaser(evaluation, user) ? "待答复异议" : null;
			}
			default -> {
				return null;
			}
		}
	}

	private List<UUID> candidates(CurrentUser user) {
		if (user.hasRole(Role.ADMIN)) {
			return ids("select id from evaluation.evaluation where status <> :cancelled", Map.of());
		}
		List<UUID> ids = new ArrayList<>();
		if (user.hasAnyRole(Role.FINANCE_CLERK, Role.FINANCE_REVIEWER, Role.SUPERVISOR)) {
			DataScope scope = user.scope();
			ids.addAll(ids("select id from evaluation.evaluation where status <> :cancelled and region_code like :p",
					Map.of("p", scope.regionPattern())));
		}
		if (user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD)) {
			ids.addAll(ids("select id from evaluation.evaluation where status <> :cancelled and unit_id = :org",
					Map.of("org", user.organizationId())));
		}
		if (user.hasRole(Role.EVALUATOR)) {
			ids.addAll(ids("""
					select e.id from evaluation.evaluation e join evaluation.party p on p.evaluation_id = e.id
					where e.status <> :cancelled and p.party = :third and p.organization_id = :org""",
					Map.of("org", user.organizationId(), "third", Party.THIRD_PARTY.name())));
		}
		access.providerOf(user)
			.ifPresent(provider -> ids.addAll(
					ids("select id from evaluation.evaluation where status <> :cancelled and provider_id = :provider",
							Map.of("provider", provider))));
		return ids.stream().distinct().toList();
	}

	private List<UUID> ids(String sql, Map<String, Object> params) {
		return jdbc.sql(sql)
			.params(params)
			.param("cancelled", EvaluationStatus.CANCELLED.name())
			.query(UUID.class)
			.list();
	}

	private static LocalDate day(OffsetDateTime at) {
		return at == null ? null : at.atZoneSameInstant(EvaluationScheduling.CHINA).toLocalDate();
	}

}
