package org.govbuy.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Value types travel in the API as plain JSON values, and come back from them. */
class ValueTypesJsonTests {

	JsonMapper json = JsonMapper.builder().build();

	@Test
	void writesValueTypesAsPlainValues() {
		assertThat(json.writeValueAsString(Money.of("1234.5"))).isEqualTo("1234.50");
		assertThat(json.writeValueAsString(new RegionCode("370304"))).isEqualTo("\"370304\"");
		assertThat(json.writeValueAsString(FiscalYear.of(2027))).isEqualTo("2027");
		assertThat(json.writeValueAsString(UnifiedSocialCreditCode.of("91350100M000100Y43")))
			.isEqualTo("\"91350100M000100Y43\"");
	}

	@Test
	void readsValueTypesFromPlainValues() {
		assertThat(json.readValue("1234.5", Money.class)).isEqualTo(Money.of("1234.50"));
		assertThat(json.readValue("\"370304\"", RegionCode.class)).isEqualTo(new RegionCode("370304"));
		assertThat(json.readValue("2027", FiscalYear.class)).isEqualTo(FiscalYear.of(2027));
	}

}
