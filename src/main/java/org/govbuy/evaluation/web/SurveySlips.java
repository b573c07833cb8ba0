package org.govbuy.evaluation.web;

import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.govbuy.evaluation.application.Surveys;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The slips a batch of survey tokens is printed on: each token's link
 * ({@code /portal/survey/{token}}) as text and as a QR code (ZXing), with the service's
 * title and the instruction. The links start with {@code govbuy.survey.base-url} when set
 * (the address recipients' phones reach), else with the address of the request.
 */
@Component
class SurveySlips {

	/** The one line a slip tells the recipient. */
	static final String INSTRUCTION = "请用手机扫描二维码或打开下方链接，对本项服务进行匿名评价（每张凭证限评价一次）";

	private final String baseUrl;

	SurveySlips(@Value("${govbuy.survey.base-url:}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * One slip.
	 *
	 * @param qr the QR code's dark modules, row by row, without a quiet zone
	 */
	public record Slip(String token, String link, BitMatrix qr) {

		/**
		 * The QR code as one SVG path in module units (a 1-module square per dark
		 * module).
		 */
		public String svgPath() {
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < qr.getHeight(); y++) {
				for (int x = 0; x < qr.getWidth(); x++) {
					if (qr.get(x, y)) {
						path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			return path.toString();
		}

		/** The SVG's view box with a 4-module quiet zone. */
		public String viewBox() {
			return "-4 -4 " + side() + " " + side();
		}

		/** The side of the code with its quiet zone, in modules. */
		public int side() {
			return qr.getWidth() + 8;
		}

	}

	List<Slip> of(Surveys.Issued issued) {
		return issued.tokens().stream().map(token -> {
			String link = link(token);
			return new Slip(token, link, qr(link));
		}).toList();
	}

	String link(String token) {
		String base = baseUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : baseUrl;
		return base + "/portal/survey/" + token;
	}

	static BitMatrix qr(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("二维码生成失败", ex);
		}
	}

}
