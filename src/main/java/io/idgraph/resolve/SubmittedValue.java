package io.idgraph.resolve;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.normalize.NormalizedIdentifier;
import io.idgraph.store.IndexKey;

/** A submitted value that normalized, with the index key it is looked up under. */
record SubmittedValue(
    IdType type,
    HashType hash,
    String raw,
    NormalizedIdentifier normalized,
    IndexKey key,
    String criterionType) {}
