package io.bokjiflow.finder;

import java.util.List;

import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramQuery;

/**
 * The public search over the catalogue: {@link ProgramQuery}'s filters, down to the 시·군·구
 * for local programs.
 */
public interface ProgramSearch {

	/**
	 * A search.
	 *
	 * @param query the catalogue's filters (keyword, life stage, situation, 시·도, benefit
	 * kind)
	 * @param sigunguCode a 시·군·구 (5 digits): local programs of other 시·군·구 are left out;
	 * {@code null} for any
	 */
	record Query(ProgramQuery query, String sigunguCode) {

		public Query {
			query = query == null ? ProgramQuery.all() : query;
			if (sigunguCode != null && query.region() == null) {
				query = query.withRegion(sigunguCode.substring(0, 2));
			}
		}

	}

	/**
	 * One page of the programs found, in the catalogue's order.
	 * @param query the filters
	 * @param offset the first result
	 * @param limit how many at most
	 * @return the page
	 */
	List<Program> search(Query query, int offset, int limit);

	/**
	 * How many programs a query finds.
	 * @param query the filters
	 * @return the count
	 */
	int count(Query query);

}
