package org.govbuy.catalog.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.govbuy.catalog.domain.CatalogRows;
import org.govbuy.catalog.domain.CatalogRows.RowError;
import org.govbuy.catalog.domain.CatalogVersion;
import org.govbuy.catalog.domain.ImportJobStatus;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.shared.ContentHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Excel imports into a draft as jobs with progress: read, validate every row, and only
 * when the file is clean replace the draft's items in one transaction. The SHA-256 of the
 * file is the idempotency key: a file already imported into the draft is not imported
 * again.
 */
@Service
public class CatalogImports implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CatalogImports.class);

	/** An import job as the page and the API show it. */
	public record ImportJob(UUID id, UUID versionId, String fileName, String fileHash, ImportJobStatus status,
			String phase, int totalRows, int processedRows, int importedRows, List<RowError> errors, Instant createdAt,
			Instant finishedAt, boolean repeated) {

		public boolean finished() {
			return status.finished();
		}

		/** Whether the draft's items were replaced by the file. */
		public boolean succeeded() {
			return status == ImportJobStatus.SUCCEEDED;
		}

		public int percent() {
			if (finished()) {
				return 100;
			}
			return totalRows == 0 ? 5 : Math.min(99, (int) (processedRows * 100L / Math.max(1, totalRows)));
		}

		public List<Integer> badRows() {
			return errors.stream().map(RowError::row).distinct().sorted().toList();
		}

		ImportJob asRepeated() {
			return new ImportJob(id, versionId, fileName, fileHash, status, phase, totalRows, processedRows,
					importedRows, errors, createdAt, finishedAt, true);
		}

	}

	private final JdbcClient jdbc;

	private final CatalogRepository repository;

	private final CatalogManagement management;

	private final JsonMapper json;

	private final ThreadPoolTaskExecutor executor;

	private final Clock clock;

	CatalogImports(JdbcClient jdbc, CatalogRepository repository, CatalogManagement management, JsonMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.management = management;
		this.json = json;
		// One import at a time, on its own thread (not a bean: an Executor bean would
		// replace Boot's default).
		ThreadPoolTaskExecutor worker = new ThreadPoolTaskExecutor();
		worker.setCorePoolSize(1);
		worker.setMaxPoolSize(1);
		worker.setQueueCapacity(20);
		worker.setThreadNamePrefix("catalog-import-");
		worker.initialize();
		this.executor = worker;
		this.clock = clock;
	}

	/** Imports and waits for the outcome (API clients). */
	public ImportJob importNow(CurrentUser user, UUID versionId, String fileName, byte[] content) {
		ImportJob job = start(user, versionId, fileName, content);
		if (job.repeated()) {
			return job;
		}
		run(user, job.id(), content);
		return find(job.id()).orElseThrow();
	}

	/** Starts an import in the background; poll {@link #find} for progress (pages). */
	public ImportJob importLater(CurrentUser user, UUID versionId, String fileName, byte[] content) {
		ImportJob job = start(user, versionId, fileName, content);
		if (!job.repeated()) {
			executor.execute(DelegatingSecurityContextRunnable.create(() -> run(user, job.id(), content), null));
		}
		return job;
	}

	public Optional<ImportJob> find(UUID jobId) {
		return jdbc.sql("select * from catalog.import_job where id = :id").param("id", jobId).query((rs, n) -> {
			String errors = rs.getString("errors");
			return new ImportJob(rs.getObject("id", UUID.class), rs.getObject("version_id", UUID.class),
					rs.getString("file_name"), rs.getString("file_hash"),
					ImportJobStatus.valueOf(rs.getString("status")), rs.getString("phase"), rs.getInt("total_rows"),
					rs.getInt("processed_rows"), rs.getInt("imported_rows"),
					errors == null ? List.of() : json.readValue(errors, new TypeReference<List<RowError>>() {
					}), CatalogRepository.instant(rs, "created_at"), CatalogRepository.instant(rs, "finished_at"),
					false);
		}).optional();
	}

	/** A job the user may see (its draft is readable). */
	public ImportJob find(CurrentUser user, UUID jobId) {
		ImportJob job = find(jobId).orElseThrow(() -> new NotFoundException("导入任务不存在"));
		CatalogVersion version = repository.findVersion(job.versionId())
			.orElseThrow(() -> new NotFoundException("导入任务不存在"));
		if (!CatalogAccess.canEdit(user, version.region())) {
			throw new NotFoundException("导入任务不存在");
		}
		return job;
	}

	public List<ImportJob> recent(UUID versionId) {
		return jdbc
			.sql("select id from catalog.import_job where version_id = :version order by created_at desc limit 10")
			.param("version", versionId)
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> find(id).orElseThrow())
			.toList();
	}

	ImportJob start(CurrentUser user, UUID versionId, String fileName, byte[] content) {
		management.editableDraft(user, versionId);
		if (content == null || content.length == 0) {
			throw new InvalidInputException("file", "请选择要导入的 .xlsx 文件");
		}
		String hash = ContentHash.sha256(content);
		Optional<UUID> done = jdbc.sql(
				"select id from catalog.import_job where version_id = :version and file_hash = :hash and status = :succeeded")
			.param("succeeded", ImportJobStatus.SUCCEEDED.name())
			.param("version", versionId)
			.param("hash", hash)
			.query(UUID.class)
			.optional();
		if (done.isPresent()) {
			return find(done.get()).orElseThrow().asRepeated();
		}
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into catalog.import_job (id, version_id, file_hash, file_name, status, phase, created_by, created_at)
						values (:id, :version, :hash, :name, :status, 'READING', :by, :at)""")
			.param("id", id)
			.param("status", ImportJobStatus.RUNNING.name())
			.param("version", versionId)
			.param("hash", hash)
			.param("name", fileName == null ? null : fileName.substring(0, Math.min(255, fileName.length())))
			.param("by", user.username())
			.param("at", CatalogRepository.utc(clock.instant()))
			.update();
		return find(id).orElseThrow();
	}

	void run(CurrentUser user, UUID jobId, byte[] content) {
		ImportJob job = find(jobId).orElseThrow();
		try {
			List<CatalogRows.Row> rows = CatalogExcel.read(content);
			progress(jobId, "VALIDATING", rows.size(), 0);
			CatalogVersion version = repository.findVersion(job.versionId()).orElseThrow();
			var upper = management.upperVersion(version.region(), version.fiscalYear())
				.map(u -> repository.items(u.id()));
			CatalogRows.Validation validation = CatalogRows.validate(rows,
					version.region().isNational() ? null : upper.orElse(null));
			progress(jobId, "STORING", rows.size(), rows.size() / 2);
			if (!validation.clean()) {
				finish(jobId, ImportJobStatus.REJECTED, 0, validation.errors());
				return;
			}
			management.replaceItems(user, job.versionId(), validation.items(),
					"Excel " + job.fileName() + " sha256:" + job.fileHash());
			finish(jobId, ImportJobStatus.SUCCEEDED, validation.items().size(), List.of());
		}
		catch (InvalidInputException ex) {
			finish(jobId, ImportJobStatus.REJECTED, 0, List.of(new RowError(0, "文件", null, ex.getMessage())));
		}
		catch (org.govbuy.shared.RuleViolationException ex) {
			finish(jobId, ImportJobStatus.REJECTED, 0,
					ex.violations().stream().map(v -> new RowError(0, "文件", null, v.describe())).toList());
		}
		catch (RuntimeException ex) {
			log.error("目录导入失败 {}", jobId, ex);
			finish(jobId, ImportJobStatus.FAILED, 0, List.of(new RowError(0, "文件", null, "导入时系统出错，未写入任何数据，请稍后重试")));
		}
	}

	private void progress(UUID jobId, String phase, int total, int processed) {
		jdbc.sql(
				"update catalog.import_job set phase = :phase, total_rows = :total, processed_rows = :processed where id = :id")
			.param("phase", phase)
			.param("total", total)
			.param("processed", processed)
			.param("id", jobId)
			.update();
	}

	private void finish(UUID jobId, ImportJobStatus outcome, int imported, List<RowError> errors) {
		ImportJobStatus status = find(jobId).orElseThrow().status().end(outcome);
		jdbc.sql("""
				update catalog.import_job set status = :status, phase = 'DONE', processed_rows = total_rows,
				    imported_rows = :imported, errors = :errors, finished_at = :at where id = :id""")
			.param("status", status.name())
			.param("imported", imported)
			.param("errors", errors.isEmpty() ? null : json.writeValueAsString(errors))
			.param("at", CatalogRepository.utc(clock.instant()))
			.param("id", jobId)
			.update();
	}

	@Override
	public void destroy() {
		executor.shutdown();
	}

}
