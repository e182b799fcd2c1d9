package io.idgraph.export;

import static io.idgraph.export.ResourceUriTest.WF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.graph.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactPagesTest {
  @TempDir Path dir;

  StoredFile file(String name, String text) throws IOException {
    ArtifactStore store = new ArtifactStore(dir, new TestClock(Instant.now()), Duration.ofHours(1));
    ArtifactStore.NewFile f = store.create(new ResourceUri(WF, ArtifactKind.ARTIFACTS, name));
    try (OutputStream out = f.open()) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return f.commit();
  }

  @Test
  void read_csvPageRepeatsTheHeader() throws IOException {
    StoredFile csv = file("a.csv", "id,name\r\n1,\"x, y\"\r\n2,b\r\n3,c\r\n");
    ArtifactPage page =
        ArtifactPages.read(csv, ArtifactPages.parseQuery("offset=1&limit=1", ExportFormat.CSV));
    assertThat(page.text()).isEqualTo("id,name\r\n2,b\r\n");
    assertThat(page.nextOffset()).isEqualTo(2);
    ArtifactPage last =
        ArtifactPages.read(csv, ArtifactPages.parseQuery("offset=2", ExportFormat.CSV));
    assertThat(last.rows()).isEqualTo(1);
    assertThat(last.nextOffset()).isNull();
  }

  @Test
  void read_csvAsJsonKeysByHeader() throws IOException {
    StoredFile csv = file("a.csv", "id,name\r\n1,\"x, y\"\r\n");
    ArtifactPage page =
        ArtifactPages.read(csv, ArtifactPages.parseQuery("format=json", ExportFormat.CSV));
    assertThat(page.text()).isEqualTo("[{\"id\":\"1\",\"name\":\"x, y\"}]");
    assertThat(page.mimeType()).isEqualTo("application/json");
  }

  @Test
  void read_jsonArrayAndLinesPageTheSameRows() throws IOException {
    StoredFile json = file("a.json", "[\n{\"n\":1},\n{\"n\":2},\n{\"n\":3}\n]\n");
    StoredFile jsonl = file("b.jsonl", "{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n");
    for (StoredFile f : new StoredFile[] {json, jsonl}) {
      ArtifactPage page =
          ArtifactPages.read(
              f, ArtifactPages.parseQuery("offset=1&limit=1&format=jsonl", ExportFormat.JSON));
      assertThat(page.text()).isEqualTo("{\"n\":2}\n");
      assertThat(page.nextOffset()).isEqualTo(2);
    }
    assertThat(
            Json.MAPPER
                .readTree(
                    ArtifactPages.read(json, ArtifactPages.parseQuery(null, ExportFormat.JSON))
                        .text())
                .size())
        .isEqualTo(3);
  }

  @Test
  void parseQuery_refusesBadValues() {
    assertThatThrownBy(() -> ArtifactPages.parseQuery("limit=0", ExportFormat.CSV))
        .hasMessageContaining("limit must be");
    assertThatThrownBy(() -> ArtifactPages.parseQuery("limit=5000", ExportFormat.CSV))
        .hasMessageContaining("limit must be");
    assertThatThrownBy(() -> ArtifactPages.parseQuery("offset=-1", ExportFormat.CSV))
        .hasMessageContaining("offset must be");
    assertThatThrownBy(() -> ArtifactPages.parseQuery("sort=x", ExportFormat.CSV))
        .hasMessageContaining("only offset, limit and format");
    assertThatThrownBy(() -> ArtifactPages.parseQuery("format=csv", ExportFormat.JSON))
        .hasMessageContaining("csv files only");
  }

  @Test
  void read_aPageEndsEarlyAtTheByteLimitAndATooWideRowIsRefused() throws IOException {
    String row = "v".repeat(300);
    String rows = (row + "," + row + "\n").repeat(10);
    StoredFile csv = file("w.csv", "a,b\n" + rows + "x".repeat(5000) + "\n");
    for (String format : new String[] {"csv", "json", "jsonl"}) {
      ArtifactPage page =
          ArtifactPages.read(
              csv, ArtifactPages.parseQuery("limit=10&format=" + format, ExportFormat.CSV), 2048);
      assertThat(page.text().length()).as(format).isLessThanOrEqualTo(2048);
      assertThat(page.rows()).as(format).isBetween(1, 3);
      assertThat(page.nextOffset()).isEqualTo(page.rows());
    }
    assertThatThrownBy(
            () ->
                ArtifactPages.read(
                    csv, ArtifactPages.parseQuery("offset=10", ExportFormat.CSV), 2048))
        .hasMessageContaining("a page holds at most 2048 bytes")
        .hasMessageContaining("generate_download_url");
  }
}
