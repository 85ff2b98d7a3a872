package no.nyttiggjort.scoring.rubric.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import no.nyttiggjort.scoring.formula.Factor;
import no.nyttiggjort.scoring.formula.FactorScores;

/**
 * The rubric's texts live in a resource file, where they can be edited as text. It is read and
 * checked at startup, so an incomplete rubric stops the service instead of reaching a user.
 */
@Startup
@ApplicationScoped
public class RubricService {

    private static final String RESOURCE = "/rubric/rubric.json";

    private final Rubric rubric;

    public RubricService(ObjectMapper json) {
        try (InputStream in = RubricService.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            this.rubric = json.readValue(in, Rubric.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The rubric " + RESOURCE + " cannot be read", e);
        }
        check(rubric);
    }

    public Rubric rubric() {
        return rubric;
    }

    static void check(Rubric rubric) {
        List<Factor> factors = rubric.factors().stream().map(Rubric.FactorRubric::factor).toList();
        if (!factors.equals(Arrays.asList(Factor.values()))) {
            throw new IllegalStateException("The rubric must describe " + Factor.names() + " in that order, got " + factors);
        }
        for (Rubric.FactorRubric f : rubric.factors()) {
            List<Integer> levels = f.levels().stream().map(Rubric.LevelText::level).toList();
            boolean complete = levels.size() == FactorScores.MAX + 1;
            for (int i = 0; complete && i < levels.size(); i++) {
                complete = levels.get(i) == i && !f.levels().get(i).nb().isBlank() && !f.levels().get(i).en().isBlank();
            }
            if (!complete) {
                throw new IllegalStateException("The rubric for " + f.factor() + " must give levels 0 to 5 in nb and en");
            }
        }
    }
}
