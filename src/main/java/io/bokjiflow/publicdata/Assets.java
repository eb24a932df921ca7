package io.bokjiflow.publicdata;

import java.time.LocalDate;
import java.util.List;

/**
 * Assets and debts as one source records them (지방세, 국토교통부, 금융기관).
 *
 * @param asOf the reference date
 * @param items the assets
 */
public record Assets(LocalDate asOf, List<Item> items) {

	/**
	 * One asset.
	 *
	 * @param kind HOUSING, LAND, BUILDING, DEPOSIT, SECURITIES, INSURANCE, VEHICLE, DEBT
	 * or RENT_DEPOSIT
	 * @param valueWon its value in KRW
	 * @param detail the source's description
	 */
	public record Item(String kind, long valueWon, String detail) {
	}

	/** The total value of some kinds. */
	public long total(String... kinds) {
		List<String> wanted = List.of(kinds);
		return this.items.stream().filter(i -> wanted.contains(i.kind())).mapToLong(Item::valueWon).sum();
	}

}
