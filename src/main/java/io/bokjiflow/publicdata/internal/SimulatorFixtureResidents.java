package io.bokjiflow.publicdata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.bokjiflow.publicdata.QualificationFact;
import io.bokjiflow.publicdata.QualificationKind;
import io.bokjiflow.registry.Rrn;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The SIMULATOR's fixed demo residents from {@code simulator/qualifications.csv} (the
 * numbers the README and the tests use), grouped by person.
 */
@Component
class SimulatorFixtureResidents {

	static final String RESOURCE = "simulator/qualifications.csv";

	/** A demo resident and the qualifications the CSV lists for them. */
	record Resident(Rrn rrn, String name, List<QualificationFact> qualifications) {

		@Override
		public String toString() {
			return "Resident[" + this.rrn.masked() + "]";
		}

	}

	private final List<Resident> residents = read();

	/** The residents in file order. */
	List<Resident> residents() {
		return this.residents;
	}

	/** Their numbers. */
	Set<Rrn> numbers() {
		Set<Rrn> numbers = new LinkedHashSet<>();
		this.residents.forEach(r -> numbers.add(r.rrn()));
		return Set.copyOf(numbers);
	}

	private static List<Resident> read() {
		CsvMapper mapper = new CsvMapper();
		mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
		mapper.enable(CsvParser.Feature.ALLOW_COMMENTS);
		CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
		Map<Rrn, String> names = new LinkedHashMap<>();
		Map<Rrn, List<QualificationFact>> facts = new LinkedHashMap<>();
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream();
				MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
					.with(schema)
					.readValues(in)) {
			while (rows.hasNext()) {
				Map<String, String> row = rows.next();
				Rrn rrn = Rrn.parse(row.get("rrn"));
				String validTo = row.get("valid_to");
				names.putIfAbsent(rrn, row.get("name"));
				facts.computeIfAbsent(rrn, k -> new ArrayList<>())
					.add(new QualificationFact(QualificationKind.valueOf(row.get("kind")),
							LocalDate.parse(row.get("valid_from")),
							(validTo == null || validTo.isBlank()) ? null : LocalDate.parse(validTo),
							row.get("detail")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Resident> list = new ArrayList<>();
		names.forEach((rrn, name) -> list.add(new Resident(rrn, name, List.copyOf(facts.get(rrn)))));
		return List.copyOf(list);
	}

}
