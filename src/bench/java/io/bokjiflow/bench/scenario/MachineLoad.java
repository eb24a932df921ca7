package io.bokjiflow.bench.scenario;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Samples, once a second while a scenario is measured, how busy the machine is (CPU of
 * the whole machine and of the harness's JVM, which runs the application; the embedded
 * PostgreSQL and other builds are the rest) and an optional gauge of the scenario (e.g.
 * the job executor's backlog) and how many job executor threads exist. Reported with the
 * result, because the machine is shared.
 */
final class MachineLoad implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(MachineLoad.class);

	/** The names of the Camunda starter's job executor threads. */
	static final String JOB_EXECUTOR_THREADS = "camundaTaskExecutor";

	private final List<double[]> samples = new ArrayList<>();

	private final double loadAverageAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

	private final Thread thread;

	private volatile boolean running = true;

	/** The embedded PostgreSQL's postmaster, or 0 when unknown (external server). */
	private final long postmaster;

	private final long postgresTicksAtStart;

	private final long startedNanos = System.nanoTime();

	private volatile double postgresCpuPercent = Double.NaN;

	private MachineLoad(LongSupplier gauge, Path postgresDataDir) {
		this.postmaster = postmaster(postgresDataDir);
		this.postgresTicksAtStart = postgresTicks(this.postmaster);
		this.thread = new Thread(() -> sample(gauge), "bench-machine-load");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Starts sampling.
	 * @param gauge a number of the scenario to sample too, or {@code null}
	 * @param postgresDataDir the embedded PostgreSQL's data directory (its
	 * {@code postmaster.pid} names the server whose CPU time is read from {@code /proc}),
	 * or {@code null}
	 * @return the running sampler
	 */
	static MachineLoad start(LongSupplier gauge, Path postgresDataDir) {
		return new MachineLoad(gauge, postgresDataDir);
	}

	private void sample(LongSupplier gauge) {
		var os = ManagementFactory.getOperatingSystemMXBean();
		while (this.running) {
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				return;
			}
			double machine = Double.NaN;
			double jvm = Double.NaN;
			if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
				machine = sun.getCpuLoad();
				jvm = sun.getProcessCpuLoad();
			}
			double g = Double.NaN;
			if (gauge != null) {
				try {
					g = gauge.getAsLong();
				}
				catch (RuntimeException ex) {
					log.debug("gauge failed: {}", ex.toString());
				}
			}
			long executorThreads = Thread.getAllStackTraces()
				.keySet()
				.stream()
				.filter(t -> t.getName().startsWith(JOB_EXECUTOR_THREADS))
				.count();
			synchronized (this.samples) {
				this.samples.add(new double[] { machine, jvm, g, executorThreads });
			}
		}
	}

	@Override
	public void close() {
		if (this.postmaster > 0) {
			double seconds = (System.nanoTime() - this.startedNanos) / 1e9;
			long ticks = postgresTicks(this.postmaster) - this.postgresTicksAtStart;
			this.postgresCpuPercent = ticks / (double) TICKS_PER_SECOND / seconds
					/ Runtime.getRuntime().availableProcessors() * 100;
		}
		this.running = false;
		this.thread.interrupt();
		try {
			this.thread.join(2000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * CPU use of the embedded PostgreSQL (postmaster and its backends), 0–100% of the
	 * machine, over the sampling; {@code NaN} for an external server.
	 */
	double postgresCpuPercent() {
		return this.postgresCpuPercent;
	}

	/** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ; 100 on Linux). */
	private static final long TICKS_PER_SECOND = 100;

	private static long postmaster(Path dataDir) {
		if (dataDir == null) {
			return 0;
		}
		try {
			List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
			return lines.isEmpty() ? 0 : Long.parseLong(lines.get(0).strip());
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/** User + system ticks of the postmaster and its children (the backends). */
	private static long postgresTicks(long postmaster) {
		if (postmaster <= 0) {
			return 0;
		}
		long ticks = 0;
		try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path proc : procs) {
				try {
					String stat = Files.readString(proc.resolve("stat"));
					// pid (comm) state ppid ... utime(14) stime(15): fields after the
					// command name, which may contain spaces.
					String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					long pid = Long.parseLong(proc.getFileName().toString());
					long ppid = Long.parseLong(f[1]);
					if (pid == postmaster || ppid == postmaster) {
						ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
					}
				}
				catch (IOException | RuntimeException ex) {
					// the process ended meanwhile
				}
			}
		}
		catch (IOException ex) {
			return 0;
		}
		return ticks;
	}

	/** The load average (1 min) when sampling started. */
	double loadAverageAtStart() {
		return this.loadAverageAtStart;
	}

	/** Mean CPU use of the whole machine, 0–100%. */
	double machineCpuPercent() {
		return mean(0) * 100;
	}

	/** Mean CPU use of the harness's JVM (the application), 0–100% of the machine. */
	double jvmCpuPercent() {
		return mean(1) * 100;
	}

	/** The mean of the gauge. */
	double gaugeMean() {
		return mean(2);
	}

	/** The largest value of the gauge. */
	double gaugeMax() {
		return max(2);
	}

	/** The most job executor threads seen. */
	double jobExecutorThreadsMax() {
		return max(3);
	}

	private double max(int index) {
		synchronized (this.samples) {
			return this.samples.stream()
				.mapToDouble(s -> s[index])
				.filter(v -> !Double.isNaN(v))
				.max()
				.orElse(Double.NaN);
		}
	}

	private double mean(int index) {
		synchronized (this.samples) {
			return this.samples.stream()
				.mapToDouble(s -> s[index])
				.filter(v -> !Double.isNaN(v) && v >= 0)
				.average()
				.orElse(Double.NaN);
		}
	}

}
