package org.govbuy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every endpoint states who may call it: each handler method, or its class, carries
 * {@code @PreAuthorize} (public ones say {@code permitAll()}), so no endpoint is
 * protected only by the filter chain's "authenticated".
 */
class EndpointAuthorizationTests {

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.govbuy");

	@Test
	void everyHandlerMethodHasAnAuthorizationRule() {
		methods().that()
			.areAnnotatedWith(GetMapping.class)
			.or()
			.areAnnotatedWith(PostMapping.class)
			.or()
			.areAnnotatedWith(PutMapping.class)
			.or()
			.areAnnotatedWith(DeleteMapping.class)
			.or()
			.areAnnotatedWith(PatchMapping.class)
			.or()
			.areAnnotatedWith(RequestMapping.class)
			.should(new ArchCondition<JavaMethod>("carry @PreAuthorize on the method or its class") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					boolean authorized = method.isAnnotatedWith(PreAuthorize.class)
							|| method.getOwner().isAnnotatedWith(PreAuthorize.class);
					if (!authorized) {
						events
							.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no @PreAuthorize"));
					}
				}
			})
			.check(classes);
	}

}
