package no.nyttiggjort.scoring.portfolio.service;

import no.nyttiggjort.scoring.formula.Factor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FactorCount", description = "How many projects have this factor among their weakest")
public record FactorCount(Factor factor, long projects) {
}
