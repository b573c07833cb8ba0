package org.govbuy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

/**
 * The database's refusal of a value is the user's input (400) when the value does not fit
 * or cannot be stored, a conflict (409) when it breaks a constraint; neither is a 500.
 */
class ProblemTextsTests {

	@Test
	void aValueTooLongForItsColumnIsBadInput() {
		DataIntegrityViolationException tooLong = refused("value too long for type character varying(200)", "22001");
		assertThat(ProblemTexts.status(tooLong)).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(ProblemTexts.detail(tooLong)).isEqualTo("输入的内容过长，请缩短后重试");
	}

	@Test
	void aCharacterPostgresCannotStoreIsBadInput() {
		DataIntegrityViolationException nul = refused("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
		assertThat(ProblemTexts.status(nul)).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(ProblemTexts.detail(nul)).isEqualTo("输入的内容含有无法保存的字符或格式不正确");
	}

	@Test
	void aBrokenConstraintIsAConflict() {
		DataIntegrityViolationException check = refused("violates check constraint", "23514");
		assertThat(ProblemTexts.status(check)).isEqualTo(HttpStatus.CONFLICT);
		assertThat(ProblemTexts.title(409)).isEqualTo("数据冲突");
	}

	@Test
	void controlCharactersOtherThanTabAndLineBreaksAreRefusedInText() {
		assertThat(ControlCharacters.inText("第一行\r\n\t第二行")).isFalse();
		assertThat(ControlCharacters.inText("a\u0000b")).isTrue();
		assertThat(ControlCharacters.inText("a\u001bb")).isTrue();
		assertThat(ControlCharacters.inText("a\u0085b")).isTrue();
		assertThat(ControlCharacters.inName("a\tb")).isTrue();
		assertThat(ControlCharacters.quote("x\u0000y")).isEqualTo("x?y");
	}

	static DataIntegrityViolationException refused(String message, String state) {
		return new DataIntegrityViolationException("refused", new SQLException(message, state));
	}

}
