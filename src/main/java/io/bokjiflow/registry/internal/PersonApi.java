package io.bokjiflow.registry.internal;

import java.util.UUID;

import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.registry.PersonSummary;
import io.bokjiflow.registry.Registry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Person summaries for other systems and the UI: masked, and only for caseworkers and
 * supervisors of the person's own 시·군·구 (or administrators), as the person view. A person
 * of another organisation answers 404, as an unknown one.
 */
@RestController
@RequestMapping("/api/persons")
@Tag(name = "Persons", description = "The integrated eligibility & benefit-history DB (masked)")
class PersonApi {

	private final Registry registry;

	private final Identity identity;

	PersonApi(Registry registry, Identity identity) {
		this.registry = registry;
		this.identity = identity;
	}

	/**
	 * A masked summary.
	 *
	 * @param id the person id
	 * @param maskedRrn e.g. {@code 711231-1******}
	 * @param maskedName e.g. {@code 김*용}
	 * @param birthYear the year of birth
	 * @param sex M or F
	 * @param adminDongCode the 행정동 code of the address
	 * @param status ALIVE, DECEASED, DEREGISTERED or EMIGRATED
	 */
	record Summary(UUID id, String maskedRrn, String maskedName, int birthYear, String sex, String adminDongCode,
			String status) {
	}

	@GetMapping("/{id}/summary")
	@Operation(summary = "A person's masked summary",
			description = "Visible to caseworkers and supervisors of the person's 시·군·구 and to administrators; 404 otherwise.")
	Summary summary(@PathVariable UUID id) {
		CurrentUser user = this.identity.currentUser();
		PersonSummary p = this.registry.find(id)
			.filter(found -> user.has(Role.ADMINISTRATOR) || ((user.has(Role.CASEWORKER) || user.has(Role.SUPERVISOR))
					&& found.sigunguCode().equals(user.sigunguCode())))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new Summary(p.id(), p.maskedRrn(), p.maskedName(), p.birthDate().getYear(), p.sex(), p.adminDongCode(),
				p.status());
	}

}
