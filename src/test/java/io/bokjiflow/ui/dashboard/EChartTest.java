package io.bokjiflow.ui.dashboard;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart component's options: an empty chart says so instead of showing bare axes.
 */
class EChartTest {

	@Test
	void shouldShowTheNoDataTextOnlyWhenNoSeriesHoldsAValue() {
		EChart chart = new EChart("사업별 진행 중 사례");
		chart.setNoDataText("자료 없음");

		chart.setOption(EChart.bars(List.of(), Map.of("건수", List.of()), true, false));
		assertThat(chart.getOption()).contains("\"title\"").contains("자료 없음");

		chart.setOption(EChart.bars(List.of("여행바우처"), Map.of("건수", List.of(4)), true, false));
		assertThat(chart.getOption()).doesNotContain("\"title\"").contains("여행바우처");
	}

	@Test
	void shouldLeaveTheOptionAloneWithoutANoDataText() {
		EChart chart = new EChart("workload");
		chart.setOption(EChart.bars(List.of(), Map.of("open", List.of()), true, false));
		assertThat(chart.getOption()).doesNotContain("\"title\"");
	}

}
