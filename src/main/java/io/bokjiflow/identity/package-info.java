/**
 * Organisations (ministries, 시·도, 시·군·구, 읍·면·동 with their official codes), users, roles
 * and login, and their mapping to Camunda groups and authorizations. Publishes
 * {@link CurrentUser}.
 */
package io.bokjiflow.identity;
