/**
 * The domain model: identifier and hash types, the 18 domains and their catalog, and {@link
 * io.idgraph.graph.PersonRecord}, a person as stored. Start with {@link
 * io.idgraph.graph.PersonRecord}.
 */
package io.idgraph.graph;
