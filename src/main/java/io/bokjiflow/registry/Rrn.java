package io.bokjiflow.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resident registration number (주민등록번호), validated on creation. {@link #toString()}
 * returns only the masked form, so the number cannot leak into logs or messages by
 * accident.
 *
 * <p>
 * Rules (FACTS.md f): {@code YYMMDD-GNNNNNC}; G = 1/2 born 1900s, 3/4 2000s, 9/0 1800s,
 * 5–8 foreigners (5/6 1900s, 7/8 2000s). The legacy check digit is only a warning, since
 * numbers issued from 2020-10 have random digits after G.
 */
public final class Rrn {

	private static final Pattern FORMAT = Pattern.compile("(\\d{6})-?(\\d{7})");

	private static final int[] WEIGHTS = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };

	private final String digits;

	private final LocalDate birthDate;

	private Rrn(String digits, LocalDate birthDate) {
		this.digits = digits;
		this.birthDate = birthDate;
	}

	/**
	 * Parses and validates a number typed with or without the hyphen.
	 * @param text the number
	 * @return the validated number
	 * @throws InvalidRrnException with a message key when the format, date or gender
	 * digit is wrong
	 */
	public static Rrn parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidRrnException(InvalidRrnException.REQUIRED);
		}
		Matcher m = FORMAT.matcher(text.strip());
		if (!m.matches()) {
			throw new InvalidRrnException(InvalidRrnException.FORMAT);
		}
		String digits = m.group(1) + m.group(2);
		int g = digits.charAt(6) - '0';
		int century = switch (g) {
			case 9, 0 -> 1800;
			case 1, 2, 5, 6 -> 1900;
			default -> 2000; // 3, 4, 7, 8
		};
		LocalDate birth;
		try {
			birth = LocalDate.of(century + Integer.parseInt(digits.substring(0, 2)),
					Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
		}
		catch (DateTimeException ex) {
			throw new InvalidRrnException(InvalidRrnException.DATE);
		}
		return new Rrn(digits, birth);
	}

	/** The birth date encoded in the number. */
	public LocalDate birthDate() {
		return this.birthDate;
	}

	/** {@code M} or {@code F}, from the gender digit. */
	public String sex() {
		return (this.digits.charAt(6) - '0') % 2 == 1 ? "M" : "F";
	}

	/** Whether the number is a foreign resident's registration number (G = 5–8). */
	public boolean foreigner() {
		int g = this.digits.charAt(6) - '0';
		return g >= 5 && g <= 8;
	}

	/**
	 * Whether the legacy check digit matches (a miss is only a warning for numbers from
	 * 2020-10).
	 */
	public boolean checksumMatches() {
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (this.digits.charAt(i) - '0') * WEIGHTS[i];
		}
		int check = (11 - sum % 11) % 10;
		return check == this.digits.charAt(12) - '0';
	}

	/** The age in whole years on a date. */
	public int ageOn(LocalDate date) {
		return java.time.Period.between(this.birthDate, date).getYears();
	}

	/** The clear number with hyphen; handle with care, never log it. */
	public String reveal() {
		return this.digits.substring(0, 6) + "-" + this.digits.substring(6);
	}

	/** The masked form {@code 711231-1******} for display. */
	public String masked() {
		return this.digits.substring(0, 6) + "-" + this.digits.charAt(6) + "******";
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Rrn other && this.digits.equals(other.digits);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.digits);
	}

	@Override
	public String toString() {
		return masked();
	}

}
