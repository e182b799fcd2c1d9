package io.idgraph.auth;

/** A key just created: the only time its token is known. */
public record CreatedKey(ApiKey key, String token) {}
