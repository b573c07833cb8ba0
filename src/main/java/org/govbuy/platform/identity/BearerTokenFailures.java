package org.govbuy.platform.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.govbuy.platform.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Refused bearer tokens (expired, forged, malformed, of a disabled account) are counted,
 * not audited one row each: a client sending garbage must not grow the audit trail by a
 * row per request. Each failure increments the Micrometer counter
 * {@code govbuy.security.token.rejected} (tag {@code reason}); once a minute one audit
 * row {@code token.rejected} per client address and account sums them up. The token
 * itself is never stored: the account is its subject only when its signature held (an
 * expired or refused token of a real account), and at most 64 characters.
 */
@Component
class BearerTokenFailures {

	/** Keys kept between two summaries; beyond it failures are summed under one key. */
	static final int MAX_KEYS = 1_000;

	private static final int MAX_NAME = 64;

	private final JwtDecoder decoder;

	private final AuditTrail audit;

	private final MeterRegistry meters;

	private final Clock clock;

	private final ConcurrentMap<Key, Tally> tallies = new ConcurrentHashMap<>();

	BearerTokenFailures(JwtDecoder decoder, AuditTrail audit, MeterRegistry meters, Clock clock) {
		this.decoder = decoder;
		this.audit = audit;
		this.meters = meters;
		this.clock = clock;
	}

	/** A user name as the audit may store it: at most 64 characters. */
	static String bounded(String name) {
		if (name == null) {
			return null;
		}
		return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		if (!(event.getAuthentication() instanceof BearerTokenAuthenticationToken bearer)) {
			return;
		}
		String reason;
		String subject = null;
		try {
			subject = decoder.decode(bearer.getToken()).getSubject();
			reason = "account";
		}
		catch (JwtValidationException ex) {
			// Signed by us, but expired or otherwise invalid: its subject is trustworthy.
			subject = subjectOf(bearer.getToken());
			reason = "expired";
		}
		catch (JwtException | IllegalArgumentException ex) {
			reason = "invalid";
		}
		meters.counter("govbuy.security.token.rejected", "reason", reason).increment();
		Key key = new Key(clientAddress(), bounded(subject));
		if (!tallies.containsKey(key) && tallies.size() >= MAX_KEYS) {
			key = new Key("*", null);
		}
		tallies.computeIfAbsent(key, any -> new Tally(clock.instant())).add(reason);
	}

	/** Writes one audit row per client and account for the failures counted so far. */
	@Scheduled(fixedDelayString = "${govbuy.security.token-failures.summary-interval:PT1M}")
	@Transactional
	public void summarize() {
		Instant now = clock.instant();
		for (Key key : tallies.keySet()) {
			Tally tally = tallies.remove(key);
			if (tally == null) {
				continue;
			}
			Map<String, Object> summary = new LinkedHashMap<>();
			summary.put("client", key.client());
			summary.put("failures", tally.total());
			summary.put("reasons", tally.reasons());
			summary.put("from", tally.since().toString());
			summary.put("to", now.toString());
			audit.record("token.rejected", "User", key.subject(), null, summary);
		}
	}

	private static String subjectOf(String token) {
		try {
			return com.nimbusds.jwt.JWTParser.parse(token).getJWTClaimsSet().getSubject();
		}
		catch (java.text.ParseException | RuntimeException ex) {
			return null;
		}
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private record Key(String client, String subject) {
	}

	private static final class Tally {

		private final Instant since;

		private final ConcurrentMap<String, AtomicLong> reasons = new ConcurrentHashMap<>();

		Tally(Instant since) {
			this.since = since;
		}

		void add(String reason) {
			reasons.computeIfAbsent(reason, any -> new AtomicLong()).incrementAndGet();
		}

		Instant since() {
			return since;
		}

		long total() {
			return reasons.values().stream().mapToLong(AtomicLong::get).sum();
		}

		Map<String, Long> reasons() {
			Map<String, Long> counts = new LinkedHashMap<>();
			reasons.forEach((reason, count) -> counts.put(reason, count.get()));
			return counts;
		}

	}

}
