package no.nyttiggjort.project.service;

import static no.nyttiggjort.project.service.ProjectAccess.clean;
import static no.nyttiggjort.project.service.ProjectAccess.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.common.concurrency.ETags;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.project.domain.Benefit;
import no.nyttiggjort.project.domain.Measurement;
import no.nyttiggjort.project.domain.Project;
import no.nyttiggjort.project.repository.BenefitRepository;
import no.nyttiggjort.project.repository.MeasurementRepository;

/** Benefits (gevinster) and their measurements; each shows its latest value against its baseline. */
@ApplicationScoped
public class BenefitService {

    private final ProjectAccess access;
    private final BenefitRepository benefits;
    private final MeasurementRepository measurements;

    public BenefitService(ProjectAccess access, BenefitRepository benefits, MeasurementRepository measurements) {
        this.access = access;
        this.benefits = benefits;
        this.measurements = measurements;
    }

    /** A benefit with its latest measurement, if any. */
    public record BenefitView(Benefit benefit, Measurement latest) {
    }

    @Transactional
    public BenefitView create(UUID projectId, BenefitRequest request) {
        Project project = access.changeable(projectId);
        Benefit benefit = new Benefit(projectId, access.now());
        describe(benefit, request);
        benefits.persist(benefit);
        access.record(project, "BENEFIT_ADDED", "Gevinst lagt til: " + quote(benefit.getIndicator()));
        benefits.flush();
        return new BenefitView(benefit, null);
    }

    @Transactional
    public Page<BenefitView> list(UUID projectId, PageRequest page) {
        access.readable(projectId);
        return page.of(views(benefits.pageOf(projectId, page.page(), page.size())), benefits.countOf(projectId));
    }

    /** Every benefit of a project, for the project's own summary. */
    @Transactional
    public List<BenefitView> all(UUID projectId) {
        return views(benefits.allOf(projectId));
    }

    @Transactional
    public BenefitView get(UUID projectId, UUID benefitId) {
        access.readable(projectId);
        return view(find(projectId, benefitId));
    }

    @Transactional
    public BenefitView update(UUID projectId, UUID benefitId, String ifMatch, BenefitRequest request) {
        Project project = access.changeable(projectId);
        Benefit benefit = find(projectId, benefitId);
        ETags.requireMatch(ifMatch, benefit.getVersion());
        describe(benefit, request);
        access.record(project, "BENEFIT_CHANGED", "Gevinst endret: " + quote(benefit.getIndicator()));
        benefits.flush();
        return view(benefit);
    }

    @Transactional
    public void delete(UUID projectId, UUID benefitId, String ifMatch) {
        Project project = access.changeable(projectId);
        Benefit benefit = find(projectId, benefitId);
        ETags.requireMatch(ifMatch, benefit.getVersion());
        measurements.deleteOfBenefit(benefitId);
        benefits.delete(benefit);
        access.record(project, "BENEFIT_REMOVED", "Gevinst fjernet: " + quote(benefit.getIndicator()));
        benefits.flush();
    }

    @Transactional
    public Measurement addMeasurement(UUID projectId, UUID benefitId, MeasurementRequest request) {
        Project project = access.changeable(projectId);
        Benefit benefit = find(projectId, benefitId);
        Measurement measurement = new Measurement(projectId, benefitId, request.date(), request.value(),
                clean(request.note()), access.now());
        measurements.persist(measurement);
        access.record(project, "MEASUREMENT_ADDED", "Måling av " + quote(benefit.getIndicator()) + ": "
                + request.value().stripTrailingZeros().toPlainString() + " " + benefit.getUnit() + " (" + request.date() + ")");
        measurements.flush();
        return measurement;
    }

    @Transactional
    public Page<Measurement> listMeasurements(UUID projectId, UUID benefitId, PageRequest page) {
        access.readable(projectId);
        find(projectId, benefitId);
        return page.of(measurements.pageOf(benefitId, page.page(), page.size()), measurements.countOfBenefit(benefitId));
    }

    @Transactional
    public void deleteMeasurement(UUID projectId, UUID benefitId, UUID measurementId, String ifMatch) {
        Project project = access.changeable(projectId);
        Benefit benefit = find(projectId, benefitId);
        Measurement measurement = measurements.findOfBenefit(measurementId, benefitId)
                .orElseThrow(() -> ProblemException.notFound("Measurement " + measurementId));
        ETags.requireMatch(ifMatch, measurement.getVersion());
        measurements.delete(measurement);
        access.record(project, "MEASUREMENT_REMOVED", "Måling av " + quote(benefit.getIndicator()) + " fjernet");
        measurements.flush();
    }

    private List<BenefitView> views(List<Benefit> list) {
        return list.stream().map(this::view).toList();
    }

    private BenefitView view(Benefit benefit) {
        return new BenefitView(benefit, measurements.latestOf(benefit.getId()).orElse(null));
    }

    private static void describe(Benefit benefit, BenefitRequest request) {
        benefit.describe(clean(request.indicator()), request.beneficiary(), request.kind(), clean(request.unit()),
                request.baselineValue(), request.baselineDate(), request.target());
    }

    private Benefit find(UUID projectId, UUID benefitId) {
        return benefits.findInProject(benefitId, projectId).orElseThrow(() -> ProblemException.notFound("Benefit " + benefitId));
    }
}
