package io.bokjiflow.casework.internal;

import java.util.List;

import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.publicdata.PublicDataSource;

import org.springframework.stereotype.Component;

/**
 * The public datasets a program's investigation fetches, for the multi-instance task of
 * {@code common-investigation}: read from the catalogue each time, so no list is kept in
 * a process variable.
 */
@Component("investigationPlan")
public class InvestigationPlan {

	private final ProgramCatalog catalog;

	InvestigationPlan(ProgramCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * The datasets of a program, by name.
	 * @param programCode the program
	 * @return e.g. {@code [QUALIFICATION, RESIDENT_REGISTER]}
	 */
	public List<String> datasets(String programCode) {
		Program program = this.catalog.program(programCode)
			.orElseThrow(() -> new IllegalStateException("No program " + programCode));
		return program.publicData().stream().map(PublicDataSource::name).toList();
	}

}
