package org.govbuy.platform.admin;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.clock.TrainingClocks;
import org.govbuy.platform.FormErrors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's training clock (培训时钟): in a training or demo environment, moves the
 * platform's date forward so legal time limits can be shown and practised in one session.
 */
@Controller
@RequestMapping("/platform/training-clock")
@PreAuthorize("hasRole('ADMIN')")
class TrainingClockPages {

	private final TrainingClocks clocks;

	TrainingClockPages(TrainingClocks clocks) {
		this.clocks = clocks;
	}

	/** The date to move the platform to. */
	record TrainingClockForm(
			@NotNull(message = "请选择日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
	}

	@GetMapping
	String show(Model model) {
		if (!model.containsAttribute("trainingClockForm")) {
			model.addAttribute("trainingClockForm", new TrainingClockForm(clocks.today().plusDays(1)));
		}
		model.addAttribute("enabled", clocks.enabled());
		model.addAttribute("today", clocks.today());
		return "platform/training-clock";
	}

	@PostMapping
	String move(@Valid @ModelAttribute("trainingClockForm") TrainingClockForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()
				&& FormErrors.attempt(() -> clocks.moveTo(form.date(), CurrentUser.require()), binding, model)) {
			redirect.addFlashAttribute("flash", "平台日期已调至 " + form.date() + "，其间每日的到期处理已执行");
			return "redirect:/platform/training-clock";
		}
		return show(model);
	}

}
