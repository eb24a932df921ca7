package io.bokjiflow.payments.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.bokjiflow.payments.PaymentAccounts.OpenAccount;
import io.bokjiflow.payments.PaymentRoute;

/**
 * The routing table of FACTS.md e (NBLSA Art. 27-2②, 35②): a seizure-protected account
 * only when the program's legal basis allows it and the person has an open one; else the
 * person's normal account; else cash pick-up at the community centre.
 */
final class PaymentRouting {

	private PaymentRouting() {
	}

	/**
	 * The route for the three facts that decide it.
	 * @param protectedAllowed the program's legal basis allows a seizure-protected
	 * account
	 * @param hasProtected the person has an open seizure-protected account
	 * @param hasNormal the person has an open normal account
	 * @return the route
	 */
	static PaymentRoute route(boolean protectedAllowed, boolean hasProtected, boolean hasNormal) {
		if (protectedAllowed && hasProtected) {
			return PaymentRoute.SEIZURE_PROTECTED_ACCOUNT;
		}
		if (hasNormal) {
			return PaymentRoute.NORMAL_ACCOUNT;
		}
		return PaymentRoute.CASH_AT_CENTRE;
	}

	/**
	 * The route and account for a person's open accounts, leaving out accounts a bank
	 * already refused for the order. Of several normal accounts the one listed first is
	 * taken (the registry lists the newest first).
	 * @param protectedAllowed the program's legal basis allows a seizure-protected
	 * account
	 * @param accounts the person's open accounts
	 * @param refused accounts to leave out
	 * @return the decision
	 */
	static Decision decide(boolean protectedAllowed, List<OpenAccount> accounts, Collection<UUID> refused) {
		List<OpenAccount> usable = accounts.stream().filter(a -> !refused.contains(a.id())).toList();
		Optional<OpenAccount> protectedAccount = usable.stream().filter(OpenAccount::seizureProtected).findFirst();
		Optional<OpenAccount> normal = usable.stream().filter(a -> !a.seizureProtected()).findFirst();
		PaymentRoute route = route(protectedAllowed, protectedAccount.isPresent(), normal.isPresent());
		UUID accountId = switch (route) {
			case SEIZURE_PROTECTED_ACCOUNT -> protectedAccount.get().id();
			case NORMAL_ACCOUNT -> normal.get().id();
			case CASH_AT_CENTRE -> null;
		};
		return new Decision(route, accountId);
	}

	/** A route and the account it uses ({@code null} for cash). */
	record Decision(PaymentRoute route, UUID accountId) {
	}

}
