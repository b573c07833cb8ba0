package org.govbuy.platform.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a stranger lock anyone out.
 * <ul>
 * <li><b>Account and address</b>: after {@code free-failures} wrong passwords for one
 * account from one client address, each further attempt from that address must wait
 * 2<sup>k</sup> seconds after the last failure (k = failures beyond the free ones: 1 s, 2
 * s, 4 s, … at most {@code max-delay}). A success resets the count.</li>
 * <li><b>Address</b> (Bucket4j): at most {@code address-failures} wrong passwords per
 * {@code window} from one address, whatever the accounts — password spraying.</li>
 * <li><b>Account</b> (Bucket4j): at most {@code account-failures} wrong passwords per
 * {@code window} for one account from all addresses together — but only addresses that
 * have themselves failed for that account are held back by it, so the owner signing in
 * from a clean address is never refused because of someone else's guesses.</li>
 * </ul>
 * An attempt inside a wait is refused before the password is checked. The counters live
 * in memory: with several nodes each node throttles on its own.
 */
@Component
class LoginThrottle {

	/** Bound on remembered keys; idle ones are dropped first. */
	private static final int MAX_ENTRIES = 100_000;

	private final Clock clock;

	private final int freeFailures;

	private final Duration maxDelay;

	private final int addressFailures;

	private final int accountFailures;

	private final Duration window;

	private final TimeMeter time;

	private final Map<String, Backoff> backoffs = new ConcurrentHashMap<>();

	private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

	private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();

	LoginThrottle(Clock clock, @Value("${govbuy.security.login-throttle.free-failures:5}") int freeFailures,
			@Value("${govbuy.security.login-throttle.max-delay:15m}") Duration maxDelay,
			@Value("${govbuy.security.login-throttle.address-failures:30}") int addressFailures,
			@Value("${govbuy.security.login-throttle.account-failures:100}") int accountFailures,
			@Value("${govbuy.security.login-throttle.window:15m}") Duration window) {
		this.clock = clock;
		this.freeFailures = freeFailures;
		this.maxDelay = maxDelay;
		this.addressFailures = addressFailures;
		this.accountFailures = accountFailures;
		this.window = window;
		this.time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				Instant now = clock.instant();
				return now.getEpochSecond() * 1_000_000_000L + now.getNano();
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
	}

	/**
	 * How long this attempt must wait, or empty if the password may be checked now.
	 */
	Optional<Duration> waitBefore(String username, String address) {
		Instant now = clock.instant();
		Duration wait = Duration.ZERO;
		Backoff backoff = backoffs.get(key(username, address));
		if (backoff != null) {
			wait = max(wait, backoff.waitAt(now, freeFailures, maxDelay));
			if (backoff.failures > 0) {
				wait = max(wait, refusal(accounts.get(account(username))));
			}
		}
		wait = max(wait, refusal(addresses.get(address(address))));
		return wait.isZero() ? Optional.empty() : Optional.of(roundUp(wait));
	}

	/**
	 * Records a wrong password (or an unknown user); answers whether this failure starts
	 * the delays for this account and address.
	 */
	boolean failed(String username, String address) {
		prune();
		Instant now = clock.instant();
		Backoff backoff = backoffs.compute(key(username, address),
				(key, current) -> (current == null ? new Backoff() : current).failedAt(now));
		addresses.computeIfAbsent(address(address), key -> bucket(addressFailures)).tryConsume(1);
		accounts.computeIfAbsent(account(username), key -> bucket(accountFailures)).tryConsume(1);
		return backoff.failures == freeFailures;
	}

	/** The right password: this address starts afresh for this account. */
	void succeeded(String username, String address) {
		backoffs.remove(key(username, address));
	}

	private Bucket bucket(int capacity) {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
			.withCustomTimePrecision(time)
			.build();
	}

	private static Duration refusal(Bucket bucket) {
		if (bucket == null) {
			return Duration.ZERO;
		}
		EstimationProbe probe = bucket.estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	private void prune() {
		if (backoffs.size() + addresses.size() + accounts.size() < MAX_ENTRIES) {
			return;
		}
		Instant idle = clock.instant().minus(maxDelay.plus(window));
		backoffs.values().removeIf(backoff -> backoff.lastFailure.isBefore(idle));
		addresses.values().removeIf(bucket -> bucket.getAvailableTokens() >= addressFailures);
		accounts.values().removeIf(bucket -> bucket.getAvailableTokens() >= accountFailures);
		if (backoffs.size() + addresses.size() + accounts.size() >= MAX_ENTRIES) {
			// Still full of live entries: forget the oldest state rather than run out of
			// memory.
			backoffs.clear();
		}
	}

	private static String key(String username, String address) {
		return account(username) + "\n" + address(address);
	}

	private static String account(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	private static String address(String address) {
		return address == null ? "" : address;
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private static Duration roundUp(Duration wait) {
		long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
		return Duration.ofSeconds(Math.max(seconds, 1));
	}

	/** Wrong passwords in a row for one account from one address. */
	private static final class Backoff {

		private int failures;

		private Instant lastFailure = Instant.EPOCH;

		Backoff failedAt(Instant now) {
			failures++;
			lastFailure = now;
			return this;
		}

		Duration waitAt(Instant now, int freeFailures, Duration maxDelay) {
			int beyond = failures - freeFailures;
			if (beyond < 0) {
				return Duration.ZERO;
			}
			Duration delay = Duration.ofSeconds(1L << Math.min(beyond, 30));
			delay = delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
			Duration left = Duration.between(now, lastFailure.plus(delay));
			// Never more than the delay itself, should the clock have been set back.
			return left.isNegative() ? Duration.ZERO : left.compareTo(delay) > 0 ? delay : left;
		}

	}

}
