package io.idgraph.generate;

/**
 * What {@link GraphGenerator#write} wrote.
 *
 * @param persons lines written, one person each
 * @param households households (persons sharing an address and last name)
 * @param emails email identifiers written
 * @param phones phone identifiers written (a shared household landline counts once per member)
 * @param addresses address identifiers written
 * @param maids mobile ad ids written
 * @param sparsePersons persons written with few attributes
 * @param chars characters written (equal to bytes: the output is ASCII)
 */
public record GenerateSummary(
    long persons,
    long households,
    long emails,
    long phones,
    long addresses,
    long maids,
    long sparsePersons,
    long chars) {}
