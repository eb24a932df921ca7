package io.bokjiflow.registry;

/**
 * Masking of personal data for display (FACTS.md f): names keep first and last character.
 */
public final class Masking {

	private Masking() {
	}

	/**
	 * Masks a name: {@code 김영용} → {@code 김*용}, {@code 이수} → {@code 이*}, {@code 남궁민수} →
	 * {@code 남**수}.
	 * @param name the full name
	 * @return the masked name
	 */
	public static String name(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		String n = name.strip();
		int len = n.codePointCount(0, n.length());
		if (len == 1) {
			return n;
		}
		int[] cps = n.codePoints().toArray();
		StringBuilder sb = new StringBuilder().appendCodePoint(cps[0]);
		if (len == 2) {
			return sb.append('*').toString();
		}
		sb.append("*".repeat(len - 2));
		return sb.appendCodePoint(cps[len - 1]).toString();
	}

	/**
	 * Masks a bank account number, keeping its separators and last four digits:
	 * {@code 110-123-456789} → {@code ***-***-**6789}.
	 * @param number the account number
	 * @return the masked number
	 */
	public static String accountNumber(String number) {
		if (number == null || number.isBlank()) {
			return "";
		}
		String n = number.strip();
		int digits = (int) n.chars().filter(Character::isDigit).count();
		int keep = Math.min(4, digits);
		StringBuilder sb = new StringBuilder(n.length());
		int seen = 0;
		for (int i = 0; i < n.length(); i++) {
			char c = n.charAt(i);
			if (Character.isDigit(c)) {
				seen++;
				sb.append(seen > digits - keep ? c : '*');
			}
			else {
				sb.append(c);
			}
		}
		return sb.toString();
	}

}
