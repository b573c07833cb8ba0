package org.govbuy.evaluation.application;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.evaluation.domain.FirstLevel;
import org.govbuy.evaluation.domain.Indicator;
import org.govbuy.evaluation.domain.IndicatorTemplate;
import org.govbuy.evaluation.domain.Measure;
import org.govbuy.shared.RegionCode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Indicator templates in {@code evaluation.template} and {@code template_indicator}: one
 * version by id, the version an evaluation opens with, and new versions.
 */
@Repository
public class TemplateRepository {

	private static final TypeReference<List<Indicator.RubricLevel>> RUBRIC = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	TemplateRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** One version. */
	public Optional<IndicatorTemplate> find(UUID id) {
		return jdbc.sql("select * from evaluation.template where id = :id")
			.param("id", id)
			.query((rs, n) -> new Head(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
					rs.getInt("version"), rs.getString("name"), rs.getString("region_code"),
					rs.getString("catalog_category"), IndicatorTemplate.Status.valueOf(rs.getString("status"))))
			.optional()
			.map(head -> new IndicatorTemplate(head.id(), head.familyId(), head.version(), head.name(),
					head.regionCode(), head.catalogCategory(), head.status(), indicators(head.id())));
	}

	/**
	 * The published template a new evaluation in the region of a contract under the
	 * catalog item opens with: the one of the nearest region (the region itself, then the
	 * regions above it, then the platform's default), and within it the longest catalog
	 * prefix.
	 */
	public Optional<IndicatorTemplate> applicable(RegionCode region, String catalogCode) {
		List<String> regions = new ArrayList<>();
		for (Optional<RegionCode> r = Optional.of(region); r.isPresent(); r = r.get().parentCode()) {
			regions.add(r.get().value());
		}
		String code = catalogCode == null ? "" : catalogCode;
		List<UUID> candidates = jdbc.sql("""
				select id, region_code, catalog_category from evaluation.template
				where status = :published
				  and (region_code is null or region_code in (:regions))
				  and (catalog_category is null or :code like catalog_category || '%')
				order by length(coalesce(catalog_category, '')) desc, version desc""")
			.param("published", IndicatorTemplate.Status.PUBLISHED.name())
			.param("regions", regions)
			.param("code", code)
			.param("published", IndicatorTemplate.Status.PUBLISHED.name())
			.query((rs, n) -> new Candidate(rs.getObject("id", UUID.class), rs.getString("region_code"),
					rs.getString("catalog_category")))
			.list()
			.stream()
			.sorted((a, b) -> Integer.compare(rank(regions, a.regionCode()), rank(regions, b.regionCode())))
			.map(Candidate::id)
			.toList();
		return candidates.stream().findFirst().flatMap(this::find);
	}

