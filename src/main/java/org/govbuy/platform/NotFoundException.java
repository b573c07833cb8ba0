package org.govbuy.platform;

/**
 * The thing asked for does not exist, or lies outside the user's data scope: both answer
 * 404, so that ids of other organizations' data reveal nothing.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what);
	}

}
