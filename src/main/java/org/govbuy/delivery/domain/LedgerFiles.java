package org.govbuy.delivery.domain;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.Tika;

/**
 * Ledger attachments are PDFs, images or office documents, judged by their content (never
 * by their name: an executable renamed to .pdf stays an executable), and at most
 * {@value #MAX_BYTES} bytes.
 */
public final class LedgerFiles {

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	static final Set<String> ALLOWED = Set.of("application/pdf", "image/jpeg", "image/png", "image/gif",
			"application/x-tika-msoffice", "application/x-tika-ooxml", "application/msword", "application/vnd.ms-excel",
			"application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation");

	/**
	 * Tika core names office containers only generically; once the content is known to be
	 * one, the extension may name the exact type for the download.
	 */
	static final Map<String, String> OFFICE_TYPES = Map.of("doc", "application/msword", "xls",
			"application/vnd.ms-excel", "ppt", "application/vnd.ms-powerpoint", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pptx",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation");

	private final Tika tika = new Tika();

	/** The type to store, or the Chinese reason the file is refused. */
	public record Verdict(String contentType, Optional<String> refusal) {
	}

	public Verdict inspect(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			return new Verdict(null, Optional.of("文件为空"));
		}
		if (content.length > MAX_BYTES) {
			return new Verdict(null, Optional.of("文件超过10MB"));
		}
		String type = tika.detect(content);
		if (!ALLOWED.contains(type)) {
			return new Verdict(type, Optional.of("只接受 PDF、图片（JPEG、PNG、GIF）或 Office 文档，上传的文件实际类型为 " + type));
		}
		if (type.startsWith("application/x-tika-")) {
			String extension = fileName == null || fileName.lastIndexOf('.') < 0 ? ""
					: fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
			boolean ooxml = type.endsWith("ooxml");
			String exact = OFFICE_TYPES.get(extension);
			if (exact != null && ooxml == extension.endsWith("x")) {
				type = exact;
			}
			else {
				type = "application/octet-stream";
			}
		}
		return new Verdict(type, Optional.empty());
	}

}
