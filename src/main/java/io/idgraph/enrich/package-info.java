/**
 * Enrichment: get_person profiles by domain. Start with {@link io.idgraph.enrich.ProfileService}.
 */
package io.idgraph.enrich;
