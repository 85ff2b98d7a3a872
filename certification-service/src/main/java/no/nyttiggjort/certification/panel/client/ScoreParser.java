package no.nyttiggjort.certification.panel.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Optional;

/**
 * Finds the success score, as a percentage, in scoring-service's answer. scoring-service answers
 * {@code {"analysis": {"score": {"value": 0.07776, "percent": 7.8}}, ...}}; the parser looks for
 * that path first and otherwise for the first numeric {@code percent} anywhere, then a numeric
 * {@code score} (taken as a 0–1 fraction when at most 1), so it survives small changes of shape.
 */
public final class ScoreParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoreParser() {
    }

    public static Optional<BigDecimal> percent(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return Optional.empty();
        }
        JsonNode exact = root.path("analysis").path("score").path("percent");
        if (exact.isNumber()) {
            return Optional.of(exact.decimalValue());
        }
        JsonNode percent = firstNumber(root, "percent");
        if (percent != null) {
            return Optional.of(percent.decimalValue());
        }
        JsonNode score = firstNumber(root, "score");
        if (score != null) {
            BigDecimal value = score.decimalValue();
            return Optional.of(value.compareTo(BigDecimal.ONE) <= 0 ? value.multiply(HUNDRED).stripTrailingZeros() : value);
        }
        return Optional.empty();
    }

    private static JsonNode firstNumber(JsonNode node, String field) {
        if (node.isObject()) {
            JsonNode direct = node.get(field);
            if (direct != null && direct.isNumber()) {
                return direct;
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                JsonNode found = firstNumber(it.next(), field);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                JsonNode found = firstNumber(element, field);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
