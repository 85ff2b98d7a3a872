package no.nyttiggjort.gateway.network.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.nyttiggjort.gateway.network.client.AggregateClient;
import no.nyttiggjort.gateway.network.client.AggregateSource;
import no.nyttiggjort.gateway.network.client.ServiceAggregates;
import no.nyttiggjort.gateway.network.config.NetworkOverviewConfig;
import org.jboss.logging.Logger;

/**
 * Asks the three services for their aggregates at the same time, for the caller, and writes the overview
 * from what came back. A service that fails or is too slow costs only its own part.
 */
@Singleton
public class OverviewComposer {

    private static final Logger LOG = Logger.getLogger(OverviewComposer.class);

    private final AggregateClient client;
    private final ObjectMapper json;
    private final NetworkOverviewConfig config;
    private final Clock clock;

    public OverviewComposer(AggregateClient client, ObjectMapper json, NetworkOverviewConfig config, Clock clock) {
        this.client = client;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    /** Never fails: a part whose service gave no usable answer is marked unavailable. */
    public Uni<Snapshot> compose(String authorization, String requestId) {
        Instant askedAt = clock.instant();
        Uni<Optional<Map<String, NetworkOverview.Projects>>> projects = part(AggregateSource.PROJECTS,
                ServiceAggregates.Projects.class, OverviewMerger::projects, authorization, requestId);
        Uni<Optional<Map<String, NetworkOverview.Scores>>> scores = part(AggregateSource.SCORES,
                ServiceAggregates.Scores.class, OverviewMerger::scores, authorization, requestId);
        Uni<Optional<Map<String, NetworkOverview.Certification>>> certification = part(AggregateSource.CERTIFICATION,
                ServiceAggregates.Certification.class, OverviewMerger::certification, authorization, requestId);
        return Uni.combine().all().unis(projects, scores, certification).asTuple()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(parts -> snapshot(OverviewMerger.merge(askedAt, parts.getItem1(), parts.getItem2(), parts.getItem3()),
                        askedAt));
    }

    private <A, P> Uni<Optional<Map<String, P>>> part(AggregateSource source, Class<A> type,
            Function<A, Map<String, P>> index, String authorization, String requestId) {
        return client.fetch(source, authorization, requestId)
                // Reading a few hundred entries is CPU work that does not belong on the event loop.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(body -> Optional.of(index.apply(read(body.getBytes(), type))))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Network overview: the %s part is unavailable (%s)", source.part(), failure.getMessage());
                    return Optional.empty();
                });
    }

    private <A> A read(byte[] body, Class<A> type) {
        try {
            A answer = json.readValue(body, type);
            if (answer == null) {
                throw new IllegalArgumentException("the answer is empty");
            }
            return answer;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the answer is not the expected JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("the answer could not be read: " + e.getMessage(), e);
        }
    }

    private Snapshot snapshot(NetworkOverview overview, Instant askedAt) {
        try {
            return new Snapshot(overview, json.writeValueAsBytes(overview), OverviewCsv.render(overview), askedAt,
                    overview.unavailable().isEmpty() ? config.maxAge() : config.partialMaxAge());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The overview could not be written as JSON", e);
        }
    }
}
