package org.govbuy.platform.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON string values may not hold control characters other than tab and line breaks: the
 * reader refuses them, and the API answers 400 naming the field. Boot registers every
 * {@link JacksonModule} bean with the application's JSON mapper.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacterFreeStrings {

	@Bean
	JacksonModule controlCharacterFreeStringsModule() {
		return new SimpleModule("control-character-free-strings").addDeserializer(String.class, new Reader());
	}

	static final class Reader extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String value = super.deserialize(parser, context);
			if (ControlCharacters.inText(value)) {
				throw InvalidFormatException.from(parser, ControlCharacters.MESSAGE_MARKER,
						ControlCharacters.quote(value), String.class);
			}
			return value;
		}

	}

}
