package io.bokjiflow.population.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Picks items in proportion to their weights (cumulative weights and a binary search).
 *
 * @param <T> the item type
 */
final class Weighted<T> {

	private final List<T> items;

	private final double[] cumulative;

	private Weighted(List<T> items, double[] weights) {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("nothing to pick from");
		}
		this.items = List.copyOf(items);
		this.cumulative = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			if (weights[i] < 0) {
				throw new IllegalArgumentException("negative weight");
			}
			sum += weights[i];
			this.cumulative[i] = sum;
		}
		if (sum <= 0) {
			throw new IllegalArgumentException("weights sum to zero");
		}
	}

	/** Items with weights in map order. */
	static <T> Weighted<T> of(Map<T, Double> weights) {
		List<T> items = new ArrayList<>(weights.keySet());
		double[] w = new double[items.size()];
		for (int i = 0; i < w.length; i++) {
			w[i] = weights.get(items.get(i));
		}
		return new Weighted<>(items, w);
	}

	/** Items with weights given by a function. */
	static <T> Weighted<T> of(List<T> items, java.util.function.ToDoubleFunction<T> weight) {
		double[] w = new double[items.size()];
		for (int i = 0; i < w.length; i++) {
			w[i] = weight.applyAsDouble(items.get(i));
		}
		return new Weighted<>(items, w);
	}

	T pick(RandomGenerator random) {
		double u = random.nextDouble() * this.cumulative[this.cumulative.length - 1];
		int lo = 0;
		int hi = this.cumulative.length - 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (this.cumulative[mid] > u) {
				hi = mid;
			}
			else {
				lo = mid + 1;
			}
		}
		return this.items.get(lo);
	}

	List<T> items() {
		return this.items;
	}

}
