package org.govbuy.provider.domain;

import java.util.Optional;
import java.util.Set;

import org.apache.tika.Tika;

/**
 * Evidence files are PDFs or images, judged by their content (never by their name: an
 * .exe renamed to .pdf stays an executable), and at most {@value #MAX_BYTES} bytes.
 */
public final class EvidenceFiles {

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	static final Set<String> ALLOWED = Set.of("application/pdf", "image/jpeg", "image/png");

	private final Tika tika = new Tika();

	/** The detected type, or the Chinese reason the file is refused. */
	public record Verdict(String contentType, Optional<String> refusal) {
	}

	public Verdict inspect(byte[] content) {
		if (content == null || content.length == 0) {
			return new Verdict(null, Optional.of("文件为空"));
		}
		if (content.length > MAX_BYTES) {
			return new Verdict(null, Optional.of("文件超过10MB"));
		}
		String type = tika.detect(content);
		if (!ALLOWED.contains(type)) {
			return new Verdict(type, Optional.of("只接受 PDF、JPEG 或 PNG 文件，上传的文件实际类型为 " + type));
		}
		return new Verdict(type, Optional.empty());
	}

}
