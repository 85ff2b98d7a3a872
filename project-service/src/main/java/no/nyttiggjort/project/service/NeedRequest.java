package no.nyttiggjort.project.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NeedRequest", description = "A need (behov): a felt lack of a target group")
public record NeedRequest(
        @NotBlank @Size(max = 2000) @Schema(required = true, maxLength = 2000, examples = "Å bli sett og tatt på alvor")
        String statement,
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, examples = "Sosialhjelpsmottakere under 30")
        String targetGroup,
        @NotNull @Min(1) @Max(5) @Schema(required = true, minimum = "1", maximum = "5")
        Integer importance,
        @PastOrPresent @Schema(description = "When the need was identified; today when absent")
        LocalDate identifiedOn) {
}
