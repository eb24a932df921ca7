package io.bokjiflow.integrity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.integrity.EligibilityChanges;
import io.bokjiflow.integrity.FeedRun;
import io.bokjiflow.publicdata.PublicDataUnavailableException;
import io.bokjiflow.publicdata.ResidentChange;
import io.bokjiflow.publicdata.ResidentChangeFeed;
import io.bokjiflow.registry.LifeEventChange;
import io.bokjiflow.registry.PersonSummary;
import io.bokjiflow.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Processes a day's resident-register change feed: fetches it through the public-data
 * module, has the registry record each change of a known person (once per change id; the
 * registry publishes {@code LifeEventRecorded}), and keeps the run with its counts in
 * {@code int_feed_run}. Each change is recorded in its own transaction, so one failing
 * change does not undo the others and is tried again by the next run.
 *
 * <p>
 * It lives in the integrity module, not the registry: the registry cannot call the
 * public-data module (which depends on the registry for resident numbers), and acting on
 * eligibility changes is what integrity is for.
 */
@Service
class ChangeFeedProcessor implements EligibilityChanges {

	private static final Logger log = LoggerFactory.getLogger(ChangeFeedProcessor.class);

	static final String SYSTEM = "system";

	private final ResidentChangeFeed feed;

	private final Registry registry;

	private final JdbcTemplate jdbc;

	private final Identity identity;

	private final Clock clock;

	private final boolean scheduled;

	ChangeFeedProcessor(ResidentChangeFeed feed, Registry registry, JdbcTemplate jdbc, Identity identity, Clock clock,
			@Value("${bokjiflow.integrity.change-feed.enabled:false}") boolean scheduled) {
		this.feed = feed;
		this.registry = registry;
		this.jdbc = jdbc;
		this.identity = identity;
		this.clock = clock;
		this.scheduled = scheduled;
	}

	@Override
	public FeedRun processFeed(LocalDate day) {
		CurrentUser user = this.identity.currentUser();
		if (!user.has(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Only administrators run the change feed");
		}
		return run(day, user.username());
	}

	/** Daily: yesterday's feed, when enabled (off by default and in tests). */
	@Scheduled(cron = "${bokjiflow.integrity.change-feed.cron:0 30 6 * * *}", zone = "Asia/Seoul")
	void daily() {
		if (this.scheduled) {
			run(LocalDate.now(this.clock).minusDays(1), SYSTEM);
		}
	}

	/**
	 * Processes a day's feed; the run row is written as it goes (no surrounding
	 * transaction).
	 */
	FeedRun run(LocalDate day, String runBy) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into int_feed_run (id, feed_day, started_at, status, run_by) values (?, ?, ?, 'RUNNING', ?)""",
				id, day, now(), runBy);
		List<ResidentChange> changes;
		try {
			changes = this.feed.changes(day);
		}
		catch (PublicDataUnavailableException ex) {
			// The message names the source and the failure, never a person.
			this.jdbc.update("update int_feed_run set status = 'FAILED', finished_at = ?, error = ? where id = ?",
					now(), ex.getMessage(), id);
			log.warn("Change feed of {} could not be fetched: {}", day, ex.getMessage());
			return run(id).orElseThrow();
		}
		int recorded = 0;
		int known = 0;
		int unknown = 0;
		int failed = 0;
		for (ResidentChange c : changes) {
			try {
				Optional<PersonSummary> person = this.registry.find(c.rrn());
				if (person.isEmpty()) {
					unknown++;
					continue;
				}
				boolean isNew = this.registry
					.recordLifeEvent(new LifeEventChange(c.changeId(), person.get().id(), c.kind(), c.occurredOn(),
							c.newAdminDongCode(), c.newAddress(),
							c.qualificationKind() == null ? null : c.qualificationKind().name(), c.qualificationHeld(),
							"주민등록 변동 정보 " + day))
					.isPresent();
				if (isNew) {
					recorded++;
				}
				else {
					known++;
				}
			}
			catch (RuntimeException ex) {
				failed++;
				log.warn("Change {} of the feed of {} could not be recorded: {}", c.changeId(), day,
						ex.getClass().getSimpleName());
			}
		}
		this.jdbc.update("""
				update int_feed_run set status = 'COMPLETED', finished_at = ?, changes = ?, recorded = ?,
				    already_known = ?, unknown_person = ?, failed = ? where id = ?""", now(), changes.size(), recorded,
				known, unknown, failed, id);
		log.info("Change feed of {}: {} changes, {} recorded, {} already known, {} unknown persons, {} failed", day,
				changes.size(), recorded, known, unknown, failed);
		return run(id).orElseThrow();
	}

	@Override
	public List<FeedRun> feedRuns(int limit) {
		return this.jdbc.query("select " + COLUMNS + " from int_feed_run order by started_at desc limit ?", ROW,
				Math.max(1, Math.min(limit, 1000)));
	}

	private Optional<FeedRun> run(UUID id) {
		return this.jdbc.query("select " + COLUMNS + " from int_feed_run where id = ?", ROW, id).stream().findFirst();
	}

	private static final String COLUMNS = "id, feed_day, started_at, finished_at, status, run_by, changes, recorded, "
			+ "already_known, unknown_person, failed, error";

	private static final org.springframework.jdbc.core.RowMapper<FeedRun> ROW = (rs, i) -> new FeedRun(
			rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getTimestamp(3).toInstant(),
			rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6),
			rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getString(12));

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
