package no.nyttiggjort.gateway.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;
import no.nyttiggjort.common.problem.Problem;
import no.nyttiggjort.common.problem.Problems;

/** What every problem answer of the gateway looks like, whoever produced it. */
public final class ProblemSpec {

    private ProblemSpec() {
    }

    public static ResponseSpecification problem(int status, String instance) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType(Problem.MEDIA_TYPE)
                .expectHeader("X-Request-Id", not(emptyOrNullString()))
                .expectBody("type", equalTo(Problem.TYPE_BASE + Problems.slug(status)))
                .expectBody("title", equalTo(Problems.title(status)))
                .expectBody("status", equalTo(status))
                .expectBody("detail", not(emptyOrNullString()))
                .expectBody("instance", equalTo(instance))
                .expectBody("requestId", not(emptyOrNullString()))
                .build();
    }
}
