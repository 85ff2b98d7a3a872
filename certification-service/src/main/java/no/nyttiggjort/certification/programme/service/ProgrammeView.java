package no.nyttiggjort.certification.programme.service;

import java.util.List;
import no.nyttiggjort.certification.programme.domain.Programme;
import no.nyttiggjort.certification.programme.domain.ProgrammeModule;

public record ProgrammeView(Programme programme, List<ProgrammeModule> modules) {
}