	/**
	 * Published and draft versions, newest first per family, for the region and above.
	 */
	public List<IndicatorTemplate> all() {
		return jdbc.sql("select id from evaluation.template order by name, version desc")
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> find(id).orElseThrow())
			.toList();
	}

	/** Stores a new version (a draft or published) with its indicators. */
	public void insert(IndicatorTemplate template, String createdBy, OffsetDateTime now) {
		jdbc.sql("""
				insert into evaluation.template (id, family_id, version, name, region_code, catalog_category, status,
				  created_by, created_at, published_at)
				values (:id, :family, :version, :name, :region, :category, :status, :by, :now, :published)""")
			.param("id", template.id())
			.param("family", template.familyId())
			.param("version", template.version())
			.param("name", template.name())
			.param("region", template.regionCode())
			.param("category", template.catalogCategory())
			.param("status", template.status().name())
			.param("by", createdBy)
			.param("now", now)
			.param("published", template.status() == IndicatorTemplate.Status.PUBLISHED ? now : null)
			.update();
		insertIndicators(template.id(), template.indicators());
	}

	/**
	 * Replaces a draft's name and indicators; a version that is no longer a draft is left
	 * as it is.
	 * @return whether the draft was replaced
	 */
	public boolean replaceDraft(IndicatorTemplate draft) {
		int updated = jdbc.sql("update evaluation.template set name = :name where id = :id and status = :draft")
			.param("draft", IndicatorTemplate.Status.DRAFT.name())
			.param("name", draft.name())
			.param("id", draft.id())
			.update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("delete from evaluation.template_indicator where template_id = :id").param("id", draft.id()).update();
		insertIndicators(draft.id(), draft.indicators());
		return true;
	}

	/**
	 * Locks a family's versions until the transaction ends, so two new versions are not
	 * numbered alike.
	 * @return the family's highest version number, 0 for a new family
	 */
	public int lockFamily(UUID familyId) {
		return jdbc.sql("select version from evaluation.template where family_id = :family for update")
			.param("family", familyId)
			.query(Integer.class)
			.list()
			.stream()
			.mapToInt(Integer::intValue)
			.max()
			.orElse(0);
	}

	/** The family's draft, if it has one. */
	public Optional<UUID> draftOf(UUID familyId) {
		return jdbc.sql("select id from evaluation.template where family_id = :family and status = :draft")
			.param("draft", IndicatorTemplate.Status.DRAFT.name())
			.param("family", familyId)
			.query(UUID.class)
			.optional();
	}

	/** The family's template for a region and catalog category, if there is one. */
	public Optional<UUID> familyFor(String regionCode, String catalogCategory) {
		return jdbc.sql("""
				select distinct family_id from evaluation.template
				where region_code is not distinct from cast(:region as char(6))
				  and catalog_category is not distinct from cast(:category as varchar(40))""")
			.param("region", regionCode)
			.param("category", catalogCategory)
			.query(UUID.class)
			.list()
			.stream()
			.findFirst();
	}

	private void insertIndicators(UUID templateId, List<Indicator> indicators) {
		for (Indicator indicator : indicators) {
			jdbc.sql(
					"""
							insert into evaluation.template_indicator (template_id, code, parent_code, level, seq, name,
							  first_level, weight, kind, measure, target_category, direction, default_target, rubric, description)
							values (:template, :code, :parent, :level, :seq, :name, :first, :weight, :kind, :measure,
							  :target, :direction, :defaultTarget, cast(:rubric as jsonb), :description)""")
				.param("template", templateId)
				.param("code", indicator.code())
				.param("parent", indicator.parentCode())
				.param("level", indicator.level())
				.param("seq", indicator.seq())
				.param("name", indicator.name())
				.param("first", indicator.firstLevel().name())
				.param("weight", indicator.weight())
				.param("kind", indicator.kind() == null ? null : indicator.kind().name())
				.param("measure", indicator.measure() == null ? null : indicator.measure().name())
				.param("target", indicator.targetCategory())
				.param("direction", indicator.direction() == null ? null : indicator.direction().name())
				.param("defaultTarget", indicator.defaultTarget())
				.param("rubric", indicator.rubric().isEmpty() ? null : json.writeValueAsString(indicator.rubric()))
				.param("description", indicator.description())
				.update();
		}
	}

	/**
	 * Sets a version's state (publishing one retires the family's other published
	 * version).
	 */
	public void setStatus(UUID id, IndicatorTemplate.Status status, OffsetDateTime now) {
		if (status == IndicatorTemplate.Status.PUBLISHED) {
			jdbc.sql("""
					update evaluation.template set status = :retired
					where status = :published and id <> :id
					  and family_id = (select family_id from evaluation.template where id = :id)""")
				.param("retired", IndicatorTemplate.Status.RETIRED.name())
				.param("published", IndicatorTemplate.Status.PUBLISHED.name())
				.param("id", id)
				.update();
		}
		jdbc.sql("""
				update evaluation.template set status = :status,
				  published_at = case when :publishing then :now else published_at end
				where id = :id""")
			.param("status", status.name())
			.param("publishing", status == IndicatorTemplate.Status.PUBLISHED)
			.param("now", now)
			.param("id", id)
			.update();
	}

	private List<Indicator> indicators(UUID templateId) {
		return jdbc.sql("select * from evaluation.template_indicator where template_id = :id order by level, seq, code")
			.param("id", templateId)
			.query((rs, n) -> new Indicator(rs.getString("code"), rs.getString("parent_code"), rs.getInt("level"),
					rs.getInt("seq"), rs.getString("name"), FirstLevel.valueOf(rs.getString("first_level")),
					rs.getBigDecimal("weight"), enumOrNull(Indicator.Kind.class, rs.getString("kind")),
					enumOrNull(Measure.class, rs.getString("measure")), rs.getString("target_category"),
					enumOrNull(Indicator.Direction.class, rs.getString("direction")),
					rs.getBigDecimal("default_target"), rubric(rs.getString("rubric")), rs.getString("description")))
			.list();
	}

	private List<Indicator.RubricLevel> rubric(String text) {
		return text == null ? List.of() : json.readValue(text, RUBRIC);
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	private static int rank(List<String> regions, String regionCode) {
		return regionCode == null ? regions.size() : regions.indexOf(regionCode);
	}

	private record Head(UUID id, UUID familyId, int version, String name, String regionCode, String catalogCategory,
			IndicatorTemplate.Status status) {
	}

	private record Candidate(UUID id, String regionCode, String catalogCategory) {
	}

}
