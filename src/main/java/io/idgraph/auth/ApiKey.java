package io.idgraph.auth;

/**
 * A stored API key: never the token, only its sha256 hex.
 *
 * @param id a short random id, for revoking
 * @param name the operator's name for the key, unique among keys
 * @param sha256 lowercase hex sha256 of the token
 * @param createdAt ISO-8601 instant
 */
public record ApiKey(String id, String name, String sha256, String createdAt) {}
