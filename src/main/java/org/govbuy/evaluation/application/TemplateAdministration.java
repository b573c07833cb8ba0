package org.govbuy.evaluation.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.govbuy.evaluation.domain.FirstLevel;
import org.govbuy.evaluation.domain.Indicator;
import org.govbuy.evaluation.domain.IndicatorTemplate;
import org.govbuy.evaluation.domain.TemplatePolicy;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Role;
import org.govbuy.platform.StateConflictException;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance of a region (and platform administrators) keep the indicator systems: a new
 * version of a family as a draft, a new family for the region and a catalog category
 * (copied from the template in force there), the draft's indicators, publication. A
 * published version never changes; publishing retires the family's previous one, and
 * evaluations keep the version they opened with. Finance edits the templates of its own
 * region and the regions below, never those of a region above it (a city's finance cannot
 * edit the province's); the platform's default is the administrators'. Every change is
 * audited.
 */
@Service
public class TemplateAdministration {

	static final Pattern CATEGORY = Pattern.compile("[A-Z0-9]{1,40}");

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,16}");

	private final TemplateRepository templates;

	private final TemplatePolicy policy = new TemplatePolicy();

	private final AuditTrail audit;

	private final Clock clock;

	TemplateAdministration(TemplateRepository templates, AuditTrail audit, Clock clock) {
		this.templates = templates;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A version as the list shows it.
	 *
	 * @param template the version
	 * @param editable whether the current user may make versions of it
	 */
	public record Row(IndicatorTemplate template, boolean editable) {
	}

	/**
	 * A draft saved or published, with the warnings of rules that do not refuse.
	 */
	public record Outcome(IndicatorTemplate template, List<RuleViolation> warnings) {
	}

	/**
	 * The versions the user may see: the default, its region's, those above and below.
	 */
	@Transactional(readOnly = true)
	public List<Row> list() {
		CurrentUser user = requireAdministrator();
		return templates.all()
			.stream()
			.filter(template -> visible(template, user))
			.map(template -> new Row(template, editable(template, user)))
			.toList();
	}

	/** One version; 404 outside the user's view. */
	@Transactional(readOnly = true)
	public Row get(UUID id) {
		CurrentUser user = requireAdministrator();
		IndicatorTemplate template = templates.find(id)
			.filter(found -> visible(found, user))
			.orElseThrow(() -> new NotFoundException("指标体系不存在"));
		return new Row(template, editable(template, user));
	}

	/** The rules' verdict on a version, for its page. */
	public TemplatePolicy.Decision check(IndicatorTemplate template) {
		return policy.check(template.indicators());
	}

	/**
	 * Copies a version into a draft of the same family numbered after its newest version.
	 */
	@Transactional
	public IndicatorTemplate newVersion(UUID id) {
		CurrentUser user = requireAdministrator();
		IndicatorTemplate source = editableVersion(id, user);
		int newest = templates.lockFamily(source.familyId());
		if (templates.draftOf(source.familyId()).isPresent()) {
			throw new StateConflictException(null, "该指标体系已有草稿版本，请先编辑或发布草稿");
		}
		IndicatorTemplate draft = new IndicatorTemplate(UUID.randomUUID(), source.familyId(), newest + 1, source.name(),
				source.regionCode(), source.catalogCategory(), IndicatorTemplate.Status.DRAFT, source.indicators());
		templates.insert(draft, user.username(), now());
		audit.record("evaluation.template.version", "IndicatorTemplate", draft.id(), null,
				summary(draft, "copied from version " + source.version()));
		return draft;
	}

	/**
	 * A new family for the user's region (the platform's default for administrators) and
	 * a catalog category, its first draft copied from the template in force there.
	 * @param name its name
	 * @param catalogCategory a catalog code prefix, or blank for every item
	 */
	@Transactional
	public IndicatorTemplate newFamily(String name, String catalogCategory) {
		CurrentUser user = requireAdministrator();
		String region = user.hasRole(Role.ADMIN) || user.region() == null || user.region().isNational() ? null
				: user.region().value();
		String category = catalogCategory == null || catalogCategory.isBlank() ? null
				: catalogCategory.strip().toUpperCase(java.util.Locale.ROOT);
		if (name == null || name.isBlank() || name.strip().length() > 200) {
			throw new InvalidInputException("name", "请填写指标体系名称（不超过200字）");
		}
		if (category != null && !CATEGORY.matcher(category).matches()) {
			throw new InvalidInputException("catalogCategory", "品目类别应为目录编码前缀（字母和数字，如 A04）");
		}
		if (templates.familyFor(region, category).isPresent()) {
			throw new StateConflictException("catalogCategory", "本地区该品目类别已有指标体系，请在其基础上新建版本");
		}
		IndicatorTemplate base = templates
			.applicable(region == null ? RegionCode.NATIONAL : new RegionCode(region), category)
			.orElseThrow(() -> new NotFoundException("没有可复制的已发布指标体系"));
		IndicatorTemplate draft = new IndicatorTemplate(UUID.randomUUID(), UUID.randomUUID(), 1, name.strip(), region,
				category, IndicatorTemplate.Status.DRAFT, base.indicators());
		templates.insert(draft, user.username(), now());
		audit.record("evaluation.template.create", "IndicatorTemplate", draft.id(), null,
				summary(draft, "copied from " + base.name() + " version " + base.version()));
		return draft;
	}

	/**
	 * Replaces a draft's name and indicators. Levels, first levels and order follow the
	 * parents; the rules that block refuse the draft.
	 */
	@Transactional
	public Outcome updateDraft(UUID id, String name, List<Indicator> indicators) {
		CurrentUser user = requireAdministrator();
		IndicatorTemplate before = editableDraft(id, user);
		if (name == null || name.isBlank() || name.strip().length() > 200) {
			throw new InvalidInputException("name", "请填写指标体系名称（不超过200字）");
		}
		List<Indicator> normalized = normalize(indicators == null ? List.of() : indicators);
		TemplatePolicy.Decision decision = policy.check(normalized);
		if (!decision.allowed()) {
			throw new RuleViolationException(decision.refusals());
		}
		IndicatorTemplate after = new IndicatorTemplate(before.id(), before.familyId(), before.version(), name.strip(),
				before.regionCode(), before.catalogCategory(), IndicatorTemplate.Status.DRAFT, normalized);
		if (!templates.replaceDraft(after)) {
			throw new StateConflictException(null, "该版本已不是草稿，不能修改");
		}
		audit.record("evaluation.template.update", "IndicatorTemplate", id, summary(before, null),
				summary(after, null));
		return new Outcome(after, decision.warnings());
	}

	/**
	 * Adds a quantitative leaf of weight 0 under a first-level indicator of a draft (the
	 * first level itself is added when the draft has none yet).
	 */
	@Transactional
	public IndicatorTemplate addLeaf(UUID id, FirstLevel firstLevel) {
		CurrentUser user = requireAdministrator();
		IndicatorTemplate before = editableDraft(id, user);
		if (firstLevel == null) {
			throw new InvalidInputException("firstLevel", "请选择一级指标");
		}
		List<Indicator> indicators = new ArrayList<>(before.indicators());
		Indicator parent = indicators.stream()
			.filter(indicator -> indicator.level() == 1 && indicator.firstLevel() == firstLevel)
			.findFirst()
			.orElse(null);
		if (parent == null) {
			parent = new Indicator(code(indicators, firstLevel.name().substring(0, 1), 0), null, 1, 0,
					firstLevel.label(), firstLevel, BigDecimal.ZERO, null, null, null, null, null, List.of(), null);
			indicators.add(parent);
		}
		indicators.add(new Indicator(code(indicators, parent.code(), 1), parent.code(), 2, Integer.MAX_VALUE, "新指标",
				firstLevel, BigDecimal.ZERO, Indicator.Kind.QUANTITATIVE, null, null, Indicator.Direction.HIGHER,
				new BigDecimal("100"), List.of(), null));
		IndicatorTemplate after = new IndicatorTemplate(before.id(), before.familyId(), before.version(), before.name(),
				before.regionCode(), before.catalogCategory(), before.status(), normalize(indicators));
		templates.replaceDraft(after);
		audit.record("evaluation.template.update", "IndicatorTemplate", id, summary(before, null),
				summary(after, "leaf added under " + firstLevel.label()));
		return after;
	}

	/**
	 * Publishes a draft: new evaluations in its region and category open with it, the
	 * family's previously published version is retired.
	 */
	@Transactional
	public Outcome publish(UUID id) {
		CurrentUser user = requireAdministrator();
		IndicatorTemplate draft = editableDraft(id, user);
		templates.lockFamily(draft.familyId());
		TemplatePolicy.Decision decision = policy.check(draft.indicators());
		if (!decision.allowed()) {
			throw new RuleViolationException(decision.refusals());
		}
		templates.setStatus(id, IndicatorTemplate.Status.PUBLISHED, now());
		IndicatorTemplate published = templates.find(id).orElseThrow();
		audit.record("evaluation.template.publish", "IndicatorTemplate", id, summary(draft, null),
				summary(published, null));
		return new Outcome(published, decision.warnings());
	}

	// ---- who may do what

	/** Finance sees the default, its region's and those above and below it. */
	static boolean visible(IndicatorTemplate template, CurrentUser user) {
		if (user.hasRole(Role.ADMIN) || template.regionCode() == null) {
			return true;
		}
		RegionCode region = new RegionCode(template.regionCode());
		return user.region() != null && (region.contains(user.region()) || user.region().contains(region));
	}

	/**
	 * Finance edits its region's templates and those below it; the default is the
	 * admin's.
	 */
	static boolean editable(IndicatorTemplate template, CurrentUser user) {
		if (user.hasRole(Role.ADMIN)) {
			return true;
		}
		return template.regionCode() != null && user.region() != null
				&& user.region().contains(new RegionCode(template.regionCode()));
	}

	private static CurrentUser requireAdministrator() {
		CurrentUser user = CurrentUser.require();
		if (!user.hasAnyRole(Role.ADMIN, Role.FINANCE_CLERK, Role.FINANCE_REVIEWER)) {
			throw new AccessDeniedException("只有财政部门和系统管理员可以管理绩效评价指标体系");
		}
		return user;
	}

	private IndicatorTemplate editableVersion(UUID id, CurrentUser user) {
		IndicatorTemplate template = templates.find(id)
			.filter(found -> visible(found, user))
			.orElseThrow(() -> new NotFoundException("指标体系不存在"));
		if (!editable(template, user)) {
			throw new AccessDeniedException(template.regionCode() == null ? "平台通用指标体系由系统管理员维护，财政部门可为本地区新建指标体系"
					: "只能维护本级及下级地区的指标体系，不能修改上级地区的指标体系");
		}
		return template;
	}

	private IndicatorTemplate editableDraft(UUID id, CurrentUser user) {
		IndicatorTemplate template = editableVersion(id, user);
		if (template.status() != IndicatorTemplate.Status.DRAFT) {
			throw new StateConflictException(null, "已发布或已停用的版本不能修改，请新建版本");
		}
		return template;
	}

	/**
	 * Checks each indicator's own input and derives level, first level and order from the
	 * parents.
	 */
	static List<Indicator> normalize(List<Indicator> indicators) {
		Map<String, Indicator> byCode = new LinkedHashMap<>();
		for (Indicator indicator : indicators) {
			String label = indicator.name() == null || indicator.name().isBlank() ? indicator.code() : indicator.name();
			if (indicator.code() == null || !CODE.matcher(indicator.code()).matches()) {
				throw new InvalidInputException("indicators", "指标编码应为1至16位字母或数字：" + label);
			}
			if (byCode.containsKey(indicator.code())) {
				throw new InvalidInputException("indicators", "指标编码重复：" + indicator.code());
			}
			if (indicator.name() == null || indicator.name().isBlank() || indicator.name().length() > 200) {
				throw new InvalidInputException("indicators", "请填写指标名称（不超过200字）：" + indicator.code());
			}
			if (indicator.weight() == null || indicator.weight().signum() < 0
					|| indicator.weight().compareTo(new BigDecimal("100")) > 0 || indicator.weight().scale() > 2) {
				throw new InvalidInputException("indicators", "权重应在0至100分之间，最多两位小数：" + label);
			}
			if (indicator.parentCode() == null && indicator.firstLevel() == null) {
				throw new InvalidInputException("indicators", "请为一级指标选择决策、过程、产出或效益：" + label);
			}
			byCode.put(indicator.code(), indicator);
		}
		Map<String, Integer> seqs = new HashMap<>();
		List<Indicator> normalized = new ArrayList<>();
		for (Indicator indicator : indicators) {
			int level = level(indicator, byCode, new HashSet<>());
			if (level > 3) {
				throw new InvalidInputException("indicators", "指标最多三级：" + indicator.name());
			}
			FirstLevel first = root(indicator, byCode).firstLevel();
			int seq = seqs.merge(String.valueOf(indicator.parentCode()), 1, Integer::sum);
			boolean leaf = indicator.kind() != null;
			boolean quantitative = indicator.kind() == Indicator.Kind.QUANTITATIVE;
			normalized.add(new Indicator(indicator.code(), indicator.parentCode(), level, seq, indicator.name().strip(),
					first, indicator.weight(), indicator.kind(), leaf ? indicator.measure() : null,
					leaf ? blankToNull(indicator.targetCategory()) : null, quantitative ? indicator.direction() : null,
					quantitative ? indicator.defaultTarget() : null,
					indicator.kind() == Indicator.Kind.QUALITATIVE ? indicator.rubric() : List.of(),
					blankToNull(indicator.description())));
		}
		normalized.sort(java.util.Comparator.comparingInt(Indicator::level)
			.thenComparing(indicator -> String.valueOf(indicator.parentCode()))
			.thenComparingInt(Indicator::seq));
		return normalized;
	}

	private static int level(Indicator indicator, Map<String, Indicator> byCode, Set<String> seen) {
		if (indicator.parentCode() == null) {
			return 1;
		}
		Indicator parent = byCode.get(indicator.parentCode());
		if (parent == null || !seen.add(indicator.code())) {
			throw new InvalidInputException("indicators", "上级指标不存在或形成循环：" + indicator.name());
		}
		return level(parent, byCode, seen) + 1;
	}

	private static Indicator root(Indicator indicator, Map<String, Indicator> byCode) {
		Indicator at = indicator;
		while (at.parentCode() != null) {
			at = byCode.get(at.parentCode());
		}
		return at;
	}

	private static String code(List<Indicator> indicators, String prefix, int from) {
		Set<String> taken = new HashSet<>();
		indicators.forEach(indicator -> taken.add(indicator.code()));
		for (int n = from;; n++) {
			String candidate = n == 0 ? prefix : prefix + n;
			if (!taken.contains(candidate)) {
				return candidate;
			}
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Map<String, Object> summary(IndicatorTemplate template, String note) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("name", template.name());
		summary.put("family", template.familyId());
		summary.put("version", template.version());
		summary.put("region", template.regionCode());
		summary.put("category", template.catalogCategory());
		summary.put("status", template.status().name());
		Map<String, Object> weights = new LinkedHashMap<>();
		template.indicators().forEach(indicator -> weights.put(indicator.code(), indicator.weight()));
		summary.put("weights", weights);
		Optional.ofNullable(note).ifPresent(text -> summary.put("note", text));
		return summary;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
