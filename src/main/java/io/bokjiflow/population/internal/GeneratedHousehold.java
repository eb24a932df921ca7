package io.bokjiflow.population.internal;

import java.util.List;

import io.bokjiflow.publicdata.SimulatorBulkLoad.AgencyPerson;
import io.bokjiflow.registry.RegistryBulkLoad.HouseholdRecord;
import io.bokjiflow.registry.RegistryBulkLoad.PersonRecord;

/**
 * One generated household: what the registry gets and what the simulated agencies get,
 * member by member in the same order.
 *
 * @param householdNo the household number (the agencies' key of the household)
 * @param type the household type's name from the data file
 * @param economicClass recipient, near-poor or other
 * @param incomeRatio the household's monthly income as a share of the standard median
 * income
 * @param household the registry household with its members
 * @param persons the registry persons
 * @param agencyPersons the simulator's records of the same persons
 */
record GeneratedHousehold(long householdNo, String type, EconomicClass economicClass, double incomeRatio,
		HouseholdRecord household, List<PersonRecord> persons, List<AgencyPerson> agencyPersons) {

	/** Where a household stands economically. */
	enum EconomicClass {

		/** 국민기초생활보장 수급 가구. */
		RECIPIENT,
		/** 차상위 가구. */
		NEAR_POOR,
		/** Everyone else. */
		OTHER

	}

}
