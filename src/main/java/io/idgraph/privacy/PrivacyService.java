package io.idgraph.privacy;

import io.idgraph.export.ArtifactStore;
import io.idgraph.export.ResourceUri;
import io.idgraph.graph.Contact;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.PersonIds;
import io.idgraph.graph.PersonRecord;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.normalize.NormalizeResult;
import io.idgraph.normalize.NormalizedIdentifier;
import io.idgraph.privacy.PrivacyRequest.SelectorForm;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IndexKey;
import io.idgraph.store.IndexKeys;
import io.idgraph.store.Link;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Carries out privacy requests: finds the persons the selectors name, then deletes (store delete,
 * suppression of their identifiers and id, hidden at once from readers that have not caught up),
 * opts out or opts in, withdraws live export and upload files, and records the request. A request
 * is idempotent: repeating it changes nothing further and keeps its request id. The order of the
 * steps makes a request killed half-way complete when it is run again.
 *
 * @param store the store as written, unfiltered (an opted-out person can still be deleted)
 * @param files the data dir's export and upload files
 */
public record PrivacyService(
    IdentityStore store,
    PrivacyState state,
    ArtifactStore files,
    IdentifierNormalizer normalizer,
    Clock clock) {
  /** Identifier types whose values are suppressed when their person is deleted. */
  private static final List<IdType> SUPPRESSED_CONTACTS =
      List.of(IdType.EMAIL, IdType.PHONE, IdType.MAID);

  /** A selector made ready: its normalized form (null for a person id) and its kept form. */
  private record Resolved(Selector selector, NormalizedIdentifier id, long personId, String hmac) {}

  /**
   * Carries out one request. Every selector is checked first: one that does not normalize fails the
   * whole request before anything is changed.
   */
  public PrivacyRequest apply(RequestKind kind, List<Selector> selectors, String manner) {
    if (selectors.isEmpty()) {
      throw IdgraphException.invalid(
          "name at least one selector: --email, --phone, --address, --maid, --person or --file");
    }
    Instant received = clock.instant();
    List<Resolved> resolved = resolveAll(selectors);
    String requestId = requestId(kind, resolved);
    boolean repeat = !state.requests().find(requestId).isEmpty();
    Set<Long> persons = personsOf(resolved);
    int withdrawn = 0;
    switch (kind) {
      case DELETE -> {
        state.suppression().addAll(suppressionEntries(resolved, persons));
        state.hidden().markDeleted(persons);
        persons.forEach(store::delete);
        withdrawn = persons.isEmpty() ? 0 : withdrawFiles();
      }
      case OPTOUT -> {
        state.hidden().optOut(persons);
        withdrawn = persons.isEmpty() ? 0 : withdrawFiles();
      }
      case OPTIN -> state.hidden().optIn(persons);
    }
    String outcome = repeat ? "repeat" : persons.isEmpty() ? "not_found" : "done";
    List<SelectorForm> forms = new ArrayList<>();
    resolved.forEach(r -> forms.add(new SelectorForm(r.selector().typeName(), r.hmac())));
    PrivacyRequest request =
        new PrivacyRequest(
            requestId,
            kind.wireName(),
            manner,
            received.toString(),
            clock.instant().toString(),
            forms,
            List.copyOf(persons),
            outcome,
            withdrawn);
    state.requests().append(request);
    return request;
  }

  private List<Resolved> resolveAll(List<Selector> selectors) {
    List<Resolved> out = new ArrayList<>(selectors.size());
    for (int i = 0; i < selectors.size(); i++) {
      Selector s = selectors.get(i);
      String where = "selector " + (i + 1) + " (" + s.typeName() + ")";
      if (s.isPerson()) {
        Long id = PersonIds.parse(s.value());
        if (id == null) {
          throw IdgraphException.invalid(where + ": a person id is a positive 64-bit integer");
        }
        out.add(new Resolved(s, null, id, state.hmac().ofPerson(id)));
      } else {
        NormalizeResult n = normalizer.normalize(s.type(), s.value());
        if (!n.isOk()) {
          throw IdgraphException.invalid(where + ": " + n.reason());
        }
        NormalizedIdentifier id = n.value();
        out.add(new Resolved(s, id, 0, state.hmac().of(id.type(), id.key())));
      }
    }
    return out;
  }

  private String requestId(RequestKind kind, List<Resolved> resolved) {
    Set<String> forms = new TreeSet<>();
    resolved.forEach(r -> forms.add(r.hmac()));
    return "pr_" + state.hmac().mac("request:" + kind.wireName() + ":" + forms).substring(0, 26);
  }

  /** Every person a selector names: all persons an identifier points to, or the person id. */
  private Set<Long> personsOf(List<Resolved> resolved) {
    Set<Long> persons = new LinkedHashSet<>();
    List<IndexKey> keys = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (Resolved r : resolved) {
      if (r.id() == null) {
        ids.add(r.personId());
      } else {
        keys.add(IndexKeys.forLookup(HashType.PLAINTEXT, r.id()));
      }
    }
    for (List<Link> links : store.lookup(keys)) {
      links.forEach(l -> persons.add(l.personId()));
    }
    long[] asked = ids.stream().mapToLong(Long::longValue).toArray();
    List<PersonRecord> records = store.persons(asked, Set.of());
    for (int i = 0; i < asked.length; i++) {
      if (records.get(i) != null || state.hidden().isDeleted(asked[i])) {
        persons.add(asked[i]);
      }
    }
    return persons;
  }

  /**
   * What to suppress: every selector, and each person's id, emails, phones and maids. A person's
   * addresses are not: an address names a household, and suppressing it would drop it from the
   * other people living there; an address is suppressed when a request names it.
   */
  private Set<String> suppressionEntries(List<Resolved> resolved, Set<Long> persons) {
    Set<String> out = new LinkedHashSet<>();
    resolved.forEach(r -> out.add(r.hmac()));
    long[] ids = persons.stream().mapToLong(Long::longValue).toArray();
    for (PersonRecord record : store.persons(ids, Set.of())) {
      if (record == null) {
        continue;
      }
      out.add(state.hmac().ofPerson(record.personId()));
      for (IdType type : SUPPRESSED_CONTACTS) {
        for (Contact c : record.contacts(type)) {
          NormalizeResult n = normalizer.normalize(type, c.value());
          if (n.isOk()) {
            out.add(state.hmac().of(type, n.value().key()));
          }
        }
      }
    }
    for (long id : ids) {
      out.add(state.hmac().ofPerson(id));
    }
    return out;
  }

  private int withdrawFiles() {
    List<ResourceUri> gone = files.deleteAll();
    state.withdrawn().addAll(gone.stream().map(ResourceUri::toString).toList());
    return gone.size();
  }
}
