/**
 * Normalization of emails, phones, addresses, maids and hashed values into match keys, display
 * forms and hash forms, with a typed {@link io.idgraph.normalize.NormalizeFailure} for each bad
 * value. Start with {@link io.idgraph.normalize.IdentifierNormalizer}; the rules and why each
 * exists are in docs/normalization.md.
 */
package io.idgraph.normalize;
