package io.bokjiflow.registry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

	@ParameterizedTest
	@CsvSource({ "김영용, 김*용", "이수, 이*", "남궁민수, 남**수", "김, 김" })
	void shouldMaskNames(String name, String masked) {
		assertThat(Masking.name(name)).isEqualTo(masked);
	}

	@ParameterizedTest
	@CsvSource({ "110-123-456789, ***-***-**6789", "301-1234-5678-91, ***-****-**78-91",
			"3333-01-2345678, ****-**-***5678", "12, 12" })
	void shouldMaskAccountNumbersKeepingTheLastFourDigits(String number, String masked) {
		assertThat(Masking.accountNumber(number)).isEqualTo(masked);
	}

}
