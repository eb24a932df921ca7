package io.bokjiflow;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries: no cycles, and no module reaches into another's internals.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(BokjiFlowApplication.class);

	@Test
	void shouldKeepModuleBoundaries() {
		this.modules.verify();
	}

	@Test
	void shouldWriteModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
