package io.bokjiflow.publicdata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.bokjiflow.registry.Rrn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the SIMULATOR's fixture residents ({@code simulator/qualifications.csv}: the
 * synthetic people the README and the tests use) into its agency tables, once; the
 * generated population comes on top.
 */
@Component
@ConditionalOnProperty(name = "bokjiflow.simulator.enabled", havingValue = "true")
class SimulatorFixtures {

	private static final Logger log = LoggerFactory.getLogger(SimulatorFixtures.class);

	/** Fixture households are numbered below zero, apart from generated ones. */
	private static final long FIRST_HOUSEHOLD = -1;

	private final JdbcTemplate jdbc;

	private final SimulatorKeys keys;

	SimulatorFixtures(JdbcTemplate jdbc, SimulatorKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void load() {
		CsvMapper mapper = new CsvMapper();
		mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
		mapper.enable(CsvParser.Feature.ALLOW_COMMENTS);
		CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
		int rows = 0;
		Long lowest = this.jdbc.queryForObject("select min(household_no) from pds_person where household_no < 0",
				Long.class);
		long household = lowest == null ? FIRST_HOUSEHOLD : lowest - 1;
		try (InputStream in = new ClassPathResource("simulator/qualifications.csv").getInputStream();
				MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
					.with(schema)
					.readValues(in)) {
			while (it.hasNext()) {
				Map<String, String> row = it.next();
				Rrn rrn = Rrn.parse(row.get("rrn"));
				byte[] key = this.keys.personKey(rrn);
				int inserted = this.jdbc.update("""
						insert into pds_person (rrn_hash, name, birth_date, sex, admin_dong_code, moved_in_on,
						                        household_no, relationship)
						values (?, ?, ?, ?, '1168064000', ?, ?, 'HEAD') on conflict (rrn_hash) do nothing""", key,
						row.get("name"), Date.valueOf(rrn.birthDate()), rrn.sex(),
						Date.valueOf(LocalDate.of(2015, 1, 1)), household);
				if (inserted > 0) {
					household--;
				}
				String validTo = row.get("valid_to");
				rows += this.jdbc.update("""
						insert into pds_qualification (rrn_hash, kind, valid_from, valid_to, detail)
						values (?, ?, ?, ?, ?) on conflict do nothing""", key, row.get("kind"),
						Date.valueOf(row.get("valid_from")),
						validTo == null || validTo.isBlank() ? null : Date.valueOf(validTo), row.get("detail"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (rows > 0) {
			log.info("SIMULATOR: {} fixture qualifications loaded", rows);
		}
	}

}
