package org.govbuy.evaluation.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.govbuy.evaluation.application.TemplateAdministration;
import org.govbuy.evaluation.domain.FirstLevel;
import org.govbuy.evaluation.domain.Indicator;
import org.govbuy.evaluation.domain.IndicatorTemplate;
import org.govbuy.evaluation.domain.Measure;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.shared.RuleViolation;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The indicator systems as JSON, for finance and administrators. */
@RestController
@Tag(name = "绩效评价指标体系", description = "按地区和品目类别维护的绩效评价指标体系：版本、草稿编辑、发布（规则 EVAL-T1 至 EVAL-T5）")
class TemplateApi {

	private final TemplateAdministration administration;

	TemplateApi(TemplateAdministration administration) {
		this.administration = administration;
	}

	/**
	 * A version in a list.
	 *
	 * @param editable whether the caller may make versions of it
	 */
	record TemplateSummary(UUID id, UUID familyId, int version, String name, String regionCode, String catalogCategory,
			IndicatorTemplate.Status status, boolean editable) {

		static TemplateSummary of(TemplateAdministration.Row row) {
			IndicatorTemplate t = row.template();
			return new TemplateSummary(t.id(), t.familyId(), t.version(), t.name(), t.regionCode(), t.catalogCategory(),
					t.status(), row.editable());
		}

	}

	/** A version with its indicators and whether the caller may edit it. */
	record TemplateDetail(IndicatorTemplate template, boolean editable) {
	}

	/** A draft saved or published, with the warnings of rules that do not refuse. */
	record Saved(IndicatorTemplate template, List<RuleViolation> warnings) {

		static Saved of(TemplateAdministration.Outcome outcome) {
			return new Saved(outcome.template(), outcome.warnings());
		}

	}

	record NewFamily(String name, String catalogCategory) {
	}

	/**
	 * A draft's indicators; levels, order and the first level of children are derived
	 * from the parents.
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "TemplateDraftRequest")
	record DraftRequest(String name, List<IndicatorRequest> indicators) {

		List<Indicator> asIndicators() {
			if (indicators == null || indicators.contains(null)) {
				throw new InvalidInputException("indicators", "请逐项填写指标");
			}
			return indicators.stream()
				.map(i -> new Indicator(i.code(), i.parentCode(), i.parentCode() == null ? 1 : 2, 0, i.name(),
						i.firstLevel(), i.weight(), i.kind(), i.measure(), i.targetCategory(), i.direction(),
						i.defaultTarget(),
						i.rubric() == null ? List.of() : i.rubric().stream().filter(Objects::nonNull).toList(),
						i.description()))
				.toList();
		}

	}

	/** One indicator of a draft; {@code firstLevel} on the first level only. */
	record IndicatorRequest(String code, String parentCode, String name, FirstLevel firstLevel, BigDecimal weight,
			Indicator.Kind kind, Measure measure, String targetCategory, Indicator.Direction direction,
			BigDecimal defaultTarget, List<Indicator.RubricLevel> rubric, String description) {
	}

	@GetMapping("/api/v1/evaluation-templates")
	@PreAuthorize(TemplatePages.ADMINISTRATORS)
	@Operation(summary = "可见的指标体系版本：平台通用、本级、上级和下级地区的")
	List<TemplateSummary> list() {
		return administration.list().stream().map(TemplateSummary::of).toList();
	}

	@GetMapping("/api/v1/evaluation-templates/{id}")
	@PreAuthorize(TemplatePages.ADMINISTRATORS)
	@Operation(summary = "一个版本及其指标（上级在前）")
	TemplateDetail get(@PathVariable UUID id) {
		TemplateAdministration.Row row = administration.get(id);
		return new TemplateDetail(row.template(), row.editable());
	}

	@PostMapping("/api/v1/evaluation-templates")
	@PreAuthorize(TemplatePages.ADMINISTRATORS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "为本地区和一个品目类别新建指标体系（草稿第1版，复制自当前适用的指标体系）")
	IndicatorTemplate create(@RequestBody NewFamily request) {
		return administration.newFamily(request.name(), request.catalogCategory());
	}

	@PostMapping("/api/v1/evaluation-templates/{id}/versions")
	@PreAuthorize(TemplatePages.ADMINISTRATORS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "以该版本为基础新建同一指标体系的草稿版本（版本号加1）；已发布版本不变")
	IndicatorTemplate newVersion(@PathVariable UUID id) {
		return administration.newVersion(id);
	}

	@PutMapping("/api/v1/evaluation-templates/{id}")
	@PreAuthorize(TemplatePages.ADMINISTRATORS)
	@Operation(summary = "修改草稿的名称和全部指标；违反规则答复422及违反的规则")
	Saved update(@PathVariable UUID id, @RequestBody DraftRequest request) {
		return Saved.of(administration.updateDraft(id, request.name(), request.asIndicators()));
	}

	@PostMapping("/api/v1/evaluation-templates/{id}/publish")
	@PreAuthorize(TemplatePages.ADMINISTRATORS)
	@Operation(summary = "发布草稿：新开始的评价使用此版本，同一指标体系原已发布的版本停用；已开始的评价仍用原版本")
	Saved publish(@PathVariable UUID id) {
		return Saved.of(administration.publish(id));
	}

}
