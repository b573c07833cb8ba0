package org.govbuy.architecture;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document names a schema after its class's simple name: two request or
 * response types of the API with one simple name would be documented as one, and a
 * generated client would send the wrong fields (procurement's and the implementation
 * catalog's {@code CreateRequest} once were). Every type the API reads or writes, down to
 * the records inside them, has a name of its own.
 */
class ApiSchemaNamesTests {

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.govbuy");

	@Test
	void everyTypeTheApiReadsOrWritesHasASchemaNameOfItsOwn() {
		Map<String, Set<String>> byName = new TreeMap<>();
		Set<Class<?>> seen = new HashSet<>();
		Deque<Type> pending = new ArrayDeque<>();
		for (JavaClass controller : classes) {
			if (!controller.isAnnotatedWith(RestController.class)) {
				continue;
			}
			for (Method method : controller.reflect().getDeclaredMethods()) {
				pending.add(method.getGenericReturnType());
				for (int i = 0; i < method.getParameterCount(); i++) {
					if (method.getParameters()[i].isAnnotationPresent(RequestBody.class)) {
						pending.add(method.getGenericParameterTypes()[i]);
					}
				}
			}
		}
		while (!pending.isEmpty()) {
			Type type = pending.pop();
			if (type instanceof ParameterizedType parameterized) {
				pending.addAll(java.util.List.of(parameterized.getActualTypeArguments()));
				pending.add(parameterized.getRawType());
				continue;
			}
			if (!(type instanceof Class<?> type_) || !type_.getName().startsWith("org.govbuy") || !seen.add(type_)) {
				continue;
			}
			if (!type_.isEnum()) {
				byName.computeIfAbsent(schemaName(type_), name -> new TreeSet<>()).add(type_.getName());
			}
			if (type_.isRecord()) {
				for (RecordComponent component : type_.getRecordComponents()) {
					pending.add(component.getGenericType());
				}
			}
		}
		assertThat(byName.entrySet().stream().filter(named -> named.getValue().size() > 1).map(Object::toString))
			.as("schema names shared by several types")
			.isEmpty();
	}

	/** The simple name, unless {@code @Schema(name = …)} gives another. */
	static String schemaName(Class<?> type) {
		Schema schema = type.getAnnotation(Schema.class);
		return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
	}

}
