package org.govbuy.shared;

/**
 * The words Chinese law uses to state a threshold, and whether the threshold itself is
 * inside: 以上、以下、以内 include the boundary, 超过、不满 exclude it (《民法典》第一千二百五十九条). Rules that
 * quote a threshold name the word they use, so "200万元以上" is tested as
 * {@code AT_OR_ABOVE.test(amount, 200万)} and 200万 exactly qualifies.
 */
public enum BoundaryWord {

	/** 以上: at or above the boundary. */
	AT_OR_ABOVE("以上", true, Direction.UP),
	/** 以下: at or below the boundary. */
	AT_OR_BELOW("以下", true, Direction.DOWN),
	/** 以内: within the boundary, the boundary included. */
	WITHIN("以内", true, Direction.DOWN),
	/** 超过: strictly above the boundary. */
	ABOVE("超过", false, Direction.UP),
	/** 不满: strictly below the boundary. */
	BELOW("不满", false, Direction.DOWN);

	private enum Direction {

		UP, DOWN

	}

	private final String word;

	private final boolean inclusive;

	private final Direction direction;

	BoundaryWord(String word, boolean inclusive, Direction direction) {
		this.word = word;
		this.inclusive = inclusive;
		this.direction = direction;
	}

	/** The Chinese word as the law writes it. */
	public String word() {
		return word;
	}

	/** Whether the boundary value itself satisfies the condition. */
	public boolean inclusive() {
		return inclusive;
	}

	/** Whether the value satisfies "{@code bound}" qualified by this word. */
	public <T extends Comparable<T>> boolean test(T value, T bound) {
		if (value == null || bound == null) {
			throw new IllegalArgumentException("比较的数值和界限都不能为空");
		}
		int comparison = value.compareTo(bound);
		if (comparison == 0) {
			return inclusive;
		}
		return direction == Direction.UP ? comparison > 0 : comparison < 0;
	}

	/**
	 * The condition as Chinese text: the word follows the bound for 以上、以下、以内 ("200万元以上")
	 * and precedes it for 超过、不满 ("超过200万元").
	 */
	public String phrase(String bound) {
		return inclusive ? bound + word : word + bound;
	}

	/** The constant for a Chinese word, e.g. {@code 以上}. */
	public static BoundaryWord ofWord(String word) {
		for (BoundaryWord candidate : values()) {
			if (candidate.word.equals(word)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("不是法定的界限用语：" + word);
	}

}
