package io.bokjiflow.registry.internal;

import java.nio.ByteBuffer;
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
 * as PIPA Art. 24-2 asks (encryption also inside the organisation).
 */
class RrnProtector {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey encryptionKey;

	private final SecretKey hashKey;

	private final SecureRandom random = new SecureRandom();

	RrnProtector(byte[] encryptionKey, byte[] hashKey) {
		if (encryptionKey.length != 32 || hashKey.length < 32) {
			throw new IllegalArgumentException("RRN keys must be 32 bytes (base64 of 32 random bytes)");
		}
		this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
		this.hashKey = new SecretKeySpec(hashKey, "HmacSHA256");
	}

	byte[] hash(Rrn rrn) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.hashKey);
			return mac.doFinal(rrn.reveal().getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC unavailable", ex);
		}
	}

	byte[] encrypt(Rrn rrn) {
		try {
			byte[] iv = new byte[IV_BYTES];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
			byte[] ct = cipher.doFinal(rrn.reveal().getBytes(StandardCharsets.US_ASCII));
			return ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	Rrn decrypt(byte[] stored) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
			byte[] clear = cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
			return Rrn.parse(new String(clear, StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			// Never include the ciphertext or the key in the message.
			throw new IllegalStateException("Could not decrypt a stored resident number (wrong key?)");
		}
	}

}
