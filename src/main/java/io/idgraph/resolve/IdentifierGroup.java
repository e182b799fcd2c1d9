package io.idgraph.resolve;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import java.util.List;

/** Submitted values of one identifier type and encoding. */
public record IdentifierGroup(IdType idType, HashType hashType, List<String> values) {}
