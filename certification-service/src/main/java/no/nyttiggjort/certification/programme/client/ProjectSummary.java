package no.nyttiggjort.certification.programme.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** The few fields of a project this service needs; the rest of project-service's answer is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectSummary(UUID id, String municipality, String title) {
}
