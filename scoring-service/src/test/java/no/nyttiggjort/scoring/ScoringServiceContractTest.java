package no.nyttiggjort.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.nyttiggjort.scoring.support.FakeProjectServiceResource;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.SecuredServiceContract;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeProjectServiceResource.class)
class ScoringServiceContractTest extends SecuredServiceContract {

    @Inject
    Flyway flyway;

    @Override
    protected String apiPath() {
        return "/api/v1/scoring/nothing-here";
    }

    @Test
    void flywayOwnsTheSchema() {
        // Every migration the service ships has been applied, the newest last.
        assertEquals(0, flyway.info().pending().length);
        assertEquals("4", flyway.info().current().getVersion().getVersion());
    }
}
