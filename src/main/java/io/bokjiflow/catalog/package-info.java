/**
 * The program catalogue (복지알림이): every program BokjiFlow knows, who runs it, on which
 * legal basis, who qualifies, what it gives and which process carries its applications.
 * Programs are data ({@code catalog/programs.yml}) with their sources and assumptions
 * marked. Publishes {@link ProgramCatalog}.
 */
package io.bokjiflow.catalog;
