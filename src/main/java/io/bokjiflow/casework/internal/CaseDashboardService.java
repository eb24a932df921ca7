package io.bokjiflow.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.bokjiflow.casework.CaseDashboard;
import io.bokjiflow.catalog.Investigation;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.shared.UserFacingException;
import org.camunda.bpm.engine.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.Yaml;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard for the signed-in supervisor or administrator: checks who may see which
 * 시·군·구, reads the SLA rules (file defaults and the table's overrides) and retries failed
 * jobs through the engine's management service.
 */
@Service
class CaseDashboardService implements CaseDashboard {

	private static final Logger log = LoggerFactory.getLogger(CaseDashboardService.class);

	static final String RULES_FILE = "casework/sla-rules.yml";

	/** Jobs per synchronous retry command. */
	private static final int RETRY_CHUNK = 100;

	private final JdbcTemplate jdbc;

	private final Identity identity;

	private final ProgramCatalog catalog;

	private final ManagementService management;

	private final Clock clock;

	private final DashboardQueries queries;

	private final SlaDefaults defaults;

	CaseDashboardService(JdbcTemplate jdbc, Identity identity, ProgramCatalog catalog, ManagementService management,
			Clock clock) {
		this.jdbc = jdbc;
		this.identity = identity;
		this.catalog = catalog;
		this.management = management;
		this.clock = clock;
		this.queries = new DashboardQueries(jdbc);
		this.defaults = SlaDefaults.load();
	}

	@Override
	@Transactional(readOnly = true)
	public Snapshot snapshot(Filter filter) {
		CurrentUser user = requireDashboardUser();
		String sigungu = filter.sigunguCode();
		if (sigungu == null || !(user.has(Role.ADMINISTRATOR) || sigungu.equals(user.sigunguCode()))) {
			throw new AccessDeniedException("Not your 시·군·구: " + sigungu);
		}
		LocalDate from = filter.from();
		LocalDate to = filter.to();
		if (from == null || to == null || from.isAfter(to) || from.plusDays(366).isBefore(to)) {
			throw new UserFacingException("dashboard.error.period");
		}
		return this.queries.snapshot(sigungu, from, to, this.clock.instant(), thresholds());
	}

	@Override
	public String defaultSigungu() {
		return requireDashboardUser().sigunguCode();
	}

	@Override
	public boolean mayPickSigungu() {
		return requireDashboardUser().has(Role.ADMINISTRATOR);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SlaRule> slaRules() {
		requireDashboardUser();
		Map<String, SlaRule> rules = new TreeMap<>();
		for (Program p : this.catalog.programs()) {
			if (p.linked()) {
				int[] d = this.defaults.of(p.investigation());
				rules.put(p.code(), new SlaRule(p.code(), d[0], d[1], false, null));
			}
		}
		this.jdbc.query("select program_code, warn_days, escalate_days, updated_by from cw_sla_rule", rs -> {
			rules.put(rs.getString(1), new SlaRule(rs.getString(1), rs.getInt(2), rs.getInt(3), true, rs.getString(4)));
		});
		return List.copyOf(rules.values());
	}

	@Override
	@Transactional
	public void setSlaRule(String programCode, int warnDays, int escalateDays) {
		CurrentUser user = requireDashboardUser();
		if (programCode == null || programCode.isBlank()) {
			throw new UserFacingException("dashboard.sla.error.program");
		}
		if (warnDays < 1 || escalateDays > 365 || warnDays >= escalateDays) {
			throw new UserFacingException("dashboard.sla.error.days");
		}
		this.jdbc.update("""
				insert into cw_sla_rule (program_code, warn_days, escalate_days, updated_by, updated_at)
				values (?, ?, ?, ?, ?)
				on conflict (program_code) do update set warn_days = excluded.warn_days,
				    escalate_days = excluded.escalate_days, updated_by = excluded.updated_by,
				    updated_at = excluded.updated_at
				""", programCode, warnDays, escalateDays, user.username(),
				java.sql.Timestamp.from(this.clock.instant()));
		log.info("SLA rule of {} set to warn {} / escalate {} days by {}", programCode, warnDays, escalateDays,
				user.username());
	}

	@Override
	public RetryResult retry(Collection<String> incidentIds) {
		CurrentUser user = requireDashboardUser();
		Set<String> asked = new HashSet<>(incidentIds);
		if (asked.isEmpty()) {
			return new RetryResult(0, List.of());
		}
		List<String> jobIds = new ArrayList<>();
		Set<String> allowed = new HashSet<>();
		this.jdbc.query(con -> {
			var ps = con.prepareStatement("""
					select r.id_, r.configuration_, a.sigungu_code
					  from act_ru_incident r
					  join cw_case_incident c on c.incident_id = r.id_
					  join cw_application a on a.application_no = c.application_no
					 where r.id_ = any (?) and r.incident_type_ = 'failedJob' and r.configuration_ is not null
					""");
			ps.setArray(1, con.createArrayOf("varchar", asked.toArray()));
			return ps;
		}, rs -> {
			String sigungu = rs.getString(3);
			if (user.has(Role.ADMINISTRATOR) || (user.has(Role.SUPERVISOR) && sigungu.equals(user.sigunguCode()))) {
				allowed.add(rs.getString(1));
				jobIds.add(rs.getString(2));
			}
		});
		Date now = Date.from(this.clock.instant());
		for (int i = 0; i < jobIds.size(); i += RETRY_CHUNK) {
			this.management.setJobRetries(1)
				.jobIds(jobIds.subList(i, Math.min(jobIds.size(), i + RETRY_CHUNK)))
				.dueDate(now)
				.execute();
		}
		List<String> refused = asked.stream().filter(id -> !allowed.contains(id)).sorted().toList();
		log.info("{} retried {} failed jobs from the dashboard ({} refused)", user.username(), jobIds.size(),
				refused.size());
		return new RetryResult(jobIds.size(), refused);
	}

	/** The thresholds in force: defaults per program, then the table's overrides. */
	DashboardQueries.SlaThresholds thresholds() {
		Map<String, int[]> byProgram = new LinkedHashMap<>();
		for (Program p : this.catalog.programs()) {
			if (p.linked()) {
				byProgram.put(p.code(), this.defaults.of(p.investigation()));
			}
		}
		this.jdbc.query("select program_code, warn_days, escalate_days from cw_sla_rule", rs -> {
			byProgram.put(rs.getString(1), new int[] { rs.getInt(2), rs.getInt(3) });
		});
		return new DashboardQueries.SlaThresholds(byProgram, this.defaults.of(Investigation.DATA_ONLY),
				this.defaults.pauseTaskKeys(), this.defaults.forecastDays());
	}

	private CurrentUser requireDashboardUser() {
		CurrentUser user = this.identity.currentUser();
		if (!user.has(Role.SUPERVISOR) && !user.has(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("The dashboard is for supervisors and administrators");
		}
		return user;
	}

	/**
	 * The defaults of {@code casework/sla-rules.yml}.
	 *
	 * @param byInvestigation {warn, escalate} per kind of investigation
	 * @param pauseTaskKeys task keys that pause the SLA clock
	 * @param forecastDays days ahead of the forecast
	 */
	record SlaDefaults(Map<Investigation, int[]> byInvestigation, List<String> pauseTaskKeys, int forecastDays) {

		int[] of(Investigation investigation) {
			return this.byInvestigation.getOrDefault(investigation == null ? Investigation.DATA_ONLY : investigation,
					this.byInvestigation.get(Investigation.DATA_ONLY));
		}

		@SuppressWarnings("unchecked")
		static SlaDefaults load() {
			try (InputStream in = new ClassPathResource(RULES_FILE).getInputStream()) {
				Map<String, Object> yml = new Yaml().load(in);
				Map<String, Map<String, Integer>> d = (Map<String, Map<String, Integer>>) yml.get("defaults");
				Map<Investigation, int[]> by = new LinkedHashMap<>();
				for (Investigation i : Investigation.values()) {
					Map<String, Integer> r = d.get(i.name());
					if (r == null) {
						throw new IllegalStateException(RULES_FILE + " lacks a default for " + i);
					}
					int warn = r.get("warnDays");
					int esc = r.get("escalateDays");
					if (warn < 1 || warn >= esc) {
						throw new IllegalStateException(RULES_FILE + ": warnDays must be below escalateDays for " + i);
					}
					by.put(i, new int[] { warn, esc });
				}
				List<String> pause = List.copyOf((List<String>) yml.getOrDefault("pauseTaskKeys", List.of()));
				int forecast = ((Number) yml.getOrDefault("forecastDays", 7)).intValue();
				return new SlaDefaults(by, pause, forecast);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	Instant now() {
		return this.clock.instant();
	}

}
