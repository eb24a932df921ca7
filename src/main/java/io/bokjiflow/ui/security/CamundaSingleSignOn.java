package io.bokjiflow.ui.security;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the Spring Security login to Camunda (container-based authentication): the web
 * applications and the REST API take the signed-in user and load their groups from
 * Camunda's identity tables, which BokjiFlow keeps in step. Camunda's authorizations then
 * decide what each user sees (a caseworker only their 시·군·구's tasks).
 */
@Configuration(proxyBeanMethods = false)
class CamundaSingleSignOn {

	/**
	 * Right after Spring Security's filter chain (order -100), before Camunda's own
	 * filters.
	 */
	private static final int ORDER = -99;

	private static final Map<String, String> PROVIDER = Map.of("authentication-provider",
			ContainerBasedAuthenticationProvider.class.getName());

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSso() {
		var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(PROVIDER);
		registration.addUrlPatterns("/camunda/*");
		registration.setName("camunda-webapp-sso");
		registration.setOrder(ORDER);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> camundaRestSso() {
		var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
		registration.setInitParameters(PROVIDER);
		registration.addUrlPatterns("/engine-rest/*");
		registration.setName("camunda-rest-sso");
		registration.setOrder(ORDER);
		return registration;
	}

}
