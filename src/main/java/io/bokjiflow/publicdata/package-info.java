/**
 * Public data (공적자료): clients for the agencies' records that replace paper certificates,
 * and the bundled SIMULATOR that plays those agencies over real HTTP with deterministic
 * synthetic data, since no real agency is reachable from here. Publishes
 * {@link PublicData}.
 */
package io.bokjiflow.publicdata;
