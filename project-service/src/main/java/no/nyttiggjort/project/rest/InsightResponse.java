package no.nyttiggjort.project.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.nyttiggjort.project.domain.Insight;
import no.nyttiggjort.project.domain.InsightSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Insight", description = "What backs a need")
public record InsightResponse(UUID id, UUID needId, InsightSource source, LocalDate date, String evidence, int peopleHeard,
        Instant createdAt, long version) {

    static InsightResponse of(Insight i) {
        return new InsightResponse(i.getId(), i.getNeedId(), i.getSource(), i.getObservedOn(), i.getEvidence(),
                i.getPeopleHeard(), i.getCreatedAt(), i.getVersion());
    }
}
