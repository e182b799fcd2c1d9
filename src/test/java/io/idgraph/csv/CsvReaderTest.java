package io.idgraph.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.graph.IdgraphException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class CsvReaderTest {
  public static List<CsvRecord> readAll(CsvReader reader) {
    List<CsvRecord> out = new ArrayList<>();
    for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
      out.add(r);
    }
    return out;
  }

  static CsvReader reader(String text) {
    return new CsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static List<List<String>> fields(String text) {
    return readAll(reader(text)).stream().map(CsvRecord::fields).toList();
  }

  @Test
  void next_byteOrderMark_isSkipped() {
    assertThat(fields("\uFEFFemail,name\na@b.com,x\n"))
        .containsExactly(List.of("email", "name"), List.of("a@b.com", "x"));
  }

  @Test
  void next_quotedFields_holdCommasQuotesAndLineBreaks() {
    assertThat(fields("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"line1\r\nline2\nline3\"\r\n"))
        .containsExactly(
            List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "line1\r\nline2\nline3"));
  }

  @Test
  void next_lineEnds_crlfLfAndLoneCr() {
    assertThat(fields("a\r\nb\nc\rd"))
        .containsExactly(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
  }

  @Test
  void next_blankLines_areSkippedAndCounted() {
    CsvReader reader = reader("h\n\n1\r\n\r\n\n2\n\n");
    List<CsvRecord> records = readAll(reader);
    assertThat(records)
        .extracting(CsvRecord::fields)
        .containsExactly(List.of("h"), List.of("1"), List.of("2"));
    assertThat(reader.blankLines()).isEqualTo(4);
  }

  @Test
  void next_onlyCommas_isARowOfEmptyFields() {
    assertThat(fields("a,b\n,\n")).containsExactly(List.of("a", "b"), List.of("", ""));
  }

  @Test
  void next_lineNumbers_countLineBreaksInsideQuotes() {
    List<CsvRecord> records = readAll(reader("h\n\"a\nb\"\n\nc\n"));
    assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 5L);
  }

  @Test
  void next_raggedRows_areReadAsTheyAre() {
    assertThat(fields("a,b,c\n1\n1,2,3,4\n"))
        .containsExactly(List.of("a", "b", "c"), List.of("1"), List.of("1", "2", "3", "4"));
  }

  @Test
  void next_strayQuotes_areKeptAsCharacters() {
    assertThat(fields("a,b\n5\" screen,\"x\"y\n"))
        .containsExactly(List.of("a", "b"), List.of("5\" screen", "xy"));
  }

  @Test
  void next_emptyTrailingField_isKept() {
    assertThat(fields("a,b,\n")).containsExactly(List.of("a", "b", ""));
  }

  @Test
  void next_fieldOverTheLimit_isAnErrorNamingItsLine() {
    String text = "h\nok\n" + "x".repeat(101) + "\n";
    CsvReader reader =
        new CsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 100);
    reader.next();
    reader.next();
    assertThatThrownBy(reader::next)
        .isInstanceOf(IdgraphException.class)
        .hasMessage(
            "csv line 3: a field is longer than 100 characters; check for a stray quote or split"
                + " the value");
  }

  @Test
  void next_unclosedQuote_isAnErrorNamingWhereTheRecordStarts() {
    CsvReader reader = reader("h\n\"never closed\nmore\n");
    reader.next();
    assertThatThrownBy(reader::next)
        .hasMessageStartingWith(
            "csv line 2: a quoted field is not closed before the end of the file");
  }

  @Test
  void next_emptyInput_givesNull() {
    assertThat(reader("").next()).isNull();
    assertThat(reader("\uFEFF\n\n").next()).isNull();
  }

  @Test
  void bytesRead_countsTheInput() {
    CsvReader reader = reader("a,b\n1,2\n");
    readAll(reader);
    assertThat(reader.bytesRead()).isEqualTo(8);
  }
}
