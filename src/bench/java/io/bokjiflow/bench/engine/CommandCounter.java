package io.bokjiflow.bench.engine;

import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Counts executed jobs and optimistic-locking exceptions as they leave the engine's
 * command stack. Sits before the command context interceptor, so a conflict detected when
 * the context flushes reaches it.
 */
public final class CommandCounter extends CommandInterceptor {

	private final Counts counts;

	CommandCounter(Counts counts) {
		this.counts = counts;
	}

	@Override
	public <T> T execute(Command<T> command) {
		boolean job = command instanceof ExecuteJobsCmd;
		try {
			T result = this.next.execute(command);
			if (job) {
				this.counts.jobsExecuted.incrementAndGet();
			}
			return result;
		}
		catch (OptimisticLockingException ex) {
			this.counts.optimisticLocking.incrementAndGet();
			if (job) {
				this.counts.jobOptimisticLocking.incrementAndGet();
			}
			throw ex;
		}
		catch (RuntimeException ex) {
			if (job) {
				this.counts.jobsFailed.incrementAndGet();
			}
			throw ex;
		}
	}

	/** The counts, shared by the interceptors of one engine. */
	public static final class Counts {

		final AtomicLong jobsExecuted = new AtomicLong();

		final AtomicLong jobsFailed = new AtomicLong();

		final AtomicLong optimisticLocking = new AtomicLong();

		final AtomicLong jobOptimisticLocking = new AtomicLong();

		/** Jobs that completed. */
		public long jobsExecuted() {
			return this.jobsExecuted.get();
		}

		/** Jobs that failed with anything but an optimistic-locking exception. */
		public long jobsFailed() {
			return this.jobsFailed.get();
		}

		/** Optimistic-locking exceptions of any command. */
		public long optimisticLocking() {
			return this.optimisticLocking.get();
		}

		/** Optimistic-locking exceptions of job execution. */
		public long jobOptimisticLocking() {
			return this.jobOptimisticLocking.get();
		}

	}

}
