package org.govbuy.catalog.domain;

/** Where an Excel import into a catalog draft stands. */
public enum ImportJobStatus {

	/** Reading, validating or storing the file. */
	RUNNING,
	/** Every row was valid; the draft's items were replaced. */
	SUCCEEDED,
	/** The file or some of its rows were wrong; nothing was written. */
	REJECTED,
	/** The system failed during the import; nothing was written. */
	FAILED;

	/** Whether the job has ended, one way or another. */
	public boolean finished() {
		return this != RUNNING;
	}

	/** The outcome once the job ends; only a running job ends. */
	public ImportJobStatus end(ImportJobStatus outcome) {
		if (!finished() && outcome.finished()) {
			return outcome;
		}
		throw new IllegalStateException("导入任务已结束（" + name() + "）");
	}

}
