package io.idgraph.normalize;

import io.idgraph.graph.IdType;
import java.util.List;

/**
 * An identifier in normal form.
 *
 * @param type what kind of identifier
 * @param key the match key: equal keys mean the same identifier (email canonical form, phone
 *     display form, address match key, lowercase maid; for hashed input the lowercase hex)
 * @param display what a user is shown (email trimmed and lowercased, phone digits, standardized
 *     address in mixed case, lowercase maid)
 * @param hashForms the plaintext strings whose md5/sha1/sha256 a client may have hashed, the key's
 *     form first, no duplicates; empty for hashed input
 * @param address the parsed address, for addresses only; null otherwise
 */
public record NormalizedIdentifier(
    IdType type, String key, String display, List<String> hashForms, StandardAddress address) {}
