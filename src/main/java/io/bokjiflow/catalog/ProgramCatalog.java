package io.bokjiflow.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue module's API.
 */
public interface ProgramCatalog {

	/** Every program, in catalogue order. */
	List<Program> programs();

	/**
	 * A program by code.
	 * @param code the program code
	 * @return the program, if catalogued
	 */
	Optional<Program> program(String code);

	/**
	 * The programs that caseworkers can register applications for (those with a process).
	 * @return the programs with a process key
	 */
	default List<Program> applicablePrograms() {
		return programs().stream().filter(p -> p.processKey() != null).toList();
	}

}
