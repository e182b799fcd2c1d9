/**
 * Enrichment: get_person profiles by domain. Start with {@link io.idgraph.profile.ProfileService}.
 */
package io.idgraph.profile;
