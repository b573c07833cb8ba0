package org.govbuy.procurement.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Role;
import org.govbuy.procurement.domain.NoticeKind;
import org.govbuy.procurement.domain.ProjectStatus;
import org.govbuy.provider.ProviderDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and run which project, the projects and notices as pages show them, and the
 * notices the steps publish: shared by every capability of the module.
 */
@Component
public class ProjectAccess {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final ProjectRepository projects;

	private final JdbcClient jdbc;

	private final ProviderDirectory providers;

	private final Clock clock;

	ProjectAccess(ProjectRepository projects, JdbcClient jdbc, ProviderDirectory providers, Clock clock) {
		this.projects = projects;
		this.jdbc = jdbc;
		this.providers = providers;
		this.clock = clock;
	}

	/**
	 * The project if the user may see it: its unit, finance and supervisors of the
	 * region, panel members, and providers once it is announced.
	 */
	public ProjectView visible(UUID id) {
		return visibleProject(id).view();
	}

	Project visibleProject(UUID id) {
		Project project = projects.get(id);
		CurrentUser user = CurrentUser.require();
		boolean allowed = user.scope().permits(project.terms().unitId(), project.terms().region())
				|| user.hasRole(Role.EXPERT) && onPanel(id, user.username())
				|| user.hasRole(Role.PROVIDER) && project.status() != ProjectStatus.DRAFT;
		if (!allowed) {
			throw new NotFoundException("采购项目不存在");
		}
		return project;
	}

	/** The projects the user may see, newest first. */
	public List<ProjectView> list(CurrentUser user) {
		List<Project> found;
		if (user.hasRole(Role.EXPERT)) {
			found = projects.where("id in (select project_id from procurement.panel_member where username = :username)",
					Map.of("username", user.username()));
		}
		else if (user.hasRole(Role.PROVIDER)) {
			found = projects.where("status <> :draft", Map.of("draft", ProjectStatus.DRAFT.name()));
		}
		else {
			java.util.Map<String, Object> params = new java.util.HashMap<>();
			params.put("pattern", user.scope().regionPattern());
			params.put("org", user.scope().organizationFilter());
			found = projects.where("region_code like :pattern and (cast(:org as uuid) is null or unit_id = :org)",
					params);
		}
		return found.stream().map(Project::view).toList();
	}

	/** Urgent (green channel) projects in the user's scope, for finance (seed 004). */
	public List<ProjectView> urgent(CurrentUser user) {
		return list(user).stream().filter(ProjectView::urgent).toList();
	}

	public boolean isUrgent(UUID projectId) {
		return projects.get(projectId).terms().urgent();
	}

	/** A project's notices, or every project's (null), newest first. */
	public List<Notice> notices(UUID projectId) {
		return jdbc.sql("""
				select * from procurement.notice where (cast(:project as uuid) is null or project_id = :project)
				order by published_at desc""")
			.param("project", projectId)
			.query((rs, n) -> new Notice(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
					NoticeKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"),
					rs.getObject("published_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	/** One published notice. */
	public Optional<Notice> notice(UUID id) {
		return notices(null).stream().filter(notice -> notice.id().equals(id)).findFirst();
	}

	// ---- for the capabilities of this package
	// -------------------------------------------

	/** Publishes a notice of a project on the portal. */
	void publish(UUID projectId, NoticeKind kind, String title, String body) {
		jdbc.sql("""
				insert into procurement.notice (id, project_id, kind, title, body, published_at)
				values (:id, :project, :kind, :title, :body, :now)""")
			.param("id", UUID.randomUUID())
			.param("project", projectId)
			.param("kind", kind.name())
			.param("title", title.length() > 300 ? title.substring(0, 299) : title)
			.param("body", body)
			.param("now", ProjectRepository.utc(now()))
			.update();
	}

	/** The project, locked, if it belongs to the user's unit. */
	Project lockOwn(UUID projectId, CurrentUser user) {
		Project project = projects.lock(projectId);
		if (!project.terms().unitId().equals(user.organizationId())) {
			throw new NotFoundException("采购项目不存在");
		}
		return project;
	}

	/** The current user if they work for a purchasing unit. */
	static CurrentUser requirePurchaser() {
		CurrentUser user = CurrentUser.require();
		if (!user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD)) {
			throw new AccessDeniedException("只有购买主体可以办理采购");
		}
		return user;
	}

	boolean onPanel(UUID projectId, String username) {
		return jdbc
			.sql("select count(*) from procurement.panel_member where project_id = :project and username = :username")
			.param("project", projectId)
			.param("username", username)
			.query(Integer.class)
			.single() > 0;
	}

	/** Whether the provider is the user's own organization. */
	boolean ownProvider(CurrentUser user, UUID providerId) {
		return providers.ofOrganization(user.organizationId()).map(p -> p.id().equals(providerId)).orElse(false);
	}

	/** The names of a project's panel, for the result notice. */
	String panelNames(UUID projectId) {
		return String.join("、", jdbc
			.sql("select display_name from procurement.panel_member where project_id = :project order by display_name")
			.param("project", projectId)
			.query(String.class)
			.list());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

	Instant now() {
		return clock.instant();
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
