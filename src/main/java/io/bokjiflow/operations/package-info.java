/**
 * Process operations for supervisors and administrators (issue 8 items 2 and 3): the
 * deployed process definitions with running instances, incidents and a heatmap of the
 * paths taken per activity, and batch operations on selected running instances — reassign
 * tasks, retry incidents, suspend/resume, cancel with a reason and migrate to another
 * version with a mapping preview and a dry run — each recorded with who and why. A
 * supervisor sees and acts on the instances of their own 시·군·구 only (process variable
 * {@code sigunguCode}); an administrator on all.
 */
package io.bokjiflow.operations;
