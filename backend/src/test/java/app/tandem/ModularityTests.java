package app.tandem;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each direct sub-package of {@code app.tandem} is a module: no cycles between them, and
 * no module reaches into another's internals. Also writes the module documentation.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(TandemApplication.class);

	@Test
	void modulesHaveNoCyclesAndNoReachIns() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
