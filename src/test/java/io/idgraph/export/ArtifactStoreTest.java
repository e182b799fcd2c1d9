package io.idgraph.export;

import static io.idgraph.export.ResourceUriTest.WF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactStoreTest {
  @TempDir Path dir;
  final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));

  ArtifactStore store() {
    return new ArtifactStore(dir, clock, Duration.ofHours(1));
  }

  StoredFile write(ArtifactStore store, ResourceUri uri, String text) throws IOException {
    ArtifactStore.NewFile file = store.create(uri);
    try (OutputStream out = file.open()) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return file.commit();
  }

  @Test
  void find_expiresAfterTheTtlAndDeletesTheFile() throws IOException {
    ArtifactStore store = store();
    ResourceUri uri = new ResourceUri(WF, ArtifactKind.ARTIFACTS, "a.csv");
    StoredFile file = write(store, uri, "x\r\n");
    assertThat(file.expiresAt()).isEqualTo(Instant.parse("2026-01-01T01:00:00Z"));
    assertThat(file.sizeBytes()).isEqualTo(3);
    clock.advance(Duration.ofMinutes(59));
    assertThat(store.find(uri)).isPresent();
    clock.advance(Duration.ofMinutes(1));
    assertThat(store.find(uri)).isEmpty();
    assertThat(store.pathOf(uri)).doesNotExist();
  }

  @Test
  void keepUntil_extendsTheFile() throws IOException {
    ArtifactStore store = store();
    ResourceUri uri = new ResourceUri(WF, ArtifactKind.ARTIFACTS, "a.csv");
    StoredFile file = write(store, uri, "x");
    clock.advance(Duration.ofMinutes(50));
    store.keepUntil(file, clock.instant().plus(Duration.ofHours(1)));
    clock.advance(Duration.ofMinutes(30));
    assertThat(store.find(uri)).isPresent();
  }

  @Test
  void sweep_deletesExpiredFilesAndStaleTemporaries() throws IOException {
    ArtifactStore store = store();
    ResourceUri old = new ResourceUri(WF, ArtifactKind.ARTIFACTS, "old.csv");
    write(store, old, "x");
    ArtifactStore.NewFile abandoned =
        store.create(new ResourceUri(WF, ArtifactKind.UPLOADS, "u.csv"));
    abandoned.open().close();
    Files.setLastModifiedTime(
        store.pathOf(old).resolveSibling("../uploads").normalize().toFile().listFiles()[0].toPath(),
        java.nio.file.attribute.FileTime.from(clock.instant()));
    clock.advance(Duration.ofMinutes(30));
    ResourceUri fresh = new ResourceUri(WF, ArtifactKind.ARTIFACTS, "fresh.csv");
    write(store, fresh, "y");
    clock.advance(Duration.ofMinutes(31));
    assertThat(store.sweep()).isEqualTo(2);
    assertThat(store.list(WF)).extracting(f -> f.uri().filename()).containsExactly("fresh.csv");
    clock.advance(Duration.ofHours(1));
    assertThat(store.sweep()).isEqualTo(1);
    assertThat(dir.resolve(WF)).doesNotExist();
  }

  @Test
  void receive_refusesMoreThanTheLimitAndKeepsNothing() {
    ArtifactStore store = store();
    ResourceUri uri = new ResourceUri(WF, ArtifactKind.UPLOADS, "big.csv");
    assertThatThrownBy(() -> store.receive(uri, new ByteArrayInputStream(new byte[101]), 100))
        .isInstanceOf(FileRefusedException.class)
        .extracting(e -> ((FileRefusedException) e).reason())
        .isEqualTo(FileRefusedException.Reason.TOO_LARGE);
    assertThat(store.find(uri)).isEmpty();
    assertThat(store.pathOf(uri).getParent().toFile().list()).isEmpty();
  }

  @Test
  void receive_neverOverwritesAnUpload() throws IOException {
    ArtifactStore store = store();
    ResourceUri uri = new ResourceUri(WF, ArtifactKind.UPLOADS, "in.csv");
    store.receive(uri, new ByteArrayInputStream("first".getBytes(StandardCharsets.UTF_8)), 100);
    assertThatThrownBy(
            () ->
                store.receive(
                    uri, new ByteArrayInputStream("second".getBytes(StandardCharsets.UTF_8)), 100))
        .isInstanceOf(FileRefusedException.class)
        .hasMessageContaining("never overwritten");
    assertThat(Files.readString(store.pathOf(uri))).isEqualTo("first");
  }

  @Test
  void find_ignoresASymlinkOutOfTheFolder() throws IOException {
    ArtifactStore store = store();
    ResourceUri uri = new ResourceUri(WF, ArtifactKind.ARTIFACTS, "link.csv");
    Path secret =
        Files.writeString(dir.resolveSibling(dir.getFileName() + "-secret.txt"), "secret");
    Files.createDirectories(store.pathOf(uri).getParent());
    Files.createSymbolicLink(store.pathOf(uri), secret);
    assertThat(store.find(uri)).isEmpty();
    Files.delete(secret);
  }

  @Test
  void constructor_refusesATtlOverTheMaximum() {
    assertThatThrownBy(() -> new ArtifactStore(dir, clock, Duration.ofDays(2)))
        .hasMessageContaining("export ttl must be between 1 second and 86400 seconds");
  }
}
