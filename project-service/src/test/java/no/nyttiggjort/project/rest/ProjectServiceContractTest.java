package no.nyttiggjort.project.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.SecuredServiceContract;
import no.nyttiggjort.testsupport.TestOidcResource;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
class ProjectServiceContractTest extends SecuredServiceContract {

    @Override
    protected String apiPath() {
        return "/api/v1/projects-nothing-here";
    }
}
