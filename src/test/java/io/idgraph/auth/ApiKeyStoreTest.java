package io.idgraph.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.graph.IdgraphException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyStoreTest {
  @TempDir Path dir;
  private final Clock clock = Clock.fixed(Instant.parse("2025-01-15T10:30:00Z"), ZoneOffset.UTC);

  @Test
  void create_storesOnlyTheHash() throws Exception {
    ApiKeyStore store = new ApiKeyStore(dir.resolve("keys.json"), clock);
    CreatedKey created = store.create("ci");

    String file = Files.readString(dir.resolve("keys.json"));
    assertThat(created.token()).startsWith("idg_").hasSizeGreaterThan(40);
    assertThat(file).doesNotContain(created.token()).contains("\"name\" : \"ci\"");
    assertThat(store.list())
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.createdAt()).isEqualTo("2025-01-15T10:30:00Z");
              assertThat(k.id()).startsWith("key_");
            });
  }

  @Test
  void verify_acceptsCreatedTokenOnly() {
    ApiKeyStore store = new ApiKeyStore(dir.resolve("keys.json"), clock);
    CreatedKey created = store.create("ci");

    assertThat(store.verify(created.token())).isTrue();
    assertThat(store.verify(created.token() + "x")).isFalse();
    assertThat(store.verify("")).isFalse();
    assertThat(store.verify(null)).isFalse();
  }

  @Test
  void verify_seesKeysCreatedAndRevokedByAnotherInstance() {
    ApiKeyStore server = new ApiKeyStore(dir.resolve("keys.json"), clock);
    ApiKeyStore cli = new ApiKeyStore(dir.resolve("keys.json"), clock);
    assertThat(server.verify("idg_nothing")).isFalse();

    CreatedKey created = cli.create("late");
    assertThat(server.verify(created.token())).isTrue();

    cli.revoke("late");
    assertThat(server.verify(created.token())).isFalse();
  }

  @Test
  void revoke_byIdOrName() {
    ApiKeyStore store = new ApiKeyStore(dir.resolve("keys.json"), clock);
    CreatedKey a = store.create("a");
    store.create("b");

    assertThat(store.revoke(a.key().id()).name()).isEqualTo("a");
    assertThat(store.revoke("b").name()).isEqualTo("b");
    assertThat(store.list()).isEmpty();
  }

  @Test
  void revoke_unknownSaysHowToList() {
    ApiKeyStore store = new ApiKeyStore(dir.resolve("keys.json"), clock);
    assertThatThrownBy(() -> store.revoke("nope"))
        .isInstanceOf(IdgraphException.class)
        .hasMessage("no key with id or name 'nope'; see idgraph keys list");
  }

  @Test
  void create_duplicateOrBadNameFails() {
    ApiKeyStore store = new ApiKeyStore(dir.resolve("keys.json"), clock);
    store.create("ci");
    assertThatThrownBy(() -> store.create("ci")).hasMessageContaining("a key named 'ci' exists");
    assertThatThrownBy(() -> store.create("has space")).hasMessageContaining("key name must be");
  }
}
