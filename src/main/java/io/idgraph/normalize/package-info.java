/**
 * Normalization of emails, phones, addresses, maids and hashed values into match keys, display
 * forms and hash forms, with a typed {@link io.idgraph.normalize.NormalizeFailure} for each bad
 * value. Start with {@link io.idgraph.normalize.IdentifierNormalizer}, the only door; behind it,
 * one package-private normalizer per type ({@code EmailNormalizer}, {@code PhoneNormalizer}, {@code
 * AddressNormalizer} with {@code AddressParser} and its USPS tables, {@code MaidNormalizer}, {@code
 * HashedValue}). The rules and why each exists are in docs/normalization.md.
 */
package io.idgraph.normalize;
