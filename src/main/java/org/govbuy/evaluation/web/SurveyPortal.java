package org.govbuy.evaluation.web;

import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.govbuy.evaluation.application.SurveyAnswer;
import org.govbuy.evaluation.application.SurveyQuestion;
import org.govbuy.evaluation.application.SurveyRating;
import org.govbuy.evaluation.application.Surveys;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public survey page a slip's link or QR code opens, made for a phone: no sign-in, no
 * cookie (its own stateless filter chain without CSRF — the token in the address is the
 * capability), five questions with big buttons and an optional comment. An unknown, used
 * or closed token gets a page saying so.
 */
@Controller
@PreAuthorize("permitAll()")
class SurveyPortal {

	private final Surveys surveys;

	SurveyPortal(Surveys surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/portal/survey/thanks")
	String thanks(Model model) {
		return state(Surveys.State.ANSWERED, model, null);
	}

	@GetMapping("/portal/survey/{token}")
	String survey(@PathVariable String token, Model model, HttpServletResponse response) {
		Surveys.Invitation invitation = surveys.invitation(token);
		if (invitation.state() != Surveys.State.OPEN) {
			return state(invitation.state(), model, response);
		}
		return form(token, invitation, new SurveyAnswer(Map.of(), null), Map.of(), model);
	}

	@PostMapping("/portal/survey/{token}")
	String answer(@PathVariable String token, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		SurveyAnswer answer = answerOf(form);
		Map<String, String> problems = answer.problems();
		if (!problems.isEmpty()) {
			Surveys.Invitation invitation = surveys.invitation(token);
			if (invitation.state() != Surveys.State.OPEN) {
				return state(invitation.state(), model, response);
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(token, invitation, answer, problems, model);
		}
		Surveys.State state = surveys.answer(token, answer);
		if (state == Surveys.State.ANSWERED) {
			// Post/redirect/get without a flash attribute: a flash would need a session.
			return "redirect:/portal/survey/thanks";
		}
		return state(state, model, response);
	}

	static SurveyAnswer answerOf(Map<String, String> form) {
		Map<SurveyQuestion, SurveyRating> ratings = new EnumMap<>(SurveyQuestion.class);
		for (SurveyQuestion question : SurveyQuestion.values()) {
			SurveyRating.parse(form.get(question.name())).ifPresent(rating -> ratings.put(question, rating));
		}
		return new SurveyAnswer(ratings, form.get("comment"));
	}

	private static String form(String token, Surveys.Invitation invitation, SurveyAnswer answer,
			Map<String, String> problems, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("invitation", invitation);
		model.addAttribute("questions", SurveyQuestion.values());
		model.addAttribute("ratings", SurveyRating.values());
		model.addAttribute("answer", answer);
		model.addAttribute("problems", problems);
		model.addAttribute("maxComment", SurveyAnswer.MAX_COMMENT);
		return "portal/survey";
	}

	private static String state(Surveys.State state, Model model, HttpServletResponse response) {
		if (response != null) {
			response.setStatus(switch (state) {
				case UNKNOWN -> HttpStatus.NOT_FOUND.value();
				case USED, CLOSED -> HttpStatus.GONE.value();
				default -> HttpStatus.OK.value();
			});
		}
		model.addAttribute("state", state);
		return "portal/survey-state";
	}

}
