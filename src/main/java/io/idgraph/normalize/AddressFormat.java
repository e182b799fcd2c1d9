package io.idgraph.normalize;

import java.util.List;

/** Match key, display form and block keys of a {@link StandardAddress}. (stub) */
final class AddressFormat {
  private AddressFormat() {}

  static String matchKey(StandardAddress a) {
    throw new UnsupportedOperationException("not yet");
  }

  static String display(StandardAddress a) {
    throw new UnsupportedOperationException("not yet");
  }

  static List<String> blockKeys(StandardAddress a) {
    throw new UnsupportedOperationException("not yet");
  }
}
