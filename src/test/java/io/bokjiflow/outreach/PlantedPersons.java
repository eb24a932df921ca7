package io.bokjiflow.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.bokjiflow.registry.BenefitStatus;
import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.registry.Rrn;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generated persons for the missing-service tests, planted in a private 행정동 code so that
 * other tests sharing the database never see them.
 */
public final class PlantedPersons {

	private final RegistryBulkLoad bulkLoad;

	private final TransactionTemplate tx;

	private final List<RegistryBulkLoad.PersonRecord> persons = new ArrayList<>();

	private final int base = ThreadLocalRandom.current().nextInt(90_000);

	public PlantedPersons(RegistryBulkLoad bulkLoad, TransactionTemplate tx) {
		this.bulkLoad = bulkLoad;
		this.tx = tx;
	}

	/**
	 * A 행정동 code nobody else uses.
	 * @param sigungu the 시·군·구 (a demo user's, or a made-up one without local programs)
	 * @param marker one digit that tells the test classes apart
	 */
	public static String privateDong(String sigungu, char marker) {
		return sigungu + marker + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
	}

	/**
	 * Adds a living person living alone.
	 * @param dong the 행정동
	 * @param born the birth date
	 * @param qualifications kinds valid since 2019-03-01
	 * @param activeBenefits program codes with an ACTIVE benefit record
	 * @return the person's id
	 */
	public UUID person(String dong, LocalDate born, List<String> qualifications, List<String> activeBenefits) {
		UUID id = UUID.randomUUID();
		int serial = this.base + this.persons.size();
		List<RegistryBulkLoad.QualificationRecord> held = qualifications.stream()
			.map(k -> new RegistryBulkLoad.QualificationRecord(UUID.randomUUID(), k, LocalDate.of(2019, 3, 1), null,
					null, "test: 국가보훈부"))
			.toList();
		List<RegistryBulkLoad.BenefitRecord> benefits = activeBenefits.stream()
			.map(p -> new RegistryBulkLoad.BenefitRecord(UUID.randomUUID(), p, dong.substring(0, 5),
					LocalDate.of(2025, 1, 1), null, 10_000, BenefitStatus.ACTIVE, "test: OutreachIT"))
			.toList();
		this.persons.add(new RegistryBulkLoad.PersonRecord(id, rrn(born, serial), "발굴" + serial, born, "M", "서울특별시",
				dong, LocalDate.of(2015, 1, 1), PersonStatus.ALIVE, held, benefits, List.of(), List.of()));
		return id;
	}

	/** Writes the persons added so far. */
	public void write() {
		this.tx.executeWithoutResult(status -> {
			RegistryBulkLoad.Batch batch = this.bulkLoad.newBatch();
			this.persons.forEach(batch::add);
			this.bulkLoad.write(batch);
		});
		this.persons.clear();
	}

	/** A valid legacy resident number (check digit) of a man born in the 1900s. */
	private static Rrn rrn(LocalDate born, int serial) {
		String front = "%02d%02d%02d".formatted(born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth()) + "1"
				+ "%05d".formatted(serial % 100_000);
		int[] weights = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (front.charAt(i) - '0') * weights[i];
		}
		return Rrn.parse(front.substring(0, 6) + "-" + front.substring(6) + (11 - sum % 11) % 10);
	}

}
