package no.nyttiggjort.scoring.score.service;

import no.nyttiggjort.scoring.formula.Analysis;
import no.nyttiggjort.scoring.score.repository.TimelineEntry;

/** A project's latest timeline entry and what the formula makes of it. */
public record ProjectScore(TimelineEntry entry, Analysis analysis) {
}
