/**
 * The synthetic population: generates, deterministically from a seed, persons in
 * realistically shaped households across real 시·도, 시·군·구 and 행정동, with incomes, assets,
 * insurance, qualifications, benefit records, bank accounts and life events in
 * proportions taken from public statistics ({@code population/population.yml}), and loads
 * them with PostgreSQL {@code COPY} into the registry and into the public-data
 * SIMULATOR's agency records through those modules' bulk-load APIs. The demo set-up loads
 * a population on first start; benchmarks load a million persons.
 */
package io.bokjiflow.population;
