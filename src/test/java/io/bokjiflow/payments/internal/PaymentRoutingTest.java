package io.bokjiflow.payments.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.bokjiflow.payments.PaymentAccounts.OpenAccount;
import io.bokjiflow.payments.PaymentRoute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routing table of FACTS.md e, every combination of legal basis allows a protected
 * account × has an open protected account × has an open normal account.
 */
class PaymentRoutingTest {

	@ParameterizedTest(name = "allowed={0}, protected={1}, normal={2} → {3}")
	@CsvSource(textBlock = """
			true,  true,  true,  SEIZURE_PROTECTED_ACCOUNT
			true,  true,  false, SEIZURE_PROTECTED_ACCOUNT
			true,  false, true,  NORMAL_ACCOUNT
			true,  false, false, CASH_AT_CENTRE
			false, true,  true,  NORMAL_ACCOUNT
			false, true,  false, CASH_AT_CENTRE
			false, false, true,  NORMAL_ACCOUNT
			false, false, false, CASH_AT_CENTRE
			""")
	void shouldRouteByTheTable(boolean allowed, boolean hasProtected, boolean hasNormal, PaymentRoute expected) {
		assertThat(PaymentRouting.route(allowed, hasProtected, hasNormal)).isEqualTo(expected);

		// The same combination as accounts: the decision also names the right account.
		List<OpenAccount> accounts = new ArrayList<>();
		UUID person = UUID.randomUUID();
		OpenAccount protectedAccount = new OpenAccount(UUID.randomUUID(), person, true, "011", "농협", "***-1");
		OpenAccount normal = new OpenAccount(UUID.randomUUID(), person, false, "004", "국민", "***-2");
		if (hasProtected) {
			accounts.add(protectedAccount);
		}
		if (hasNormal) {
			accounts.add(normal);
		}
		PaymentRouting.Decision decision = PaymentRouting.decide(allowed, accounts, List.of());
		assertThat(decision.route()).isEqualTo(expected);
		assertThat(decision.accountId()).isEqualTo(switch (expected) {
			case SEIZURE_PROTECTED_ACCOUNT -> protectedAccount.id();
			case NORMAL_ACCOUNT -> normal.id();
			case CASH_AT_CENTRE -> null;
		});
	}

	@Test
	void shouldRouteAroundAccountsTheBankRefused() {
		UUID person = UUID.randomUUID();
		OpenAccount protectedAccount = new OpenAccount(UUID.randomUUID(), person, true, "011", "농협", "***-1");
		OpenAccount newer = new OpenAccount(UUID.randomUUID(), person, false, "004", "국민", "***-2");
		OpenAccount older = new OpenAccount(UUID.randomUUID(), person, false, "088", "신한", "***-3");
		List<OpenAccount> accounts = List.of(protectedAccount, newer, older);

		assertThat(PaymentRouting.decide(true, accounts, List.of(protectedAccount.id())))
			.isEqualTo(new PaymentRouting.Decision(PaymentRoute.NORMAL_ACCOUNT, newer.id()));
		assertThat(PaymentRouting.decide(false, accounts, List.of(newer.id())))
			.isEqualTo(new PaymentRouting.Decision(PaymentRoute.NORMAL_ACCOUNT, older.id()));
		assertThat(PaymentRouting.decide(true, accounts, List.of(protectedAccount.id(), newer.id(), older.id())))
			.isEqualTo(new PaymentRouting.Decision(PaymentRoute.CASH_AT_CENTRE, null));
	}

}
