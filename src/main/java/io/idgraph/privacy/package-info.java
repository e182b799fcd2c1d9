/**
 * Privacy requests and what keeps them honoured: deletion with suppression (a keyed HMAC of each
 * normalized identifier, checked on every load and build), opt-outs (persons kept but never
 * returned), the request log (24 months), and the store view that hides opted-out and deleted
 * persons from every read. It sits above the store, so it works for any store engine; its state
 * lives behind small interfaces ({@link io.idgraph.privacy.SuppressionList}, {@link
 * io.idgraph.privacy.HiddenPersons}, {@link io.idgraph.privacy.PrivacyRequestLog}) with data-dir
 * implementations and, for a cluster store, implementations on the cluster's shared state ({@link
 * io.idgraph.store.SharedState}), chosen in {@link io.idgraph.privacy.PrivacyState#open}. Start at
 * {@link io.idgraph.privacy.PrivacyState} and {@link io.idgraph.privacy.PrivacyService};
 * docs/privacy.md says what each request does.
 */
package io.idgraph.privacy;
