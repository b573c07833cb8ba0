package org.govbuy.evaluation.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.govbuy.evaluation.application.EvaluationQueries;
import org.govbuy.evaluation.application.EvaluationViews;
import org.govbuy.evaluation.application.PerformanceEvaluations;
import org.govbuy.evaluation.domain.Party;
import org.govbuy.evaluation.domain.Scoring;
import org.govbuy.evaluation.web.EvaluationForms.AcceptForm;
import org.govbuy.evaluation.web.EvaluationForms.AnswerForm;
import org.govbuy.evaluation.web.EvaluationForms.AssignForm;
import org.govbuy.evaluation.web.EvaluationForms.ObjectionForm;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.RuleRefusals;
import org.govbuy.shared.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evaluation pages: the user's evaluations (tasks first, with due dates) and one
 * evaluation with the parties, the indicator tree (weights, targets, measured actuals,
 * rubric levels) and the forms of whoever may act now. A refused command goes back to the
 * page with its rule shown on the form it came from.
 */
@Controller
class EvaluationPages {

	private final PerformanceEvaluations evaluations;

	private final EvaluationQueries queries;

	private final org.govbuy.evaluation.application.Surveys surveys;

	EvaluationPages(PerformanceEvaluations evaluations, EvaluationQueries queries,
			org.govbuy.evaluation.application.Surveys surveys) {
		this.surveys = surveys;
		this.evaluations = evaluations;
		this.queries = queries;
	}

	@GetMapping("/evaluation")
	@PreAuthorize("isAuthenticated()")
	String list(Model model) {
		model.addAttribute("evaluations", queries.list());
		return "evaluation/list";
	}

	@GetMapping("/evaluation/{id}")
	@PreAuthorize("isAuthenticated()")
	String detail(@PathVariable UUID id, Model model) {
		EvaluationViews.Detail detail = queries.detail(id);
		model.addAttribute("evaluation", detail);
		model.addAttribute("parties", Party.values());
		if (detail.can().assign()) {
			model.addAttribute("evaluators", queries.evaluators());
		}
		try {
			model.addAttribute("survey", surveys.summary(id));
		}
		catch (org.govbuy.platform.NotFoundException ex) {
			// a reader of the evaluation the survey's rules do not admit sees no survey
			// section
		}
		return "evaluation/detail";
	}

	@PostMapping("/evaluation/{id}/open")
	@PreAuthorize(EvaluationApi.PURCHASERS)
	String open(@PathVariable UUID id, RedirectAttributes redirect) {
		return run(id, "open", redirect, () -> {
			evaluations.openEarly(id);
			return "已开始评价，请各评价方评分";
		});
	}

	@PostMapping("/evaluation/{id}/assign")
	@PreAuthorize(EvaluationApi.PURCHASERS)
	String assign(@PathVariable UUID id, @Valid @ModelAttribute AssignForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return run(id, "assign", redirect, () -> {
			requireValid(binding);
			evaluations.assign(id, form.organizationId());
			return "已委托第三方评价机构，等待其确认独立性声明";
		});
	}

	@PostMapping("/evaluation/{id}/accept")
	@PreAuthorize("hasRole('EVALUATOR')")
	String accept(@PathVariable UUID id, @ModelAttribute AcceptForm form, RedirectAttributes redirect) {
		return run(id, "accept", redirect, () -> {
			evaluations.accept(id, form.declared(), form.consulted());
			return "已确认独立性声明并接受委托";
		});
	}

	@PostMapping("/evaluation/{id}/scores")
	@PreAuthorize(EvaluationApi.SCORERS)
	String scores(@PathVariable UUID id, @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
		boolean submit = "submit".equals(fields.get("action"));
		return run(id, "scores", redirect, () -> {
			var score = evaluations.score(id, EvaluationForms.sheet(fields), submit);
			return (submit ? "已提交本方评分：" : "已保存草稿，当前得分：") + Scoring.shown(score) + "分";
		});
	}

	@PostMapping("/evaluation/{id}/finish")
	@PreAuthorize(EvaluationApi.PURCHASERS)
	String finish(@PathVariable UUID id, RedirectAttributes redirect) {
		return run(id, "finish", redirect, () -> {
			Scoring.Result result = evaluations.finish(id);
			return "已汇总评价结果：" + result.shown() + "分，等级“" + result.grade().label() + "”；已进入承接主体异议期";
		});
	}

	@PostMapping("/evaluation/{id}/objection")
	@PreAuthorize("hasRole('PROVIDER')")
	String objection(@PathVariable UUID id, @Valid @ModelAttribute ObjectionForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return run(id, "objection", redirect, () -> {
			requireValid(binding);
			evaluations.object(id, form.objection());
			return "已提出异议，等待购买主体答复";
		});
	}

	@PostMapping("/evaluation/{id}/confirm")
	@PreAuthorize("hasRole('PROVIDER')")
	String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
		return run(id, "objection", redirect, () -> {
			evaluations.confirm(id);
			return "已确认评价结果，评价完成";
		});
	}

	@PostMapping("/evaluation/{id}/answer")
	@PreAuthorize(EvaluationApi.PURCHASERS)
	String answer(@PathVariable UUID id, @Valid @ModelAttribute AnswerForm form, BindingResult binding,
			@RequestParam Map<String, String> fields, RedirectAttributes redirect) {
		return run(id, "answer", redirect, () -> {
			requireValid(binding);
			evaluations.answer(id, form.answer(), form.adjusting() ? EvaluationForms.sheet(fields) : null);
			return "已答复异议，评价完成";
		});
	}

	private static void requireValid(BindingResult binding) {
		if (binding.hasErrors()) {
			var error = binding.getAllErrors().get(0);
			throw new InvalidInputException(null, error.getDefaultMessage());
		}
	}

	/**
	 * Runs a command and goes back to the evaluation: its message on success; a refusal
	 * (its rules, or the reason) on the form it came from.
	 */
	private static String run(UUID id, String form, RedirectAttributes redirect, Supplier<String> command) {
		try {
			redirect.addFlashAttribute("flash", command.get());
		}
		catch (RuleViolationException ex) {
			RuleRefusals.count(ex);
			redirect.addFlashAttribute("violations", ex.violations());
			redirect.addFlashAttribute("refusedForm", form);
		}
		catch (InvalidInputException | AccessDeniedException | NotFoundException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			redirect.addFlashAttribute("refusedForm", form);
		}
		return "redirect:/evaluation/" + id;
	}

}
