/**
 * Resolution: submitted identifiers to persons, with per-match quality and a Noisy-OR overall score
 * per person. Start with {@link io.idgraph.resolve.Resolver}.
 */
package io.idgraph.resolve;
