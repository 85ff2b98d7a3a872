package no.nyttiggjort.certification.programme.service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.nyttiggjort.certification.programme.domain.Enrolment;
import no.nyttiggjort.certification.programme.domain.ModuleCompletion;
import no.nyttiggjort.certification.programme.domain.ProgrammeModule;

/** An enrolment with its programme's modules and the completions recorded so far. */
public record EnrolmentView(Enrolment enrolment, List<ProgrammeModule> modules, List<ModuleCompletion> completions) {

    /** The completion rule: every module of the programme completed (a programme without modules completes nothing). */
    public boolean completedAllModules() {
        Set<Object> done = completions.stream().map(ModuleCompletion::getModuleId).collect(Collectors.toSet());
        return !modules.isEmpty() && modules.stream().allMatch(m -> done.contains(m.getId()));
    }
}
