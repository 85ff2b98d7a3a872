package no.nyttiggjort.scoring.rubric.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.nyttiggjort.common.security.Roles;
import no.nyttiggjort.scoring.rubric.service.Rubric;
import no.nyttiggjort.scoring.rubric.service.RubricService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/scoring/rubric")
@Tag(name = "Rubric", description = "The five factors of the success formula and what each level means")
@Produces(MediaType.APPLICATION_JSON)
public class RubricResource {

    private final RubricService rubric;

    public RubricResource(RubricService rubric) {
        this.rubric = rubric;
    }

    /** Reference text, not data: every role may read it, panel members from other municipalities included. */
    @GET
    @RolesAllowed({ Roles.EMPLOYEE, Roles.ASSESSOR, Roles.PANEL_MEMBER, Roles.PROGRAMME_ADMIN, Roles.MUNICIPALITY_ADMIN,
            Roles.NETWORK_ANALYST })
    @Operation(operationId = "getRubric", summary = "The rubric: factors and level texts in Norwegian and English")
    @APIResponse(responseCode = "200", description = "The rubric",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rubric.class)))
    public Rubric get() {
        return rubric.rubric();
    }
}
