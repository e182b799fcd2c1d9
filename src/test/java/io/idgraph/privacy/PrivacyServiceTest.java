package io.idgraph.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.export.ArtifactStore;
import io.idgraph.files.DataDir;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.load.GraphLoader;
import io.idgraph.load.LoadProgress;
import io.idgraph.load.LoadSummary;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.resolve.IdentifierGroup;
import io.idgraph.resolve.ResolveRequest;
import io.idgraph.resolve.Resolver;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delete, opt-out and opt-in against a real store, loaded and re-loaded through the loader. */
class PrivacyServiceTest {
  private static final IdentifierNormalizer NORMALIZER = new IdentifierNormalizer();
  private static final String GRAPH =
      "{\"person_id\": 1, \"emails\": [\"John.Doe+x@GoogleMail.com\"], \"phones\": [\"4155550142\"],"
          + " \"addresses\": [\"12 Elm St, Springfield, IL 62704\"]}\n"
          + "{\"person_id\": 2, \"emails\": [\"mary@example.org\"],"
          + " \"addresses\": [\"12 Elm St, Springfield, IL 62704\"]}\n";

  @TempDir Path root;
  IdentityStore store;
  PrivacyState state;
  PrivacyService service;
  Path graph;

  @BeforeEach
  void setUp() throws Exception {
    DataDir dir = new DataDir(root.resolve("data"));
    state = PrivacyState.at(dir);
    store = IdentityStores.openWritable(dir.graph());
    graph = root.resolve("g.jsonl");
    Files.writeString(graph, GRAPH);
    load();
    service =
        new PrivacyService(
            store,
            state,
            new ArtifactStore(dir.exports(), Clock.systemUTC(), ArtifactStore.MAX_TTL),
            NORMALIZER,
            Clock.systemUTC());
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private LoadSummary load() {
    return new GraphLoader(store, NORMALIZER, state.suppressionCheck())
        .load(graph, root.resolve("rejects-" + System.nanoTime() + ".jsonl"), LoadProgress.NONE);
  }

  private int resolved(IdType type, String value) {
    Resolver resolver = new Resolver(state.filter(store), NORMALIZER);
    return resolver
        .resolve(
            new ResolveRequest(
                List.of(new IdentifierGroup(type, HashType.PLAINTEXT, List.of(value))),
                ResolveRequest.DEFAULT_IDENTIFIER_TYPES,
                0,
                ResolveRequest.DEFAULT_INLINE_LIMIT,
                IdentifierNormalizer.DEFAULT_REGION))
        .stats()
        .resolved();
  }

  @Test
  void delete_byAnEmailSpellingRemovesAndSuppressesThePerson() throws Exception {
    PrivacyRequest r =
        service.apply(
            RequestKind.DELETE, List.of(new Selector(IdType.EMAIL, "johndoe@gmail.com")), "cli");
    assertThat(r.personIds()).containsExactly(1L);
    assertThat(r.outcome()).isEqualTo("done");
    assertThat(resolved(IdType.PHONE, "415-555-0142")).isZero();
    assertThat(store.persons(new long[] {1}, java.util.Set.of()).get(0)).isNull();

    LoadSummary again = load();
    assertThat(again.rejectedLines()).isEqualTo(1);
    assertThat(Files.readString(again.rejectsFile())).contains("\"reason\":\"suppressed\"");
    assertThat(resolved(IdType.EMAIL, "John.Doe@gmail.com")).isZero();
    assertThat(resolved(IdType.EMAIL, "mary@example.org")).isEqualTo(1);
    assertThat(resolved(IdType.ADDRESS, "12 Elm Street, Springfield, IL 62704"))
        .as("the household address stays with the other person")
        .isEqualTo(1);
  }

  @Test
  void delete_repeatKeepsTheRequestId() {
    List<Selector> s = List.of(Selector.person(2));
    PrivacyRequest first = service.apply(RequestKind.DELETE, s, "cli");
    PrivacyRequest second = service.apply(RequestKind.DELETE, s, "cli");
    assertThat(second.requestId()).isEqualTo(first.requestId());
    assertThat(second.outcome()).isEqualTo("repeat");
    assertThat(state.requests().find(first.requestId())).hasSize(2);
  }

  @Test
  void optout_hidesUntilOptin() {
    service.apply(RequestKind.OPTOUT, List.of(new Selector(IdType.PHONE, "(415) 555-0142")), "cli");
    assertThat(resolved(IdType.EMAIL, "johndoe@gmail.com")).isZero();
    assertThat(store.persons(new long[] {1}, java.util.Set.of()).get(0))
        .as("still stored")
        .isNotNull();
    service.apply(RequestKind.OPTIN, List.of(Selector.person(1)), "cli");
    assertThat(resolved(IdType.EMAIL, "johndoe@gmail.com")).isEqualTo(1);
  }

  @Test
  void apply_aBadSelectorChangesNothing() {
    assertThatThrownBy(
            () ->
                service.apply(
                    RequestKind.DELETE,
                    List.of(Selector.person(1), new Selector(IdType.EMAIL, "not an email")),
                    "cli"))
        .isInstanceOf(IdgraphException.class)
        .hasMessageStartingWith("selector 2 (email): ")
        .hasMessageNotContaining("not an email");
    assertThat(resolved(IdType.EMAIL, "johndoe@gmail.com")).isEqualTo(1);
    assertThat(state.requests().list(null)).isEmpty();
  }
}
