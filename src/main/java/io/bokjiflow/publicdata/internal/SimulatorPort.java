package io.bokjiflow.publicdata.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Connector;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs the SIMULATOR on its own port ({@code bokjiflow.simulator.port}), apart from the
 * application: {@code /simulator/**} answers only there, and nothing else does.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "bokjiflow.simulator.port")
class SimulatorPort {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> simulatorConnector(
			@Value("${bokjiflow.simulator.port}") int port) {
		return factory -> {
			Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
			connector.setPort(port);
			factory.addAdditionalTomcatConnectors(connector);
		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> simulatorPortFilter(@Value("${bokjiflow.simulator.port}") int port) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				boolean simulatorPath = request.getRequestURI().startsWith(request.getContextPath() + "/simulator/");
				if (simulatorPath != (request.getLocalPort() == port)) {
					response.sendError(HttpServletResponse.SC_NOT_FOUND);
					return;
				}
				chain.doFilter(request, response);
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
