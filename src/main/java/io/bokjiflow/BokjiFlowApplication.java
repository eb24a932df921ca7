package io.bokjiflow;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * BokjiFlow: a modular monolith with an embedded Camunda 7 engine and a Vaadin UI.
 */
@SpringBootApplication
@EnableProcessApplication("bokjiflow")
@EnableScheduling
public class BokjiFlowApplication {

	public static void main(String[] args) {
		SpringApplication.run(BokjiFlowApplication.class, args);
	}

}
