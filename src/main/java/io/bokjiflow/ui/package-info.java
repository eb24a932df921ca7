/**
 * The Vaadin UI, grouped by user: the task list and task view for caseworkers,
 * application intake, and (later) dashboards, the designer and program setup. It also
 * holds the web security set-up that puts the UI, Camunda's web applications and
 * {@code /engine-rest} behind one login. Nothing depends on this module.
 */
package io.bokjiflow.ui;
