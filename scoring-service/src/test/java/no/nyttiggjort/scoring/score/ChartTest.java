package no.nyttiggjort.scoring.score;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.scoring.support.ScoringApi.assess;
import static no.nyttiggjort.scoring.support.ScoringApi.assessment;
import static no.nyttiggjort.scoring.support.ScoringApi.assessor;
import static no.nyttiggjort.scoring.support.ScoringApi.employee;
import static no.nyttiggjort.scoring.support.ScoringApi.freshMunicipality;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import no.nyttiggjort.scoring.support.FakeProjectService;
import no.nyttiggjort.scoring.support.FakeProjectServiceResource;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeProjectServiceResource.class)
class ChartTest {

    @Test
    void theChartIsWellFormedSvgWithFiveBarsTheScoreAndAnEscapedTitle() throws Exception {
        String m = freshMunicipality();
        UUID project = FakeProjectService.get().register(m, "Skole & barnehage <5.–7. trinn>");
        assess(assessor(m), project, assessment(4, 3, 0, 2, 5)).statusCode(201);

        byte[] body = given().header("Authorization", employee(m))
                .when().get("/api/v1/scoring/projects/{p}/chart.svg", project)
                .then().log().ifValidationFails()
                .statusCode(200)
                .contentType("image/svg+xml")
                .extract().asByteArray();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));

        assertEquals("svg", svg.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", svg.getDocumentElement().getNamespaceURI());
        NodeList bars = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        assertEquals(6, bars.getLength(), "a background and one bar per factor");
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("Skole & barnehage <5.–7. trinn>"), text);
        assertTrue(text.contains("Score 0.0 av 100 (blokkert)"), text);
        for (String label : new String[] { "Behov", "Løsning", "Ildsjel", "Team", "Forankring" }) {
            assertTrue(text.contains(label), label);
        }
        assertTrue(new String(body, StandardCharsets.UTF_8).contains("#c62828"), "the blocked factor is drawn red");
    }
}
