package org.govbuy.procurement.domain;

import java.util.Arrays;

import org.govbuy.platform.InvalidInputException;

/** Where a procurement project stands. */
public enum ProjectStatus {

	/** Created from a reserved budget line; the notice is not yet out. */
	DRAFT("待发布公告"),
	/** The notice is out; providers respond until the deadline. */
	ANNOUNCED("公告中"),
	/** After the deadline: the panel opens and scores the bids. */
	EVALUATING("评审中"),
	/** The report ranks the bids; the purchaser confirms the winner. */
	EVALUATED("待确定成交"),
	/** Awarded; the result notice is public. */
	AWARDED("已成交"),
	/** 废标 or terminated; its money is released. */
	FAILED("废标（终止）");

	private final String label;

	ProjectStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Refuses a command unless the project is in one of these states. */
	public void require(String command, ProjectStatus... allowed) {
		if (Arrays.stream(allowed).noneMatch(status -> status == this)) {
			throw new InvalidInputException("status", "项目当前状态为“" + label + "”，不能" + command);
		}
	}

}
