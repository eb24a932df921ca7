package io.bokjiflow.publicdata.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.bokjiflow.registry.Rrn;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the public-data SIMULATOR keys its agency records ({@code pds_*}): HMAC-SHA256 of
 * the resident number (with hyphen, ASCII) under {@code bokjiflow.simulator.hash-key}, as
 * an agency would key its own records. The bulk loader and the simulator's endpoints both
 * use this class, so a loaded person is found by the number a client sends. The key is
 * the simulator's own, independent of the registry's RRN keys.
 */
@Component
public class SimulatorKeys {

	static final String PROPERTY = "bokjiflow.simulator.hash-key";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final ThreadLocal<Mac> macs;

	private final SecretKeySpec cipherKey;

	private final SecureRandom random = new SecureRandom();

	public SimulatorKeys(@Value("${" + PROPERTY + "}") String base64Key) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64Key.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(PROPERTY + " must be base64");
		}
		if (key.length < 32) {
			throw new IllegalStateException(PROPERTY + " must hold at least 32 bytes (base64 of 32 random bytes)");
		}
		SecretKeySpec spec = new SecretKeySpec(key, "HmacSHA256");
		this.macs = ThreadLocal.withInitial(() -> {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(spec);
				return mac;
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("HMAC-SHA256 unavailable", ex);
			}
		});
		// The change feed must hand out numbers, so the simulator keeps them encrypted
		// under
		// a key derived from its own hash key (never one of the registry's keys).
		this.cipherKey = new SecretKeySpec(
				this.macs.get().doFinal("pds-resident-change-cipher".getBytes(StandardCharsets.US_ASCII)), "AES");
	}

	/**
	 * Encrypts a resident number for the simulator's change feed (AES-256-GCM, random IV
	 * in front).
	 * @param rrn the number
	 * @return IV and ciphertext
	 */
	public byte[] seal(Rrn rrn) {
		try {
			byte[] clear = rrn.reveal().getBytes(StandardCharsets.US_ASCII);
			byte[] iv = new byte[IV_BYTES];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.cipherKey, new GCMParameterSpec(TAG_BITS, iv));
			byte[] out = new byte[IV_BYTES + clear.length + TAG_BITS / 8];
			System.arraycopy(iv, 0, out, 0, IV_BYTES);
			cipher.doFinal(clear, 0, clear.length, out, IV_BYTES);
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed");
		}
	}

	/**
	 * Decrypts what {@link #seal(Rrn)} produced.
	 * @param sealed IV and ciphertext
	 * @return the number
	 */
	public Rrn open(byte[] sealed) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.cipherKey, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
			return Rrn.parse(
					new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			// Never include the ciphertext or the key in the message.
			throw new IllegalStateException("Could not decrypt a stored number (wrong key?)");
		}
	}

	/**
	 * The key of a person's records in the simulator's tables.
	 * @param rrn the resident number
	 * @return 32 bytes
	 */
	public byte[] personKey(Rrn rrn) {
		return this.macs.get().doFinal(rrn.reveal().getBytes(StandardCharsets.US_ASCII));
	}

}
