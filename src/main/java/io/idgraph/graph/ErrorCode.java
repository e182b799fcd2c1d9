package io.idgraph.graph;

/** Why an expected failure happened; the edges (CLI, MCP) map these to exit codes or errors. */
public enum ErrorCode {
  /** The caller sent something it can fix: a bad argument, too many ids, an unknown domain. */
  INVALID_ARGUMENT,
  /** Something named does not exist: a workflow, an artifact. */
  NOT_FOUND,
  /** A limit was exceeded: body size, list length. */
  LIMIT_EXCEEDED,
  /** The data dir or store cannot be used (locked, corrupt, missing). */
  STORE_UNAVAILABLE,
  /** An input file cannot be read. */
  IO
}
