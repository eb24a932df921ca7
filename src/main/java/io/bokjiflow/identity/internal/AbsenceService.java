package io.bokjiflow.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.bokjiflow.identity.Absence;
import io.bokjiflow.identity.Absences;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Role;
import io.bokjiflow.shared.UserFacingException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Absences and cover, for the signed-in user.
 */
@Service
@Transactional
class AbsenceService implements Absences {

	/** The longest absence one entry may mark; longer leave is entered in parts. */
	static final int MAX_DAYS = 180;

	private final AbsenceRepository absences;

	private final UserAccountRepository users;

	private final IdentityDirectory directory;

	private final Clock clock;

	AbsenceService(AbsenceRepository absences, UserAccountRepository users, IdentityDirectory directory, Clock clock) {
		this.absences = absences;
		this.users = users;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public Absence markAbsent(LocalDate startsOn, LocalDate endsOn, String cover, String note) {
		CurrentUser me = this.directory.currentUser();
		LocalDate today = LocalDate.now(this.clock);
		if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
			throw new UserFacingException("absence.error.period");
		}
		if (endsOn.isBefore(today) || startsOn.plusDays(MAX_DAYS).isBefore(endsOn)) {
			throw new UserFacingException("absence.error.period");
		}
		if (cover != null && colleagues(me.username()).stream().noneMatch(c -> c.username().equals(cover))) {
			throw new UserFacingException("absence.error.cover");
		}
		if (this.absences.overlaps(me.username(), startsOn, endsOn)) {
			throw new UserFacingException("absence.error.overlap");
		}
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > 200) {
			throw new UserFacingException("absence.error.note");
		}
		return this.absences
			.save(new AbsenceEntity(me.username(), startsOn, endsOn, cover, cleanNote, this.clock.instant()))
			.toAbsence();
	}

	@Override
	public void cancel(UUID id) {
		CurrentUser me = this.directory.currentUser();
		AbsenceEntity absence = this.absences.findById(id)
			.filter(a -> a.username().equals(me.username()))
			.orElseThrow(() -> new UserFacingException("absence.error.notFound"));
		this.absences.delete(absence);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Absence> mine() {
		return this.absences
			.findByUsernameAndEndsOnGreaterThanEqualOrderByStartsOn(this.directory.currentUser().username(),
					LocalDate.now(this.clock))
			.stream()
			.map(AbsenceEntity::toAbsence)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> coveredBy(String username, LocalDate day) {
		List<Absence> current = this.absences.findCurrent(day).stream().map(AbsenceEntity::toAbsence).toList();
		if (current.isEmpty()) {
			return Set.of();
		}
		CurrentUser user = this.directory.user(username).orElse(null);
		if (user == null) {
			return Set.of();
		}
		Set<String> covered = new HashSet<>();
		for (Absence a : current) {
			if (username.equals(a.cover())) {
				covered.add(a.username());
			}
			else if (user.has(Role.SUPERVISOR) && user.sigunguCode() != null) {
				this.directory.user(a.username())
					.filter(absent -> user.sigunguCode().equals(absent.sigunguCode()))
					.ifPresent(absent -> covered.add(absent.username()));
			}
		}
		covered.remove(username);
		return covered;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CurrentUser> colleagues(String username) {
		CurrentUser user = this.directory.user(username).orElse(null);
		if (user == null || user.sigunguCode() == null) {
			return List.of();
		}
		return this.users.findAll()
			.stream()
			.filter(UserAccount::enabled)
			.filter(u -> !u.username().equals(username))
			.map(this.directory::toCurrentUser)
			.filter(u -> Objects.equals(u.sigunguCode(), user.sigunguCode()))
			.filter(u -> u.has(Role.CASEWORKER) || u.has(Role.SUPERVISOR))
			.sorted(Comparator.comparing(CurrentUser::displayName))
			.toList();
	}

}
