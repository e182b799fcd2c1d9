package io.idgraph.privacy;

import java.util.List;

/**
 * One privacy request as the request log keeps it (CCPA regulations section 7101: date, nature,
 * manner, response date, response): no identifier in the clear, only each selector's type and keyed
 * HMAC, and the internal ids of the persons it reached.
 *
 * @param requestId the same for a repeat of the same request (same kind and selectors)
 * @param kind delete, optout or optin
 * @param manner how it was made: {@code cli}, {@code drop-import}
 * @param receivedAt ISO-8601, when it was received
 * @param completedAt ISO-8601, when it was carried out
 * @param selectors each selector's type and HMAC
 * @param personIds the persons it reached (empty when none matched)
 * @param outcome {@code done}, {@code not_found} (nothing matched; identifiers still suppressed for
 *     a delete), or {@code repeat} (an earlier request with this id was carried out already; done
 *     again, changing nothing)
 * @param withdrawnFiles unexpired export and upload files withdrawn (their links answer 410)
 */
public record PrivacyRequest(
    String requestId,
    String kind,
    String manner,
    String receivedAt,
    String completedAt,
    List<SelectorForm> selectors,
    List<Long> personIds,
    String outcome,
    int withdrawnFiles) {

  /** A selector in the only form kept: its type and keyed HMAC. */
  public record SelectorForm(String type, String hmac) {}
}
