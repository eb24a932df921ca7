package io.bokjiflow.integrity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.bokjiflow.integrity.DuplicateBenefitRules.Effect;
import io.bokjiflow.integrity.DuplicateBenefitRules.Rule;

/**
 * Reads {@code integrity/duplicate-benefit-rules.yml}, the first version of the rule set.
 */
final class RuleFile {

	static final String RESOURCE = "integrity/duplicate-benefit-rules.yml";

	private RuleFile() {
	}

	/** The rules of the file, in file order. */
	static List<Rule> read() {
		ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
			.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
		try (InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			return yaml.readValue(in, Document.class).rules().stream().map(Entry::toRule).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + RESOURCE, ex);
		}
	}

	/** The file. */
	record Document(List<Entry> rules) {
	}

	/** One entry as written; the catalogue flags say a side is a catalogue code. */
	record Entry(int number, String programA, boolean programACatalog, String programANameKo, String programB,
			boolean programBCatalog, String programBNameKo, Effect effect, Long amountWon, Integer percent,
			boolean household, String reference, String source, String assumption) {

		Rule toRule() {
			if (this.programACatalog == (this.programANameKo != null)
					|| this.programBCatalog == (this.programBNameKo != null)) {
				throw new IllegalStateException(
						"Rule " + this.number + ": each side is a catalogue code or has a Korean name, not both");
			}
			return new Rule(this.number, this.programA, this.programANameKo, this.programB, this.programBNameKo,
					this.effect, this.amountWon, this.percent, this.household, this.reference, this.source,
					this.assumption);
		}

	}

}
