package org.govbuy.evaluation.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.StateConflictException;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The service recipients' survey (服务对象满意度调查) of an evaluation: the purchaser or the
 * provider hands out a batch of single-use tokens, printed as slips with a QR code of
 * their link, while the evaluation is open; a recipient answers once per token, without
 * signing in. Only the tokens' SHA-256 hashes are kept, and an answer keeps no token, no
 * address and no time of day: everyone who may see the evaluation sees how many tokens
 * went out, how many answered and their mean satisfaction — never who answered.
 */
@Service
public class Surveys {

	/**
	 * The evaluation's status (评价中) in which its survey takes answers and tokens; every
	 * other status closes the survey.
	 */
	static final String OPEN_STATUS = org.govbuy.evaluation.domain.EvaluationStatus.OPEN.name();

	/** The most tokens one batch hands out. */
	public static final int MAX_BATCH = 500;

	/** 144 random bits: 24 URL-safe characters. */
	static final int TOKEN_BYTES = 18;

	static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{16,64}");

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final SurveyAccess access;

	private final SurveyResults results;

	private final AuditTrail audit;

	private final Clock clock;

	Surveys(JdbcClient jdbc, SurveyAccess access, SurveyResults results, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.results = results;
		this.audit = audit;
		this.clock = clock;
	}

	/** The evaluation as its survey shows it. */
	public record Evaluation(UUID id, String title, String contractNumber, UUID unitId, String unitName,
			RegionCode region, UUID providerId, String providerName, boolean open) {
	}

	/**
	 * What may be known of a survey.
	 *
	 * @param issued tokens handed out
	 * @param answered answers received
	 * @param satisfaction their mean satisfaction (0–100, 4 decimals), null before the
	 * first answer
	 * @param canIssue whether the current user may hand out tokens now
	 */
	public record Summary(Evaluation evaluation, int issued, int answered, BigDecimal satisfaction, boolean canIssue) {

		/** The mean as shown: truncated to 2 decimals, so it never reads higher. */
		public String satisfactionShown() {
			return satisfaction == null ? "—" : satisfaction.setScale(2, RoundingMode.DOWN).toPlainString();
		}

	}

	/** A batch just handed out: the only time its tokens are ever seen. */
	public record Issued(Evaluation evaluation, int batch, List<String> tokens) {
	}

	/** Where a token stands when a recipient opens or answers it. */
	public enum State {

		/** 可作答: the token is unused and the evaluation open. */
		OPEN("请您评价", null),
		/** 已提交: the answer was just recorded. */
		ANSWERED("感谢您的评价", "您的评价已提交。评价不记录您的身份，感谢您的参与！"),
		/** 无效: no such token. */
		UNKNOWN("链接无效", "未找到这份满意度调查，请核对链接或二维码是否完整。"),
		/** 已使用: the token was answered before. */
		USED("已经提交过", "这份调查凭证已经使用过，每份凭证只能提交一次评价。感谢您的参与！"),
		/** 已结束: the evaluation is not (or no longer) open. */
		CLOSED("调查已结束", "本项目的满意度调查目前未开放，无法提交评价。");

		private final String title;

		private final String message;

		State(String title, String message) {
			this.title = title;
			this.message = message;
		}

		public String title() {
			return title;
		}

		public String message() {
			return message;
		}

	}

	/** What the page of a token shows. */
	public record Invitation(State state, String title, String providerName) {
	}

	/** The survey's counts and mean, for those who may see the evaluation. */
	@Transactional(readOnly = true)
	public Summary summary(UUID evaluationId) {
		Evaluation evaluation = access.readable(evaluationId);
		int[] counts = jdbc
			.sql("select count(*), count(used_at) from evaluation.survey_token where evaluation_id = :id")
			.param("id", evaluationId)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.single();
		SurveyResults.Satisfaction satisfaction = results.satisfaction(evaluationId);
		return new Summary(evaluation, counts[0], satisfaction.responses(), satisfaction.rate(),
				evaluation.open() && access.canIssue(evaluation, CurrentUser.require()));
	}

