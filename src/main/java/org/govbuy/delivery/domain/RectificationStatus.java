package org.govbuy.delivery.domain;

import org.govbuy.platform.StateConflictException;

/** Where the rectification a failed acceptance opened stands. */
public enum RectificationStatus {

	/** 待整改: the provider must put right what the acceptance found. */
	OPEN("待整改"),
	/** 已提交整改情况: the provider answered; the purchaser accepts again. */
	SUBMITTED("已提交整改情况"),
	/** 已重新验收: a new acceptance closed it. */
	CLOSED("已重新验收");

	private final String label;

	RectificationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the provider still has to answer it. */
	public boolean open() {
		return this == OPEN;
	}

	/** Whether a new acceptance has yet to close it. */
	public boolean pending() {
		return this != CLOSED;
	}

	/** The provider answers it. */
	public RectificationStatus respond() {
		if (this != OPEN) {
			throw new StateConflictException("status", "该整改已提交或已重新验收");
		}
		return SUBMITTED;
	}

	/** A new acceptance closes it. */
	public RectificationStatus close() {
		if (this == CLOSED) {
			throw new StateConflictException("status", "该整改已重新验收");
		}
		return CLOSED;
	}

}
