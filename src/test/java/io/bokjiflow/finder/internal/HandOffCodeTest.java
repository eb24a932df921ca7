package io.bokjiflow.finder.internal;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-off codes: eight characters without the easily confused ones, read back whatever
 * the case, spaces and dashes.
 */
class HandOffCodeTest {

	@Test
	void shouldDrawCodesFromTheUnambiguousAlphabetOnly() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 2_000; i++) {
			String code = HandOffStore.newCode();
			assertThat(code).hasSize(8).doesNotContainAnyWhitespaces().matches("[A-HJKMNP-Z2-9]{8}");
			codes.add(code);
		}
		assertThat(codes).as("no repeats in 2,000 draws").hasSize(2_000);
		assertThat(HandOffStore.ALPHABET).doesNotContain("0", "O", "1", "I", "L").hasSize(31);
	}

	@Test
	void shouldReadTypedCodesLeniently() {
		assertThat(HandOffStore.normalise("k7qm-4xpa")).isEqualTo("K7QM4XPA");
		assertThat(HandOffStore.normalise(" K7QM 4XPA ")).isEqualTo("K7QM4XPA");
		assertThat(HandOffStore.display("K7QM4XPA")).isEqualTo("K7QM-4XPA");
		assertThat(HandOffStore.normalise("K7QM-4XP0")).as("0 is never in a code").isNull();
		assertThat(HandOffStore.normalise("K7QM-4XP")).isNull();
		assertThat(HandOffStore.normalise(null)).isNull();
	}

}
