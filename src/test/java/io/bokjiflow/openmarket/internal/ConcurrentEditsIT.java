package io.bokjiflow.openmarket.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.bokjiflow.identity.Role;
import io.bokjiflow.identity.internal.TestCaseworkers;
import io.bokjiflow.integrity.DuplicateBenefitRules;
import io.bokjiflow.integrity.DuplicateBenefitRules.RuleSetVersion;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10 item 4: two editors save at the same moment, on two threads released together.
 * A local program version's draft keeps exactly one editor's content and the other is
 * told it is stale (never merged); the duplicate-benefit rule set is published by one
 * administrator and the other, who edited the same version, is refused instead of
 * silently undoing the first's change.
 */
class ConcurrentEditsIT extends IntegrationTest {

	private static final String SECOND_OFFICIAL = "om.official2.gangnam";

	private static final String SECOND_ADMIN = "admin.second";

	@Autowired
	private LocalPrograms programs;

	@Autowired
	private DuplicateBenefitRules rules;

	@Autowired
	private ApplicationContext context;

	@BeforeEach
	void users() {
		TestCaseworkers.provisionUser(this.context, SECOND_OFFICIAL, "두번째", "11680", PASSWORD,
				EnumSet.of(Role.LOCAL_OFFICIAL));
		TestCaseworkers.provisionUser(this.context, SECOND_ADMIN, "관리둘", "1352000", PASSWORD,
				EnumSet.of(Role.ADMINISTRATOR, Role.SUPERVISOR));
	}

	@Test
	void shouldKeepOneOfTwoConcurrentDraftSavesAndRefuseTheOther() throws Exception {
		for (int round = 0; round < 5; round++) {
			String code = "L11680-C" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
			ProgramVersion v1 = as("official.gangnam",
					() -> this.programs.createProgram(code, LocalProgramsIT.content(30_000, "자녀 수")));
			Map<String, Long> amounts = Map.of("official.gangnam", 41_000L, SECOND_OFFICIAL, 42_000L);
			Map<String, Throwable> failures = race(amounts.keySet(), user -> () -> as(user, () -> this.programs
				.saveDraft(v1.id(), v1.revision(), LocalProgramsIT.content(amounts.get(user), "편집 " + user))));

			assertThat(failures).as("exactly one save is refused").hasSize(1);
			String loser = failures.keySet().iterator().next();
			assertThat(failures.get(loser)).isInstanceOfSatisfying(UserFacingException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("om.program.error.stale"));
			String winner = amounts.keySet().stream().filter(u -> !u.equals(loser)).findFirst().orElseThrow();
			ProgramVersion saved = this.programs.version(v1.id()).orElseThrow();
			assertThat(saved.content().amountWon()).as("the winner's content, not merged")
				.isEqualTo(amounts.get(winner));
			assertThat(saved.content().applicationFormJson()).contains("편집 " + winner).doesNotContain("편집 " + loser);
			assertThat(saved.revision()).isEqualTo(v1.revision() + 1);
		}
	}

	@Test
	void shouldRefuseTheSecondOfTwoConcurrentRulePublications() throws Exception {
		RuleSetVersion start = as("admin", () -> this.rules.currentVersion());
		// The same rules again (other tests share them), told apart by the reason.
		List<DuplicateBenefitRules.Rule> same = as("admin", () -> this.rules.rules());
		Map<String, String> reasons = Map.of("admin", "동시 게시 시험 A", SECOND_ADMIN, "동시 게시 시험 B");
		Map<String, Throwable> failures = race(reasons.keySet(),
				user -> () -> as(user, () -> this.rules.publish(same, reasons.get(user), start.version())));

		assertThat(failures).as("exactly one publication is refused").hasSize(1);
		String loser = failures.keySet().iterator().next();
		String winner = reasons.keySet().stream().filter(u -> !u.equals(loser)).findFirst().orElseThrow();
		assertThat(failures.get(loser)).isInstanceOfSatisfying(UserFacingException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo("integrity.error.stale");
			assertThat(ex.args()).containsExactly(start.version() + 1, start.version());
		});
		RuleSetVersion now = as("admin", () -> this.rules.currentVersion());
		assertThat(now.version()).isEqualTo(start.version() + 1);
		assertThat(now.reason()).isEqualTo(reasons.get(winner));
		assertThat(now.publishedBy()).isEqualTo(winner);
		// The refused editor reloads and publishes on the new version.
		assertThatThrownBy(() -> as(loser, () -> this.rules.publish(same, "다시", start.version())))
			.isInstanceOf(UserFacingException.class);
		assertThat(as(loser, () -> this.rules.publish(same, "다시 불러와 게시", now.version())).version())
			.isEqualTo(now.version() + 1);
	}

	/**
	 * Runs one action per user on its own thread, all released at once; the failures by
	 * user.
	 */
	private static Map<String, Throwable> race(Iterable<String> users,
			java.util.function.Function<String, Callable<?>> action) throws Exception {
		List<String> who = new ArrayList<>();
		users.forEach(who::add);
		ExecutorService pool = Executors.newFixedThreadPool(who.size());
		CountDownLatch ready = new CountDownLatch(who.size());
		CountDownLatch go = new CountDownLatch(1);
		Map<String, Future<Throwable>> results = new LinkedHashMap<>();
		try {
			for (String user : who) {
				Callable<?> task = action.apply(user);
				results.put(user, pool.submit(() -> {
					ready.countDown();
					go.await();
					try {
						task.call();
						return null;
					}
					catch (RuntimeException ex) {
						return ex;
					}
				}));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			Map<String, Throwable> failures = new LinkedHashMap<>();
			for (var e : results.entrySet()) {
				Throwable failure = e.getValue().get(60, TimeUnit.SECONDS);
				if (failure != null) {
					failures.put(e.getKey(), failure);
				}
			}
			return failures;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
