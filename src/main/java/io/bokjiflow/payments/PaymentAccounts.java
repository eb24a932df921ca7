package io.bokjiflow.payments;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What payments needs from the registry's accounts, implemented by the registry (which
 * also listens to {@link PaymentIssued}); declared here so that the two modules do not
 * depend on each other both ways. Every call is audited by the implementation.
 */
public interface PaymentAccounts {

	/**
	 * The open accounts of persons, for routing (no numbers).
	 * @param personIds the recipients
	 * @param accessedBy the system component or user asking
	 * @param purpose why, e.g. an order number or a selection run
	 * @return person → open accounts; persons without any are missing
	 */
	Map<UUID, List<OpenAccount>> openAccounts(Collection<UUID> personIds, String accessedBy, String purpose);

	/**
	 * Reveals the clear numbers of accounts for a bank transfer file.
	 * @param accountIds the accounts
	 * @param accessedBy the user asking
	 * @param purpose why, e.g. the batch number
	 * @return account → transfer details
	 */
	Map<UUID, TransferAccount> revealForTransfer(Collection<UUID> accountIds, String accessedBy, String purpose);

	/**
	 * An open account a payment may go to.
	 *
	 * @param id the registry's account id
	 * @param personId the holder
	 * @param seizureProtected whether it is a seizure-protected benefit account
	 * @param bankCode the three-digit bank code
	 * @param bankName the bank
	 * @param maskedNumber the number, masked
	 */
	record OpenAccount(UUID id, UUID personId, boolean seizureProtected, String bankCode, String bankName,
			String maskedNumber) {
	}

	/**
	 * An account's details for a transfer file; the number is clear, so
	 * {@link #toString()} leaves it out.
	 *
	 * @param id the account
	 * @param bankCode the three-digit bank code
	 * @param number the clear account number
	 * @param holderName the holder's name
	 */
	record TransferAccount(UUID id, String bankCode, String number, String holderName) {

		@Override
		public String toString() {
			return "TransferAccount[id=" + this.id + ", bankCode=" + this.bankCode + "]";
		}

	}

}
