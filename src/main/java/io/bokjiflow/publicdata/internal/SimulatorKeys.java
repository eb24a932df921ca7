package io.bokjiflow.publicdata.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
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

	private final ThreadLocal<Mac> macs;

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
