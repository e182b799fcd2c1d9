package io.idgraph.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JsonGenerator;

class JsonLineTest {
  @Test
  void write_nestedObjectsAndArrays() {
    StringBuilder out = new StringBuilder();
    JsonGenerator json = JsonLine.into(out);
    json.writeStartObject()
        .writeNumberProperty("id", 7)
        .writeArrayPropertyStart("list")
        .writeString("a")
        .writeStartObject()
        .writeBooleanProperty("x", true)
        .writeEndObject()
        .writeEndArray()
        .writeObjectPropertyStart("empty")
        .writeEndObject();
    JsonLine.decimalProperty(json, "q", 0.5, 2).writeEndObject().close();

    assertThat(out).hasToString("{\"id\":7,\"list\":[\"a\",{\"x\":true}],\"empty\":{},\"q\":0.5}");
  }

  @Test
  void value_escapesQuotesBackslashesAndControls() {
    StringBuilder out = new StringBuilder();
    JsonLine.into(out)
        .writeStartObject()
        .writeStringProperty("s", "a\"b\\c\nd\u0001")
        .writeEndObject()
        .close();

    assertThat(Json.MAPPER.readTree(out.toString()).get("s").asString())
        .isEqualTo("a\"b\\c\nd\u0001");
  }

  @ParameterizedTest
  @CsvSource({
    "0.9, 2, 0.9",
    "0.95, 2, 0.95",
    "1.0, 2, 1",
    "-122.41940, 5, -122.4194",
    "37.000004, 5, 37",
    "-0.000001, 5, 0",
    "0.05, 2, 0.05",
    "12.345678, 1, 12.3"
  })
  void appendDecimal_roundsAndDropsTrailingZeros(double value, int decimals, String expected) {
    StringBuilder out = new StringBuilder();
    JsonLine.appendDecimal(out, value, decimals);

    assertThat(out).hasToString(expected);
  }
}
