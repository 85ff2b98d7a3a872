package no.nyttiggjort.scoring.portfolio.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoreBucket", description = "Projects whose score (percent, as shown) is at least `from` and below `to`; "
        + "the last bucket includes 100")
public record Bucket(int from, int to, long projects) {
}
