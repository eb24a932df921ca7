/**
 * Small building blocks every module may use: the clock, user-facing error keys and the
 * zero-setup embedded PostgreSQL. It holds no business rules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.bokjiflow.shared;
