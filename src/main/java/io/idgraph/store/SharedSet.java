package io.idgraph.store;

import java.util.Collection;
import java.util.List;

/** A set of short strings shared by every process on a cluster store ({@link SharedState}). */
public interface SharedSet {
  boolean contains(String member);

  /** Adds members durably; then the {@link #version()} changes. */
  void addAll(Collection<String> members);

  /** Removes members durably; then the {@link #version()} changes. */
  void removeAll(Collection<String> members);

  /** Every member, in no particular order. */
  List<String> members();

  /**
   * A value that changes whenever a member was added or removed (one small read): a cache of the
   * members is current while it is unchanged.
   */
  long version();
}
