package io.bokjiflow.population.internal;

import java.util.Arrays;

/**
 * A set of non-negative longs by open addressing: a million resident numbers take 16 MB
 * instead of the 60+ MB of a {@code HashSet<Long>}.
 */
final class LongSet {

	private static final long EMPTY = -1L;

	private long[] slots;

	private int size;

	LongSet(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
		this.slots = new long[capacity];
		Arrays.fill(this.slots, EMPTY);
	}

	/**
	 * Adds a value.
	 * @param value a non-negative value
	 * @return whether it was not there yet
	 */
	boolean add(long value) {
		if (value < 0) {
			throw new IllegalArgumentException("negative");
		}
		if ((this.size + 1) * 2 > this.slots.length) {
			grow();
		}
		return insert(this.slots, value);
	}

	boolean contains(long value) {
		int mask = this.slots.length - 1;
		int i = index(value, mask);
		while (this.slots[i] != EMPTY) {
			if (this.slots[i] == value) {
				return true;
			}
			i = (i + 1) & mask;
		}
		return false;
	}

	int size() {
		return this.size;
	}

	private boolean insert(long[] table, long value) {
		int mask = table.length - 1;
		int i = index(value, mask);
		while (table[i] != EMPTY) {
			if (table[i] == value) {
				return false;
			}
			i = (i + 1) & mask;
		}
		table[i] = value;
		if (table == this.slots) {
			this.size++;
		}
		return true;
	}

	private void grow() {
		long[] old = this.slots;
		long[] bigger = new long[old.length * 2];
		Arrays.fill(bigger, EMPTY);
		this.slots = bigger;
		for (long v : old) {
			if (v != EMPTY) {
				insert(bigger, v);
			}
		}
	}

	private static int index(long value, int mask) {
		long h = value * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32)) & mask;
	}

}
