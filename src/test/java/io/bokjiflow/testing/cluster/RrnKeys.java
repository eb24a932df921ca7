package io.bokjiflow.testing.cluster;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A pair of fresh RRN keys for nodes on an external database, and what a test that holds
 * them can do with the database directly: read a stored number (AES-256-GCM, 12-byte IV
 * in front, as the registry stores it) and compute the look-up hash (HMAC-SHA256) of a
 * number, so that it can pick generated persons and tell known numbers from new ones.
 *
 * @param encryptionKey base64 of 32 random bytes
 * @param hashKey base64 of 32 random bytes
 */
public record RrnKeys(String encryptionKey, String hashKey) {

	/** Two new random keys. */
	public static RrnKeys generate() {
		SecureRandom random = new SecureRandom();
		byte[] a = new byte[32];
		byte[] b = new byte[32];
		random.nextBytes(a);
		random.nextBytes(b);
		return new RrnKeys(Base64.getEncoder().encodeToString(a), Base64.getEncoder().encodeToString(b));
	}

	/** The environment variables the application reads them from. */
	public Map<String, String> environment() {
		return Map.of("BOKJIFLOW_RRN_KEY", this.encryptionKey, "BOKJIFLOW_RRN_HASH_KEY", this.hashKey);
	}

	/** The clear number of a stored {@code rrn_cipher}. */
	public String decrypt(byte[] stored) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(this.encryptionKey), "AES"),
					new GCMParameterSpec(128, stored, 0, 12));
			String digits = new String(cipher.doFinal(stored, 12, stored.length - 12), StandardCharsets.US_ASCII);
			return digits.length() == 13 ? digits.substring(0, 6) + "-" + digits.substring(6) : digits;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not decrypt a stored number with the test's key", ex);
		}
	}

	/** The {@code rrn_hash} the registry stores for a number (of its dashed form). */
	public byte[] hash(String rrn) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(this.hashKey), "HmacSHA256"));
			String digits = rrn.replace("-", "");
			return mac
				.doFinal((digits.substring(0, 6) + "-" + digits.substring(6)).getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A syntactically valid number (legacy check digit) for a birth date in 1900–1999 and
	 * a serial: the same arguments always give the same number.
	 * @param yymmdd the birth date
	 * @param serial 0–99999
	 */
	public static String number(String yymmdd, int serial) {
		String front = yymmdd + "2" + String.format("%05d", serial);
		int[] weights = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (front.charAt(i) - '0') * weights[i];
		}
		return front.substring(0, 6) + "-" + front.substring(6) + (11 - sum % 11) % 10;
	}

}
