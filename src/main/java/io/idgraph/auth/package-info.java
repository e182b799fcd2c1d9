/**
 * API keys for the HTTP server: {@link io.idgraph.auth.ApiKeyStore} creates, lists and revokes keys
 * kept hashed (sha256) in the data dir's keys.json, and verifies bearer tokens, re-reading the file
 * when it changes so a key created by another process works without a restart.
 */
package io.idgraph.auth;
