package io.bokjiflow.publicdata.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.bokjiflow.registry.Rrn;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the SIMULATOR keys its agency records: HMAC-SHA256 of the resident number with the
 * simulator's own key, as an agency would key its own records apart from BokjiFlow's
 * registry.
 */
@Component
public class SimulatorKeys {

	private final SecretKeySpec key;

	SimulatorKeys(@Value("${bokjiflow.simulator.hash-key}") String key) {
		this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/**
	 * The key of a person's records in the simulator's tables.
	 * @param rrn the resident number
	 * @return the HMAC
	 */
	public byte[] personKey(Rrn rrn) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(rrn.reveal().getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC unavailable", ex);
		}
	}

}
