package org.govbuy.support;

import java.io.IOException;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The text of a PDF, page after page, as a reader would copy it. */
public final class PdfText {

	private PdfText() {
	}

	public static String of(byte[] document) throws IOException {
		PdfReader reader = new PdfReader(document);
		try {
			StringBuilder text = new StringBuilder();
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page));
			}
			return text.toString();
		}
		finally {
			reader.close();
		}
	}

}
