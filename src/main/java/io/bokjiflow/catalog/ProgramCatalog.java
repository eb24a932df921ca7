package io.bokjiflow.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue module's API: the programs, the ministries that run them, the 시·도 they
 * can be limited to, and a search over them.
 */
public interface ProgramCatalog {

	/** Every program, in catalogue order (the linked programs first). */
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

	/**
	 * The programs a query finds, in a stable order: programs whose name holds the
	 * keyword first, then by Korean name, then by code.
	 * @param query the filters
	 * @return the programs found
	 */
	List<Program> search(ProgramQuery query);

	/**
	 * One page of {@link #search(ProgramQuery)}, for lazy grids.
	 * @param query the filters
	 * @param offset the first result to return
	 * @param limit how many results at most
	 * @return the page
	 */
	default List<Program> search(ProgramQuery query, int offset, int limit) {
		List<Program> all = search(query);
		int from = Math.min(Math.max(offset, 0), all.size());
		int to = (int) Math.min((long) from + Math.max(limit, 0), all.size());
		return all.subList(from, to);
	}

	/**
	 * How many programs a query finds.
	 * @param query the filters
	 * @return the count
	 */
	default int count(ProgramQuery query) {
		return search(query).size();
	}

	/** Every ministry, current and former, in catalogue order. */
	List<Ministry> ministries();

	/**
	 * A ministry by id.
	 * @param id the ministry id, e.g. {@code MOHW}
	 * @return the ministry, if known
	 */
	Optional<Ministry> ministry(String id);

	/** The 17 시·도 a program can be limited to, by code. */
	List<Region> regions();

}
