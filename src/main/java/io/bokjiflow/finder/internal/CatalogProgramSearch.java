package io.bokjiflow.finder.internal;

import java.util.List;

import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.finder.ProgramSearch;

import org.springframework.stereotype.Service;

/**
 * The catalogue's search, narrowed to a 시·군·구: local programs of other 시·군·구 of the same
 * 시·도 are left out (the catalogue knows regions only down to the 시·도).
 */
@Service
class CatalogProgramSearch implements ProgramSearch {

	private final ProgramCatalog catalog;

	CatalogProgramSearch(ProgramCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public List<Program> search(Query query, int offset, int limit) {
		List<Program> all = all(query);
		int from = Math.min(Math.max(offset, 0), all.size());
		int to = (int) Math.min((long) from + Math.max(limit, 0), all.size());
		return all.subList(from, to);
	}

	@Override
	public int count(Query query) {
		return all(query).size();
	}

	private List<Program> all(Query query) {
		List<Program> found = this.catalog.search(query.query());
		if (query.sigunguCode() == null) {
			return found;
		}
		return found.stream()
			.filter(p -> p.localSigungu() == null || p.localSigungu().equals(query.sigunguCode()))
			.toList();
	}

}
