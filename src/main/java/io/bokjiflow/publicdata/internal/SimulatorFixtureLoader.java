package io.bokjiflow.publicdata.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.bokjiflow.publicdata.SimulatorBulkLoad;
import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.Relationship;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the SIMULATOR's demo residents ({@code simulator/qualifications.csv}) into the
 * simulator's own tables on start, through {@link SimulatorBulkLoad}, unless they are
 * there already. The CSV holds no address or household: each resident becomes a
 * one-person household in 역삼1동 (강남구), where the demo caseworker works.
 */
@Component
@ConditionalOnProperty(name = "bokjiflow.simulator.enabled", havingValue = "true")
class SimulatorFixtureLoader {

	private static final Logger log = LoggerFactory.getLogger(SimulatorFixtureLoader.class);

	/** 역삼1동, 강남구 (V1__identity.sql). */
	static final String DEMO_DONG = "1168064000";

	static final String DEMO_ADDRESS = "서울특별시 강남구 역삼1동 (SIMULATOR 데모 주민)";

	/**
	 * Household numbers of demo residents start here, far above any generated
	 * population's.
	 */
	static final long FIRST_HOUSEHOLD_NO = 9_000_000_001L;

	private static final LocalDate MOVED_IN = LocalDate.of(2015, 1, 1);

	private final SimulatorFixtureResidents fixtures;

	private final SimulatorBulkLoad bulkLoad;

	private final SimulatorKeys keys;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	SimulatorFixtureLoader(SimulatorFixtureResidents fixtures, SimulatorBulkLoad bulkLoad, SimulatorKeys keys,
			JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.fixtures = fixtures;
		this.bulkLoad = bulkLoad;
		this.keys = keys;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void loadDemoResidents() {
		int loaded = this.transactions.execute(status -> {
			Set<String> present = new HashSet<>(
					this.jdbc.queryForList("select encode(rrn_hash, 'hex') from pds_person where household_no >= ?",
							String.class, FIRST_HOUSEHOLD_NO));
			SimulatorBulkLoad.Batch batch = this.bulkLoad.newBatch();
			List<SimulatorFixtureResidents.Resident> residents = this.fixtures.residents();
			for (int i = 0; i < residents.size(); i++) {
				SimulatorFixtureResidents.Resident r = residents.get(i);
				if (present.contains(java.util.HexFormat.of().formatHex(this.keys.personKey(r.rrn())))) {
					continue;
				}
				LocalDate birth = r.rrn().birthDate();
				batch.add(new SimulatorBulkLoad.AgencyPerson(r.rrn(), r.name(), birth, r.rrn().sex(), DEMO_DONG,
						DEMO_ADDRESS, birth.isAfter(MOVED_IN) ? birth : MOVED_IN, PersonStatus.ALIVE, null,
						FIRST_HOUSEHOLD_NO + i, Relationship.HEAD, List.of(), List.of(), null, r.qualifications()));
			}
			this.bulkLoad.write(batch);
			return batch.persons();
		});
		if (loaded > 0) {
			log.info("SIMULATOR: {} demo residents loaded into the simulator's agency tables", loaded);
		}
	}

}
