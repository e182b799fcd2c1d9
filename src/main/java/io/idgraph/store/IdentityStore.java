package io.idgraph.store;

import io.idgraph.graph.Domain;
import io.idgraph.graph.PersonLineage;
import io.idgraph.graph.PersonRecord;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The identity graph's storage: an identifier index, person records, known addresses, and a reverse
 * index from a person to its index keys. Implementations are safe for concurrent readers; writes
 * come from one thread at a time. Every read is batched.
 */
public interface IdentityStore extends AutoCloseable {

  /**
   * Inserts or replaces persons whole. Index keys and addresses a replaced person no longer has
   * stop pointing to it. When this returns, the batch survives a kill of the process.
   */
  void upsert(List<PersonWrite> batch);

  /** The persons each key points to, in the order of {@code keys}; an empty list for a miss. */
  List<List<Link>> lookup(List<IndexKey> keys);

  /**
   * The records of these persons in the order of {@code personIds}, null where unknown. Only the
   * attributes of {@code attributeDomains} need be filled in (others may be left out); contact
   * lists and name are always filled in.
   */
  List<PersonRecord> persons(long[] personIds, Set<Domain> attributeDomains);

  /** Known addresses by match key; keys not known are absent from the map. */
  Map<String, AddressEntry> addresses(Collection<String> matchKeys);

  /** Match keys of known addresses filed under {@code blockKey}, at most {@code limit}. */
  List<String> addressBlock(String blockKey, int limit);

  /** The index keys a person is found by (the reverse index); empty if unknown. */
  List<IndexKey> keysOf(long personId);

  /**
   * The build lineage of these persons (sources, provenance, or the id a merged person went to), in
   * the order of {@code personIds}; null where there is none.
   */
  List<PersonLineage> lineage(long[] personIds);

  /**
   * Sets the lineage of persons, replacing what they had. When this returns, it survives a kill of
   * the process. A merged id may have lineage without a person.
   */
  void putLineage(Map<Long, PersonLineage> lineage);

  /**
   * Removes a person, its index entries, its links to addresses and its lineage; false if there was
   * no person (lineage alone is still removed).
   */
  boolean delete(long personId);

  StoreStats stats();

  /**
   * Brings what lookups read into this process's memory, for at most {@code budget}, so that a
   * server's first calls do not take it in a page fault at a time; returns the bytes it read. A
   * store that reads over the network has nothing to bring in.
   */
  default long pageIn(Duration budget) {
    return 0;
  }

  @Override
  void close();
}
