package no.nyttiggjort.scoring.formula;

/** One element of a factor set as a client sends it: a factor name and a level. */
public interface FactorEntry {

    String factor();

    Integer score();
}
