package no.nyttiggjort.certification.panel.client;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PanelScore", description = "The project's latest success score as scoring-service gives it")
public record PanelScore(
        @Schema(description = "AVAILABLE with a percent; NOT_SCORED when the project has no score yet; "
                + "UNAVAILABLE when scoring-service cannot be asked right now") Status status,
        @Schema(description = "0 to 100; only when AVAILABLE", examples = "7.8") BigDecimal percent) {

    public enum Status {
        AVAILABLE,
        NOT_SCORED,
        UNAVAILABLE
    }

    public static PanelScore available(BigDecimal percent) {
        return new PanelScore(Status.AVAILABLE, percent);
    }

    public static PanelScore notScored() {
        return new PanelScore(Status.NOT_SCORED, null);
    }

    public static PanelScore unavailable() {
        return new PanelScore(Status.UNAVAILABLE, null);
    }
}
