package io.bokjiflow.ui.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A chart drawn in the browser by Apache ECharts (Apache-2.0) from an option the server
 * sets as JSON; an image for screen readers with its own label (the data are also shown
 * as a table next to it by the view).
 */
@Tag("bokjiflow-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./charts/bokjiflow-chart.js")
public class EChart extends Component implements HasSize, HasStyle {

	private String noDataText;

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * An empty chart.
	 * @param label what the chart shows, for screen readers
	 */
	public EChart(String label) {
		getElement().setAttribute("role", "img");
		getElement().setAttribute("aria-label", label);
		addClassName("dashboard-chart");
		setWidthFull();
		setHeight("260px");
	}

	/**
	 * Sets the ECharts option.
	 * @param option the option as maps and lists (serialised to JSON)
	 */
	public void setOption(Map<String, Object> option) {
		Map<String, Object> shown = option;
		if (this.noDataText != null && !hasData(option)) {
			shown = new LinkedHashMap<>(option);
			shown.put("title", Map.of("text", this.noDataText, "left", "center", "top", "middle", "textStyle",
					Map.of("color", "#5f6b7a", "fontSize", 14, "fontWeight", "normal")));
		}
		try {
			getElement().setProperty("option", JSON.writeValueAsString(shown));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	/**
	 * The text shown in the middle of the chart when its series hold no value (an empty
	 * district or period), instead of bare axes.
	 * @param text the text, e.g. "자료 없음"
	 */
	public void setNoDataText(String text) {
		this.noDataText = text;
	}

	private static boolean hasData(Map<String, Object> option) {
		return option.get("series") instanceof List<?> series && series.stream()
			.anyMatch(one -> one instanceof Map<?, ?> m && m.get("data") instanceof List<?> data && !data.isEmpty());
	}

	/** The option as JSON. */
	public String getOption() {
		return getElement().getProperty("option", "");
	}

	/**
	 * The option of a bar chart with categories on one axis.
	 * @param categories the labels
	 * @param series name → values, one per category
	 * @param horizontal bars from the left (long labels) rather than from the bottom
	 * @param stacked stack the series
	 */
	public static Map<String, Object> bars(List<String> categories, Map<String, List<? extends Number>> series,
			boolean horizontal, boolean stacked) {
		Map<String, Object> category = new LinkedHashMap<>();
		category.put("type", "category");
		category.put("data", categories);
		if (horizontal) {
			category.put("inverse", true);
			// every label (ECharts would skip some when they crowd)
			category.put("axisLabel", Map.of("width", 160, "overflow", "truncate", "interval", 0));
		}
		Map<String, Object> value = Map.of("type", "value", "minInterval", 1);
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		if (series.size() > 1) {
			option.put("legend", Map.of("top", 0));
		}
		option.put("grid",
				Map.of("left", horizontal ? 170 : 40, "right", 20, "top", series.size() > 1 ? 30 : 10, "bottom", 30));
		option.put("xAxis", horizontal ? value : category);
		option.put("yAxis", horizontal ? category : value);
		List<Map<String, Object>> list = new ArrayList<>();
		series.forEach((name, values) -> {
			Map<String, Object> s = new LinkedHashMap<>();
			s.put("name", name);
			s.put("type", "bar");
			s.put("data", values);
			if (stacked) {
				s.put("stack", "total");
			}
			list.add(s);
		});
		option.put("series", list);
		return option;
	}

	/**
	 * The option of a line chart over days.
	 * @param days the labels
	 * @param series name → values, one per day
	 */
	public static Map<String, Object> lines(List<String> days, Map<String, List<? extends Number>> series) {
		Map<String, Object> option = bars(days, series, false, false);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> list = (List<Map<String, Object>>) option.get("series");
		list.forEach(s -> s.put("type", "line"));
		return option;
	}

}
