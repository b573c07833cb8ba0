package org.govbuy.procurement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.govbuy.platform.Accounts;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.Role;
import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.application.Awards;
import org.govbuy.procurement.application.Bidding;
import org.govbuy.procurement.application.Evaluations;
import org.govbuy.procurement.application.FrameworkOrders;
import org.govbuy.procurement.application.ProcurementAdvisor;
import org.govbuy.procurement.application.ProjectAccess;
import org.govbuy.procurement.application.ProjectView;
import org.govbuy.procurement.domain.ChallengeOutcome;
import org.govbuy.procurement.domain.ProjectStatus;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The purchaser's project page: what it shows, and the empty forms of the commands it
 * offers (a form re-shown after a refusal keeps its input).
 */
@Component
class ProjectPage {

	static final String VIEW = "procurement/project";

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final ProjectAccess access;

	private final Bidding bidding;

	private final Evaluations evaluations;

	private final Awards awards;

	private final FrameworkOrders frameworks;

	private final ProcurementAdvisor advisor;

	private final Accounts accounts;

	private final Clock clock;

	ProjectPage(ProjectAccess access, Bidding bidding, Evaluations evaluations, Awards awards,
			FrameworkOrders frameworks, ProcurementAdvisor advisor, Accounts accounts, Clock clock) {
		this.access = access;
		this.bidding = bidding;
		this.evaluations = evaluations;
		this.awards = awards;
		this.frameworks = frameworks;
		this.advisor = advisor;
		this.accounts = accounts;
		this.clock = clock;
	}

	static String path(UUID id) {
		return "/procurement/projects/" + id;
	}

	/** Fills the model of the project page and names its view. */
	String show(UUID id, Model model) {
		CurrentUser user = CurrentUser.require();
		ProjectView project = access.visible(id);
		model.addAttribute("project", project);
		model.addAttribute("own", project.unitId().equals(user.organizationId())
				&& user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD));
		model.addAttribute("bids", bidding.bids(id));
		model.addAttribute("panel", evaluations.panel(id));
		model.addAttribute("notices", access.notices(id));
		model.addAttribute("challenges", awards.challenges(id));
		model.addAttribute("experts", accounts.withRole(Role.EXPERT));
		model.addAttribute("outcomes", ChallengeOutcome.values());
		model.addAttribute("urgent", project.urgent());
		model.addAttribute("framework", project.method() == ProcurementMethod.FRAMEWORK_AGREEMENT);
		model.addAttribute("admitted", frameworks.admitted(id));
		model.addAttribute("orders", frameworks.orders(id));
		model.addAttribute("deadlinePassed",
				project.responseDeadline() != null && !clock.instant().isBefore(project.responseDeadline()));
		model.addAttribute("stage", Stage.of(project.status()));
		ProcurementPages.AnnounceForm announce = new ProcurementPages.AnnounceForm(null, null);
		if (project.status() == ProjectStatus.DRAFT) {
			LocalDate today = LocalDate.now(clock.withZone(CHINA));
			ProcurementAdvisor.Timetable timetable = advisor.timetable(project.method(), today);
			model.addAttribute("timetable", timetable);
			model.addAttribute("suggestedDeadline", timetable.earliestResponseDeadline().atTime(9, 30));
			announce = new ProcurementPages.AnnounceForm(timetable.issued(),
					timetable.earliestResponseDeadline().atTime(9, 30));
		}
		addIfAbsent(model, "announceForm", announce);
		addIfAbsent(model, "singleSourceForm", new ProcurementPages.SingleSourceForm(null, null, null, null));
		addIfAbsent(model, "clarifyForm", new ProcurementPages.ClarifyForm(null, project.responseDeadlineLocal()));
		addIfAbsent(model, "referenceForm", new ProcurementPages.ReferenceForm(null));
		addIfAbsent(model, "terminateForm", new ProcurementPages.TerminateForm(null));
		addIfAbsent(model, "panelForm", new ProjectDecisionPages.PanelForm(List.of()));
		addIfAbsent(model, "reportForm", new ProjectDecisionPages.ReportForm());
		addIfAbsent(model, "awardForm", new ProjectDecisionPages.AwardForm(null, null));
		addIfAbsent(model, "admitForm", new ProjectDecisionPages.AdmitForm(List.of(), null, null));
		addIfAbsent(model, "orderForm", new ProjectDecisionPages.OrderForm(null, null, null, null));
		addIfAbsent(model, "answerForm", new ProjectDecisionPages.AnswerForm(null, null));
		return VIEW;
	}

	private static void addIfAbsent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	/**
	 * Which commands the page offers: one flag per stage, so the template never compares
	 * a status by its name.
	 */
	record Stage(boolean draft, boolean announced, boolean evaluating, boolean evaluated, boolean awarded,
			boolean failed) {

		static Stage of(ProjectStatus status) {
			return new Stage(status == ProjectStatus.DRAFT, status == ProjectStatus.ANNOUNCED,
					status == ProjectStatus.EVALUATING, status == ProjectStatus.EVALUATED,
					status == ProjectStatus.AWARDED, status == ProjectStatus.FAILED);
		}

		/** Still running: the purchaser may terminate it. */
		public boolean open() {
			return !awarded && !failed;
		}

	}

}
