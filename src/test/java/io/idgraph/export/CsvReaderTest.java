package io.idgraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.resolve.IdentifierGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
  @TempDir Path dir;

  @Test
  void next_handlesQuotesLineEndsAndBom() throws IOException {
    String csv = "\uFEFFa,b\r\n\"x \"\"q\"\", y\",\"multi\nline\"\n,last\rz,\n";
    assertThat(ExportWriterTest.parse(csv))
        .containsExactly(
            List.of("a", "b"),
            List.of("x \"q\", y", "multi\nline"),
            List.of("", "last"),
            List.of("z", ""));
  }

  @Test
  void next_unclosedQuoteIsATypedError() {
    assertThatThrownBy(() -> ExportWriterTest.parse("a\n\"open"))
        .hasMessageContaining("the csv is malformed at record 2");
  }

  @Test
  void read_collectsLookupColumnsAndJoinsAddressParts() throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("in.csv"),
            "Email,alt_email,street,zip,phone\n"
                + "a@example.com,,1 Main St,62701,\n"
                + ",b@example.com,,,555-0100\n");
    LookupColumns lookup =
        new LookupColumns(
            Map.of(
                IdType.EMAIL,
                    new LookupColumns.Columns(List.of("email", "alt_email"), HashType.PLAINTEXT),
                IdType.ADDRESS,
                    new LookupColumns.Columns(List.of("street", "zip"), HashType.PLAINTEXT)));
    List<IdentifierGroup> groups = CsvIdentifiers.read(csv, lookup);
    assertThat(groups)
        .containsExactlyInAnyOrder(
            new IdentifierGroup(
                IdType.EMAIL, HashType.PLAINTEXT, List.of("a@example.com", "b@example.com")),
            new IdentifierGroup(IdType.ADDRESS, HashType.PLAINTEXT, List.of("1 Main St, 62701")));
  }

  @Test
  void read_unknownColumnListsTheHeader() throws IOException {
    Path csv = Files.writeString(dir.resolve("in.csv"), "mail,phone\nx,y\n");
    LookupColumns lookup =
        new LookupColumns(
            Map.of(IdType.EMAIL, new LookupColumns.Columns(List.of("email"), HashType.PLAINTEXT)));
    assertThatThrownBy(() -> CsvIdentifiers.read(csv, lookup))
        .hasMessageContaining(
            "lookup_columns names column \"email\" but the csv header has mail, phone");
  }
}
