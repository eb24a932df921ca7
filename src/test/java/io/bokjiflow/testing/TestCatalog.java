package io.bokjiflow.testing;

import java.lang.reflect.Constructor;

import io.bokjiflow.catalog.ProgramCatalog;

/**
 * The real program catalogue (the YAML files of {@code catalog/}) without Spring, for
 * tests of other modules that need a program's facts as the application knows them — e.g.
 * the public datasets a process test's investigation fetches.
 */
public final class TestCatalog {

	private static ProgramCatalog catalog;

	private TestCatalog() {
	}

	/**
	 * The catalogue, read once per test JVM.
	 * @return the catalogue
	 */
	public static synchronized ProgramCatalog get() {
		if (catalog == null) {
			try {
				// The implementation is internal to the catalogue module; its constructor
				// without arguments reads the same resources as the application.
				Constructor<?> constructor = Class.forName("io.bokjiflow.catalog.internal.YamlProgramCatalog")
					.getDeclaredConstructor();
				constructor.setAccessible(true);
				catalog = (ProgramCatalog) constructor.newInstance();
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Could not read the program catalogue", ex);
			}
		}
		return catalog;
	}

}
