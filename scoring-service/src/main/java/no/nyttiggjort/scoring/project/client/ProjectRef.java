package no.nyttiggjort.scoring.project.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** What scoring needs of a project-service project; everything else it answers is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectRef(UUID id, String municipality, String title) {
}
