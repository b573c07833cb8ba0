package org.govbuy.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An import job runs, then ends once; a held wording is decided by the reviewer. */
class ImportJobStatusTests {

	@Test
	void aRunningImportEndsOnceWithItsOutcome() {
		assertThat(ImportJobStatus.RUNNING.finished()).isFalse();
		assertThat(ImportJobStatus.RUNNING.end(ImportJobStatus.SUCCEEDED)).isEqualTo(ImportJobStatus.SUCCEEDED);
		assertThat(ImportJobStatus.RUNNING.end(ImportJobStatus.REJECTED).finished()).isTrue();
		assertThatThrownBy(() -> ImportJobStatus.SUCCEEDED.end(ImportJobStatus.FAILED))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> ImportJobStatus.RUNNING.end(ImportJobStatus.RUNNING))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aReviewerAllowsOrExcludesAHeldWording() {
		assertThat(WordingStatus.HELD.decided()).isFalse();
		assertThat(WordingStatus.decided(true)).isEqualTo(WordingStatus.ALLOWED);
		assertThat(WordingStatus.decided(false)).isEqualTo(WordingStatus.EXCLUDED);
		assertThat(WordingStatus.EXCLUDED.decided()).isTrue();
	}

}
