package io.bokjiflow.casework.internal;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import org.springframework.stereotype.Component;

/**
 * Adds the {@link TaskProjection} to the engine's history event handlers, next to the
 * default one that writes Camunda's own history tables.
 */
@Component
class TaskProjectionPlugin extends AbstractProcessEnginePlugin {

	private final TaskProjection projection;

	TaskProjectionPlugin(TaskProjection projection) {
		this.projection = projection;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomHistoryEventHandlers());
		handlers.add(this.projection);
		configuration.setCustomHistoryEventHandlers(handlers);
		configuration.setEnableDefaultDbHistoryEventHandler(true);
	}

}
