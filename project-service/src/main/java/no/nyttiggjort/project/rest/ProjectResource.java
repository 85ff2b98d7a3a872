package no.nyttiggjort.project.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import no.nyttiggjort.common.concurrency.ETags;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.problem.Problem;
import no.nyttiggjort.common.web.QueryParams;
import no.nyttiggjort.common.security.Caller;
import no.nyttiggjort.common.security.Roles;
import no.nyttiggjort.project.domain.Project;
import no.nyttiggjort.project.domain.ProjectStep;
import no.nyttiggjort.project.domain.Sector;
import no.nyttiggjort.project.domain.Visibility;
import no.nyttiggjort.project.service.ChangeFeedService;
import no.nyttiggjort.project.service.SharingService;
import no.nyttiggjort.project.service.SummaryService;
import no.nyttiggjort.project.service.VisibilityRequest;
import no.nyttiggjort.project.repository.ProjectRepository.ProjectSearch;
import no.nyttiggjort.project.service.ProjectRequest;
import no.nyttiggjort.project.service.ProjectService;
import no.nyttiggjort.project.service.StepService;
import no.nyttiggjort.project.service.TimelineService;
import no.nyttiggjort.project.service.TransitionRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/projects")
@Tag(name = "Projects", description = "Innovation projects of the caller's municipality, and projects shared by others")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    private static final String READERS_NOTE = "Employees of the municipality";

    private final ProjectService service;
    private final StepService steps;
    private final TimelineService timeline;
    private final SharingService sharing;
    private final SummaryService summaries;
    private final ChangeFeedService feed;
    private final Caller caller;

    public ProjectResource(ProjectService service, StepService steps, TimelineService timeline,
            SharingService sharing, SummaryService summaries, ChangeFeedService feed, Caller caller) {
        this.service = service;
        this.steps = steps;
        this.timeline = timeline;
        this.sharing = sharing;
        this.summaries = summaries;
        this.feed = feed;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "createProject", summary = "Create a project in the caller's municipality")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectResponse.class)))
    public RestResponse<ProjectResponse> create(@NotNull(message = "a JSON body is required") @Valid ProjectRequest body,
            UriInfo uriInfo) {
        Project project = service.create(body);
        URI location = uriInfo.getBaseUriBuilder().path("api/v1/projects").path(project.getId().toString()).build();
        return RestResponse.ResponseBuilder.<ProjectResponse>created(location).entity(ProjectResponse.of(project))
                .header("ETag", ETags.of(project.getVersion())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN, Roles.ASSESSOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "getProject", summary = "Read one project", description = READERS_NOTE
            + " may read its projects, and every municipality a SHARED project; another municipality's private project"
            + " answers 404.")
    @APIResponse(responseCode = "200", description = "The project",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "404", description = "No such project in the caller's municipality",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ProjectResponse> get(@PathParam("id") UUID id) {
        ProjectService.ProjectView view = service.view(id);
        return RestResponse.ResponseBuilder.ok(ProjectResponse.of(view.project(), view.progress()))
                .header("ETag", ETags.of(view.project().getVersion())).build();
    }

    @GET
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN, Roles.ASSESSOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "listProjects", summary = "List and search projects, newest change first",
            description = "scope=municipality (default) lists the caller's municipality's projects, private and shared;"
                    + " scope=network lists the SHARED projects of every municipality (the caller's own included), to"
                    + " discover what to adopt. Filters combine with AND. Archived projects are left out unless archived=true.")
    @APIResponse(responseCode = "200", description = "A page of projects",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectPage.class)))
    public ProjectPage list(
            @Parameter(description = "municipality (default) or network", schema = @Schema(enumeration = { "municipality", "network" }))
            @QueryParam("scope") String scope,
            @Parameter(description = "Only projects in this step", schema = @Schema(implementation = ProjectStep.class))
            @QueryParam("step") String step,
            @Parameter(description = "Only projects of this sector", schema = @Schema(implementation = Sector.class))
            @QueryParam("sector") String sector,
            @Parameter(description = "Only projects with this visibility; with scope=network only SHARED is possible",
                    schema = @Schema(implementation = Visibility.class))
            @QueryParam("visibility") String visibility,
            @Parameter(description = "The champion's user id, or text in the champion's name (case-insensitive)")
            @QueryParam("champion") @Size(max = 200) String champion,
            @Parameter(description = "Text found in title, description or champion (case-insensitive)")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Only projects changed at or after this ISO-8601 instant, e.g. 2026-05-26T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Order: -updatedAt (default), updatedAt, -createdAt, createdAt, title, -title",
                    schema = @Schema(enumeration = { "-updatedAt", "updatedAt", "-createdAt", "createdAt", "title", "-title" }))
            @QueryParam("sort") String sort,
            @Parameter(description = "Include archived projects", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("archived") String archived,
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        ProjectSearch search = ProjectQuery.parse(caller.municipality(), scope, step, sector, visibility, champion, q,
                updatedSince, sort, archived);
        Page<ProjectResponse> result = service.list(search, PageRequest.parse(page, size)).map(ProjectResponse::of);
        return new ProjectPage(result.items(), result.page(), result.size(), result.total());
    }

    @GET
    @Path("/summary")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN, Roles.ASSESSOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "summariseProjects", summary = "Summarise the caller's municipality's projects",
            description = "Counts per step and per sector, the nyttiggjort rate IN_USE ÷ (IN_USE + STOPPED) and the median"
                    + " number of BLT loops per project. Aggregates only, no personal data. Archived projects are left out"
                    + " unless archived=true.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryResponse.class)))
    public SummaryResponse summary(
            @Parameter(description = "Include archived projects", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("archived") String archived) {
        return SummaryResponse.of(summaries.of(QueryParams.bool("archived", archived)));
    }

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN, Roles.ASSESSOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "listProjectChanges", summary = "Read the change feed after a cursor, oldest first",
            description = "CREATED, UPDATED (the project or a part, archiving included), STEP_CHANGED, SHARED, UNSHARED and"
                    + " ADOPTED events of the caller's municipality's projects, and the SHARED, UNSHARED and ADOPTED events"
                    + " of other municipalities' projects. Events are recorded in the transaction of the change and are"
                    + " never reordered: reading on from `next` never misses one. Events name no person.")
    @APIResponse(responseCode = "200", description = "Events after the cursor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChangeEventResponse.FeedResponse.class)))
    public ChangeEventResponse.FeedResponse changes(
            @Parameter(description = "A cursor from an earlier answer (`next` or an event's `cursor`); omit to start at the beginning")
            @QueryParam("after") @Size(max = 100) String after,
            @Parameter(description = "At most this many events, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        return ChangeEventResponse.FeedResponse.of(feed.after(after, PageRequest.parse(null, size).size()));
    }

    @PUT
    @Path("/{id}/visibility")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Tag(name = "Sharing")
    @Operation(operationId = "setProjectVisibility", summary = "Share a project with every municipality, or stop sharing it",
            description = "SHARED lets every municipality's employees read the project and all its parts and adopt it;"
                    + " only the project's own municipality changes it (others 403). MUNICIPALITY makes it private again;"
                    + " adopters keep their projects. Requires If-Match. " + Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "200", description = "The project with its visibility",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller is not on the team, not the champion and not a municipality-admin,"
            + " or the project is another municipality's shared project")
    @APIResponse(responseCode = "404", description = "No such project in the caller's municipality")
    @APIResponse(responseCode = "409", description = "The project is archived")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ProjectResponse> setVisibility(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read", required = true) @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid VisibilityRequest body) {
        return withETag(sharing.setVisibility(id, ifMatch, body));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "updateProject", summary = "Replace a project's editable fields",
            description = "Requires If-Match with the ETag last read. " + Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "200", description = "The updated project",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "404", description = "No such project in the caller's municipality")
    @APIResponse(responseCode = "409", description = "The project is archived")
    @APIResponse(responseCode = "403", description = "The caller is not on the team, not the champion and not a municipality-admin")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ProjectResponse> update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read", required = true) @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ProjectRequest body) {
        return withETag(service.update(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "archiveProject", summary = "Archive a project",
            description = "The project's team, its champion or a municipality administrator archives a project; it then"
                    + " becomes read-only. Requires If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "The archived project",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "404", description = "No such project in the caller's municipality")
    @APIResponse(responseCode = "409", description = "Already archived")
    @APIResponse(responseCode = "403", description = "The caller is not on the team, not the champion and not a municipality-admin")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ProjectResponse> archive(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read", required = true) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return withETag(service.archive(id, ifMatch));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "transitionProject", summary = "Move a project to another step",
            description = "FOUNDATION → NEEDS → EXPLORE → REALISE → IN_USE, one step at a time through a gate; back one step"
                    + " (the BLT loop repeats) or to STOPPED (with learning) from any step until the project has ended."
                    + " Gates: NEEDS needs a champion, a team of at least two and a problem statement; EXPLORE a need backed"
                    + " by an insight; REALISE a CONFIRMED BLT test linked to a need; IN_USE a benefit with a baseline and a"
                    + " later measurement, and an anchoring decision into normal operation. Requires If-Match. "
                    + Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "200", description = "The project in its new step",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller is not on the team, not the champion and not a municipality-admin")
    @APIResponse(responseCode = "404", description = "No such project in the caller's municipality")
    @APIResponse(responseCode = "409", description = "A gate is not met (errors names every unmet requirement), the step"
            + " cannot be reached from the current one, the project has ended or is archived")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ProjectResponse> transition(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read", required = true) @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid TransitionRequest body) {
        return withETag(steps.transition(id, ifMatch, body));
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN, Roles.ASSESSOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "listProjectTimeline", summary = "The project's timeline: who did what, when, newest first",
            description = Responses.READ_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "A page of timeline events")
    @APIResponse(responseCode = "404", description = "No such project in the caller's municipality")
    public Page<TimelineEventResponse> timeline(@PathParam("id") UUID id,
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        return timeline.list(id, PageRequest.parse(page, size)).map(TimelineEventResponse::of);
    }

    private static RestResponse<ProjectResponse> withETag(Project project) {
        return RestResponse.ResponseBuilder.ok(ProjectResponse.of(project))
                .header("ETag", ETags.of(project.getVersion())).build();
    }
}
