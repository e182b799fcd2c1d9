package io.idgraph.resolve;

/**
 * One submitted value that matched a person.
 *
 * @param criterionType "{id_type}_{hash}", e.g. "email_plaintext"
 * @param criterionValue the value as submitted
 * @param qualityScore the link's quality (times a factor below 1 for an inexact address match)
 */
public record Match(String criterionType, String criterionValue, double qualityScore) {}
