package io.idgraph.store;

import io.idgraph.graph.PersonRecord;
import java.util.List;

/**
 * Everything stored for one person in one upsert: the record, every index key it is found by (no
 * duplicates: when two forms give one key, the higher quality wins), and its addresses.
 */
public record PersonWrite(
    PersonRecord person, List<IndexEntry> index, List<AddressEntry> addresses) {}
