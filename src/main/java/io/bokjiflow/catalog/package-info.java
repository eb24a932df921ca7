/**
 * The program catalogue (복지알림이): the 27 work-processing-support programs BokjiFlow runs
 * applications for and the other central programs its service finder knows — who runs
 * them, on which legal basis, who qualifies, what they give, how to apply — searchable by
 * keyword, life stage, situation, region and benefit kind. Programs are data
 * ({@code catalog/*.yml}) with their sources and assumptions marked. Publishes
 * {@link io.bokjiflow.catalog.ProgramCatalog} and the missing-service finder
 * {@link io.bokjiflow.catalog.ServiceFinder}, which takes a person's circumstances (not
 * the registry's types) and tells what they receive and could apply for.
 */
package io.bokjiflow.catalog;
