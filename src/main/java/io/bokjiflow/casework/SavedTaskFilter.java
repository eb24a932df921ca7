package io.bokjiflow.casework;

import java.util.UUID;

/**
 * A task-list filter a user saved, for themselves or shared with their organisation.
 *
 * @param id its id
 * @param name its name
 * @param owner who saved it
 * @param shared whether colleagues of the owner's organisation see it
 * @param filter the filter
 */
public record SavedTaskFilter(UUID id, String name, String owner, boolean shared, TaskFilter filter) {
}
