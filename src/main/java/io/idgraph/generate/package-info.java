/**
 * The synthetic graph generator behind {@code idgraph generate} and {@code idgraph demo}. Start
 * with {@link io.idgraph.generate.GraphGenerator}; the rest is its package-private engine room: a
 * household planner (address, composition, economics), then per person the contact section (names,
 * emails, phones, addresses, mobile ad ids) and the profile and behavior sections (attributes drawn
 * from the catalog's value sets with correlations).
 */
package io.idgraph.generate;
