package io.idgraph.profile;

/** Profile metadata; absent fields are null and omitted on the wire. */
public record ProfileMetadata(Double qualityScore, String lastModified) {}
