package no.nyttiggjort.gateway.routing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import no.nyttiggjort.gateway.config.GatewayConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UpstreamTest {

    private static Vertx vertx;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void closeVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void servesItsPrefixAtSegmentBoundariesOnly() {
        Upstream projects = Upstream.create("projects", route("/api/v1/projects", "http://127.0.0.1:8081"), vertx);

        assertThat(projects.serves("/api/v1/projects"), is(true));
        assertThat(projects.serves("/api/v1/projects/42"), is(true));
        assertThat(projects.serves("/api/v1/projects?page=0"), is(true));
        assertThat(projects.serves("/api/v1/projectsX"), is(false));
        assertThat(projects.serves("/api/v1/project"), is(false));
        assertThat(projects.serves("/api/v1/scoring"), is(false));
    }

    @Test
    void aPrefixOutsideTheAuthenticatedApiIsRefusedAtStartup() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Upstream.create("admin", route("/admin", "http://127.0.0.1:8081"), vertx));
        assertThat(e.getMessage(), containsString("gateway.routes.admin.prefix"));
        assertThrows(IllegalStateException.class,
                () -> Upstream.create("all", route("/api/v1/", "http://127.0.0.1:8081"), vertx));
        assertThrows(IllegalStateException.class,
                () -> Upstream.create("slash", route("/api/v1/projects/", "http://127.0.0.1:8081"), vertx));
    }

    @Test
    void anUpstreamWithAPathOrAnotherSchemeIsRefusedAtStartup() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Upstream.create("projects", route("/api/v1/projects", "http://127.0.0.1:8081/projects"), vertx));
        assertThat(e.getMessage(), containsString("gateway.routes.projects.upstream"));
        assertThrows(IllegalStateException.class,
                () -> Upstream.create("projects", route("/api/v1/projects", "ftp://127.0.0.1:8081"), vertx));
    }

    @Test
    void aRouteTakesAListOfInstances() {
        Upstream projects = Upstream.create("projects",
                route("/api/v1/projects", "http://127.0.0.1:8081, http://127.0.0.1:8091"), vertx);

        assertThat(projects.instances().stream().map(i -> i.url().toString()).toList(),
                contains("http://127.0.0.1:8081", "http://127.0.0.1:8091"));
    }

    @Test
    void anInstanceListedTwiceOrAnEmptyListIsRefusedAtStartup() {
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> Upstream.create("projects",
                route("/api/v1/projects", "http://127.0.0.1:8081,http://127.0.0.1:8081"), vertx));
        assertThat(twice.getMessage(), containsString("twice"));
        assertThrows(IllegalStateException.class, () -> Upstream.create("projects", route("/api/v1/projects", ""), vertx));
    }

    private static GatewayConfig.Route route(String prefix, String upstream) {
        List<URI> urls = Arrays.stream(upstream.split(",")).map(String::trim).filter(u -> !u.isEmpty())
                .map(URI::create).toList();
        return new GatewayConfig.Route() {
            @Override
            public String prefix() {
                return prefix;
            }

            @Override
            public List<URI> upstream() {
                return urls;
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(10);
            }

            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(2);
            }

            @Override
            public int maxConnections() {
                return 4;
            }

            @Override
            public int maxRetries() {
                return 2;
            }

            @Override
            public MemorySize retryBodyLimit() {
                return new MemorySize(BigInteger.valueOf(1024 * 1024));
            }

            @Override
            public GatewayConfig.CircuitBreaker circuitBreaker() {
                return new GatewayConfig.CircuitBreaker() {
                    @Override
                    public int failureThreshold() {
                        return 5;
                    }

                    @Override
                    public Duration openDelay() {
                        return Duration.ofSeconds(5);
                    }
                };
            }
        };
    }
}
