package no.nyttiggjort.testsupport;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The verified-token cache's hit and miss counters, as the service's /q/metrics shows them. */
public record TokenCacheCounters(double hits, double misses) {

    private static final Pattern COUNTER = Pattern.compile(
            "^nyttiggjort_token_cache_total\\{[^}]*result=\"(hit|miss)\"[^}]*} (\\S+)$", Pattern.MULTILINE);

    public static TokenCacheCounters read() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        double hits = 0;
        double misses = 0;
        Matcher matcher = COUNTER.matcher(metrics);
        while (matcher.find()) {
            double value = Double.parseDouble(matcher.group(2));
            if ("hit".equals(matcher.group(1))) {
                hits = value;
            } else {
                misses = value;
            }
        }
        return new TokenCacheCounters(hits, misses);
    }

    /** What changed since this reading. */
    public TokenCacheCounters since(TokenCacheCounters earlier) {
        return new TokenCacheCounters(hits - earlier.hits, misses - earlier.misses);
    }
}
