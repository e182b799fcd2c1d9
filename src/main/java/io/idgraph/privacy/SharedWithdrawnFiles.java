package io.idgraph.privacy;

import io.idgraph.store.SharedSet;
import java.util.Collection;
import java.util.Set;

/** Withdrawn files on a cluster store: the shared set {@code withdrawn_files}, one read a check. */
final class SharedWithdrawnFiles implements WithdrawnFiles {
  static final String SET = "withdrawn_files";

  private final SharedSet uris;

  SharedWithdrawnFiles(SharedSet uris) {
    this.uris = uris;
  }

  @Override
  public boolean isWithdrawn(String resourceUri) {
    return uris.contains(resourceUri);
  }

  @Override
  public void addAll(Collection<String> resourceUris) {
    uris.addAll(Set.copyOf(resourceUris));
  }
}
