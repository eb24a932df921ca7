package io.bokjiflow.registry.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.bokjiflow.registry.Rrn;

/**
 * Encrypts resident registration numbers with AES-256-GCM (random 96-bit IV stored in
 * front of the ciphertext) and derives an HMAC-SHA256 look-up hash with a separate key,
 * as PIPA Art. 24-2 asks (encryption also inside the organisation). Bank account numbers
 * are encrypted the same way. Thread-safe: each thread keeps its own {@link Mac} and
 * {@link Cipher}, which matters when a bulk load encrypts a million numbers.
 */
class RrnProtector {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey encryptionKey;

	private final SecretKey hashKey;

	private final SecureRandom random = new SecureRandom();

	private final ThreadLocal<Mac> macs;

	private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM unavailable", ex);
		}
	});

	RrnProtector(byte[] encryptionKey, byte[] hashKey) {
		if (encryptionKey.length != 32 || hashKey.length < 32) {
			throw new IllegalArgumentException("RRN keys must be 32 bytes (base64 of 32 random bytes)");
		}
		this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
		this.hashKey = new SecretKeySpec(hashKey, "HmacSHA256");
		this.macs = ThreadLocal.withInitial(() -> {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(this.hashKey);
				return mac;
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("HMAC unavailable", ex);
			}
		});
	}

	byte[] hash(Rrn rrn) {
		return this.macs.get().doFinal(rrn.reveal().getBytes(StandardCharsets.US_ASCII));
	}

	byte[] encrypt(Rrn rrn) {
		return seal(rrn.reveal().getBytes(StandardCharsets.US_ASCII));
	}

	Rrn decrypt(byte[] stored) {
		return Rrn.parse(new String(open(stored), StandardCharsets.US_ASCII));
	}

	/** Encrypts other identifying text, such as a bank account number. */
	byte[] encryptText(String clear) {
		return seal(clear.getBytes(StandardCharsets.UTF_8));
	}

	/** Decrypts what {@link #encryptText(String)} produced. */
	String decryptText(byte[] stored) {
		return new String(open(stored), StandardCharsets.UTF_8);
	}

	private byte[] seal(byte[] clear) {
		try {
			byte[] out = new byte[IV_BYTES + clear.length + TAG_BITS / 8];
			byte[] iv = new byte[IV_BYTES];
			this.random.nextBytes(iv);
			System.arraycopy(iv, 0, out, 0, IV_BYTES);
			Cipher cipher = this.ciphers.get();
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
			cipher.doFinal(clear, 0, clear.length, out, IV_BYTES);
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed");
		}
	}

	private byte[] open(byte[] stored) {
		try {
			Cipher cipher = this.ciphers.get();
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
			return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
		}
		catch (GeneralSecurityException ex) {
			// Never include the ciphertext or the key in the message.
			throw new IllegalStateException("Could not decrypt a stored value (wrong key?)");
		}
	}

}
