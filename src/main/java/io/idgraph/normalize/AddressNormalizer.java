package io.idgraph.normalize;

/**
 * Plaintext US postal addresses, standardized in the spirit of USPS Publication 28 so that
 * formatting variants of one address share one match key. See {@link AddressParser} for how a line
 * is read and {@link AddressFormat} for the key and display forms.
 */
final class AddressNormalizer {
  private AddressNormalizer() {}

  static NormalizeResult normalize(String raw) {
    NormalizeFailure pre = Text.precheck(raw);
    if (pre != null) {
      return NormalizeResult.failed(pre);
    }
    return AddressParser.parse(raw);
  }
}
