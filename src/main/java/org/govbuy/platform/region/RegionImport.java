package org.govbuy.platform.region;

import java.io.IOException;

import org.springframework.stereotype.Component;

/** Starts the idempotent import of the bundled division codes. */
@Component
public class RegionImport {

	private final RegionDirectory directory;

	RegionImport(RegionDirectory directory) {
		this.directory = directory;
	}

	public int importBundled() throws IOException {
		return directory.importFromClasspath();
	}

}
