package io.idgraph.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {
  static String write(List<List<String>> records) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvWriter writer = new CsvWriter(bytes)) {
      records.forEach(writer::record);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void record_quotesOnlyWhenNeeded() throws Exception {
    assertThat(write(List.of(List.of("plain", "a,b", "say \"hi\"", "two\nlines", " pad", ""))))
        .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad\",\r\n");
  }

  @Test
  void record_nullIsAnEmptyField() throws Exception {
    List<String> fields = new ArrayList<>();
    fields.add("a");
    fields.add(null);
    fields.add("c");
    assertThat(write(List.of(fields))).isEqualTo("a,,c\r\n");
  }

  @Test
  void record_oneEmptyField_isNotABlankLine() throws Exception {
    assertThat(write(List.of(List.of("")))).isEqualTo("\"\"\r\n");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void record_readBack_givesTheSameFields(long seed) throws Exception {
    Random random = new Random(seed);
    String alphabet = "ab ,\"\r\n\u00e9\u4e2d;";
    List<List<String>> records = new ArrayList<>();
    for (int r = 0; r < 50; r++) {
      int width = 1 + random.nextInt(3);
      List<String> fields = new ArrayList<>();
      for (int f = 0; f < width; f++) {
        StringBuilder s = new StringBuilder();
        int len = random.nextInt(8);
        for (int i = 0; i < len; i++) {
          s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        fields.add(s.toString());
      }
      records.add(fields);
    }
    String text = write(records);
    CsvReader reader =
        new CsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(CsvReaderTest.readAll(reader)).extracting(CsvRecord::fields).isEqualTo(records);
  }
}
