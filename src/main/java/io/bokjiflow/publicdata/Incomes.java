package io.bokjiflow.publicdata;

import java.util.List;

/**
 * Annual incomes by kind for one year (국세청, 국민연금공단).
 *
 * @param year the income year
 * @param items the incomes
 */
public record Incomes(int year, List<Item> items) {

	/**
	 * One income.
	 *
	 * @param kind EARNED, BUSINESS, INTEREST, DIVIDEND, DAY_LABOUR, PENSION, PROPERTY or
	 * OTHER
	 * @param annualWon the annual amount in KRW
	 */
	public record Item(String kind, long annualWon) {
	}

	/** The annual total of some kinds. */
	public long annual(String... kinds) {
		List<String> wanted = List.of(kinds);
		return this.items.stream().filter(i -> wanted.contains(i.kind())).mapToLong(Item::annualWon).sum();
	}

}
