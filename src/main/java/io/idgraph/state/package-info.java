/**
 * Where a server's own state lives: the data dir, or the cluster when the store is one. {@link
 * io.idgraph.state.ServerState} is the one rule, used by serve, demo, the MCP tools and the
 * commands that read workflows, feedback and signing keys.
 */
package io.idgraph.state;