	/**
	 * Hands out {@code count} new tokens (the purchaser or the provider, while the
	 * evaluation is open). Only their hashes are kept: the caller prints them now or
	 * never.
	 */
	@Transactional
	public Issued issue(UUID evaluationId, int count) {
		Evaluation evaluation = access.forIssuer(evaluationId);
		if (count < 1 || count > MAX_BATCH) {
			throw new InvalidInputException("count", "每批可发放1至" + MAX_BATCH + "份调查凭证");
		}
		boolean open = jdbc.sql("select status = :open from evaluation.evaluation where id = :id for update")
			.param("open", OPEN_STATUS)
			.param("id", evaluationId)
			.query(Boolean.class)
			.single();
		if (!open) {
			throw new StateConflictException("count", "绩效评价不在评价中，满意度调查已关闭，不能发放调查凭证");
		}
		int batch = jdbc
			.sql("select coalesce(max(batch), 0) + 1 from evaluation.survey_token where evaluation_id = :id")
			.param("id", evaluationId)
			.query(Integer.class)
			.single();
		OffsetDateTime now = OffsetDateTime.now(clock);
		String issuer = CurrentUser.require().username();
		List<String> tokens = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String token = newToken();
			jdbc.sql("""
					insert into evaluation.survey_token (token_hash, evaluation_id, batch, issued_at, issued_by)
					values (:hash, :evaluation, :batch, :at, :by)""")
				.param("hash", hash(token))
				.param("evaluation", evaluationId)
				.param("batch", batch)
				.param("at", now)
				.param("by", issuer)
				.update();
			tokens.add(token);
		}
		audit.record("survey.issue", "Evaluation", evaluationId, null, Map.of("batch", batch, "tokens", count));
		return new Issued(evaluation, batch, List.copyOf(tokens));
	}

	/** What the page of a token shows before the recipient answers. */
	@Transactional(readOnly = true)
	public Invitation invitation(String token) {
		Optional<TokenRow> row = find(token, false);
		if (row.isEmpty()) {
			return new Invitation(State.UNKNOWN, null, null);
		}
		TokenRow found = row.get();
		State state = found.used() ? State.USED : found.open() ? State.OPEN : State.CLOSED;
		return new Invitation(state, found.title(), found.providerName());
	}

	/**
	 * Records a recipient's answer and uses up its token, in one transaction: of two
	 * answers with the same token only one is recorded. An unknown, used or closed token
	 * records nothing and says which it was.
	 */
	@Transactional
	public State answer(String token, SurveyAnswer answer) {
		if (!answer.problems().isEmpty()) {
			throw new InvalidInputException(answer.problems().keySet().iterator().next(), answer.describeProblems());
		}
		Optional<TokenRow> row = find(token, true);
		if (row.isEmpty()) {
			return State.UNKNOWN;
		}
		if (!row.get().open()) {
			return State.CLOSED;
		}
		int consumed = jdbc
			.sql("update evaluation.survey_token set used_at = :now where token_hash = :hash and used_at is null")
			.param("now", OffsetDateTime.now(clock))
			.param("hash", hash(token))
			.update();
		if (consumed == 0) {
			return State.USED;
		}
		UUID evaluationId = row.get().evaluationId();
		jdbc.sql("""
				insert into evaluation.survey_response (id, evaluation_id, satisfaction, answers, comment, submitted_on)
				values (:id, :evaluation, :satisfaction, cast(:answers as jsonb), :comment, :on)""")
			.param("id", UUID.randomUUID())
			.param("evaluation", evaluationId)
			.param("satisfaction", answer.satisfaction())
			.param("answers", json(answer.levels()))
			.param("comment", answer.comment())
			.param("on", LocalDate.now(clock.withZone(CHINA)))
			.update();
		recordAnonymously(evaluationId);
		return State.ANSWERED;
	}

	/** The counts a just recorded answer leaves, audited without token or address. */
	private void recordAnonymously(UUID evaluationId) {
		int answered = results.satisfaction(evaluationId).responses();
		// The audit trail keeps the client's address of the request it runs in; an
		// anonymous answer must not, so it is recorded outside the request.
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		RequestContextHolder.resetRequestAttributes();
		try {
			audit.record("survey.answer", "Evaluation", evaluationId, null, Map.of("answered", answered));
		}
		finally {
			RequestContextHolder.setRequestAttributes(request);
		}
	}

	private record TokenRow(UUID evaluationId, boolean used, boolean open, String title, String providerName) {
	}

	/**
	 * The token with its evaluation; when answering, the evaluation row is held (share
	 * lock) so it cannot close while the answer commits.
	 */
	private Optional<TokenRow> find(String token, boolean lock) {
		if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
			return Optional.empty();
		}
		return jdbc
			.sql("""
					select t.evaluation_id, t.used_at is not null as used, e.status = :open as open, e.title, e.provider_name
					  from evaluation.survey_token t join evaluation.evaluation e on e.id = t.evaluation_id
					 where t.token_hash = :hash"""
					+ (lock ? " for share of e" : ""))
			.param("open", OPEN_STATUS)
			.param("hash", hash(token))
			.query((rs, n) -> new TokenRow(rs.getObject("evaluation_id", UUID.class), rs.getBoolean("used"),
					rs.getBoolean("open"), rs.getString("title"), rs.getString("provider_name")))
			.optional();
	}

	static String newToken() {
		byte[] bytes = new byte[TOKEN_BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The SHA-256 of the token, in lower-case hex: all that is stored. */
	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String json(Map<String, Integer> levels) {
		return levels.entrySet()
			.stream()
			.map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue())
			.collect(Collectors.joining(",", "{", "}"));
	}

}
