package no.nyttiggjort.certification.panel.service;

import java.util.List;
import no.nyttiggjort.certification.panel.domain.Panel;
import no.nyttiggjort.certification.panel.domain.PanelMember;

public record PanelView(Panel panel, List<PanelMember> members) {
}
