package io.idgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.csv.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvLineTest {
  @ParameterizedTest
  @CsvSource({
    "0.0001, 0.0001",
    "0.95, 0.95",
    "3.0, 3",
    "-89.65, -89.65",
    "1.0E20, 100000000000000000000",
    "1.5E-7, 0.00000015",
    "0, 0"
  })
  void number_isPlainDecimal(double value, String text) {
    assertThat(CsvLine.number(value)).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void number_fewDecimals_sameTextAsThePlainDecimalOfDoubleToString() {
    for (long i = -20_000; i <= 20_000; i++) {
      for (double value : new double[] {i / 10_000.0, i / 100.0, i * 7 / 1_000.0}) {
        String expected =
            new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        assertThat(CsvLine.number(value)).as("%s", value).isEqualTo(expected);
      }
    }
    assertThat(CsvLine.number(0.30000000000000004)).isEqualTo("0.30000000000000004");
    assertThat(CsvLine.number(-0.5)).isEqualTo("-0.5");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"plain|plain", "a,b|\"a,b\"", "say \"hi\"|\"say \"\"hi\"\"\""})
  void writeField_quotesOnlyWhenNeeded(String field, String expected) throws IOException {
    StringWriter out = new StringWriter();
    new CsvWriter(out).record(Arrays.asList(field, ""));
    assertThat(out.toString()).isEqualTo(expected + ",\r\n");
  }

  @org.junit.jupiter.api.Test
  void writeField_quotesLineBreaks() throws IOException {
    StringWriter out = new StringWriter();
    new CsvWriter(out).record(Arrays.asList("two\nlines", "cr\r"));
    assertThat(out.toString()).isEqualTo("\"two\nlines\",\"cr\r\"\r\n");
  }
}
