package io.bokjiflow.registry;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Issue 10 item 5: the resident-number parser under fuzzing. Whatever the string, it
 * either parses or throws {@link InvalidRrnException} with one of its message keys —
 * never another exception; every valid number round-trips; the masked form and
 * {@code toString()} never reveal the six digits after the gender digit.
 */
class RrnFuzzTest {

	@Property(tries = 3000)
	void arbitraryTextParsesOrFailsWithAMessageKeyOnly(@ForAll("anyText") String text) {
		Throwable thrown = catchThrowable(() -> Rrn.parse(text));
		if (thrown != null) {
			assertThat(thrown).isExactlyInstanceOf(InvalidRrnException.class);
			assertThat(((InvalidRrnException) thrown).messageKey()).isIn(InvalidRrnException.REQUIRED,
					InvalidRrnException.FORMAT, InvalidRrnException.DATE);
			assertThat(thrown.getMessage()).as("the message never echoes the input")
				.isEqualTo(((InvalidRrnException) thrown).messageKey());
		}
		else {
			Rrn rrn = Rrn.parse(text);
			assertThat(rrn.reveal()).matches("\\d{6}-\\d{7}");
			assertThat(text.replace("-", "").strip()).isEqualTo(rrn.reveal().replace("-", ""));
		}
	}

	@Property(tries = 2000)
	void validNumbersRoundTripAndStayMasked(@ForAll("validNumbers") Generated generated) {
		Rrn rrn = Rrn.parse(generated.text());
		assertThat(rrn.birthDate()).isEqualTo(generated.birth());
		assertThat(rrn.reveal()).isEqualTo(generated.text());
		assertThat(Rrn.parse(generated.text().replace("-", ""))).isEqualTo(rrn);
		assertThat(Rrn.parse(rrn.reveal())).isEqualTo(rrn).hasSameHashCodeAs(rrn);
		assertThat(rrn.sex()).isEqualTo((generated.text().charAt(7) - '0') % 2 == 1 ? "M" : "F");

		String hidden = generated.text().substring(8);
		assertThat(rrn.masked()).isEqualTo(generated.text().substring(0, 8) + "******");
		assertThat(rrn.masked().substring(8)).doesNotContainPattern("\\d");
		assertThat(rrn.toString()).isEqualTo(rrn.masked())
			.doesNotContain(rrn.reveal())
			.doesNotContain(generated.text().replace("-", ""));
		assertThat(String.valueOf(rrn) + " " + "%s".formatted(rrn)).doesNotContain(generated.text().substring(6));
		if (!generated.text().substring(0, 8).contains(hidden)) {
			assertThat(rrn.masked()).doesNotContain(hidden);
		}
	}

	@Property(tries = 1000)
	void nearMissesAreRefusedWithAKey(@ForAll("nearMisses") String text) {
		Throwable thrown = catchThrowable(() -> Rrn.parse(text));
		if (thrown != null) {
			assertThat(thrown).isExactlyInstanceOf(InvalidRrnException.class);
		}
	}

	/** A generated valid number with its birth date. */
	record Generated(String text, LocalDate birth) {
	}

	@Provide
	Arbitrary<String> anyText() {
		Arbitrary<String> digitsAndNoise = Arbitraries.strings()
			.withChars("0123456789-- \t'\";%_\\")
			.withChars('０', '１', '٣', '۵', '\u0000', '\u200b', '가')
			.ofMinLength(0)
			.ofMaxLength(20);
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30), digitsAndNoise,
				Arbitraries.strings().numeric().ofLength(13), Arbitraries.just(null));
	}

	@Provide
	Arbitrary<Generated> validNumbers() {
		Arbitrary<Integer> gender = Arbitraries.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
		Arbitrary<Integer> yy = Arbitraries.integers().between(0, 99);
		Arbitrary<Integer> dayOfYear = Arbitraries.integers().between(0, 365);
		Arbitrary<String> rest = Arbitraries.strings().numeric().ofLength(6);
		return Combinators.combine(gender, yy, dayOfYear, rest).as((g, y, d, r) -> {
			int century = switch (g) {
				case 9, 0 -> 1800;
				case 1, 2, 5, 6 -> 1900;
				default -> 2000;
			};
			LocalDate start = LocalDate.of(century + y, 1, 1);
			LocalDate birth = start.plusDays(Math.min(d, start.lengthOfYear() - 1));
			String text = "%02d%02d%02d-%d%s".formatted(y, birth.getMonthValue(), birth.getDayOfMonth(), g, r);
			return new Generated(text, birth);
		});
	}

	@Provide
	Arbitrary<String> nearMisses() {
		Arbitrary<String> months = Arbitraries.strings().numeric().ofLength(2);
		return Combinators
			.combine(Arbitraries.strings().numeric().ofLength(2), months, Arbitraries.strings().numeric().ofLength(2),
					Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(8), Arbitraries.of("-", "", "--", " - "))
			.as((y, m, d, rest, sep) -> y + m + d + sep + rest);
	}

}
