package io.bokjiflow.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two-node profile of {@code docker-compose.yml} and its HAProxy configuration, read
 * as data (this machine has no Docker engine nor the compose plugin, so
 * {@code docker compose config} cannot run here): which services the profile adds, the
 * rolling start, health checks, one set of keys, distinct Camunda host names, a pinned
 * load balancer and cookie-based sticky sessions.
 */
class DockerComposeClusterProfileTest {

	@SuppressWarnings("unchecked")
	private static Map<String, Object> services() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		return (Map<String, Object>) compose.get("services");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> service(String name) throws IOException {
		Map<String, Object> service = (Map<String, Object>) services().get(name);
		assertThat(service).as("service %s", name).isNotNull();
		return service;
	}

	@Test
	void shouldAddASecondNodeAndALoadBalancerOnlyInTheClusterProfile() throws IOException {
		Map<String, Object> services = services();
		assertThat(services).containsKeys("postgres", "app", "app2", "lb");
		// Without a profile: the database and one node, as before.
		assertThat(service("postgres")).doesNotContainKey("profiles");
		assertThat(service("app")).doesNotContainKey("profiles");
		assertThat(service("app2")).containsEntry("profiles", List.of("cluster"));
		assertThat(service("lb")).containsEntry("profiles", List.of("cluster"));
		// No two services publish the same host port.
		List<String> hostPorts = services.values()
			.stream()
			.map(s -> ((Map<?, ?>) s).get("ports"))
			.filter(p -> p != null)
			.flatMap(p -> ((List<?>) p).stream())
			.map(p -> p.toString().split(":")[0])
			.toList();
		assertThat(hostPorts).doesNotHaveDuplicates().contains("8080", "8000");
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldStartTheSecondNodeAfterTheFirstIsHealthyWithTheSameDatabaseAndKeys() throws IOException {
		Map<String, Object> app = service("app");
		Map<String, Object> app2 = service("app2");
		Map<String, Object> dependsOn = (Map<String, Object>) app2.get("depends_on");
		assertThat((Map<String, Object>) dependsOn.get("app")).containsEntry("condition", "service_healthy");
		assertThat((Map<String, Object>) dependsOn.get("postgres")).containsEntry("condition", "service_healthy");
		Map<String, Object> env1 = (Map<String, Object>) app.get("environment");
		Map<String, Object> env2 = (Map<String, Object>) app2.get("environment");
		for (String key : List.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
				"BOKJIFLOW_RRN_KEY", "BOKJIFLOW_RRN_HASH_KEY")) {
			assertThat(env2.get(key)).as(key).isNotNull().isEqualTo(env1.get(key));
		}
		String hostname = "--camunda.bpm.generic-properties.properties.hostname=";
		assertThat((List<String>) app.get("command")).containsExactly(hostname + "app1");
		assertThat((List<String>) app2.get("command")).containsExactly(hostname + "app2");
		for (Map<String, Object> node : List.of(app, app2)) {
			Map<String, Object> health = (Map<String, Object>) node.get("healthcheck");
			assertThat(String.join(" ", (List<String>) health.get("test"))).contains("/actuator/health/readiness",
					"grep -q UP");
			assertThat(health).containsKey("start_period");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldBalanceWithAPinnedHaproxyAndCookieStickySessions() throws IOException {
		Map<String, Object> lb = service("lb");
		assertThat((String) lb.get("image")).matches("haproxy:\\d+\\.\\d+\\.\\d+(-alpine)?");
		assertThat((List<String>) lb.get("volumes"))
			.containsExactly("./docs/haproxy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");
		assertThat(lb).containsKey("healthcheck");

		String cfg = Files.readString(Path.of("docs/haproxy/haproxy.cfg"));
		assertThat(cfg).containsPattern(Pattern.compile("^\\s*bind :8000$", Pattern.MULTILINE))
			.containsPattern(Pattern.compile("^\\s*cookie BOKJIFLOW_NODE insert indirect nocache", Pattern.MULTILINE))
			.containsPattern(Pattern.compile("^\\s*server app1 app:8080 cookie app1$", Pattern.MULTILINE))
			.containsPattern(Pattern.compile("^\\s*server app2 app2:8080 cookie app2$", Pattern.MULTILINE))
			.containsPattern(Pattern.compile("^\\s*option httpchk GET /actuator/health/readiness$", Pattern.MULTILINE))
			.containsPattern(Pattern.compile("^\\s*timeout tunnel ", Pattern.MULTILINE));
		// every server line is health-checked (default-server check) and resolvable later
		assertThat(cfg).containsPattern(Pattern.compile("^\\s*default-server check .*init-addr", Pattern.MULTILINE));
	}

}
