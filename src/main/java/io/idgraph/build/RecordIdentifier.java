package io.idgraph.build;

import io.idgraph.graph.IdType;
import io.idgraph.normalize.NormalizedIdentifier;
import java.util.List;

/**
 * A normalized identifier of a source record, with what the store needs to file it.
 *
 * @param blockKeys the address's block keys (addresses only)
 * @param zip5 the address's ZIP code for geocoding (addresses only, may be null)
 */
record RecordIdentifier(
    IdType type,
    String key,
    String display,
    List<String> hashForms,
    List<String> blockKeys,
    String zip5) {

  RecordIdentifier {
    hashForms = hashForms == null ? List.of() : hashForms;
    blockKeys = blockKeys == null ? List.of() : blockKeys;
  }

  static RecordIdentifier of(NormalizedIdentifier id) {
    if (id.type() == IdType.ADDRESS) {
      return new RecordIdentifier(
          id.type(),
          id.key(),
          id.display(),
          id.hashForms(),
          id.address().blockKeys(),
          id.address().zip5());
    }
    return new RecordIdentifier(id.type(), id.key(), id.display(), id.hashForms(), null, null);
  }

  NormalizedIdentifier normalized() {
    return new NormalizedIdentifier(type, key, display, hashForms, null);
  }
}
