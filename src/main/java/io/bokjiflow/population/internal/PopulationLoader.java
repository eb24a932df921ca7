package io.bokjiflow.population.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.OrgLevel;
import io.bokjiflow.publicdata.SimulatorBulkLoad;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.registry.Rrn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a synthetic population and copies it into the registry and the SIMULATOR's
 * agency tables in one transaction: all or nothing, recorded in {@code pop_load}.
 *
 * <p>
 * Two threads share the work: a generator thread builds households and encodes them into
 * {@code COPY} batches (encryption and hashing included); the calling thread holds the
 * transaction and streams each batch to PostgreSQL while the next one is being generated.
 * Memory stays bounded: at most two batches wait in between.
 */
@Component
class PopulationLoader {

	private static final Logger log = LoggerFactory.getLogger(PopulationLoader.class);

	/** Serialises loads across cluster nodes ({@code pg_advisory_xact_lock}). */
	private static final long LOCK_KEY = 0x426F6B6A69506F70L;

	private final PopulationData data;

	private final RegistryBulkLoad registry;

	private final SimulatorBulkLoad simulator;

	private final Identity identity;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final PopulationProperties properties;

	private final Clock clock;

	PopulationLoader(PopulationData data, RegistryBulkLoad registry, SimulatorBulkLoad simulator, Identity identity,
			JdbcTemplate jdbc, TransactionTemplate transactions, PopulationProperties properties, Clock clock) {
		this.data = data;
		this.registry = registry;
		this.simulator = simulator;
		this.identity = identity;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/** What a load did. */
	record LoadResult(String dataVersion, long seed, int persons, int households, long firstHouseholdNo,
			long registryRows, long simulatorRows, boolean largeLoad, Duration took, Duration waitingForGenerator,
			Duration rebuildingIndexes) {

		long personsPerSecond() {
			return Math.round(this.persons / Math.max(0.001, this.took.toNanos() / 1e9));
		}

	}

	/**
	 * Loads a population unless one has been loaded before.
	 * @param seed the seed
	 * @param size the persons
	 * @return the load, or empty when a population was there already
	 */
	Optional<LoadResult> loadOnce(long seed, int size) {
		requireKnownRegions();
		Set<Rrn> excluded = this.simulator.fixtureNumbers();
		Instant started = this.clock.instant();
		long t0 = System.nanoTime();
		LoadResult result = this.transactions.execute(status -> {
			lock();
			List<String> existing = this.jdbc.query(
					"select data_version || ', seed ' || seed || ', ' || persons || ' persons' from pop_load order by id",
					(rs, i) -> rs.getString(1));
			if (!existing.isEmpty()) {
				log.info("Synthetic population already loaded ({}); not loading again", existing.get(0));
				return null;
			}
			return copy(seed, size, 1, size >= this.properties.largeLoadFrom(), excluded, started, t0);
		});
		if (result != null) {
			logDone(result, System.nanoTime() - t0);
		}
		return Optional.ofNullable(result);
	}

	/**
	 * Loads a population whether or not one is there (tests, benchmarks). Its numbers
	 * must not collide with persons already in the registry.
	 * @param seed the seed
	 * @param size the persons
	 * @param firstHouseholdNo the first household number (keep populations apart)
	 * @param largeLoad whether to drop the indexes on random keys and rebuild them at the
	 * end (see {@link RegistryBulkLoad#beginLargeLoad()})
	 * @return the load
	 */
	LoadResult load(long seed, int size, long firstHouseholdNo, boolean largeLoad) {
		requireKnownRegions();
		Set<Rrn> excluded = this.simulator.fixtureNumbers();
		Instant started = this.clock.instant();
		long t0 = System.nanoTime();
		LoadResult result = this.transactions.execute(status -> {
			lock();
			return copy(seed, size, firstHouseholdNo, largeLoad, excluded, started, t0);
		});
		logDone(result, System.nanoTime() - t0);
		return result;
	}

	private void lock() {
		this.jdbc.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
	}

	/** Every 행정동 of the data file must exist as an EMD organisation (V1, V6). */
	private void requireKnownRegions() {
		List<String> unknown = new ArrayList<>();
		for (var dong : this.data.regions().dongs()) {
			boolean known = this.identity.organization(dong.code()).filter(o -> o.level() == OrgLevel.EMD).isPresent();
			if (!known) {
				unknown.add(dong.code());
			}
		}
		if (!unknown.isEmpty()) {
			throw new IllegalStateException(
					"population.yml uses 행정동 codes that are not EMD organisations (add them in a migration): "
							+ unknown);
		}
	}

	private LoadResult copy(long seed, int size, long firstHouseholdNo, boolean largeLoad, Set<Rrn> excluded,
			Instant started, long t0) {
		log.info(
				"Loading a synthetic population of {} persons (seed {}, data {}) into the registry and the SIMULATOR{}",
				size, seed, this.data.version(), largeLoad ? "; indexes on random keys are rebuilt at the end" : "");
		List<RegistryBulkLoad.LargeLoad> deferred = largeLoad
				? List.of(this.registry.beginLargeLoad(), this.simulator.beginLargeLoad()) : List.of();
		BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(2);
		Thread producer = new Thread(() -> produce(queue, seed, size, firstHouseholdNo, excluded),
				"population-generator");
		producer.setDaemon(true);
		producer.start();
		int persons = 0;
		int households = 0;
		long registryRows = 0;
		long simulatorRows = 0;
		int nextTenth = 1;
		long waiting = 0;
		try {
			while (true) {
				long w0 = System.nanoTime();
				Chunk chunk = queue.take();
				waiting += System.nanoTime() - w0;
				if (chunk.failure() != null) {
					throw new IllegalStateException("Generating the population failed", chunk.failure());
				}
				this.registry.write(chunk.registry());
				this.simulator.write(chunk.simulator());
				persons += chunk.registry().persons();
				households += chunk.households();
				registryRows += chunk.registry().rows();
				simulatorRows += chunk.simulator().rows();
				int tenth = size == 0 ? 10 : (int) ((long) persons * 10 / size);
				if (tenth >= nextTenth) {
					double seconds = (System.nanoTime() - t0) / 1e9;
					log.info("Synthetic population: {} / {} persons ({}%), {} persons/s", persons, size, tenth * 10,
							Math.round(persons / Math.max(seconds, 0.001)));
					nextTenth = tenth + 1;
				}
				if (chunk.last()) {
					break;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading the population");
		}
		finally {
			producer.interrupt();
		}
		long r0 = System.nanoTime();
		deferred.forEach(RegistryBulkLoad.LargeLoad::finish);
		long rebuilding = System.nanoTime() - r0;
		Duration took = Duration.ofNanos(System.nanoTime() - t0);
		LoadResult result = new LoadResult(this.data.version(), seed, persons, households, firstHouseholdNo,
				registryRows, simulatorRows, largeLoad, took, Duration.ofNanos(waiting), Duration.ofNanos(rebuilding));
		this.jdbc
			.update("insert into pop_load (data_version, seed, persons, households, first_household_no, registry_rows, "
					+ "simulator_rows, started_at, finished_at, persons_per_second) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					result.dataVersion(), seed, persons, households, firstHouseholdNo, registryRows, simulatorRows,
					Timestamp.from(started), Timestamp.from(this.clock.instant()), (int) result.personsPerSecond());
		return result;
	}

	private void produce(BlockingQueue<Chunk> queue, long seed, int size, long firstHouseholdNo, Set<Rrn> excluded) {
		// At least ten round trips, so that progress shows every 10%.
		int chunkSize = Math.max(1000, Math.min(this.properties.chunkSize(), size / 10));
		try {
			try {
				PopulationGenerator generator = new PopulationGenerator(this.data, seed, size, firstHouseholdNo,
						excluded);
				RegistryBulkLoad.Batch registryBatch = this.registry.newBatch();
				SimulatorBulkLoad.Batch simulatorBatch = this.simulator.newBatch();
				int households = 0;
				while (generator.hasNext()) {
					GeneratedHousehold household = generator.next();
					household.persons().forEach(registryBatch::add);
					registryBatch.add(household.household());
					household.agencyPersons().forEach(simulatorBatch::add);
					households++;
					if (registryBatch.persons() >= chunkSize && generator.hasNext()) {
						queue.put(new Chunk(registryBatch, simulatorBatch, households, false, null));
						registryBatch = this.registry.newBatch();
						simulatorBatch = this.simulator.newBatch();
						households = 0;
					}
				}
				queue.put(new Chunk(registryBatch, simulatorBatch, households, true, null));
			}
			catch (RuntimeException | Error ex) {
				queue.put(new Chunk(null, null, 0, true, ex));
			}
		}
		catch (InterruptedException ex) {
			// The loading thread gave up (it failed or was interrupted); nothing to hand
			// over.
			Thread.currentThread().interrupt();
		}
	}

	private void logDone(LoadResult r, long nanosWithCommit) {
		double seconds = nanosWithCommit / 1e9;
		log.info(
				"Synthetic population loaded: {} persons in {} households ({} registry rows, {} SIMULATOR rows) "
						+ "in {} s with commit, {} persons/s (seed {}, data {}; waited {} s for the generator, "
						+ "{} s rebuilding indexes)",
				r.persons(), r.households(), r.registryRows(), r.simulatorRows(), String.format("%.1f", seconds),
				Math.round(r.persons() / Math.max(seconds, 0.001)), r.seed(), r.dataVersion(),
				String.format("%.1f", r.waitingForGenerator().toNanos() / 1e9),
				String.format("%.1f", r.rebuildingIndexes().toNanos() / 1e9));
	}

	/** Batches of one round trip, or the generator's failure. */
	private record Chunk(RegistryBulkLoad.Batch registry, SimulatorBulkLoad.Batch simulator, int households,
			boolean last, Throwable failure) {
	}

}
