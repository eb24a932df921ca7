package io.bokjiflow.registry;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RrnTest {

	@ParameterizedTest
	@ValueSource(strings = { "580315-2123457", "5803152123457", "  580315-2123457 " })
	void shouldParseWithOrWithoutHyphen(String text) {
		Rrn rrn = Rrn.parse(text);

		assertThat(rrn.birthDate()).isEqualTo(LocalDate.of(1958, 3, 15));
		assertThat(rrn.sex()).isEqualTo("F");
		assertThat(rrn.foreigner()).isFalse();
		assertThat(rrn.checksumMatches()).isTrue();
		assertThat(rrn.reveal()).isEqualTo("580315-2123457");
	}

	@Test
	void shouldTreatTheSameDigitsAsTheSameNumberWhateverTheHyphen() {
		assertThat(Rrn.parse("8509121456786")).isEqualTo(Rrn.parse("850912-1456786"))
			.hasSameHashCodeAs(Rrn.parse("850912-1456786"))
			.isNotEqualTo(Rrn.parse("580315-2123457"));
	}

	@ParameterizedTest(name = "gender digit {1}: born {2}, sex {3}, foreigner {4}")
	@CsvSource({ "850912-1456786, 1, 1985-09-12, M, false", "580315-2123457, 2, 1958-03-15, F, false",
			"000229-3123456, 3, 2000-02-29, M, false", "010101-4123456, 4, 2001-01-01, F, false",
			"750505-5123456, 5, 1975-05-05, M, true", "750505-6123456, 6, 1975-05-05, F, true",
			"100203-7123456, 7, 2010-02-03, M, true", "080808-8123456, 8, 2008-08-08, F, true",
			"991231-9123456, 9, 1899-12-31, M, false", "990101-0123456, 0, 1899-01-01, F, false" })
	void shouldDeriveBirthDateSexAndCenturyFromGenderDigit(String text, int genderDigit, LocalDate birthDate,
			String sex, boolean foreigner) {
		Rrn rrn = Rrn.parse(text);

		assertThat(text.charAt(7) - '0').isEqualTo(genderDigit);
		assertThat(rrn.birthDate()).isEqualTo(birthDate);
		assertThat(rrn.sex()).isEqualTo(sex);
		assertThat(rrn.foreigner()).isEqualTo(foreigner);
	}

	@Test
	void shouldAcceptEveryGenderDigitSinceEachOneNamesACentury() {
		// 0-9 all have a meaning, so no number is rejected for its gender digit
		// (InvalidRrnException.GENDER_DIGIT is never thrown).
		assertThat(IntStream.rangeClosed(0, 9).mapToObj(g -> Rrn.parse("010101-" + g + "123456")))
			.extracting(rrn -> rrn.birthDate().getYear())
			.containsExactly(1801, 1901, 1901, 2001, 2001, 1901, 1901, 2001, 2001, 1801);
	}

	@ParameterizedTest
	@ValueSource(strings = { "991332-1234567", "990230-1234567", "990431-1234567", "990001-1234567", "990100-1234567",
			"000229-1234567", "010229-3234567" })
	void shouldRejectBirthDatesThatDoNotExist(String text) {
		// 000229 with G=1 is 1900-02-29: 1900 was not a leap year, 2000 was.
		assertThatThrownBy(() -> Rrn.parse(text)).isInstanceOf(InvalidRrnException.class)
			.extracting(ex -> ((InvalidRrnException) ex).messageKey())
			.isEqualTo(InvalidRrnException.DATE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "580315-212345", "580315212345", "580315-21234578", "58031-52123457", "580315--2123457",
			"580315 2123457", "58031a-2123457", "580315-2123457x", "５８０３１５-２１２３４５７", "580315/2123457" })
	void shouldRejectWrongLengthOrFormat(String text) {
		assertThatThrownBy(() -> Rrn.parse(text)).isInstanceOf(InvalidRrnException.class)
			.extracting(ex -> ((InvalidRrnException) ex).messageKey())
			.isEqualTo(InvalidRrnException.FORMAT);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\t" })
	void shouldRequireANumber(String text) {
		assertThatThrownBy(() -> Rrn.parse(text)).isInstanceOf(InvalidRrnException.class)
			.extracting(ex -> ((InvalidRrnException) ex).messageKey())
			.isEqualTo(InvalidRrnException.REQUIRED);
	}

	@Test
	void shouldKeepTheNumberOutOfTheExceptionMessage() {
		assertThatThrownBy(() -> Rrn.parse("991332-1234567")).hasMessage("rrn.error.date")
			.hasMessageNotContaining("991332");
		assertThatThrownBy(() -> Rrn.parse("991332-123456")).hasMessage("rrn.error.format")
			.hasMessageNotContaining("991332");
	}

	@Test
	void shouldParseButFlagANumberWhoseLegacyCheckDigitDoesNotMatch() {
		Rrn rrn = Rrn.parse("580315-2123458");

		assertThat(rrn.checksumMatches()).isFalse();
		assertThat(rrn.birthDate()).isEqualTo(LocalDate.of(1958, 3, 15));
		assertThat(Rrn.parse("850912-1456786").checksumMatches()).isTrue();
		assertThat(Rrn.parse("850912-1456787").checksumMatches()).isFalse();
	}

	@Test
	void shouldShowOnlyTheMaskedNumber() {
		Rrn rrn = Rrn.parse("5803152123457");

		assertThat(rrn.masked()).isEqualTo("580315-2******");
		assertThat(rrn).hasToString("580315-2******");
		assertThat("applicant " + rrn).isEqualTo("applicant 580315-2******").doesNotContain("123457");
	}

	@Test
	void shouldCountAgeInWholeYearsFromTheBirthday() {
		Rrn rrn = Rrn.parse("580315-2123457");

		assertThat(rrn.ageOn(LocalDate.of(2025, 3, 14))).isEqualTo(66);
		assertThat(rrn.ageOn(LocalDate.of(2025, 3, 15))).isEqualTo(67);
	}

	@ParameterizedTest
	@CsvSource({ "김영용, 김*용", "이수, 이*", "남궁민수, 남**수", "김, 김", "' 김영용 ', 김*용", "𠀀가𠀀, 𠀀*𠀀" })
	void shouldMaskAllButTheFirstAndLastCharacterOfAName(String name, String masked) {
		assertThat(Masking.name(name)).isEqualTo(masked);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  " })
	void shouldMaskAMissingNameAsEmpty(String name) {
		assertThat(Masking.name(name)).isEmpty();
	}

}
