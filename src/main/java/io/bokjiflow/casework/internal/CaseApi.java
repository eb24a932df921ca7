package io.bokjiflow.casework.internal;

import java.util.List;

import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.DecisionView;
import io.bokjiflow.casework.EvidenceView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A case's evidence and decision for other systems, limited to the caller's 시·군·구.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Applications, the public data they were decided on, and decisions")
class CaseApi {

	private final Casework casework;

	CaseApi(Casework casework) {
		this.casework = casework;
	}

	/**
	 * The evidence of a case.
	 *
	 * @param applicationNo the application number
	 * @param status where the application stands
	 * @param evidence the public data fetched, with source, legal basis and time
	 * @param decision the decision, once recorded
	 */
	record CaseEvidence(String applicationNo, String status, List<EvidenceView> evidence, DecisionView decision) {
	}

	@GetMapping("/{applicationNo}/evidence")
	@Operation(summary = "The public data a case was decided on",
			description = "Visible to caseworkers and supervisors of the applicant's 시·군·구 and to administrators; 404 otherwise.")
	CaseEvidence evidence(@PathVariable String applicationNo) {
		CaseFile file = this.casework.caseFileByNumber(applicationNo)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new CaseEvidence(file.application().applicationNo(), file.application().status().name(), file.evidence(),
				file.decision().orElse(null));
	}

}
