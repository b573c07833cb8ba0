package org.govbuy.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.govbuy.evaluation.application.Surveys;
import org.govbuy.shared.RegionCode;
import org.govbuy.support.PdfText;
import org.junit.jupiter.api.Test;

/** A slip's QR code reads back as its link; the PDF carries the slips' texts. */
class SurveySlipsTests {

	static final Surveys.Evaluation EVALUATION = new Surveys.Evaluation(UUID.randomUUID(), "社区居家养老上门服务（年度评价）",
			"HT-2026-001", UUID.randomUUID(), "淄博市民政局", RegionCode.of("370300"), UUID.randomUUID(), "淄博市颐康居家养老服务中心",
			true);

	final SurveySlips slips = new SurveySlips("https://govbuy.example.cn/");

	@Test
	void theQrCodeReadsBackAsTheSurveyLink() throws Exception {
		SurveySlips.Slip slip = slips.of(new Surveys.Issued(EVALUATION, 1, List.of("Abc_def-0123456789xyzUVW"))).get(0);

		assertThat(slip.link()).isEqualTo("https://govbuy.example.cn/portal/survey/Abc_def-0123456789xyzUVW");
		assertThat(decode(slip.qr())).isEqualTo(slip.link());
		assertThat(slip.svgPath()).startsWith("M0 0h1v1h-1z");
		assertThat(slip.viewBox()).isEqualTo("-4 -4 " + (slip.qr().getWidth() + 8) + " " + (slip.qr().getWidth() + 8));
	}

	@Test
	void thePdfHasSixSlipsAPageWithTitleInstructionAndLink() throws Exception {
		List<String> tokens = List.of("Aaaaaaaaaaaaaaaaaaaaaaa1", "Aaaaaaaaaaaaaaaaaaaaaaa2",
				"Aaaaaaaaaaaaaaaaaaaaaaa3", "Aaaaaaaaaaaaaaaaaaaaaaa4", "Aaaaaaaaaaaaaaaaaaaaaaa5",
				"Aaaaaaaaaaaaaaaaaaaaaaa6", "Aaaaaaaaaaaaaaaaaaaaaaa7", "Aaaaaaaaaaaaaaaaaaaaaaa8",
				"Aaaaaaaaaaaaaaaaaaaaaaa9");
		Surveys.Issued issued = new Surveys.Issued(EVALUATION, 2, tokens);

		byte[] pdf = new SurveySlipPdf("").render(issued, slips.of(issued));

		String text = PdfText.of(pdf);
		assertThat(text).contains("社区居家养老上门服务（年度评价）", "No.2-9", "请用手机扫描二维码",
				"https://govbuy.example.cn/portal/survey/Aaaaaaaaaaaaaaaaaaaaaaa9");
		assertThat(new com.lowagie.text.pdf.PdfReader(pdf).getNumberOfPages()).isEqualTo(2);
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "survey-slips.pdf"), pdf);
	}

	static String decode(BitMatrix matrix) throws Exception {
		int scale = 4;
		int quiet = 4;
		int side = (matrix.getWidth() + 2 * quiet) * scale;
		int[] pixels = new int[side * side];
		for (int y = 0; y < side; y++) {
			for (int x = 0; x < side; x++) {
				int mx = x / scale - quiet;
				int my = y / scale - quiet;
				boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight()
						&& matrix.get(mx, my);
				pixels[y * side + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
			}
		}
		return new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels))))
			.getText();
	}

}
