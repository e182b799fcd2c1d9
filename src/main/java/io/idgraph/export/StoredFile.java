package io.idgraph.export;

import java.nio.file.Path;
import java.time.Instant;

/** A file of a workflow on disk: where it is, how big, and when it will be deleted. */
public record StoredFile(ResourceUri uri, Path path, long sizeBytes, Instant expiresAt) {}
