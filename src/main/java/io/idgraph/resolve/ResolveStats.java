package io.idgraph.resolve;

/**
 * The counts of one resolve call, as returned in {@code stats}.
 *
 * @param requested identifier values submitted, invalid ones included
 * @param resolved distinct persons returned
 * @param rate resolved / requested, 2 decimals
 * @param matched submitted values with at least one match at or above min_quality_score
 * @param invalid values rejected by normalization
 */
public record ResolveStats(int requested, int resolved, double rate, int matched, int invalid) {}
