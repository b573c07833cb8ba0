package org.govbuy.evaluation.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.govbuy.evaluation.application.Surveys;
import org.govbuy.platform.InvalidInputException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The survey of an evaluation for those who run it: how many tokens went out, how many
 * answered and the mean satisfaction (never who), and for the purchaser and the provider
 * the form that hands out a batch. The batch's slips come back in the answer to that form
 * — a page to print, or a PDF — and nowhere else: the tokens are not kept.
 */
@Controller
class SurveyPages {

	private final Surveys surveys;

	private final SurveySlips slips;

	private final SurveySlipPdf pdf;

	SurveyPages(Surveys surveys, SurveySlips slips, SurveySlipPdf pdf) {
		this.surveys = surveys;
		this.slips = slips;
		this.pdf = pdf;
	}

	@GetMapping("/evaluation/{id}/survey")
	@PreAuthorize("isAuthenticated()")
	String survey(@PathVariable UUID id, Model model) {
		model.addAttribute("survey", surveys.summary(id));
		return "evaluation/survey";
	}

	/** Hands out a batch and answers with its slips (page or PDF), shown this once. */
	@PostMapping("/evaluation/{id}/survey/tokens")
	@PreAuthorize("isAuthenticated()")
	Object issue(@PathVariable UUID id, @RequestParam(defaultValue = "0") String count,
			@RequestParam(defaultValue = "page") String format, Model model) {
		Surveys.Issued issued;
		try {
			issued = surveys.issue(id, parse(count));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("survey", surveys.summary(id));
			model.addAttribute("issueError", ex.getMessage());
			model.addAttribute("count", count);
			return "evaluation/survey";
		}
		if ("pdf".equals(format)) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename("满意度调查凭证-第" + issued.batch() + "批.pdf", StandardCharsets.UTF_8)
							.build()
							.toString())
				.body(pdf.render(issued, slips.of(issued)));
		}
		model.addAttribute("issued", issued);
		model.addAttribute("slips", slips.of(issued));
		model.addAttribute("instruction", SurveySlips.INSTRUCTION);
		return "evaluation/survey-slips";
	}

	private static int parse(String count) {
		try {
			return Integer.parseInt(count.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("count", "请填写发放份数（1至" + Surveys.MAX_BATCH + "）");
		}
	}

}
