package no.nyttiggjort.scoring.round.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoundRequest", description = "The assessors of a new round, by login name")
public record RoundRequest(
        @NotNull @Size(min = 2, max = 20, message = "must name between 2 and 20 assessors")
        @Schema(required = true, minItems = 2, maxItems = 20, examples = "[\"ola.hansen\", \"erik.holand\", \"per.panel\"]",
                description = "Login names; each may be from any municipality and must hold the assessor, panel-member "
                        + "or municipality-admin role to score")
        List<@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a login name") String> assessors) {
}
