package io.bokjiflow.ui.finder;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.select.Select;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.OrgLevel;
import io.bokjiflow.identity.Organization;

/**
 * The 시·도 → 시·군·구 → 읍·면·동 pickers of the public pages, from the identity module's
 * organisations (official codes).
 */
final class Regions {

	private final Identity identity;

	private final List<Organization> sigungu;

	Regions(Identity identity) {
		this.identity = identity;
		this.sigungu = identity.organizations(OrgLevel.SIGUNGU);
	}

	/** Fills a 시·도 select, a 시·군·구 select that follows it, and optionally a 행정동 one. */
	void bind(Select<Organization> sido, Select<Organization> district, Select<Organization> dong, Locale locale,
			String anyLabel) {
		sido.setItems(this.identity.organizations(OrgLevel.SIDO));
		sido.setItemLabelGenerator(o -> o == null ? anyLabel : o.name(locale));
		district.setItemLabelGenerator(o -> o == null ? anyLabel : o.name(locale));
		district.setEnabled(false);
		sido.addValueChangeListener(e -> {
			List<Organization> items = e.getValue() == null ? List.of()
					: this.sigungu.stream()
						.filter(o -> e.getValue().code().equals(o.parentCode()))
						.sorted(Comparator.comparing(Organization::nameKo))
						.toList();
			district.setItems(items);
			district.setEnabled(!items.isEmpty());
		});
		if (dong != null) {
			dong.setItemLabelGenerator(o -> o == null ? anyLabel : o.name(locale));
			dong.setEnabled(false);
			district.addValueChangeListener(e -> {
				List<Organization> items = e.getValue() == null ? List.of()
						: this.identity.communityCentres(e.getValue().code());
				dong.setItems(items);
				dong.setEnabled(!items.isEmpty());
			});
		}
	}

	/** Selects a 시·군·구 (and its 시·도) by code, if known. */
	void select(Select<Organization> sido, Select<Organization> district, String sigunguCode) {
		if (sigunguCode == null) {
			return;
		}
		this.sigungu.stream().filter(o -> o.code().equals(sigunguCode)).findFirst().ifPresent(o -> {
			this.identity.organization(o.parentCode()).ifPresent(sido::setValue);
			district.setValue(o);
		});
	}

}
