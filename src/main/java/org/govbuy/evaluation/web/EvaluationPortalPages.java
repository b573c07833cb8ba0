package org.govbuy.evaluation.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.govbuy.evaluation.document.EvaluationPublication;
import org.govbuy.evaluation.document.EvaluationReports;
import org.govbuy.shared.RegionCode;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published evaluation results on the public portal (87号文 §五: a project's performance
 * evaluation is published), filterable by region, year and contract, each with its
 * report; and the report for those who may see an evaluation before it is published.
 */
@Controller
class EvaluationPortalPages {

	private final EvaluationPublication publication;

	private final EvaluationReports reports;

	EvaluationPortalPages(EvaluationPublication publication, EvaluationReports reports) {
		this.publication = publication;
		this.reports = reports;
	}

	@GetMapping("/portal/evaluations")
	@PreAuthorize("permitAll()")
	String published(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) UUID contract, Model model) {
		RegionCode scope = region != null && RegionCode.isValid(region) ? new RegionCode(region) : null;
		model.addAttribute("evaluations", publication.published(scope, year, contract));
		model.addAttribute("regions", publication.regions());
		model.addAttribute("years", publication.years());
		model.addAttribute("region", scope == null ? "" : scope.value());
		model.addAttribute("year", year);
		model.addAttribute("contract", contract);
		return "portal/evaluations";
	}

	@GetMapping("/portal/evaluations/{id}/report.pdf")
	@PreAuthorize("permitAll()")
	ResponseEntity<byte[]> publishedReport(@PathVariable UUID id) {
		return pdf(reports.published(id), "绩效评价报告（公开版）.pdf");
	}

	@GetMapping("/evaluation/{id}/report.pdf")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> report(@PathVariable UUID id) {
		return pdf(reports.internal(id), "绩效评价报告.pdf");
	}

	private static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PDF);
		headers.setContentDisposition(ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build());
		return new ResponseEntity<>(content, headers, HttpStatus.OK);
	}

}
