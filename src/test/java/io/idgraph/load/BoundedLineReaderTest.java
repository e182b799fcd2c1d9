package io.idgraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {
  private static List<String> lines(byte[] input, int max) throws IOException {
    BoundedLineReader reader = new BoundedLineReader(new ByteArrayInputStream(input), max);
    List<String> out = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      out.add(line);
    }
    return out;
  }

  @Test
  void readLine_bomCrlfAndNoFinalNewline() throws IOException {
    byte[] input = "\uFEFF{\"a\":1}\r\n\r\n{\"b\":\"é\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(lines(input, 1000)).containsExactly("{\"a\":1}", "", "{\"b\":\"é\"}");
  }

  @Test
  void readLine_tooLongLineIsMarkedAndSkipped() throws IOException {
    byte[] input = ("x".repeat(50) + "\nok\n").getBytes(StandardCharsets.UTF_8);
    assertThat(lines(input, 10)).containsExactly(BoundedLineReader.TOO_LONG, "ok");
  }

  @Test
  void readLine_linesAcrossReadsAndAtTheBound() throws IOException {
    String accented = "é".repeat(9); // 18 bytes: two-byte characters split across reads
    String input = "x".repeat(20) + "\n" + "y".repeat(21) + "\n" + accented + "\r\n\nlast";
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    InputStream trickle =
        new ByteArrayInputStream(bytes) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 7));
          }
        };
    BoundedLineReader reader = new BoundedLineReader(trickle, 20);
    List<String> out = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      out.add(line);
    }
    assertThat(out)
        .containsExactly("x".repeat(20), BoundedLineReader.TOO_LONG, accented, "", "last");
    assertThat(reader.linesBytes()).isEqualTo(bytes.length);
  }
}
