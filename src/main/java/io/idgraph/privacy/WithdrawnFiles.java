package io.idgraph.privacy;

import java.util.Collection;

/**
 * Export and upload files a privacy request withdrew before their links expired, by resource uri
 * ({@code workflow://...}, no personal data), so their links answer 410 rather than 404.
 */
public interface WithdrawnFiles {
  boolean isWithdrawn(String resourceUri);

  void addAll(Collection<String> resourceUris);
}
